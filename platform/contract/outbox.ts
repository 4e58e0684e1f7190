// The notification outbox both platforms keep: one document per message, stored once per dedupe key.
import { createHash, randomUUID } from 'node:crypto';
import type { StoredDoc } from '../../core/model';
import { toInstant, type Instant } from '../../core/time';
import type { Clock, Notifier, OutgoingMessage, Store } from '../ports';

export const OUTBOX_COLLECTION = 'outbox';

export interface OutboxDoc extends StoredDoc {
  to: string;
  template: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, string | number | boolean | null>;
  dedupeKey: string | null;
  createdAt: Instant;
  /** set when the recipient opens it in the app */
  readAt: Instant | null;
  /** every message shows in the app; WeChat delivery (CloudBase) is an extra step after storing */
  channel: 'inapp';
}

/** A dedupe key names one message: its id derives from the key, so storing it twice is a no-op (insertIfAbsent). */
export function outboxIdOf(message: OutgoingMessage): string {
  if (!message.dedupeKey) return `m_${randomUUID().replace(/-/g, '')}`;
  return `d_${createHash('sha256').update(message.dedupeKey).digest('hex').slice(0, 40)}`;
}

export function outboxDocOf(message: OutgoingMessage, now: Date): Omit<OutboxDoc, 'version'> {
  return {
    id: outboxIdOf(message),
    to: message.to,
    template: message.template,
    title: message.title,
    body: message.body,
    link: message.link ?? null,
    data: message.data ?? {},
    dedupeKey: message.dedupeKey ?? null,
    createdAt: toInstant(now),
    readAt: null,
    channel: 'inapp',
  };
}

export interface OutboxOptions {
  store: Store;
  /** the service clock: createdAt follows the dev clock on the host */
  clock: Clock;
  /** called once for each newly stored message (CloudBase: the WeChat subscription message, a later issue) */
  deliver?: (doc: OutboxDoc) => Promise<void>;
}

export function createOutboxNotifier({ store, clock, deliver }: OutboxOptions): Notifier {
  const outbox = store.collection<OutboxDoc>(OUTBOX_COLLECTION);
  return {
    async send(message) {
      const { doc, created } = await outbox.insertIfAbsent(outboxDocOf(message, clock.now()));
      if (created && deliver) await deliver(doc);
    },
  };
}
