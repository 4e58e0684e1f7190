// The production platform: CloudBase database, storage and WeChat identity through @cloudbase/node-sdk.
import type { Clock, Logger, Platform } from '../ports';
import { createTrtcCalls, trtcSettingsFrom } from './calls';
import { createCloudbaseFiles } from './files';
import { createCloudbaseIdentity } from './identity';
import { createCloudbaseNotifier, type WechatDelivery } from './notifier';
import { loadSdk, type CloudbaseApp } from './sdk';
import { createCloudbaseStore } from './store';
import { cloudCallSender, createWechatDelivery } from './wechat-delivery';

export interface CloudbasePlatformOptions {
  /** default: `tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })`, the environment the function runs in */
  app?: CloudbaseApp;
  deliver?: WechatDelivery;
}

/** CloudBase collects a function's console output as its log: one JSON object per line. */
const consoleLogger: Logger = {
  info: (fields) => console.log(JSON.stringify({ level: 'info', ...fields })),
  error: (fields) => console.error(JSON.stringify({ level: 'error', ...fields })),
};

const systemClock: Clock = { now: () => new Date() };

export function createCloudbasePlatform(options: CloudbasePlatformOptions = {}): Platform {
  const app = options.app ?? defaultApp();
  const store = createCloudbaseStore(app.database());
  const deliver = options.deliver ?? defaultDelivery(store);
  return {
    kind: 'cloudbase',
    store,
    identity: createCloudbaseIdentity({ store, contextOpenid: () => app.auth().getUserInfo().openId }),
    clock: systemClock,
    notifier: createCloudbaseNotifier({
      store,
      clock: systemClock,
      ...(deliver ? { deliver } : {}),
    }),
    files: createCloudbaseFiles(app),
    calls: createTrtcCalls(trtcSettingsFrom(process.env), systemClock),
    logger: consoleLogger,
  };
}

/** The environment the function runs in (the SDK is loaded here, on the first call, not when the bundle loads). */
function defaultApp(): CloudbaseApp {
  const tcb = loadSdk();
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
}

/** WeChat subscription messages through the cloud call, with the template ids of AFTERCARE_WX_TEMPLATE_IDS. */
function defaultDelivery(store: ReturnType<typeof createCloudbaseStore>): WechatDelivery | undefined {
  const send = cloudCallSender();
  if (!send) return undefined;
  let templateIds: Record<string, string> = {};
  try {
    templateIds = JSON.parse(process.env.AFTERCARE_WX_TEMPLATE_IDS ?? '{}') as Record<string, string>;
  } catch {
    consoleLogger.error({ msg: 'AFTERCARE_WX_TEMPLATE_IDS is not valid JSON: subscription messages are not sent' });
  }
  return createWechatDelivery({ store, templateIds, send });
}
