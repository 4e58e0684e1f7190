import * as fx from '../testing/tickets';
import type { UserCaller } from '../identity/caller';
import { accept, applyRouting, arrive, goOnsite } from './lifecycle';
import { allowedActions } from './permissions';

const tech: UserCaller = { kind: 'user', userId: 't-1', role: 'technician' };
const accepted = () =>
  accept(
    applyRouting(
      fx.reported('common'),
      { candidates: [], chosen: 't-1', reasons: [], decidedAt: fx.T0.toISOString(), flagged: false, trigger: 'report' },
      fx.system(0),
    ),
    fx.actor('t-1', 'technician', 5),
  );

describe('what the assignee may do on the way and on site', () => {
  test('check-in is offered once the technician is on the way, and gone once checked in', () => {
    const onTheWay = goOnsite(accepted(), fx.actor('t-1', 'technician', 10));
    expect(allowedActions(tech, onTheWay)).toContain('arrive');
    const onsite = arrive(onTheWay, fx.actor('t-1', 'technician', 40));
    expect(onsite.status).toBe('onsite');
    const can = allowedActions(tech, onsite);
    expect(can).not.toContain('arrive');
    expect(can).toEqual(expect.arrayContaining(['resolve', 'pause']));
  });
});
