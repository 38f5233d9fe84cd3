// `npm run urls:add`: adds the new public URLs of the built site (out/) to tests/urls.txt and prints them.
// It never removes a line: a URL that disappears must get a redirect in content/redirects.yaml,
// or be deleted from tests/urls.txt by hand, on purpose (see the comment at the top of that file).
// Editors never run it: .github/workflows/content.yml runs it after the build on every push to a
// branch and commits tests/urls.txt back when it changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { addUrls, publicUrls } from '../public-urls';

const listFile = 'tests/urls.txt';
const before = readFileSync(listFile, 'utf8');
const { text, added } = addUrls(before, publicUrls('out'));
if (text !== before) writeFileSync(listFile, text);
console.log(
  added.length
    ? `urls: added ${added.length} URL(s) to ${listFile}:\n${added.map((url) => `  ${url}`).join('\n')}`
    : `urls: ${listFile} already lists every public URL`,
);
