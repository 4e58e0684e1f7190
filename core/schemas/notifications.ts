// Inputs and outputs of the `notifications` function: the in-app notification centre and WeChat subscription grants.
import { z } from 'zod';
import { TEMPLATES, type TemplateKey } from '../notify/templates';
import { Id, WireInstant } from './common';

const TemplateKeySchema = z.enum(Object.keys(TEMPLATES) as [TemplateKey, ...TemplateKey[]]);

export const NotificationView = z.object({
  id: z.string(),
  template: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  data: z.record(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: WireInstant,
  read: z.boolean(),
  /** how WeChat delivery went: sent, no-grant (in-app only), not-wechat, simulated (local host), failed */
  wechat: z.string(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationsListInput = z
  .object({
    unreadOnly: z.boolean().default(false),
    cursor: z.string().max(500).nullable().optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();
export const NotificationsListOutput = z.object({
  items: z.array(NotificationView),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
  /** the service's time the page was read at: what the app's "昨天 14:05" counts from (not the phone's clock) */
  at: WireInstant,
});

export const NotificationsReadInput = z
  .object({ ids: z.array(Id).min(1).max(100).optional(), all: z.literal(true).optional() })
  .strict()
  .refine((v) => (v.ids ? !v.all : v.all), { message: '请指定要标记的消息（ids）或全部（all）' });
export const UnreadOutput = z.object({ unread: z.number().int() });

/** What the user accepted in WeChat's subscription dialog (Taro.requestSubscribeMessage → 'accept'). */
export const GrantInput = z.object({ accepted: z.array(TemplateKeySchema).min(1).max(10) }).strict();
export const GrantOutput = z.object({ grants: z.record(z.number().int()) });

export const TemplatesOutput = z.object({
  templates: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      /** the WeChat template id to request consent for (null where not configured, e.g. on the local host) */
      templateId: z.string().nullable(),
      fields: z.record(z.string()),
    }),
  ),
});
