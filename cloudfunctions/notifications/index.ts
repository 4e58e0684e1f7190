// The `notifications` function: every role's notification centre (unread count, mark read) and the WeChat
// subscription grants the app collects at natural moments (one send per consent).
import { AppError } from '../../core/errors';
import { TEMPLATES, WECHAT_TEMPLATE_KEYS } from '../../core/notify/templates';
import {
  GrantInput,
  GrantOutput,
  NotificationsListInput,
  NotificationsListOutput,
  NotificationsReadInput,
  TemplatesOutput,
  UnreadOutput,
} from '../../core/schemas/notifications';
import { Empty } from '../../core/schemas/common';
import { toInstant, toWire } from '../../core/time';
import type { OutboxDoc } from '../../platform/contract/outbox';
import { action, ANY_USER, type ActionMap } from '../_lib/action';
import type { ActionContext } from '../_lib/context';

const unreadOf = (ctx: ActionContext, userId: string) => ctx.db.outbox.count({ to: userId, readAt: null });

const view = (m: OutboxDoc) => ({
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

const list = action(
  {
    input: NotificationsListInput,
    output: NotificationsListOutput,
    access: ANY_USER,
    summary: '消息中心：我的通知（新→旧，分页）与未读数',
  },
  async (input, ctx) => {
    const page = await ctx.db.outbox.find(
      { to: ctx.caller.userId, ...(input.unreadOnly ? { readAt: null } : {}) },
      { orderBy: { field: 'createdAt', direction: 'desc' }, limit: input.limit, cursor: input.cursor ?? null },
    );
    return { items: page.items.map(view), nextCursor: page.nextCursor, unread: await unreadOf(ctx, ctx.caller.userId) };
  },
);

const read = action(
  {
    input: NotificationsReadInput,
    output: UnreadOutput,
    access: ANY_USER,
    summary: '标记已读：指定消息或全部',
  },
  async (input, ctx) => {
    const at = toInstant(ctx.now);
    const targets = input.ids
      ? (await ctx.db.outbox.find({ id: { in: input.ids } }, { limit: 100 })).items
      : (await ctx.db.outbox.find({ to: ctx.caller.userId, readAt: null }, { limit: 1000 })).items;
    // only one's own messages; others' ids are silently not there
    for (const m of targets) {
      if (m.to === ctx.caller.userId && m.readAt === null) await ctx.db.outbox.update(m.id, { readAt: at });
    }
    if (input.ids && targets.every((m) => m.to !== ctx.caller.userId)) throw new AppError('NOT_FOUND', '消息不存在');
    return { unread: await unreadOf(ctx, ctx.caller.userId) };
  },
);

const unread = action(
  { input: Empty, output: UnreadOutput, access: ANY_USER, summary: '未读消息数' },
  async (_input, ctx) => ({ unread: await unreadOf(ctx, ctx.caller.userId) }),
);

const grant = action(
  {
    input: GrantInput,
    output: GrantOutput,
    access: ANY_USER,
    summary: '记录用户在订阅消息弹窗中同意的模板（每次同意可发送一次）',
  },
  async (input, ctx) => {
    const userId = ctx.caller.userId;
    const accepted = input.accepted.filter((k) => WECHAT_TEMPLATE_KEYS.includes(k));
    for (let attempt = 0; attempt < 20; attempt++) {
      const { doc } = await ctx.db.subscriptions.insertIfAbsent({
        id: userId,
        grants: {},
        updatedAt: toInstant(ctx.now),
      });
      const grants = { ...doc.grants };
      for (const k of accepted) grants[k] = (grants[k] ?? 0) + 1;
      try {
        const saved = await ctx.db.subscriptions.update(
          userId,
          { grants, updatedAt: toInstant(ctx.now) },
          { ifVersion: doc.version },
        );
        return { grants: saved.grants };
      } catch (e) {
        if (attempt === 19) throw e;
      }
    }
    throw new AppError('CONFLICT', '请稍后重试');
  },
);

/** WeChat template ids per key, from AFTERCARE_WX_TEMPLATE_IDS (JSON) where the service runs on CloudBase. */
function configuredTemplateIds(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(process.env.AFTERCARE_WX_TEMPLATE_IDS ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const templates = action(
  {
    input: Empty,
    output: TemplatesOutput,
    access: ANY_USER,
    summary: '订阅消息模板（小程序请求授权用）',
  },
  async () => {
    const ids = configuredTemplateIds();
    return {
      templates: WECHAT_TEMPLATE_KEYS.map((key) => ({
        key,
        label: TEMPLATES[key].label,
        templateId: ids[key] ?? null,
        fields: TEMPLATES[key].wechat?.fields ?? {},
      })),
    };
  },
);

export const actions: ActionMap = { list, read, unread, grant, templates };
