import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { caFile, httpPort, httpsPort } from './server';

type Scan = {
  grade: string;
  score: number;
  testsPassed: number;
  testsQuantity: number;
  tests: Record<string, { pass: boolean; result: string; scoreModifier: number }>;
};

// Mozilla's HTTP Observatory (@mdn/mdn-http-observatory, pinned in tests/observatory/) grades the
// site as nginx serves it. The scanner runs in its own node so that it trusts the local CA.
for (const url of ['/', '/nl/', '/en/search/']) {
  test(`Mozilla's Observatory grades ${url} A+ with every test passed`, () => {
    const output = execFileSync(
      process.execPath,
      [path.resolve('tests/observatory/scan.mjs'), '127.0.0.1', String(httpsPort), String(httpPort), url],
      {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const scan = JSON.parse(output) as Scan;
    const lines = Object.entries(scan.tests).map(
      ([name, { pass, result, scoreModifier }]) =>
        `  ${pass ? 'pass' : 'FAIL'}  ${name}: ${result} (${scoreModifier >= 0 ? '+' : ''}${scoreModifier})`,
    );
    console.log(
      `Observatory ${url}: ${scan.grade}, score ${scan.score}, ${scan.testsPassed}/${scan.testsQuantity} tests passed\n${lines.join('\n')}`,
    );
    expect(scan.grade).toBe('A+');
    expect(scan.score).toBeGreaterThanOrEqual(100);
    expect(
      Object.entries(scan.tests)
        .filter(([, { pass }]) => !pass)
        .map(([name]) => name),
    ).toEqual([]);
    expect(scan.testsPassed).toBe(scan.testsQuantity);
  });
}
