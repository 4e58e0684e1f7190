// Staff as the desk sees them: each with their station's name and the open tickets they hold now.
import { staffView } from '../../core/masterdata/views';
import type { UserDoc } from '../../core/model';
import type { StaffView } from '../../core/schemas/staff';
import type { ActionContext } from './context';

const HOLDS_TICKETS: readonly string[] = ['technician', 'expert'];

export async function staffViewsOf(ctx: ActionContext, users: readonly UserDoc[]): Promise<StaffView[]> {
  const stationIds = [...new Set(users.map((u) => u.stationId).filter((id): id is string => Boolean(id)))];
  const [stations, loads] = await Promise.all([
    ctx.db.stations.byIds(stationIds),
    // one indexed count each (the page is at most 100 people)
    Promise.all(users.map((u) => (HOLDS_TICKETS.includes(u.role) ? ctx.db.tickets.openLoadOf(u.id) : 0))),
  ]);
  const byId = new Map(stations.map((s) => [s.id, s]));
  return users.map((u, i) => staffView(u, byId.get(u.stationId ?? '') ?? null, loads[i] ?? 0));
}
