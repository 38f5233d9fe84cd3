type Props = { data: object };

/** Structured data for search engines. `<` is escaped so the text can never close the script element. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
