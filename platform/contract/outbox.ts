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
  /**
   * The WeChat subscription message: `sent` (a grant was used), `no-grant` (none left: in-app only), `not-wechat`
   * (an in-app-only template), `simulated` (a grant was used on the local host, which has no WeChat), `failed`.
   */
  wechat: 'sent' | 'no-grant' | 'not-wechat' | 'simulated' | 'failed';
}

/** One template's remaining grants. */
export interface GrantCount {
  template: string;
  count: number;
}

/**
 * A user's remaining WeChat subscription-message grants, per template key (one send per consent). Stored as a list,
 * never as an object keyed by template: a key has a dot (`ticket.offered`), and MongoDB before 5.0 (CloudBase)
 * refuses a dot in a field name inside `$set`. Documents written before 2026-12 hold that object; both read alike.
 */
export interface SubscriptionDoc extends StoredDoc {
  grants: GrantCount[] | Record<string, number>;
  updatedAt: Instant;
}

/** The grants left per template key, from either stored form (a missing document has none). */
export function grantCounts(doc: Pick<SubscriptionDoc, 'grants'> | null): Record<string, number> {
  const counts: Record<string, number> = {};
  const grants = doc?.grants;
  if (Array.isArray(grants)) {
    for (const g of grants) if (typeof g?.template === 'string') counts[g.template] = Number(g.count) || 0;
  } else if (grants && typeof grants === 'object') {
    for (const [template, count] of Object.entries(grants)) counts[template] = Number(count) || 0;
  }
  return counts;
}

/** The stored form of grant counts: a list in template order, templates with none left dropped. */
export function storedGrants(counts: Record<string, number>): GrantCount[] {
  return Object.keys(counts)
    .filter((template) => counts[template]! > 0)
    .sort()
    .map((template) => ({ template, count: counts[template]! }));
}

export const SUBSCRIPTIONS_COLLECTION = 'subscriptions';

/** Uses one of the user's grants for a template (compare-and-set, so two sends never spend one grant twice). */
export async function consumeGrant(store: Store, userId: string, template: string): Promise<boolean> {
  const subscriptions = store.collection<SubscriptionDoc>(SUBSCRIPTIONS_COLLECTION);
  for (let attempt = 0; attempt < 20; attempt++) {
    const doc = await subscriptions.get(userId);
    const counts = grantCounts(doc);
    const left = counts[template] ?? 0;
    if (!doc || left <= 0) return false;
    try {
      await subscriptions.update(
        userId,
        { grants: storedGrants({ ...counts, [template]: left - 1 }) },
        { ifVersion: doc.version },
      );
      return true;
    } catch {
      // another send used a grant meanwhile: look again
    }
  }
  return false;
}

/** Dedupe keys as the services write them ("offer:tk_…:t-2001:3"): kept readable in the id. */
const PLAIN_KEY = /^[A-Za-z0-9_.:-]+$/;
/** ids are at most 64 characters where clients send them back (notifications.read) */
const ID_MAX = 64;

const hashedIdOf = (key: string) => `d_${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;

/**
 * A dedupe key names one message: its id derives from the key, so storing it twice is a no-op (insertIfAbsent).
 * A plain key is the id itself (`k_` + the key, with `_` `:` `.` written `__` `_c` `_d`, so ids keep to letters,
 * digits, `_` and `-`): keys name their ticket, and ticket ids follow creation time, so a new message's id lands at
 * the end of the outbox's indexes instead of on a random page, as a hash would. Other keys are hashed (`d_`): the
 * two forms cannot collide.
 */
export function outboxIdOf(message: OutgoingMessage): string {
  const key = message.dedupeKey;
  if (!key) return `m_${randomUUID().replace(/-/g, '')}`;
  if (PLAIN_KEY.test(key)) {
    const id = `k_${key.replace(/_/g, '__').replace(/:/g, '_c').replace(/\./g, '_d')}`;
    if (id.length <= ID_MAX) return id;
  }
  return hashedIdOf(key);
}

/** Every dedupe key was hashed before plain keys became ids (2026-12): a message stored then is not stored again. */
function earlierIdOf(message: OutgoingMessage, id: string): string | null {
  return message.dedupeKey && id.startsWith('k_') ? hashedIdOf(message.dedupeKey) : null;
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
    wechat: 'not-wechat',
  };
}

export interface OutboxOptions {
  store: Store;
  /** the service clock: createdAt follows the dev clock on the host */
  clock: Clock;
  /** sends one stored message as a WeChat subscription message (CloudBase); absent on the local host */
  deliver?: (doc: OutboxDoc) => Promise<void>;
  /** the template keys that are WeChat subscription messages */
  wechatTemplates?: readonly string[];
}

export function createOutboxNotifier({ store, clock, deliver, wechatTemplates = [] }: OutboxOptions): Notifier {
  const outbox = store.collection<OutboxDoc>(OUTBOX_COLLECTION);
  return {
    async send(message) {
      const fresh = outboxDocOf(message, clock.now());
      const earlier = earlierIdOf(message, fresh.id);
      if (earlier && (await outbox.get(earlier))) return;
      const { doc, created } = await outbox.insertIfAbsent(fresh);
      // once per message (a dedupe key stored twice is one message): spend a grant, else the in-app inbox only
      if (!created || !wechatTemplates.includes(doc.template)) return;
      if (!(await consumeGrant(store, doc.to, doc.template))) {
        await outbox.update(doc.id, { wechat: 'no-grant' });
        return;
      }
      if (!deliver) {
        await outbox.update(doc.id, { wechat: 'simulated' });
        return;
      }
      try {
        await deliver(doc);
        await outbox.update(doc.id, { wechat: 'sent' });
      } catch {
        // the message is still in the app; a failed WeChat send never fails the action that caused it
        await outbox.update(doc.id, { wechat: 'failed' });
      }
    },
  };
}
