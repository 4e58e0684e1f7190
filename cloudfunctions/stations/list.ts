// stations.list: every service station with its region, lead and how many active technicians and experts it has.
import { API } from '../../core/api';
import { stationView } from '../../core/masterdata/views';
import { isActive } from '../../core/model';
import { action } from '../_lib/action';

export const list = action(API.stations.list, async function list(input, ctx) {
  const [stations, people] = await Promise.all([
    ctx.db.stations.findAll(input.region ? { region: input.region } : {}),
    ctx.db.users.withRoles(['technician', 'expert']),
  ]);
  const byId = new Map(people.map((u) => [u.id, u]));
  const members = (stationId: string) => people.filter((u) => u.stationId === stationId && isActive(u)).length;
  const items = stations
    .map((s) => stationView(s, s.leadId ? (byId.get(s.leadId) ?? null) : null, members(s.id)))
    .sort((a, b) => a.region.localeCompare(b.region, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
  return { items };
});
