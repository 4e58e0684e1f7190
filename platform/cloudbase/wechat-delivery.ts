// WeChat subscription messages (订阅消息) from the outbox on CloudBase: the payload for `subscribeMessage.send` built
// from a stored message, and the sender, which uses the WeChat cloud call (wx-server-sdk's openapi) of the function's
// own mini-program — no access token to keep. Template ids come from AFTERCARE_WX_TEMPLATE_IDS (see docs/notifications.md).
import { TEMPLATES, type TemplateKey } from '../../core/notify/templates';
import { toWire } from '../../core/time';
import type { OutboxDoc } from '../contract/outbox';
import type { Store } from '../ports';
import type { WechatDelivery } from './notifier';

/** WeChat's limits per keyword type (characters). */
const LIMITS: Record<string, number> = { thing: 20, character_string: 32, name: 10, phrase: 5, phone_number: 17 };

function fit(key: string, value: string): string {
  const type = key.replace(/\d+$/, '');
  const limit = LIMITS[type];
  if (type === 'time') return toWire(value).slice(0, 16).replace('T', ' ');
  if (!limit) return value;
  return value.length <= limit ? value : `${value.slice(0, limit - 1)}…`;
}

/** The keyword values of one message, by the template's fields (what they mean is in TEMPLATES). */
export function subscribeData(doc: OutboxDoc): Record<string, { value: string }> {
  const def = TEMPLATES[doc.template as TemplateKey];
  if (!def?.wechat) return {};
  const d = doc.data;
  const pick: Record<string, string> = {
    工单号: String(d.no ?? d.ticketId ?? ''),
    设备: String(d.deviceName ?? doc.title),
    故障描述: doc.body,
    派单时间: doc.createdAt,
    接单时间: doc.createdAt,
    到场时间: doc.createdAt,
    完成时间: doc.createdAt,
    截止时间: String(d.dueAt ?? doc.createdAt),
    工程师: String(d.technicianName ?? '工程师'),
    联系电话: String(d.technicianPhone ?? ''),
    处理结果: doc.body,
    温馨提示: '请确认修复并评价本次服务',
    时限: String(d.milestoneLabel ?? doc.title),
    状态: String(d.stateLabel ?? '超时'),
    处理进展: String(d.progress ?? doc.body),
    升级时间: doc.createdAt,
    预约事项: String(d.topic ?? doc.body),
    预约时间: String(d.start ?? doc.createdAt),
    对方: String(d.counterpart ?? ''),
    预约提示: String(d.tip ?? '请准时加入视频'),
  };
  const data: Record<string, { value: string }> = {};
  for (const [key, meaning] of Object.entries(def.wechat.fields))
    data[key] = { value: fit(key, pick[meaning] ?? doc.body) };
  return data;
}

export interface SubscribeSend {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState: 'formal' | 'trial' | 'developer';
}

export type SubscribeSender = (payload: SubscribeSend) => Promise<{ errCode?: number; errMsg?: string }>;

/** The delivery the CloudBase notifier uses: looks up the recipient's OPENID and the template id, then sends. */
export function createWechatDelivery(options: {
  store: Store;
  templateIds: Record<string, string>;
  send: SubscribeSender;
  state?: SubscribeSend['miniprogramState'];
}): WechatDelivery {
  return async (doc) => {
    const templateId = options.templateIds[doc.template];
    if (!templateId) throw new Error(`no WeChat template id configured for ${doc.template}`);
    const user = await options.store.collection<{ id: string; version: number; openid?: string }>('users').get(doc.to);
    if (!user?.openid) throw new Error(`user ${doc.to} has no WeChat binding`);
    const result = await options.send({
      touser: user.openid,
      templateId,
      ...(doc.link ? { page: doc.link.replace(/^\//, '') } : {}),
      data: subscribeData(doc),
      miniprogramState: options.state ?? 'formal',
    });
    if (result.errCode) throw new Error(`subscribeMessage.send: ${result.errCode} ${result.errMsg ?? ''}`);
  };
}

/** The cloud call, when the function runs on CloudBase with wx-server-sdk installed (config.json declares the permission). */
export function cloudCallSender(): SubscribeSender | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk') as {
      init(o: { env: unknown }): void;
      DYNAMIC_CURRENT_ENV: unknown;
      openapi: { subscribeMessage: { send(p: SubscribeSend): Promise<{ errCode?: number; errMsg?: string }> } };
    };
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
    return (payload) => cloud.openapi.subscribeMessage.send(payload);
  } catch {
    return null;
  }
}
