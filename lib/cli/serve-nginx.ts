// `npm run serve:nginx -- --https-port 8443 --http-port 8080 [--cert FILE --key FILE] [--root out]`:
// Debian's nginx in the foreground over out/ on 127.0.0.1, with the include operators use
// (deploy/nginx/), behind HTTPS, and plain HTTP answered with a 301 to HTTPS. Without a certificate
// it makes a local CA and a certificate for 127.0.0.1 and localhost signed by it; the CA's file is
// printed (and written to <temp>/ca.pem) so that a client can trust it (NODE_EXTRA_CA_CERTS).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nginxFile } from '../http/nginx';

const { values } = parseArgs({
  options: {
    'https-port': { type: 'string', default: '8443' },
    'http-port': { type: 'string', default: '8080' },
    cert: { type: 'string' },
    key: { type: 'string' },
    root: { type: 'string', default: 'out' },
    dir: { type: 'string' },
  },
});

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((file) => existsSync(file));
if (!nginx) {
  console.error('serve:nginx: nginx is not installed. Install it with: apt-get install -y nginx-light');
  process.exit(1);
}
const root = path.resolve(values.root!);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve:nginx: ${root} has no site. Run npm run build first.`);
  process.exit(1);
}
if (Boolean(values.cert) !== Boolean(values.key)) {
  console.error('serve:nginx: give both --cert and --key, or neither for a self-signed certificate.');
  process.exit(1);
}

const dir = values.dir ? path.resolve(values.dir) : mkdtempSync(path.join(tmpdir(), 'serve-nginx-'));
mkdirSync(dir, { recursive: true });

function openssl(...args: string[]) {
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${result.stderr}`);
}

/** A local CA and a server certificate for 127.0.0.1 and localhost signed by it. */
function selfSigned(): { cert: string; key: string } {
  const cert = path.join(dir, 'server.pem');
  const key = path.join(dir, 'server-key.pem');
  // A folder used before keeps its CA (a client may trust it already) while it is valid for a day more.
  const valid = existsSync(key) && spawnSync('openssl', ['x509', '-checkend', '86400', '-noout', '-in', cert]).status === 0;
  if (valid) return { cert, key };
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '30',
    '-subj',
    '/CN=serve-nginx local CA',
    '-keyout',
    'ca-key.pem',
    '-out',
    'ca.pem',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', 'server.csr');
  writeFileSync(
    path.join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca-key.pem',
    '-CAcreateserial',
    '-days',
    '30',
    '-extfile',
    'server.ext',
    '-out',
    cert,
  );
  return { cert, key };
}

const { cert, key } = values.cert ? { cert: path.resolve(values.cert), key: path.resolve(values.key!) } : selfSigned();
const httpsPort = Number(values['https-port']);
const httpPort = Number(values['http-port']);
const include = path.resolve(nginxFile);

// Everything nginx writes stays in the temp folder, so it runs without touching /etc/nginx or /var.
const conf = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    log_not_found off;
    sendfile on;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;

    server {
        listen 127.0.0.1:${httpPort};
        server_name _;
        server_tokens off;
        return 301 https://$host:${httpsPort}$request_uri;
    }

    server {
        listen 127.0.0.1:${httpsPort} ssl;
        server_name _;
        ssl_certificate ${cert};
        ssl_certificate_key ${key};
        ssl_protocols TLSv1.2 TLSv1.3;
        root ${root};
        include ${include};
    }
}
`;
const confFile = path.join(dir, 'nginx.conf');
writeFileSync(confFile, conf);

const test = spawnSync(nginx, ['-t', '-q', '-c', confFile, '-p', dir], { encoding: 'utf8' });
if (test.status !== 0) {
  console.error(`serve:nginx: nginx rejected ${confFile}:\n${test.stderr}`);
  process.exit(1);
}
console.log(
  `serve:nginx: ${path.relative(process.cwd(), root) || '.'} on https://127.0.0.1:${httpsPort}/ (http://127.0.0.1:${httpPort}/ redirects there)`,
);
if (!values.cert) console.log(`serve:nginx: certificate signed by the local CA ${path.join(dir, 'ca.pem')}`);
const child = spawn(nginx, ['-c', confFile, '-p', dir], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
