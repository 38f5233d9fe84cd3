// @vitest-environment node
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run dev` starts with lib/cli/dev.ts (issue 13): a taken port stops it with a plain message,
// instead of next dev quietly moving to the next port.
const repo = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');

function check(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['lib/cli/dev.ts'], { cwd: repo, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

const listen = (server: Server, host?: string) =>
  new Promise<number>((resolve) => server.listen(0, host, () => resolve((server.address() as { port: number }).port)));
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('the port check before npm run dev', { timeout: 40_000 }, () => {
  it.each([undefined, '127.0.0.1'])('stops with exit code 1 and says what to do when the port is taken (server on %s)', async (host) => {
    const server = createServer();
    const port = await listen(server, host);
    try {
      const { code, output } = await check({ PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`Poort ${port} is al in gebruik`);
      expect(output).toContain('er nog een preview (npm run dev) in een ander terminalvenster');
      expect(output).toContain('Ctrl+C');
      expect(output).toContain(`PORT=${port + 1} npm run dev`);
      const english = await check({ PORT: String(port), CONTENT_CHECK_LANG: 'en' });
      expect(english.output).toContain(`Port ${port} is already in use`);
    } finally {
      await close(server);
    }
  });

  it('passes a free port, so npm starts the preview', async () => {
    const server = createServer();
    const port = await listen(server);
    await close(server);
    expect(await check({ PORT: String(port) })).toEqual({ code: 0, output: '' });
  });

  it('refuses a PORT that is not a port number', async () => {
    const { code, output } = await check({ PORT: 'abc' });
    expect(code).toBe(1);
    expect(output).toContain('PORT=abc is geen poortnummer');
  });
});
