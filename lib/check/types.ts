// The one snapshot of the content that every check reads (built by load.ts).
import { routing } from '@/i18n/routing';

export const locales = routing.locales;
export type Kind = 'pages' | 'stories' | 'press';

/** A component tag in MDX: literal attribute values, and the names whose value is an {expression}. */
export type Element = {
  name: string;
  props: Record<string, unknown>;
  unknown: string[];
  line: number;
  propLines: Record<string, number>;
  hasChildren: boolean;
  /** The nearest tag around this one (<Bill> around a <BillLine>), if any. */
  parent?: string;
};
/** A link; hrefLang is set on <a href="…" hrefLang="…">, the way to link to the other language on purpose. */
export type Link = { url: string; line: number; hrefLang?: string };
export type Image = { src: string; alt: string; line: number; markdown: boolean };
export type Text = { value: string; line: number };
/** A heading as readers meet it: a ## in the text, or the title a <Chapter> or <Chain> shows. */
export type Heading = { level: number; text: string; line: number; tag?: string; inChapter: boolean };
/** A paragraph, heading or table cell of prose: its text, where each piece starts, and whether it cites a fact. */
export type Prose = { text: string; pieces: { offset: number; line: number }[]; cited: boolean; line: number };

export type Doc = {
  file: string;
  kind: Kind | 'examples';
  folder: string;
  data: Record<string, unknown>;
  broken: boolean;
  /** The slug and translationKey read line by line when the frontmatter is broken (see frontmatter.ts). */
  guess?: { slug?: string; translationKey?: string };
  unreadableMdx: boolean;
  elements: Element[];
  links: Link[];
  images: Image[];
  texts: Text[];
  prose: Prose[];
  headings: Heading[];
};
export type DataFile = { file: string; id: string; data?: Record<string, unknown> };
export type Messages = { file: string; locale: string; data?: Record<string, unknown> };
export type Content = {
  root: string;
  files: number;
  docs: Doc[];
  examples: Doc[];
  facts: DataFile[];
  help: DataFile[];
  scenarios: DataFile[];
  quiz: DataFile[];
  corrections: DataFile[];
  messages: Messages[];
};

/** The folders of one-file-per-item YAML data; the file name is the id. */
export const dataFolders = ['facts', 'help', 'scenarios', 'quiz', 'corrections'] as const;
