// rosters.onDuty: who is on shift now at each station and in the expert team, primary first.
import { API } from '../../core/api';
import type { UserDoc } from '../../core/model';
import { dutyOf, onShift, SHIFT_LABELS, shiftAt, type RosterDoc } from '../../core/roster/roster';
import { toWire } from '../../core/time';
import { action } from '../_lib/action';
import { holidaysOf } from '../_lib/holidays';
import { rostersNow } from '../_lib/routing-inputs';

export const onDuty = action(API.rosters.onDuty, async function onDuty(_input, ctx) {
  const { date, shift } = shiftAt(ctx.now);
  const [stations, rosters, staff, holidays] = await Promise.all([
    ctx.db.stations.findAll(),
    rostersNow(ctx),
    ctx.db.users.withRoles(['technician', 'expert']),
    holidaysOf(ctx),
  ]);
  const byId = new Map<string, UserDoc>(staff.map((u) => [u.id, u]));
  return {
    at: toWire(ctx.now),
    shift: { date, name: shift, label: SHIFT_LABELS[shift] },
    stations: stations.map((s) => {
      const roster = rosters.find((r: RosterDoc) => r.stationId === s.id);
      const people = roster
        ? onShift(roster, ctx.now).map((e) => ({ id: e.userId, role: e.role }))
        : staff
            .filter((u) => u.stationId === s.id && dutyOf([], s.id, u, ctx.now, holidays.holidayName).onDuty)
            .map((u) => ({ id: u.id, role: 'primary' as const }));
      return {
        id: s.id,
        name: s.name,
        rostered: Boolean(roster),
        people: people.map((p) => ({
          ...p,
          name: byId.get(p.id)?.name ?? p.id,
          phone: byId.get(p.id)?.phone ?? null,
        })),
      };
    }),
  };
});
