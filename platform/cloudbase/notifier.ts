// CloudBase notifications: the same outbox document as locally, then (once per message) the WeChat delivery.
import type { Clock, Notifier, Store } from '../ports';
import { WECHAT_TEMPLATE_KEYS } from '../../core/notify/templates';
import { createOutboxNotifier, type OutboxDoc } from '../contract/outbox';

/**
 * Sends one stored message to WeChat (a subscription message). Not implemented yet: it comes with the
 * subscription-message issue. Without it the message is stored and shown in the app, and nothing pretends to send.
 */
export type WechatDelivery = (doc: OutboxDoc) => Promise<void>;

export function createCloudbaseNotifier(options: { store: Store; clock: Clock; deliver?: WechatDelivery }): Notifier {
  return createOutboxNotifier({ ...options, wechatTemplates: WECHAT_TEMPLATE_KEYS });
}
