// Decap CMS round trip: every content file as Decap would open and save it after an edit.
// Body: decap-cms-widget-markdown's markdownToSlate -> slateToMarkdown (the VisualEditor's own calls),
// with this site's components registered as editor components (CMS.registerEditorComponent: pattern,
// fromBlock, toBlock; type 'inline' for Cite and inline Fact). Frontmatter and YAML files: decap-cms-core's
// FrontmatterFormatter / yamlFormatter (gray-matter + yaml 1.x), keys in the file's order (best case).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const d = require(path.resolve('decap-serializers.cjs'));
const root = process.argv[2];
const nested = process.argv.includes('--nested'); // also round-trip the text inside each component (as the nested markdown field would)
const A = '((?:\\s+[a-zA-Z]+(?:="[^"]*")?)*)';
const attrsOf = (s) => Object.fromEntries([...s.matchAll(/([a-zA-Z]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? true]));
const attrsTo = (names, v) =>
  names
    .filter((n) => v[n] !== undefined && v[n] !== '' && v[n] !== false)
    .map((n) => (v[n] === true ? ` ${n}` : ` ${n}="${v[n]}"`))
    .join('');
const spec = {
  Chapter: ['wrap', ['id', 'title'], '\n\n'],
  Chain: ['wrap', ['title'], '\n'],
  ChainStep: ['wrap', ['title'], '\n'],
  Bill: ['wrap', ['title', 'total'], '\n'],
  BillLine: ['wrapline', ['fact', 'part', 'href']],
  MythFact: ['wrap', ['myth', 'fact'], '\n'],
  Quote: ['wrap', ['by', 'role', 'persona'], '\n'],
  Callout: ['wrap', ['type', 'title'], '\n'],
  EditorNotes: ['wrap', [], '\n'],
  Fact: ['void', ['id']],
  Stat: ['void', ['id']],
  HelpBox: ['void', ['ids', 'title']],
  Figure: ['void', ['src', 'alt', 'credit', 'caption']],
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
    ].map((n) => [n, ['void', []]]),
  ),
};
const rt = (md) => d.slateToMarkdown(d.markdownToSlate(md, {}), {});
const body = (s) => (nested ? rt(s) : s);
const components = [];
for (const [n, [kind, names, sep]] of Object.entries(spec)) {
  const fields = [
    ...names.map((name) => ({ name, widget: 'string' })),
    ...(kind.startsWith('wrap') ? [{ name: 'body', widget: 'markdown' }] : []),
  ];
  if (kind === 'void')
    components.push({
      id: n,
      label: n,
      fields,
      pattern: new RegExp(`^<${n}${A}\\s*/>`),
      fromBlock: (m) => attrsOf(m[1]),
      toBlock: (v) => `<${n}${attrsTo(names, v)} />`,
    });
  if (kind === 'wrap')
    components.push({
      id: n,
      label: n,
      fields,
      pattern: new RegExp(`^<${n}${A}>\\n+([\\s\\S]*?)\\n+</${n}>`),
      fromBlock: (m) => ({ ...attrsOf(m[1]), body: m[2] }),
      toBlock: (v) => `<${n}${attrsTo(names, v)}>${sep}${body(v.body)}${sep}</${n}>`,
    });
  if (kind === 'wrapline')
    components.push({
      id: n,
      label: n,
      fields,
      pattern: new RegExp(`^<${n}${A}>([^\\n]*?)</${n}>`),
      fromBlock: (m) => ({ ...attrsOf(m[1]), body: m[2] }),
      toBlock: (v) => `<${n}${attrsTo(names, v)}>${body(v.body)}</${n}>`,
    });
}
components.push({
  id: 'Cite',
  label: 'Cite',
  type: 'inline',
  fields: [
    { name: 'fact', widget: 'string' },
    { name: 'text', widget: 'string' },
  ],
  pattern: /^<Cite fact="([^"]*)">([^]*?)<\/Cite>/,
  fromInline: (m) => ({ fact: m[1], text: m[2] }),
  toInline: (v) => `<Cite fact="${v.fact}">${v.text}</Cite>`,
});
components.push({
  id: 'FactInline',
  label: 'Fact',
  type: 'inline',
  fields: [{ name: 'id', widget: 'string' }],
  pattern: /^<Fact id="([^"]*)" \/>/,
  fromInline: (m) => ({ id: m[1] }),
  toInline: (v) => `<Fact id="${v.id}" />`,
});
d.setEditorComponents(process.argv.includes('--no-components') ? [] : components);
const fm = new d.FrontmatterFormatter('yaml');
function roundTrip(file, text) {
  if (/\.ya?ml$/.test(file)) {
    const data = d.yamlFormatter.fromFile(text);
    return d.yamlFormatter.toFile(data, Object.keys(data));
  }
  const data = fm.fromFile(text);
  const keys = Object.keys(data).filter((k) => k !== 'body');
  return fm.toFile({ ...data, body: data.body === undefined ? '' : rt(data.body) }, keys);
}
const files = fs
  .readdirSync(root, { recursive: true })
  .filter((f) => /\.(mdx|ya?ml)$/.test(f))
  .sort();
let same = 0;
const report = [];
const origWarn = console.warn;
const warnings = [];
console.warn = (...a) => warnings.push(a.join(' '));
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
  report.push({ f, line: i + 1, before: a[i], after: b[i] });
}
console.warn = origWarn;
console.log(
  JSON.stringify({ cms: 'decap', nested, identical: same, total: files.length, warnings: warnings.slice(0, 5), changed: report }, null, 1),
);
