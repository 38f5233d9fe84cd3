import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The editors' preview: `npm run dev` (contentlayer2 dev beside next dev), not the built site.
const port = Number(process.env.DEV_PORT ?? 4180);

export default defineConfig({
  ...base,
  testDir: 'tests/dev',
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'npm run dev',
    env: { PORT: String(port), HOSTNAME: '127.0.0.1' },
    url: `http://127.0.0.1:${port}/nl/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
