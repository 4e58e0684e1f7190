// Local notifications: stored in the outbox and shown in the app; nothing leaves the machine.
import type { Clock, Notifier, Store } from '../ports';
import { WECHAT_TEMPLATE_KEYS } from '../../core/notify/templates';
import { createOutboxNotifier } from '../contract/outbox';

/** No WeChat here: a message whose user has a grant left records `simulated`, so tests see the bookkeeping. */
export function createLocalNotifier(options: { store: Store; clock: Clock }): Notifier {
  return createOutboxNotifier({ ...options, wechatTemplates: WECHAT_TEMPLATE_KEYS });
}
