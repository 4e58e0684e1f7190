// The deploy's configuration, from its arguments and the environment (arguments win). Pure: reads no file; main.ts
// reads the template-ids file it names. Anything wrong is one clear sentence (a DeployConfigError).
import { WECHAT_TEMPLATE_KEYS } from '../../core/notify/templates';

export class DeployConfigError extends Error {}

export interface DeployOptions {
  dryRun: boolean;
  /** the in-memory fake (AFTERCARE_DEPLOY_FAKE=1) instead of Tencent Cloud */
  fake: boolean;
  /** the fake's state file, kept between runs */
  fakeState: string;
  envId: string;
  credentials: { secretId: string; secretKey: string; token?: string } | null;
  templateIdsFile: string | null;
  trtc: { sdkAppId: string; secretKey: string } | null;
  /** the https prefix of the QR codes on device labels and invitations (AFTERCARE_QR_BASE on every function) */
  qrBase: string | null;
  skipBuild: boolean;
  /** exit non-zero when the plan has any change (CI: a second run must change nothing) */
  expectUnchanged: boolean;
  /** also make the reviewer's demo organisation and invitation codes (docs/deploy-cloudbase.md) */
  reviewer: { codes: number } | null;
  help: boolean;
}

export const USAGE = `npm run deploy:cloudbase -- [options]

Creates or updates, in one CloudBase environment, every collection (indexes, rule), the storage rule, and every
cloud function (code, configuration, environment variables, timers). Reads the environment first and changes only
what differs; run it again at any time.

  --dry-run               print the plan (create / update / drop / unchanged for each item) and change nothing
  --env <id>              the CloudBase environment id (or ENV_ID)
  --secret-id <id>        a Tencent Cloud API key (or TENCENTCLOUD_SECRETID)
  --secret-key <key>      (or TENCENTCLOUD_SECRETKEY; TENCENTCLOUD_SESSIONTOKEN for a temporary key)
  --template-ids <file>   a JSON file: WeChat subscription template key -> template id (or AFTERCARE_WX_TEMPLATE_IDS_FILE)
  --qr-base <https url>   the prefix of device and invitation QR codes (or AFTERCARE_QR_BASE), set on every function
  --skip-build            deploy dist/cloudfunctions as it is (default: npm run build:functions first)
  --expect-unchanged      exit 1 if the plan has any change (CI)
  --reviewer [--reviewer-codes <n>]
                          also create the reviewer's demo organisation and n invitation codes (default 3)
  TRTC_SDK_APP_ID, TRTC_SECRET_KEY   set on the bookings function when the registry has one
  AFTERCARE_DEPLOY_FAKE=1            an in-memory CloudBase (state in AFTERCARE_DEPLOY_FAKE_STATE,
                                     default .data/cloudbase-fake.json): no account needed`;

const FLAGS = new Set(['--dry-run', '--skip-build', '--expect-unchanged', '--reviewer', '--help', '-h']);
const VALUES = new Set(['--env', '--secret-id', '--secret-key', '--template-ids', '--qr-base', '--reviewer-codes']);

function parseArgs(argv: readonly string[]): { flags: Set<string>; values: Map<string, string> } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name) && eq < 0) {
      flags.add(name);
    } else if (VALUES.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        throw new DeployConfigError(`${name} needs a value`);
      }
      values.set(name, value);
    } else {
      throw new DeployConfigError(`unknown option ${arg} (see --help)`);
    }
  }
  return { flags, values };
}

