import net from 'node:net';
import { envLang, type Lang } from '@/lib/check/lang';

// `npm run dev` runs this first (issue 13): when the port is taken, `next dev` would quietly move to
// the next port with a warning editors miss, and the browser would keep showing the other preview.
// Exit 0: the port is free, and npm then starts the preview; 1: it is taken, or PORT is not a port.
// next dev reads PORT (default 3000) and listens on every address, so this checks the same.

const DEFAULT_PORT = 3000;

/** Whether we cannot listen on the port (as next dev would), or something on this machine answers there. */
async function portTaken(port: number): Promise<boolean> {
  const blocked = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen({ port, exclusive: true });
  });
  if (blocked) return true;
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    const done = (taken: boolean) => {
      socket.destroy();
      resolve(taken);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

// In Dutch, like content:check; CONTENT_CHECK_LANG=en gives English (lib/check/lang.ts).
function takenMessage(port: number, lang: Lang): string {
  const other = port + 1;
  const lines = {
    nl: [
      `Poort ${port} is al in gebruik, dus de preview kan niet starten.`,
      'Waarschijnlijk draait er nog een preview (npm run dev) in een ander terminalvenster.',
      '- Stoppen: ga naar dat venster en druk op Ctrl+C. Typ daarna hier opnieuw npm run dev.',
      `- Of gebruik een andere poort: typ PORT=${other} npm run dev en open http://localhost:${other}/nl/`,
      `  (in Windows PowerShell: $env:PORT=${other}; npm run dev)`,
    ],
    en: [
      `Port ${port} is already in use, so the preview cannot start.`,
      'Probably another preview (npm run dev) is still running in another terminal window.',
      '- To stop it: go to that window and press Ctrl+C. Then type npm run dev here again.',
      `- Or use another port: type PORT=${other} npm run dev and open http://localhost:${other}/nl/`,
      `  (in Windows PowerShell: $env:PORT=${other}; npm run dev)`,
    ],
  };
  return ['', ...lines[lang], ''].join('\n');
}

async function main(): Promise<number> {
  const lang = envLang();
  const text = process.env.PORT?.trim() || String(DEFAULT_PORT);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    const wrong = {
      nl: `PORT=${text} is geen poortnummer: gebruik een getal zoals 3001, zoals in PORT=3001 npm run dev`,
      en: `PORT=${text} is not a port number: use a number like 3001, as in PORT=3001 npm run dev`,
    };
    console.error(wrong[lang]);
    return 1;
  }
  if (await portTaken(port)) {
    console.error(takenMessage(port, lang));
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The port check could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
