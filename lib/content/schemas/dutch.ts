// The Dutch words for the schemas' own English messages and descriptions. The schemas stay written
// in English once (zod takes one string per message); the content check shows these words when it
// speaks Dutch (lib/check/lang.ts). A text missing here is shown in English in both languages.

const words: Record<string, string> = {};

/** The Dutch for one of the schemas' English texts, or the English text when there is none. */
export const dutchSchemaWords = (english: string): string => words[english] ?? english;
