// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPolicy } from '@/lib/build/csp';
import { withEnhanceScript } from '@/lib/build/enhance';
import { elementsOf } from '@/lib/build/html';
import { pruneStep } from '@/lib/build/prune';
import { clientModules, ownClientComponents, stripRuntime, withoutRuntime } from '@/lib/build/runtime';
import { filesUnder } from '@/lib/walk';

// The seam with Next.js, over real output: the post-build steps that read Next's private markup,
// flight data and manifests run over a `next build` of tests/fixtures/next-app with the project's
// own Next. When a Next upgrade changes what they rely on, this fails here, by name.
const fixture = path.join(process.cwd(), 'tests', 'fixtures', 'next-app');
const distDir = path.join(fixture, '.next');
const outDir = path.join(fixture, 'out');
const page = (rel: string) => readFileSync(path.join(outDir, rel), 'utf8');
const scripts = (html: string) => elementsOf(html).filter((element) => element.tagName === 'script');

beforeAll(() => {
  rmSync(distDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build', fixture], {
    stdio: 'pipe',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}, 240_000);

describe('a real next build', () => {
  it('names the client component a page renders, and none on a page without one', () => {
    const modules = clientModules(distDir);
    expect([...modules.values()]).toContain('tests/fixtures/next-app/app/Counter.jsx');
    expect(ownClientComponents(page('widget/index.html'), modules)).toEqual(['tests/fixtures/next-app/app/Counter.jsx']);
    expect(ownClientComponents(page('index.html'), modules)).toEqual([]);
  });

  it('refuses to guess when a client reference is in no manifest', () => {
    expect(() => ownClientComponents(page('index.html'), new Map())).toThrow(/no client reference manifest lists/);
    expect(() => clientModules(path.join(fixture, 'app'))).toThrow(/Next's build output has changed/);
  });

  it("leaves a page without any of Next's scripts, and keeps its content and structured data", () => {
    const html = page('index.html');
    expect(scripts(html).length).toBeGreaterThan(3);
    const stripped = withoutRuntime(html);
    expect(scripts(stripped).map((script) => script.attrs)).toEqual([[{ name: 'type', value: 'application/ld+json' }]]);
    expect(stripped).not.toMatch(/\/_next\/[^"]*\.js|__next_f|TURBOPACK/);
    expect(stripped).toContain('<h1>Alleen HTML</h1>');
    expect(stripped).toContain('<a href="/widget/">Naar de widget</a>');
  });

  it('fails on a script it does not know rather than ship it', () => {
    const html = page('index.html').replace('</body>', '<script>window.somethingNew = 1</script></body>');
    expect(() => withoutRuntime(html)).toThrow(/a script is left that is not ours/);
  });

  it("puts the policy right after Next's charset, with the hash of each inline script", () => {
    const html = withPolicy(withoutRuntime(page('index.html')));
    const hash = createHash('sha256').update('{"@type":"Thing"}').digest('base64');
    const [charset, policy] = elementsOf(html ?? '').filter((element) => element.tagName === 'meta');
    expect(charset.attrs).toEqual([{ name: 'charset', value: 'utf-8' }]);
    expect(policy.attrs[0]).toEqual({ name: 'http-equiv', value: 'Content-Security-Policy' });
    const scriptSources = policy.attrs[1].value.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSources?.match(/'sha256-[^']+'/g)).toEqual([`'sha256-${hash}'`]);
  });

  it('adds the enhancement script to the head of a page with a widget, and only there', () => {
    const html = withoutRuntime(page('index.html'));
    expect(withEnhanceScript(html, '/_enhance/site.js')).toBe(html);
    const withWidget = html.replace('<main>', '<main data-enhance="quiz">');
    expect(withEnhanceScript(withWidget, '/_enhance/site.js')).toContain('<script type="module" src="/_enhance/site.js"></script></head>');
  });

  it('keeps of _next only what pages load, and drops the server component payloads', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'next-out-'));
    cpSync(outDir, copy, { recursive: true });
    expect(() => stripRuntime(copy, distDir)).toThrow(/widget\/index\.html renders tests\/fixtures\/next-app\/app\/Counter\.jsx/);
    rmSync(path.join(copy, 'widget'), { recursive: true });
    stripRuntime(copy, distDir);
    await pruneStep.run(copy);
    const left = filesUnder(copy);
    expect(left.filter((rel) => rel.endsWith('.txt') || rel.endsWith('.js'))).toEqual([]);
    expect(left.filter((rel) => rel.startsWith('_next/')).map((rel) => rel.replace(/\/[^/]+\.(css|svg)$/, '/*.$1'))).toEqual([
      '_next/static/chunks/*.css',
      '_next/static/media/*.svg',
    ]);
    expect(existsSync(path.join(copy, 'index.html'))).toBe(true);
    rmSync(copy, { recursive: true });
  });
});
