// staff.save: an admin creates or edits a staff record — role, station, skills, regions covered, load limit, and
// whether they are at work. Someone set inactive is never routed or paged and cannot sign in; their tickets and
// history stay. The service always keeps one active admin.
import { API } from '../../core/api';
import { recordKeyOf } from '../../core/masterdata/changes';
import { staffRecord } from '../../core/masterdata/staff';
import { isActive } from '../../core/model';
import { action } from '../_lib/action';
import { saveRecord } from '../_lib/history';
import { createdId } from '../_lib/record-ids';
import { staffViewsOf } from '../_lib/staff-views';

export const save = action(API.staff.save, async function save(input, ctx) {
  const fields = input.user;
  const id = fields.id ?? createdId('u', ctx.caller.userId, input.clientRequestId, ctx.now);
  const [current, station, admins] = await Promise.all([
    ctx.db.users.get(id),
    fields.stationId ? ctx.db.stations.get(fields.stationId) : null,
    ctx.db.users.withRoles(['admin']),
  ]);
  if (!fields.id && current && current.role !== 'customer') {
    return { user: (await staffViewsOf(ctx, [current]))[0]! };
  }
  const otherActiveAdmins = admins.filter((a) => a.id !== id && isActive(a)).length;
  const saved = await saveRecord(
    ctx,
    ctx.db.users,
    id,
    (stored) => staffRecord({ current: stored, id, input: fields, station, otherActiveAdmins, now: ctx.now }),
    { kind: 'user', scope: recordKeyOf('user', id), ifVersion: input.ifVersion, initial: current },
  );
  return { user: (await staffViewsOf(ctx, [saved.doc]))[0]! };
});
