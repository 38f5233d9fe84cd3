// Compares a round-tripped copy of content/ with the original: byte-identical, same data (YAML parsed as the site
// does), same compiled MDX (@mdx-js/mdx of the repo, as a proxy for an identical build), and the kinds of change.
// Run from /work/wt-cms so the repo's yaml and @mdx-js/mdx resolve: node /tmp/cms-trial/compare/compare.mjs ORIG COPY
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const req = createRequire(path.join(process.cwd(), 'package.json'));
const YAML = req('yaml');
const { compile } = await import(req.resolve('@mdx-js/mdx'));
const [orig, copy] = process.argv.slice(2);
const split = (t) => {
  const m = t.match(/^---\r?\n([^]*?)\r?\n---\r?\n?/);
  return m ? [m[1], t.slice(m[0].length)] : [null, t];
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const tags = (s) => (s.match(/<[A-Z][A-Za-z]*/g) ?? []).sort().join();
const compiled = async (s) => {
  try {
    return String(await compile(s, { outputFormat: 'function-body' }));
  } catch (e) {
    return 'ERROR ' + e.message;
  }
};
const files = fs
  .readdirSync(orig, { recursive: true })
  .filter((f) => /\.(mdx|ya?ml)$/.test(f))
  .sort();
const out = { total: files.length, identical: 0, mdx: 0, mdxSameBuild: 0, dataSame: 0, kinds: {}, examples: {} };
const kind = (k, f, ex) => {
  out.kinds[k] = (out.kinds[k] ?? 0) + 1;
  if (!out.examples[k]) out.examples[k] = { file: f, ...ex };
};
for (const f of files) {
  const a = fs.readFileSync(path.join(orig, f), 'utf8'),
    b = fs.readFileSync(path.join(copy, f), 'utf8');
  if (a === b) {
    out.identical++;
    if (f.endsWith('.mdx')) {
      out.mdx++;
      out.mdxSameBuild++;
    }
    out.dataSame++;
    continue;
  }
  const [fa, ba] = /\.mdx$/.test(f) ? split(a) : [a, ''];
  const [fb, bb] = /\.mdx$/.test(f) ? split(b) : [b, ''];
  const da = fa === null ? null : YAML.parse(fa),
    db = fb === null ? null : YAML.parse(fb);
  if (same(da, db)) out.dataSame++;
  else kind('data changed (frontmatter/YAML values)', f, { before: fa?.slice(0, 200), after: fb?.slice(0, 200) });
  if (fa !== fb) {
    const ca = (fa ?? '').split('\n').filter((l) => /^\s*#/.test(l)).length,
      cb = (fb ?? '').split('\n').filter((l) => /^\s*#/.test(l)).length;
    if (cb < ca) kind('YAML comments lost', f, { lost: (fa ?? '').split('\n').find((l) => /^\s*#/.test(l)) });
    const la = (fa ?? '').split('\n'),
      lb = (fb ?? '').split('\n');
    const i = la.findIndex((l, k) => l !== lb[k]);
    if (la.filter((l) => !/^\s*#/.test(l)).join('\n') !== lb.join('\n'))
      kind('YAML re-quoted, re-wrapped or reordered', f, { before: la[i], after: lb[i] });
  }
  if (!f.endsWith('.mdx')) continue;
  out.mdx++;
  const sameBuild = (await compiled(ba)) === (await compiled(bb));
  if (sameBuild) out.mdxSameBuild++;
  if (ba === bb) continue;
  if (ba.trim() === bb.trim()) {
    kind('body: only leading/trailing blank lines', f, {});
    continue;
  }
  if (tags(ba) !== tags(bb)) kind('body: components lost or added', f, { before: tags(ba).length, after: tags(bb).length });
  const x = ba.split('\n'),
    y = bb.split('\n');
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  if (norm(ba) === norm(bb))
    kind('body: whitespace, indentation or line breaks only' + (sameBuild ? '' : ' (build differs)'), f, first(x, y));
  else {
    if (/\\[<>*_\[\]#&`]/.test(bb) && (bb.match(/\\/g) ?? []).length > (ba.match(/\\/g) ?? []).length)
      kind(
        'body: characters escaped',
        f,
        firstWhere(x, y, (l) => /\\/.test(l)),
      );
    if (y.some((l) => /^\s*\* /.test(l)) && !x.some((l) => /^\s*\* /.test(l)))
      kind(
        'body: list marker - became *',
        f,
        firstWhere(x, y, (l) => /^\s*\* /.test(l)),
      );
    const ta = (ba.match(/<[A-Z][^>]*>/g) ?? []).map(norm),
      tb = (bb.match(/<[A-Z][^>]*>/g) ?? []).map(norm);
    if (!same(ta, tb)) kind('body: component tags rewritten (attributes, self-closing)', f, firstDiff(ta, tb));
    kind('body: other text change' + (sameBuild ? ' (same build)' : ' (build differs)'), f, first(x, y));
  }
}
function first(x, y) {
  const i = x.findIndex((l, k) => l !== y[k]);
  return { line: i + 1, before: x.slice(i, i + 2).join('⏎'), after: y.slice(i, i + 2).join('⏎') };
}
function firstWhere(x, y, p) {
  const j = y.findIndex((l) => p(l) && !x.includes(l));
  return { after: y[j] };
}
function firstDiff(a, b) {
  const i = a.findIndex((t, k) => t !== b[k]);
  return { before: a[i], after: b[i] };
}
console.log(JSON.stringify(out, null, 1));
