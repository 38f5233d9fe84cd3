// `npm run nginx:config`: writes deploy/nginx/onzichtbarerekening.conf from lib/http/policy.ts and
// content/redirects.yaml. Run it after changing either; a unit test fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { readRedirects } from '../content/registries';
import { nginxFile, nginxInclude } from '../http/nginx';

writeFileSync(nginxFile, nginxInclude(readRedirects()));
console.log(`nginx:config: wrote ${nginxFile}`);
