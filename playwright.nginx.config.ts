import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { httpPort, httpsPort, nginxDir, origin } from './tests/nginx/server';

// The site as it will be hosted: Debian's nginx with deploy/nginx/'s include, over HTTPS, with the
// header Content-Security-Policy (`npm run serve:nginx`). The privacy, search, redirect, 404 and
// widget tests run here as well as against `npm start`, plus the checks only a real host answers:
// every header, the hidden host files and Mozilla's Observatory grade.
export default defineConfig({
  ...base,
  testDir: 'tests',
  testMatch: ['e2e/{privacy,search,urls,site,bill,quiz,share}.spec.ts', 'nginx/*.spec.ts'],
  // What does not depend on the host (axe scans, static checks of out/, keyboard paths) runs once,
  // against `npm start`.
  grepInvert:
    /axe violations|every scenario opens from its link|source note that leads|skip link|every page has its language|every page type has a search link|tests\/urls\.txt lists/,
  use: { ...base.use, baseURL: origin, ignoreHTTPSErrors: true },
  webServer: {
    command: `npx tsx lib/cli/serve-nginx.ts --https-port ${httpsPort} --http-port ${httpPort} --dir ${nginxDir}`,
    url: `${origin}/nl/`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
