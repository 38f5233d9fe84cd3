import { checkProps } from '@/lib/content/schemas/components';
import { imageSize } from '@/lib/images';
import type { StoryContext } from './context';
import type { PropsOf } from './props';

type Props = PropsOf<'Figure'> & { ctx: StoryContext };

/** An image with required alt text and credit. Its size is reserved so the page does not jump. */
export function Figure({ ctx, ...props }: Props) {
  const { src, alt, credit, caption } = checkProps('Figure', props);
  const size = imageSize(src);
  return (
    <figure className="not-prose my-8">
      {/* eslint-disable-next-line @next/next/no-img-element -- a static export serves images as they are */}
      <img
        src={src}
        alt={alt}
        width={size?.width}
        height={size?.height}
        loading="lazy"
        decoding="async"
        className="h-auto w-full rounded-lg"
      />
      <figcaption className="mt-2 text-base text-muted">
        {caption ? <span>{caption} </span> : null}
        <span>
          {ctx.t('Figure.credit')}: {credit}
        </span>
      </figcaption>
    </figure>
  );
}
