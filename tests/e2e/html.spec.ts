import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from '@playwright/test';
import { builtHtml, builtPages } from './built-pages';

// React's markup style is set in .htmlvalidate.json; everything else is html-validate's standard.
test('every built page is valid HTML', async () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate({ ...config, root: true });
  const errors: string[] = [];
  for (const url of [...builtPages(), '/404.html']) {
    const report = await validator.validateString(builtHtml(url), url);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});
