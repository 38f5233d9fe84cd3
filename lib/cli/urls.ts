// `npm run urls:add`: adds the new public URLs of the built site (out/) to tests/urls.txt.
// It never removes a line: a URL that disappears must get a redirect in content/redirects.yaml,
// or be deleted from tests/urls.txt by hand, on purpose (see the comment at the top of that file).
import { readFileSync, writeFileSync } from 'node:fs';
import { publicUrls } from '../public-urls';

const listFile = 'tests/urls.txt';
const text = readFileSync(listFile, 'utf8');
const listed = new Set(text.split('\n').filter((line) => line.startsWith('/')));
const added = publicUrls('out').filter((url) => !listed.has(url));
const header = text.split('\n').filter((line) => line.startsWith('#'));
writeFileSync(listFile, `${[...header, ...[...listed, ...added].sort()].join('\n')}\n`);
console.log(
  added.length
    ? `urls: added ${added.length} URL(s) to ${listFile}:\n${added.join('\n')}`
    : `urls: ${listFile} already lists every public URL`,
);
