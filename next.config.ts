import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A fully static site: `next build` writes out/, which any static host or CDN can serve.
  output: 'export',
  // /nl/gezondheid/ -> out/nl/gezondheid/index.html: works on every static host without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm test` type-checks the whole project once with `tsc --noEmit`; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // `npm run dev` opened as http://127.0.0.1:3000 (as the dev tests do): without this, Next.js
  // blocks its own live-reload connection there, and the page is never hydrated.
  allowedDevOrigins: ['127.0.0.1'],
  // One 404 page for the whole site: the root layouts live under [locale], so there is no single layout to build it from.
  experimental: { globalNotFound: true },
};

export default withNextIntl(nextConfig);
