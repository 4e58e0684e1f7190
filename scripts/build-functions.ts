// Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/ (index.js exporting `main`, package.json,
// config.json), writes cloudbaserc.json and dist/functions-manifest.json (each bundle's digest, and which functions
// send messages). The entry is generated so that cloudfunctions/ never imports an adapter.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { FUNCTIONS } from '../cloudfunctions/registry';
import {
  cloudbaseRc,
  functionConfigJson,
  functionPackageJson,
  type BuiltFunction,
  type FunctionsManifest,
} from './function-manifest';

const ROOT = resolve(__dirname, '..');
export const FUNCTIONS_OUT = join(ROOT, 'dist', 'cloudfunctions');
export const MANIFEST_FILE = join(ROOT, 'dist', 'functions-manifest.json');
const MESSAGES_MODULE = 'core/notify/messages.ts';

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

/** The SDK's own bundle beside each function's index.js, required on the first call (platform/cloudbase/sdk.ts). */
export const SDK_FILE = 'cloudbase-sdk.js';

/**
 * @cloudbase/node-sdk is bundled into a file of its own (a cold start loads one file instead of a few hundred, and
 * only when the first call needs it: index.js stays small to require; docs/benchmarks.md, coldstart). Its version
 * module reads `../../package.json` next to itself at run time, which a bundle no longer has: the version is written
 * in at build time instead, so its requests still name it.
 */
function sdkVersionPlugin(version: string): Plugin {
  return {
    name: 'cloudbase-sdk-version',
    setup(b) {
      b.onLoad({ filter: /@cloudbase[\\/]node-sdk[\\/]dist[\\/]utils[\\/]version\.js$/ }, () => ({
        contents: `"use strict";Object.defineProperty(exports,"__esModule",{value:true});exports.version=${JSON.stringify(version)};`,
        loader: 'js',
      }));
    },
  };
}

/** In a function's bundle, `require('@cloudbase/node-sdk')` becomes `require('./cloudbase-sdk.js')`. */
const sdkBesidePlugin: Plugin = {
  name: 'cloudbase-sdk-beside',
  setup(b) {
    b.onResolve({ filter: /^@cloudbase\/node-sdk$/ }, () => ({ path: `./${SDK_FILE}`, external: true }));
  },
};

export function digestOf(dir: string): string {
  const hash = createHash('sha256');
  for (const file of ['index.js', 'package.json', 'config.json'])
    hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

/** Builds every function of the registry; `log` gets one line per bundle. */
export async function buildFunctions(log: (line: string) => void = console.log): Promise<FunctionsManifest> {
  const sdkVersion: string = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@cloudbase/node-sdk/package.json'), 'utf8'),
  ).version;
  rmSync(FUNCTIONS_OUT, { recursive: true, force: true });
  // the SDK once, copied beside every function (each deploys its own directory)
  const sdk = await build({
    stdin: { contents: "module.exports = require('@cloudbase/node-sdk');", resolveDir: ROOT, loader: 'js' },
    bundle: true,
    absWorkingDir: ROOT,
    preserveSymlinks: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    write: false,
    outfile: SDK_FILE,
    plugins: [sdkVersionPlugin(sdkVersion)],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const sdkBytes = sdk.outputFiles[0]!.contents;
  const built: BuiltFunction[] = [];
  for (const fn of Object.values(FUNCTIONS)) {
    const dir = join(FUNCTIONS_OUT, fn.name);
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    const result = await build({
      stdin: { contents: entrySource(fn.name), resolveDir: ROOT, loader: 'ts', sourcefile: `${fn.name}-entry.ts` },
      bundle: true,
      // paths in the bundle relative to the repository, whatever the checkout's path: the same sources give the same
      // bytes (and digest) on every machine, so a deploy from CI after one from a laptop uploads nothing new
      absWorkingDir: ROOT,
      preserveSymlinks: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      outfile: join(dir, 'index.js'),
      external: ['wx-server-sdk'],
      plugins: [sdkBesidePlugin],
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    });
    writeFileSync(join(dir, SDK_FILE), sdkBytes);
    const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(functionPackageJson(fn.name), null, 2)}\n`);
    writeFileSync(join(dir, 'config.json'), `${JSON.stringify(functionConfigJson(fn.config), null, 2)}\n`);
    const sends = Object.keys(result.metafile.inputs).some((input) =>
      input.replace(/\\/g, '/').endsWith(MESSAGES_MODULE),
    );
    built.push({ name: fn.name, digest: digestOf(dir), bytes, sends });
    log(
      `dist/cloudfunctions/${fn.name}/index.js  ${(bytes / 1024).toFixed(1)} KB + ${SDK_FILE} ` +
        `${(sdkBytes.length / 1024).toFixed(0)} KB  (${Date.now() - started} ms)` +
        (sends ? '  sends messages' : ''),
    );
  }
  const rc = cloudbaseRc(Object.values(FUNCTIONS));
  writeFileSync(join(ROOT, 'cloudbaserc.json'), `${JSON.stringify(rc, null, 2)}\n`);
  const manifest: FunctionsManifest = { builtAt: new Date().toISOString(), functions: built };
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`cloudbaserc.json: ${rc.functions.length} functions`);
  log(
    `functions that send messages: ${
      built
        .filter((f) => f.sends)
        .map((f) => f.name)
        .join(', ') || '(none)'
    }`,
  );
  return manifest;
}

if (require.main === module) {
  buildFunctions().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
