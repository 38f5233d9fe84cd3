// Keystatic round trip: every content file as Keystatic would open and save it.
// MDX: fields.mdx({components}) parse -> serialize (the browser build's real parseToEditorStateMDX /
// serializeFromEditorStateMDX; the .node build only has stubs). Frontmatter and YAML: js-yaml load -> dump,
// as serializeEntryToFiles / loadDataFile do (best case: keys kept in the file's order, dates as fields.date strings).
import fs from 'node:fs';
import path from 'node:path';
import { load, dump } from 'js-yaml';
const base = path.resolve('node_modules/@keystatic/core/dist') + '/'; // run from the scratch install's folder
const { fields } = await import(base + 'keystatic-core.js');
const { wrapper, block, mark } = await import(base + 'keystatic-core-content-components.js');
const root = process.argv[2];
const t = (label) => fields.text({ label });
const none = {};
const components = {
  Chapter: wrapper({ label: 'Chapter', schema: { id: t('id'), title: t('title') } }),
  Chain: wrapper({ label: 'Chain', schema: { title: t('title') } }),
  ChainStep: wrapper({ label: 'ChainStep', schema: { title: t('title') } }),
  Bill: wrapper({ label: 'Bill', schema: { title: t('title'), total: t('total') } }),
  BillLine: wrapper({
    label: 'BillLine',
    schema: {
      fact: t('fact'),
      part: fields.select({
        label: 'part',
        options: ['health', 'environment', 'society'].map((v) => ({ label: v, value: v })),
        defaultValue: 'health',
      }),
      href: t('href'),
    },
  }),
  MythFact: wrapper({ label: 'MythFact', schema: { myth: t('myth'), fact: t('fact') } }),
  Quote: wrapper({ label: 'Quote', schema: { by: t('by'), role: t('role'), persona: fields.checkbox({ label: 'persona' }) } }),
  Callout: wrapper({
    label: 'Callout',
    schema: {
      type: fields.select({
        label: 'type',
        options: ['info', 'tip', 'warning'].map((v) => ({ label: v, value: v })),
        defaultValue: 'info',
      }),
      title: t('title'),
    },
  }),
  EditorNotes: wrapper({ label: 'EditorNotes', schema: none }),
  Cite: mark({ label: 'Cite', icon: null, schema: { fact: t('fact') } }),
  Fact: block({ label: 'Fact', schema: { id: t('id') } }),
  Stat: block({ label: 'Stat', schema: { id: t('id') } }),
  HelpBox: block({ label: 'HelpBox', schema: { ids: t('ids'), title: t('title') } }),
  Figure: block({ label: 'Figure', schema: { src: t('src'), alt: t('alt'), credit: t('credit'), caption: t('caption') } }),
  ...Object.fromEntries(
    [
      'Sources',
      'FactSheet',
      'PressReleases',
      'Corrections',
      'Quiz',
      'SiteIndex',
      'InteractiveBill',
      'StoryList',
      'Search',
      'PartnerKit',
    ].map((n) => [n, block({ label: n, schema: none })]),
  ),
};
const mdx = fields.mdx({ label: 'Body', components });
const enc = new TextEncoder(),
  dec = new TextDecoder();
const fixDates = (v) =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : Array.isArray(v)
      ? v.map(fixDates)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fixDates(x)]))
        : v;
function roundTripBody(body) {
  const state = mdx.parse(undefined, { content: enc.encode(body), other: new Map(), external: new Map(), slug: undefined });
  return dec.decode(mdx.serialize(state, { slug: undefined }).content);
}
const parts = {};
function roundTrip(file, text) {
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return dump(fixDates(load(text)));
  const m = text.match(/^---(?:\r?\n([^]*?))?\r?\n---\r?\n?/);
  const body = m ? text.slice(m[0].length) : text;
  const out = roundTripBody(body);
  const fm = m ? `---\n${dump(fixDates(load(m[1] ?? '')))}---\n` : '';
  parts[file] = { fmSame: !m || fm === m[0], bodySame: out === body, body, out };
  return m ? `---\n${dump(fixDates(load(m[1] ?? '')))}---\n${out}` : out;
}
const files = fs
  .readdirSync(root, { recursive: true })
  .filter((f) => /\.(mdx|ya?ml)$/.test(f))
  .sort();
let same = 0;
const report = [];
for (const f of files) {
  const p = path.join(root, f),
    before = fs.readFileSync(p, 'utf8');
  let after;
  try {
    after = roundTrip(f, before);
  } catch (e) {
    report.push({ f, error: String(e.message).split('\n')[0] });
    continue;
  }
  if (after === before) {
    same++;
    continue;
  }
  fs.writeFileSync(p, after);
  const a = before.split('\n'),
    b = after.split('\n');
  const i = a.findIndex((l, k) => l !== b[k]);
  const r = { f, line: i + 1, before: a[i], after: b[i] };
  const pt = parts[f];
  if (pt) {
    r.fmSame = pt.fmSame;
    r.bodySame = pt.bodySame;
    if (!pt.bodySame) {
      const x = pt.body.split('\n'),
        y = pt.out.split('\n');
      const j = x.findIndex((l, k) => l !== y[k]);
      r.body = { line: j + 1, before: x.slice(j, j + 2), after: y.slice(j, j + 2) };
    }
  }
  report.push(r);
}
console.log(
  JSON.stringify(
    { cms: 'keystatic', identical: same, total: files.length, mdx: files.filter((f) => f.endsWith('.mdx')).length, changed: report },
    null,
    1,
  ),
);
