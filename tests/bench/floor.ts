import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir, repo } from './workspace';

// The framework floor: a bare Next.js App Router page with the same Next, React and build
// settings as the site (static export), built from the repository's own node_modules.
const files: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, type: 'module' }),
  'next.config.mjs': "export default { output: 'export', trailingSlash: true, poweredByHeader: false, reactStrictMode: true };\n",
  'app/layout.jsx':
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  'app/page.jsx':
    "export const metadata = { title: 'Floor', description: 'A bare Next.js App Router page' };\n\nexport default function Page() {\n  return <h1>Hello</h1>;\n}\n",
};

/** Builds the bare page into .bench/floor/out and returns that folder. */
export async function buildFloor(): Promise<{ dir: string; outDir: string }> {
  const dir = path.join(benchDir, 'floor');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const next = path.join(repo, 'node_modules/next/dist/bin/next');
  let log = '';
  const child = spawn(process.execPath, [next, 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the floor page did not build (exit ${code}):\n${log.slice(-2000)}`);
  return { dir, outDir: path.join(dir, 'out') };
}
