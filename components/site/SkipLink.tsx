type Props = { label: string };

/** The first focusable element of every page: jumps past the header straight to the content. */
export function SkipLink({ label }: Props) {
  return (
    <a
      href="#inhoud"
      className="absolute top-2 left-2 z-50 -translate-y-24 rounded bg-paper px-4 py-3 font-bold text-ink focus:translate-y-0"
    >
      {label}
    </a>
  );
}
