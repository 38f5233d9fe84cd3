// The one escape for text that is written into XML or HTML by hand: feeds, the sitemap and the
// redirect pages. Safe in element text and in attribute values in either kind of quotes.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => entities[char]);
