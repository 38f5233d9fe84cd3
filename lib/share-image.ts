// Every page's link preview image is a PNG beside its HTML, made after `next build` by
// lib/build/share-images.ts: /nl/gezondheid/share.png. A real .png file is sent as image/png
// by every static host, unlike the extension-less files of opengraph-image.tsx.
export const shareImageName = 'share.png';

export const shareImagePath = (doc: { url: string }) => `${doc.url}${shareImageName}`;

export const shareCardSize = { width: 1200, height: 630 } as const;
