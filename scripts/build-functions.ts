// Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/ (index.js exporting `main`, package.json,
// config.json) and writes cloudbaserc.json. The entry is generated so that cloudfunctions/ never imports an adapter.
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { FUNCTIONS } from '../cloudfunctions/registry';
import { cloudbaseRc, functionPackageJson } from './function-manifest';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'dist', 'cloudfunctions');
const sdkVersion: string = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/@cloudbase/node-sdk/package.json'), 'utf8'),
).version;

function entrySource(name: string): string {
  const fnDir = join(ROOT, 'cloudfunctions', name).replace(/\\/g, '/');
  const entry = join(ROOT, 'host', 'cloudbase', 'entry').replace(/\\/g, '/');
  return [
    `import { actions } from '${fnDir}/index';`,
    `import { createCloudbaseMain } from '${entry}';`,
    `export const main = createCloudbaseMain('${name}', actions);`,
    `export { actions };`,
  ].join('\n');
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  for (const fn of Object.values(FUNCTIONS)) {
    const dir = join(OUT, fn.name);
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    const result = await build({
      stdin: { contents: entrySource(fn.name), resolveDir: ROOT, loader: 'ts', sourcefile: `${fn.name}-entry.ts` },
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      outfile: join(dir, 'index.js'),
      external: ['@cloudbase/node-sdk', 'wx-server-sdk'],
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    });
    const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(functionPackageJson(fn.name, sdkVersion), null, 2)}\n`);
    // every function may notify: each declares the subscription-message cloud call
    const config = { ...fn.config, permissions: { openapi: ['subscribeMessage.send'] } };
    writeFileSync(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
    console.log(
      `dist/cloudfunctions/${fn.name}/index.js  ${(bytes / 1024).toFixed(1)} KB  (${Date.now() - started} ms)`,
    );
  }
  const rc = cloudbaseRc(Object.values(FUNCTIONS));
  writeFileSync(join(ROOT, 'cloudbaserc.json'), `${JSON.stringify(rc, null, 2)}\n`);
  console.log(`cloudbaserc.json: ${rc.functions.length} functions`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
