import type { StoryContext } from '@/components/story/context';
import { docsIn, type Doc } from '@/lib/content';

type Props = { ctx: StoryContext };

const groupOf = (doc: Doc) => (doc.type === 'Story' ? 'stories' : doc.type === 'PressRelease' ? 'press' : 'pages');
const summaryOf = (doc: Doc) => ('summary' in doc && doc.summary ? doc.summary : (doc as { description: string }).description);

/** Every page of the site in this language: the search page's fallback without JavaScript. */
export function SiteIndex({ ctx }: Props) {
  const docs = docsIn(ctx.locale).sort((a, b) => a.title.localeCompare(b.title, ctx.locale));
  return (
    <div className="not-prose mt-8 space-y-8">
      {(['pages', 'stories', 'press'] as const).map((group) => {
        const items = docs.filter((doc) => groupOf(doc) === group);
        if (items.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`index-${group}`}>
            <h2 id={`index-${group}`} className="text-2xl font-bold">
              {ctx.t(`SiteIndex.${group}`)}
            </h2>
            <ul className="mt-3 space-y-3">
              {items.map((doc) => (
                <li key={doc.url}>
                  <a href={doc.url} className="inline-flex min-h-6 items-center font-bold text-link">
                    {doc.title}
                  </a>
                  <p className="text-base text-muted">{summaryOf(doc)}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
