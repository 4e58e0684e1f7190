// `npm run deploy:cloudbase`: build the functions, read the CloudBase environment, print the plan, carry it out
// (unless --dry-run), check that the environment now matches, and (--reviewer) make the reviewer's way in.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FUNCTIONS } from '../../cloudfunctions/registry';
import { buildFunctions, digestOf, FUNCTIONS_OUT, MANIFEST_FILE } from '../build-functions';
import type { FunctionsManifest } from '../function-manifest';
import type { CloudbaseAdmin } from './admin';
import { applyPlan } from './apply';
import { desiredState } from './desired';
import { FakeCloudbaseAdmin } from './fake-manager';
import { DeployConfigError, parseOptions, parseTemplateIds, USAGE, type DeployOptions } from './options';
import { changesOf, computePlan, formatPlan } from './plan';
import { ensureReviewerAccess } from './reviewer';
import { readState } from './state';

const ROOT = resolve(__dirname, '..', '..');

/** What only the WeChat and CloudBase consoles can do, said after every plan (docs/deploy-cloudbase.md). */
const BY_HAND = [
  'cloud-call permission subscribeMessage.send: upload each function once from WeChat DevTools (right-click ' +
    'dist/cloudfunctions/<name> → 上传并部署), which reads config.json permissions.openapi; no management API sets it',
  'WeChat console: privacy guide (location, camera, album, microphone), subscription templates, TRTC, category',
];

function builtFromDisk(): FunctionsManifest {
  if (!existsSync(MANIFEST_FILE)) {
    throw new DeployConfigError('no dist/functions-manifest.json: run npm run build:functions (or drop --skip-build)');
  }
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as FunctionsManifest;
  for (const f of manifest.functions) {
    const dir = join(FUNCTIONS_OUT, f.name);
    if (!existsSync(join(dir, 'index.js')) || digestOf(dir) !== f.digest) {
      throw new DeployConfigError(`dist/cloudfunctions/${f.name} is not what was built: run npm run build:functions`);
    }
  }
  return manifest;
}

async function adminFor(options: DeployOptions): Promise<CloudbaseAdmin> {
  if (options.fake) return FakeCloudbaseAdmin.load(options.envId, resolve(ROOT, options.fakeState));
  const { createManagerAdmin } = await import('./manager-admin');
  return createManagerAdmin({ envId: options.envId, ...options.credentials! });
}

async function reviewerStore(options: DeployOptions) {
  if (options.fake) {
    const { openSqliteStore } = await import('../../platform/local/sqlite-store');
    return openSqliteStore(resolve(ROOT, options.fakeState.replace(/\.json$/, '') + '.sqlite'));
  }
  const tcb = await import('@cloudbase/node-sdk');
  const { createCloudbaseStore } = await import('../../platform/cloudbase/store');
  const { secretId, secretKey, token } = options.credentials!;
  const app = tcb.init({ env: options.envId, secretId, secretKey, ...(token ? { sessionToken: token } : {}) });
  return createCloudbaseStore(app.database());
}

export async function run(argv: readonly string[], env: NodeJS.ProcessEnv, log = console.log): Promise<number> {
  const options = parseOptions(argv, env);
  if (options.help) {
    log(USAGE);
    return 0;
  }
  const templateIds = options.templateIdsFile
    ? parseTemplateIds(readFileSync(resolve(options.templateIdsFile), 'utf8'), options.templateIdsFile)
    : null;
  const manifest = options.skipBuild ? builtFromDisk() : await buildFunctions((line) => log(`  ${line}`));
  const desired = desiredState({
    functions: Object.values(FUNCTIONS),
    built: manifest.functions,
    templateIds,
    trtc: options.trtc,
    qrBase: options.qrBase,
  });
  const admin = await adminFor(options);
  if (options.fake)
    log(`(AFTERCARE_DEPLOY_FAKE=1: an in-memory CloudBase kept in ${options.fakeState}, not Tencent Cloud)`);

  const plan = computePlan(options.envId, desired, await readState(admin, desired));
  log(formatPlan(plan));
  for (const step of BY_HAND) log(`  by hand: ${step}`);
  const changes = changesOf(plan);

  if (options.dryRun) {
    log(`dry run: nothing changed (${changes.length} change${changes.length === 1 ? '' : 's'} planned)`);
    if (options.reviewer) log(`dry run: the reviewer's organisation and ${options.reviewer.codes} codes not made`);
    return options.expectUnchanged && changes.length ? 1 : 0;
  }
  if (options.expectUnchanged && changes.length) {
    log(`--expect-unchanged: ${changes.length} changes planned; nothing done`);
    return 1;
  }

  if (changes.length) {
    await applyPlan(admin, plan, FUNCTIONS_OUT, (line) => log(`  ${line}`));
    const after = changesOf(computePlan(options.envId, desired, await readState(admin, desired)));
    if (after.length) {
      log(`the environment still differs after the deploy:\n${after.map((l) => `  ${l.change} ${l.what}`).join('\n')}`);
      return 1;
    }
    log(`deployed: ${changes.length} changes; ${options.envId} now matches the repository`);
  } else {
    log(`nothing to do: ${options.envId} already matches the repository`);
  }

  if (options.reviewer) {
    const store = await reviewerStore(options);
    const access = await ensureReviewerAccess(store, new Date(), options.reviewer.codes).finally(() => {
      (store as { close?: () => void }).close?.();
    });
    log(`reviewer: ${access.customerName} (${access.customerId}), ${access.issued} new codes; for 审核备注:`);
    for (const c of access.codes) log(`  邀请码 ${c.code}  (valid until ${c.expiresAt})`);
  }
  return 0;
}

if (require.main === module) {
  run(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof DeployConfigError) {
        console.error(`deploy:cloudbase: ${e.message}`);
        process.exit(2);
      }
      console.error(e);
      process.exit(1);
    },
  );
}
