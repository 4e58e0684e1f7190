// Adds up the jest result files of `npm test` into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(__dirname, '..', 'test-results');
let passed = 0;
let failed = 0;
for (const suite of ['unit', 'integration', 'e2e']) {
  const file = join(dir, `jest-${suite}.json`);
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numRuntimeErrorTestSuites: number;
  };
  console.log(
    `${suite}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numRuntimeErrorTestSuites ? `, ${r.numRuntimeErrorTestSuites} suites did not run` : ''}`,
  );
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
}
console.log(`${passed} passed, ${failed} failed`);
