#!/usr/bin/env node
// Mozilla's HTTP Observatory scan of any host, port and path. Its CLI scans only / on ports 80
// and 443, so this wrapper calls the same retrieve and grading functions its scan() uses.
// Usage: node tests/observatory/scan.mjs HOST HTTPS_PORT HTTP_PORT [PATH]   (prints JSON)
// Install first: npm ci --ignore-scripts --prefix tests/observatory, and write {} to
// conf/hsts-preload.json (tests/observatory/setup.sh does both). For a local certificate, start
// node with NODE_EXTRA_CA_CERTS naming the CA.
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
import { ALL_TESTS, ALGORITHM_VERSION, NUM_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreDescription, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';

export async function scanPath(hostname, { httpsPort, httpPort, path = '/' }) {
  const r = await retrieve(hostname, { httpsPort, httpPort, path });
  if (!r.responses.auto) throw new Error(`${hostname}: the site seems to be down`);
  const { status } = r.responses.auto;
  if (status < 200 || (status >= 400 && ![401, 403].includes(status))) throw new Error(`${hostname}${path}: unexpected HTTP status ${status}`);
  // As in the package's scan(): extra credit only counts once the score without it is an A.
  let testsPassed = 0;
  let withExtraCredit = 100;
  let uncurved = 100;
  const tests = {};
  for (const test of ALL_TESTS) {
    const result = test(r);
    if (result.result) {
      const modifier = getScoreModifier(result.result);
      testsPassed += result.pass ? 1 : 0;
      withExtraCredit += modifier;
      if (modifier < 0) uncurved += modifier;
      tests[result.constructor.name] = { pass: result.pass, result: result.result, scoreModifier: modifier, description: getScoreDescription(result.result) };
    }
  }
  const final = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  return { algorithmVersion: ALGORITHM_VERSION, grade: final.grade, score: final.score, testsPassed, testsQuantity: NUM_TESTS, testsFailed: NUM_TESTS - testsPassed, statusCode: status, tests };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [hostname, httpsPort, httpPort, path] = process.argv.slice(2);
  console.log(JSON.stringify(await scanPath(hostname, { httpsPort: Number(httpsPort), httpPort: Number(httpPort), path }), null, 2));
}
