import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repo } from './workspace';

export type Server = { origin: string; stop: () => Promise<void> };

/** The site's own static server (lib/cli/serve.ts, `npm start`) over a built out/ folder. */
export async function serve(outDir: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'lib/cli/serve.ts'), outDir], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch (error) {
      if (attempt > 100) throw new Error(`the server on ${origin} did not start: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
