// The built mini-program parses as ES2017: no `?.`, `??`, `??=`, object spread, class fields … anywhere in
// dist/weapp (vendors and Taro's runtime included), which WeChat's older iOS JavaScriptCore cannot parse with DevTools'
// ES6 → ES5 off. Runs when the weapp is built (CI builds it before the tests: .ci/run).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'acorn';
import { WEAPP_TARGET } from '../config/prod';

const ROOT = resolve(__dirname, '..');
const WEAPP = join(ROOT, 'dist', 'weapp');
const ECMA_VERSION = 2017;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

/** '' when the code parses as ES2017, else where it does not and what is there. */
function syntaxProblem(code: string): string {
  try {
    parse(code, { ecmaVersion: ECMA_VERSION, sourceType: 'script' });
    return '';
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message}: …${code.slice(Math.max(0, pos - 30), pos + 20)}…`;
  }
}

test('the check itself: ES2017 parses; optional chaining, ?? and class fields do not', () => {
  expect(WEAPP_TARGET).toBe(`es${ECMA_VERSION}`);
  expect(syntaxProblem('async function f(a) { return (await a) ** 2 }')).toBe('');
  expect(syntaxProblem('var x = a?.b')).not.toBe('');
  expect(syntaxProblem('var x = a ?? b')).not.toBe('');
  expect(syntaxProblem('var x = { ...a }')).not.toBe('');
  expect(syntaxProblem('class A { b = 1 }')).not.toBe('');
});

(existsSync(join(WEAPP, 'app.js')) ? test : test.skip)('every .js file of dist/weapp parses as ES2017', () => {
  const files = jsFiles(WEAPP);
  expect(files.length).toBeGreaterThan(3);
  const problems = files
    .map((file) => [relative(ROOT, file), syntaxProblem(readFileSync(file, 'utf8'))] as const)
    .filter(([, problem]) => problem);
  expect(problems).toEqual([]);
});
