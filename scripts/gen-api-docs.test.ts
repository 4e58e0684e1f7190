import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderApiDocs } from './gen-api-docs';

test('docs/api.md is up to date with the schemas (run `npm run docs:api`)', () => {
  const committed = readFileSync(resolve(__dirname, '..', 'docs', 'api.md'), 'utf8');
  expect(committed).toBe(renderApiDocs());
});
