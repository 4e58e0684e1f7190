// devices.accept: a technician or an admin records a device's acceptance (竣工验收) at the customer's site — the date,
// a result for every checklist item, photos, the customer's signature drawn on the phone. A passed acceptance starts
// the warranty from its date (core/devices/acceptance: acceptanceEffects, where what else acceptance starts is
// added). Idempotent by clientRequestId: a replay answers the same acceptance and finishes what a stopped first
// attempt left undone.
import { API } from '../../core/api';
import { acceptanceEffects, decideAcceptance, type AcceptanceDoc } from '../../core/devices/acceptance';
import { requireDeviceVisible } from '../../core/devices/access';
import { customerScopeOf } from '../../core/masterdata/changes';
import { acceptanceView } from '../../core/masterdata/views';
import type { CustomerDoc, DeviceDoc } from '../../core/model';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { deviceViewOf } from '../_lib/device-views';
import { saveRecord } from '../_lib/history';
import { requestRecordId } from '../_lib/record-ids';
import type { UserCtx } from '../_lib/ticket-store';
import { requireOwnUploads } from '../_lib/uploads';

export const accept = action(API.devices.accept, async function accept(input, ctx) {
  const device = requireDeviceVisible(ctx.caller, await ctx.db.devices.bySerial(input.serial));
  const id = requestRecordId('acc', ctx.caller.userId, input.clientRequestId);
  const [replayed, customer] = await Promise.all([ctx.db.acceptances.get(id), ctx.db.customers.get(device.customerId)]);
  if (replayed) return answer(ctx, replayed, await applyAcceptance(ctx, replayed, device, customer));

  await requireOwnUploads(ctx.db, ctx.caller.userId, input.photos, 'photo');
  await requireOwnUploads(ctx.db, ctx.caller.userId, [input.customerSignature], 'signature');
  const [prior, me] = await Promise.all([
    ctx.db.acceptances.ofDevice(device.serial),
    ctx.db.users.get(ctx.caller.userId),
  ]);
  const decision = decideAcceptance({
    id,
    request: input,
    device,
    customer,
    current: latestCurrent(prior),
    by: { id: ctx.caller.userId, name: me?.name ?? ctx.caller.userId, role: ctx.caller.role },
    now: ctx.now,
  });
  const { doc } = await ctx.db.acceptances.insertIfAbsent(decision.acceptance);
  return answer(ctx, doc, await applyAcceptance(ctx, doc, device, customer));
});

/** The device's latest acceptance still in force (passed or failed), if any. */
function latestCurrent(all: readonly AcceptanceDoc[]): AcceptanceDoc | null {
  const current = all.filter((a) => a.status === 'current').sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return current[0] ?? null;
}

/**
 * What an acceptance causes, made so: the acceptances before it are history, and a passed one gives the device its
 * acceptance date and warranty. Each step checks what is stored first, so running it again changes nothing.
 */
async function applyAcceptance(
  ctx: UserCtx,
  acceptance: AcceptanceDoc,
  device: DeviceDoc,
  customer: CustomerDoc | null,
): Promise<DeviceDoc> {
  const before = (await ctx.db.acceptances.ofDevice(device.serial)).filter(
    (a) => a.id !== acceptance.id && a.status === 'current' && a.recordedAt <= acceptance.recordedAt,
  );
  for (const a of before) {
    await ctx.db.acceptances.update(a.id, { status: 'superseded' }, { ifVersion: a.version }).catch(() => {});
  }
  const effects = acceptanceEffects(acceptance, device, customer);
  const warranty = effects.warranty;
  if (!warranty || device.acceptanceId === acceptance.id) return device;
  const saved = await saveRecord(
    ctx,
    ctx.db.devices,
    device.id,
    (stored) => {
      const now = stored ?? device;
      if (now.acceptanceId === acceptance.id) return now;
      return {
        ...now,
        acceptedAt: warranty.startsOn,
        acceptanceId: acceptance.id,
        warrantyLastDay: warranty.lastDay,
        updatedAt: toInstant(ctx.now),
      };
    },
    {
      kind: 'device',
      scope: customerScopeOf(device.customerId),
      action: 'accept',
      initial: device,
      ...(acceptance.correctionReason ? { note: `更正验收：${acceptance.correctionReason}` } : {}),
    },
  );
  return saved.doc;
}

async function answer(ctx: UserCtx, acceptance: AcceptanceDoc, device: DeviceDoc) {
  const fileIds = [...acceptance.photos, acceptance.customerSignature];
  const urls = new Map(await Promise.all(fileIds.map(async (f) => [f, await ctx.files.url(f)] as const)));
  return {
    device: await deviceViewOf(ctx, device),
    acceptance: acceptanceView(acceptance, (f) => urls.get(f) ?? f),
  };
}
