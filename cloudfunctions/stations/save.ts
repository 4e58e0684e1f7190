// stations.save: an admin creates or edits a service station. Its region is what routing matches tickets to; its
// lead (站长) must be an active technician or expert of the station.
import { API } from '../../core/api';
import { recordKeyOf } from '../../core/masterdata/changes';
import { stationRecord } from '../../core/masterdata/staff';
import { stationView } from '../../core/masterdata/views';
import { isActive } from '../../core/model';
import { action } from '../_lib/action';
import { saveRecord } from '../_lib/history';
import { createdId } from '../_lib/record-ids';

export const save = action(API.stations.save, async function save(input, ctx) {
  const fields = input.station;
  const id = fields.id ?? createdId('st', ctx.caller.userId, input.clientRequestId, ctx.now);
  const [current, lead, members] = await Promise.all([
    ctx.db.stations.get(id),
    fields.leadId ? ctx.db.users.get(fields.leadId) : null,
    ctx.db.users.atStation(id),
  ]);
  const count = members.filter(isActive).length;
  if (!fields.id && current) {
    return { station: stationView(current, members.find((u) => u.id === current.leadId) ?? null, count) };
  }
  const saved = await saveRecord(
    ctx,
    ctx.db.stations,
    id,
    (stored) => stationRecord({ current: stored, id, input: fields, lead, now: ctx.now }),
    { kind: 'station', scope: recordKeyOf('station', id), ifVersion: input.ifVersion, initial: current },
  );
  return { station: stationView(saved.doc, lead, count) };
});