const ENV_ID = /^[a-z0-9][a-z0-9-]{1,63}$/i;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): DeployOptions {
  const { flags, values } = parseArgs(argv);
  const help = flags.has('--help') || flags.has('-h');
  const fake = env.AFTERCARE_DEPLOY_FAKE === '1';
  const envId = values.get('--env') ?? env.ENV_ID ?? (fake ? 'fake-env' : '');
  const secretId = values.get('--secret-id') ?? env.TENCENTCLOUD_SECRETID ?? '';
  const secretKey = values.get('--secret-key') ?? env.TENCENTCLOUD_SECRETKEY ?? '';
  const options: DeployOptions = {
    dryRun: flags.has('--dry-run'),
    fake,
    fakeState: env.AFTERCARE_DEPLOY_FAKE_STATE || '.data/cloudbase-fake.json',
    envId,
    credentials:
      secretId && secretKey
        ? { secretId, secretKey, ...(env.TENCENTCLOUD_SESSIONTOKEN ? { token: env.TENCENTCLOUD_SESSIONTOKEN } : {}) }
        : null,
    templateIdsFile: values.get('--template-ids') ?? env.AFTERCARE_WX_TEMPLATE_IDS_FILE ?? null,
    trtc:
      env.TRTC_SDK_APP_ID && env.TRTC_SECRET_KEY
        ? { sdkAppId: env.TRTC_SDK_APP_ID, secretKey: env.TRTC_SECRET_KEY }
        : null,
    qrBase: values.get('--qr-base') ?? env.AFTERCARE_QR_BASE ?? null,
    skipBuild: flags.has('--skip-build'),
    expectUnchanged: flags.has('--expect-unchanged'),
    reviewer: null,
    help,
  };
  if (values.has('--reviewer-codes') && !flags.has('--reviewer')) {
    throw new DeployConfigError('--reviewer-codes goes with --reviewer');
  }
  if (flags.has('--reviewer')) {
    const codes = Number(values.get('--reviewer-codes') ?? 3);
    if (!Number.isInteger(codes) || codes < 1 || codes > 20) throw new DeployConfigError('--reviewer-codes is 1 to 20');
    options.reviewer = { codes };
  }
  if (help) return options;
  // everything missing said at once: one run tells what to set
  const missing: string[] = [];
  if (!envId) missing.push('no CloudBase environment: give --env <id> or set ENV_ID');
  if (!fake && !options.credentials) {
    missing.push(
      'no Tencent Cloud credentials: set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (or --secret-id and ' +
        '--secret-key), a key allowed to manage this CloudBase environment; or set AFTERCARE_DEPLOY_FAKE=1 to plan ' +
        'against an in-memory CloudBase',
    );
  }
  if (missing.length) throw new DeployConfigError(missing.join('; '));
  if (!ENV_ID.test(envId)) throw new DeployConfigError(`"${envId}" is not a CloudBase environment id`);
  if (options.qrBase !== null && !/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(options.qrBase)) {
    throw new DeployConfigError(
      `the QR base "${options.qrBase}" is not an https URL without query (https://example.com/qr)`,
    );
  }
  if (env.TRTC_SDK_APP_ID && !/^\d+$/.test(env.TRTC_SDK_APP_ID)) {
    throw new DeployConfigError('TRTC_SDK_APP_ID is a number (the SDKAppID of your TRTC application)');
  }
  if (Boolean(env.TRTC_SDK_APP_ID) !== Boolean(env.TRTC_SECRET_KEY)) {
    throw new DeployConfigError('set both TRTC_SDK_APP_ID and TRTC_SECRET_KEY, or neither');
  }
  return options;
}

/**
 * The template-ids file's content: an object from template key (`ticket.offered` …) to a WeChat template id. An
 * unknown key is a typo that would silently send nothing, so it is refused.
 */
export function parseTemplateIds(text: string, file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DeployConfigError(`${file} is not JSON`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new DeployConfigError(`${file}: expected an object of template key -> template id`);
  }
  const ids: Record<string, string> = {};
  const known: readonly string[] = WECHAT_TEMPLATE_KEYS;
  for (const [key, value] of Object.entries(parsed)) {
    if (!known.includes(key)) {
      throw new DeployConfigError(`${file}: "${key}" is not a WeChat template key (${known.join(', ')})`);
    }
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{10,64}$/.test(value.trim())) {
      throw new DeployConfigError(`${file}: the template id of ${key} is not a WeChat template id`);
    }
    ids[key] = value.trim();
  }
  return ids;
}
