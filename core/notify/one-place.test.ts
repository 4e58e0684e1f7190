// The service's messages and page links are written in core/notify only: a check over the service code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SERVICE = ['core', 'cloudfunctions', 'platform', 'host'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = SERVICE.flatMap((d) => sources(join(ROOT, d))).filter(
  (f) => !relative(ROOT, f).startsWith('core/notify/') && !relative(ROOT, f).startsWith('core/testing/'),
);

test('no page path appears in the service code outside core/notify', () => {
  const hits = files.filter((f) => /['"`]\/(pages|technician|desk)\//.test(readFileSync(f, 'utf8')));
  expect(hits.map((f) => relative(ROOT, f))).toEqual([]);
});

test('no message title is written outside core/notify', () => {
  const hits = files.filter((f) => /\btitle:\s*['"`]/.test(readFileSync(f, 'utf8')));
  expect(hits.map((f) => relative(ROOT, f))).toEqual([]);
});

test('actions send through ctx.send only, never the notifier directly', () => {
  // dispatch builds ctx.send over the platform's notifier: the one place that calls it
  const actions = sources(join(ROOT, 'cloudfunctions')).filter((f) => !f.endsWith(join('_lib', 'dispatch.ts')));
  const hits = actions.filter((f) => /\bnotifier\.send\(|ctx\.notify\(/.test(readFileSync(f, 'utf8')));
  expect(hits.map((f) => relative(ROOT, f))).toEqual([]);
});

test('platform/ never imports cloudfunctions/, and no function index defines an action', () => {
  const platform = sources(join(ROOT, 'platform')).filter((f) =>
    /from '[^']*cloudfunctions/.test(readFileSync(f, 'utf8')),
  );
  expect(platform).toEqual([]);
  const fns = readdirSync(join(ROOT, 'cloudfunctions')).filter(
    (d) => !d.startsWith('_') && statSync(join(ROOT, 'cloudfunctions', d)).isDirectory(),
  );
  const defining = fns.filter((d) =>
    /\baction\(/.test(readFileSync(join(ROOT, 'cloudfunctions', d, 'index.ts'), 'utf8')),
  );
  expect(defining).toEqual([]);
});
