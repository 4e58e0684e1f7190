// The wire form of a notification (the notification centre's rows).
import { toWire } from '../../core/time';
import type { OutboxDoc } from '../../platform/contract/outbox';

export const notificationView = (m: OutboxDoc) => ({
  id: m.id,
  template: m.template,
  title: m.title,
  body: m.body,
  link: m.link,
  data: m.data,
  createdAt: toWire(m.createdAt),
  read: m.readAt !== null,
  wechat: m.wechat ?? 'not-wechat',
});
