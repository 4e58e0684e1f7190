// devices.history: a device's life under the service plan — its acceptance (and earlier ones), its tickets newest
// first, its follow-ups, and the parts its fault reports used. A customer sees its own devices only.
import { API } from '../../core/api';
import { requireDeviceVisible } from '../../core/devices/access';
import { partsUsedOn } from '../../core/devices/history';
import { acceptanceView } from '../../core/masterdata/views';
import { toWire } from '../../core/time';
import { action } from '../_lib/action';
import { deviceViewOf } from '../_lib/device-views';
import { standingOf } from '../_lib/ticket-store';
import { viewsOf } from '../_lib/ticket-views';
import { canSeeTicket } from '../../core/ticket/permissions';

const TICKETS_SHOWN = 100;

export const history = action(API.devices.history, async function history({ serial }, ctx) {
  const device = requireDeviceVisible(ctx.caller, await ctx.db.devices.bySerial(serial));
  const [acceptances, page, ticketCount, standing] = await Promise.all([
    ctx.db.acceptances.ofDevice(device.serial),
    ctx.db.tickets.ofDevice(device.serial, TICKETS_SHOWN),
    ctx.db.tickets.countOn(device.serial),
    standingOf(ctx),
  ]);
  // only the tickets the caller may open: a customer those of its own time with the device (it may have changed
  // hands), field staff the jobs that are theirs to see, the desk all
  const tickets = page.items.filter((t) => canSeeTicket(ctx.caller, t, standing));
  const everyTicket = tickets.length === page.items.length;
  const sorted = [...acceptances].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  const current = sorted.find((a) => a.status === 'current') ?? null;
  const fileIds = sorted.flatMap((a) => [...a.photos, a.customerSignature]);
  const urls = new Map(await Promise.all(fileIds.map(async (f) => [f, await ctx.files.url(f)] as const)));
  const url = (f: string) => urls.get(f) ?? f;
  const [view, ticketViews] = await Promise.all([deviceViewOf(ctx, device), viewsOf(ctx, tickets)]);
  return {
    device: view,
    acceptance: current ? acceptanceView(current, url) : null,
    earlierAcceptances: sorted.filter((a) => a !== current).map((a) => acceptanceView(a, url)),
    tickets: ticketViews,
    ticketCount: everyTicket ? ticketCount : tickets.length,
    followups: [],
    parts: partsUsedOn(tickets).map((p) => ({ ...p, lastUsedAt: toWire(p.lastUsedAt) })),
  };
});
