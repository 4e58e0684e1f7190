// What a CloudBase environment should hold for AfterCare, from the repository alone (pure): every collection of
// COLLECTIONS with its indexes and its rule, the storage rule, and every function of the registry with its build,
// its configuration, its environment variables and its timers.
import type { FunctionConfig } from '../../cloudfunctions/_lib/function-config';
import { WECHAT_TEMPLATE_KEYS } from '../../core/notify/templates';
import { COLLECTIONS } from '../../platform/collections';
import { cloudbaseIndexes } from '../../platform/cloudbase/indexes';
import type { BuiltFunction } from '../function-manifest';
import type { StorageRule, TimerTrigger } from './admin';

/** Clients reach nothing directly: every read and write goes through a cloud function (admin rights). */
export const COLLECTION_ACL = 'ADMINONLY';

/**
 * Storage: the app uploads straight to cloud storage (Taro.cloud.uploadFile, its own files only), and nobody reads
 * a file by its id from the client: photos reach the app as temporary URLs that the functions issue after checking
 * who may see them (platform/cloudbase/files.ts).
 */
export const STORAGE_ACL = 'CUSTOM';
export const STORAGE_RULE: StorageRule = { read: false, write: 'resource.openid == auth.openid' };

export const TEMPLATE_IDS_VAR = 'AFTERCARE_WX_TEMPLATE_IDS';
export const TRTC_VARS = ['TRTC_SDK_APP_ID', 'TRTC_SECRET_KEY'] as const;
/** the https prefix device labels and invitations put in their QR codes (core/devices/qr.ts), on every function */
export const QR_BASE_VAR = 'AFTERCARE_QR_BASE';
/** the function that issues TRTC room signatures for video sessions, when the registry has it */
export const VIDEO_FUNCTION = 'bookings';

export interface DesiredIndex {
  name: string;
  fields: readonly string[];
  unique: boolean;
  sparse: boolean;
}

export interface DesiredCollection {
  name: string;
  indexes: DesiredIndex[];
  acl: string;
}

export interface DesiredFunction {
  name: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  /** the bundle's digest, carried in the function's description: the code is uploaded again only when it changed */
  digest: string;
  description: string;
  /** the variables the deploy manages (others set in the console are kept) */
  env: Record<string, string>;
  triggers: TimerTrigger[];
  sends: boolean;
}

export interface DesiredState {
  collections: DesiredCollection[];
  storage: { acl: string; rule: StorageRule };
  functions: DesiredFunction[];
  /** what the deploy cannot do, to say before and after it runs */
  warnings: string[];
}

export interface DeployInputs {
  /** the registry: each function's name and config.json */
  functions: readonly { name: string; config: FunctionConfig }[];
  /** the build (dist/functions-manifest.json) */
  built: readonly BuiltFunction[];
  /** template key → WeChat template id (the --template-ids file); null: not given */
  templateIds: Record<string, string> | null;
  trtc: { sdkAppId: string; secretKey: string } | null;
  /** AFTERCARE_QR_BASE; null: not given (the functions keep theirs) */
  qrBase?: string | null;
}

/** `AfterCare tickets. build 3f2a…`: SCF descriptions allow letters, digits, spaces, commas and full stops. */
export function descriptionOf(name: string, digest: string): string {
  return `AfterCare ${name}. build ${digest.slice(0, 16)}`;
}

/** The build a description names, or null (a function deployed some other way). */
export function buildOf(description: string | undefined): string | null {
  return /\bbuild ([0-9a-f]{16})\b/.exec(description ?? '')?.[1] ?? null;
}

/** The variable's value as every function gets it: the ids in key order (a stable string, so a re-run is a no-op). */
export function templateIdsValue(ids: Record<string, string>): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(ids)
        .sort()
        .map((k) => [k, ids[k]!]),
    ),
  );
}

export function desiredState(inputs: DeployInputs): DesiredState {
  const warnings: string[] = [];
  const built = new Map(inputs.built.map((b) => [b.name, b]));
  const missingBuilds = inputs.functions.filter((f) => !built.has(f.name)).map((f) => f.name);
  if (missingBuilds.length) {
    throw new Error(`no build of ${missingBuilds.join(', ')}: run npm run build:functions (or drop --skip-build)`);
  }

  if (!inputs.templateIds) {
    warnings.push(
      `no WeChat template ids given (--template-ids <file.json>): each function keeps the ${TEMPLATE_IDS_VAR} it has; ` +
        'a function without them sends every message in-app only',
    );
  } else {
    const missing = WECHAT_TEMPLATE_KEYS.filter((k) => !inputs.templateIds![k]);
    if (missing.length) warnings.push(`no WeChat template id for ${missing.join(', ')}: those messages stay in-app`);
  }
  const hasVideo = inputs.functions.some((f) => f.name === VIDEO_FUNCTION);
  if (hasVideo && !inputs.trtc) {
    warnings.push(
      `${VIDEO_FUNCTION}: TRTC_SDK_APP_ID and TRTC_SECRET_KEY are not set: it keeps the values it has (video sessions ` +
        'cannot start without them)',
    );
  }

  const functions = inputs.functions.map(({ name, config }): DesiredFunction => {
    const b = built.get(name)!;
    const env: Record<string, string> = {};
    // on every function, not only those that send today: a message must never stay in-app for want of an id
    if (inputs.templateIds) env[TEMPLATE_IDS_VAR] = templateIdsValue(inputs.templateIds);
    if (inputs.qrBase) env[QR_BASE_VAR] = inputs.qrBase.replace(/\/+$/, '');
    if (name === VIDEO_FUNCTION && inputs.trtc) {
      env.TRTC_SDK_APP_ID = inputs.trtc.sdkAppId;
      env.TRTC_SECRET_KEY = inputs.trtc.secretKey;
    }
    return {
      name,
      runtime: config.runtime,
      timeout: config.timeout,
      memorySize: config.memorySize ?? 256,
      digest: b.digest,
      description: descriptionOf(name, b.digest),
      env,
      triggers: config.triggers.map((t) => ({ name: t.name, type: 'timer', config: t.config })),
      sends: b.sends,
    };
  });

  const indexes = cloudbaseIndexes();
  return {
    collections: Object.keys(COLLECTIONS).map((name) => ({
      name,
      indexes: indexes
        .filter((i) => i.collection === name)
        .map(({ name: indexName, fields, unique, sparse }) => ({ name: indexName, fields, unique, sparse })),
      acl: COLLECTION_ACL,
    })),
    storage: { acl: STORAGE_ACL, rule: STORAGE_RULE },
    functions,
    warnings,
  };
}

/** A variable whose value the plan never prints. */
export function isSecret(key: string): boolean {
  return /SECRET|KEY|TOKEN|PASSWORD/i.test(key) && key !== TEMPLATE_IDS_VAR;
}

/** `••••••a1b2` (the last 4 characters of anything longer than 8), never the value. */
export function masked(value: string): string {
  return value.length > 8 ? `••••••${value.slice(-4)}` : '••••••';
}
