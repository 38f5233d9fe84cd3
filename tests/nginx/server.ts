import { tmpdir } from 'node:os';
import path from 'node:path';

// The nginx the hosting tests run against (`npm run serve:nginx`): its ports and the folder that
// holds its configuration and the local CA that signed its certificate.
export const httpsPort = Number(process.env.E2E_NGINX_PORT ?? 8443);
export const httpPort = Number(process.env.E2E_NGINX_HTTP_PORT ?? 8080);
export const nginxDir = path.join(tmpdir(), `onzichtbarerekening-nginx-${httpsPort}`);
export const caFile = path.join(nginxDir, 'ca.pem');
export const origin = `https://127.0.0.1:${httpsPort}`;
