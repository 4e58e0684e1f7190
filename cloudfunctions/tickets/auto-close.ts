// tickets.autoClose (timer): a resolved ticket left unrated for 7 days closes by itself. Safe to run twice.
import { z } from 'zod';
import { close } from '../../core/ticket/lifecycle';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { mutateTicket, systemActor } from './shared';

/** The rating window after resolution (service plan): 7 days. */
export const RATING_WINDOW_DAYS = 7;

export const autoClose = action(
  {
    input: z.object({}).passthrough(),
    output: z.object({ closed: z.number().int(), examined: z.number().int() }),
    access: { kind: 'timer' },
    summary: '定时任务：处理完成 7 天仍未评价的工单自动关闭',
  },
  async (_input, ctx) => {
    const cutoff = toInstant(new Date(ctx.now.getTime() - RATING_WINDOW_DAYS * 86_400_000));
    let closed = 0;
    let examined = 0;
    let cursor: string | null = null;
    do {
      const page = await ctx.db.tickets.find(
        { resolvedAt: { lte: cutoff }, status: { in: ['resolved', 'confirmed'] } },
        { orderBy: { field: 'resolvedAt' }, limit: 200, cursor },
      );
      for (const t of page.items) {
        examined++;
        const { before, after } = await mutateTicket(
          ctx,
          () => ctx.db.tickets.mustGet(t.id),
          (fresh) =>
            (fresh.status === 'resolved' || fresh.status === 'confirmed') &&
            fresh.resolvedAt &&
            fresh.resolvedAt <= cutoff
              ? close(fresh, systemActor(ctx), 'expired')
              : null,
        );
        if (after !== before) closed++;
      }
      cursor = page.nextCursor;
    } while (cursor);
    return { closed, examined };
  },
);
