// /.well-known/security.txt (RFC 9116). The site belongs to central government, whose policy is to
// report a vulnerability in any of its systems to the National Cyber Security Centre (NCSC):
// - https://www.government.nl/topics/cybercrime/fighting-cybercrime-in-the-netherlands/responsible-disclosure
//   ("Report a vulnerability via a CVD-report form to the National Cyber Security Centre (NCSC).")
// - https://english.ncsc.nl/contact/reporting-a-vulnerability-cvd (the NCSC's own page for reports
//   about the Dutch Central Government's systems)
// - https://www.ncsc.nl/contact/kwetsbaarheid-melden (the Dutch page; the Ministry of VWS's own
//   security policy, github.com/minvws, sends reports there)

import { routing } from '@/i18n/routing';

/** Days from the build to Expires: RFC 9116 asks for less than a year; a build every half year keeps it valid. */
export const securityTxtDays = 180;

export const securityContacts = [
  'https://www.ncsc.nl/contact/kwetsbaarheid-melden',
  'https://english.ncsc.nl/contact/reporting-a-vulnerability-cvd',
];
export const securityPolicy = 'https://www.government.nl/topics/cybercrime/fighting-cybercrime-in-the-netherlands/responsible-disclosure';

export const securityTxtPath = '/.well-known/security.txt';

export function securityTxt(siteUrl: string, built: Date): string {
  const expires = new Date(built.getTime() + securityTxtDays * 24 * 60 * 60 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    ...securityContacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    `Preferred-Languages: ${routing.locales.join(', ')}`,
    `Canonical: ${siteUrl}${securityTxtPath}`,
    `Policy: ${securityPolicy}`,
    '',
  ].join('\n');
}
