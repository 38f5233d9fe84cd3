import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

// What the built site should contain, read from the content itself (not from lib/, so the
// tests do not trust the code they test).
export const siteUrl = (process.env.SITE_URL ?? 'https://www.onzichtbarerekening.nl').replace(/\/$/, '');

/** An absolute URL of the site as the path the local server serves. */
export const localPath = (url: string) => {
  if (!url.startsWith(siteUrl)) throw new Error(`${url} is not on ${siteUrl}`);
  return url.slice(siteUrl.length) || '/';
};

export type ReleaseData = {
  title: string;
  summary: string;
  locale: string;
  slug: string;
  date: string;
  embargo?: string;
  draft?: boolean;
  url: string;
  kind: 'announcement' | 'site-news';
  original?: string;
};

export function releases(): ReleaseData[] {
  const dir = path.resolve('.contentlayer/generated/PressRelease');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ReleaseData);
}

/** The releases a production build publishes: not a draft, no embargo still to come. */
export const publishedReleases = (locale: string) =>
  releases()
    .filter((r) => r.locale === locale && !r.draft && !(r.embargo && new Date(r.embargo) > new Date()))
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));

export const factIds = () =>
  readdirSync(path.resolve('content/facts'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();

export const redirects = () =>
  (YAML.parse(readFileSync(path.resolve('content/redirects.yaml'), 'utf8')) ?? []) as { from: string; to: string }[];

/** The width and height in a PNG's header. */
export function pngSize(data: Buffer): { width: number; height: number } {
  if (data.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
