// One built page per page type, in both languages: the phone comfort tests and `npm run bench`
// look at the same set, so the benchmark's table and the tests speak about the same pages.
export const pageTypes = [
  { type: 'home', nl: '/nl/', en: '/en/' },
  { type: 'part page', nl: '/nl/gezondheid/', en: '/en/health/' },
  { type: 'story', nl: '/nl/verhalen/de-route-van-een-pil/', en: '/en/stories/the-route-of-a-pill/' },
  { type: 'fact sheet', nl: '/nl/feiten/', en: '/en/facts/' },
  { type: 'partner kit', nl: '/nl/materiaal/', en: '/en/materials/' },
  { type: 'quiz', nl: '/nl/quiz/', en: '/en/quiz/' },
  { type: 'press', nl: '/nl/pers/', en: '/en/press/' },
  { type: 'search', nl: '/nl/zoeken/', en: '/en/search/' },
  { type: '404', nl: '/nl/bestaat-niet/', en: '/en/does-not-exist/' },
] as const;

export type PageType = (typeof pageTypes)[number]['type'];
