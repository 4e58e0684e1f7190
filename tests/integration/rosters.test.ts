// The duty roster over HTTP: the week with its holidays, saving with validation and versions, swaps, who is on duty,
// and routing that offers tickets only to technicians on duty now.
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  host = await startHost();
  for (const id of ['c-1001', 't-2001', 't-2002', 'e-2901', 'd-3001', 'a-4001']) tokens[id] = await host.login(id);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

describe('duty roster', () => {
  test('the demo week: both shifts covered, holidays marked from the data package', async () => {
    const week = await host.ok('rosters', 'week', { stationId: 'st-sh-pd' }, tokens['d-3001']);
    expect(week.days).toHaveLength(7);
    expect(week.days[0].weekday).toBe('周一');
    expect(week.entries.length).toBe(28);
    expect(week.members.map((m: any) => m.id).sort()).toEqual(['t-2001', 't-2002']);
    const national = await host.ok('rosters', 'week', { stationId: 'st-sh-pd', date: '2026-10-01' }, tokens['d-3001']);
    expect(national.weekStart).toBe('2026-09-28');
    expect(national.days.find((d: any) => d.date === '2026-10-01')).toMatchObject({
      kind: 'holiday',
      holidayName: '国庆节',
    });
    const makeup = await host.ok('rosters', 'week', { stationId: 'st-sh-pd', date: '2026-10-10' }, tokens['d-3001']);
    expect(makeup.days.find((d: any) => d.date === '2026-10-10').kind).toBe('makeup');
    // a technician reads their own station's roster only; a customer none
    expect((await host.call('rosters', 'week', { stationId: 'st-sh-pd' }, tokens['t-2001'])).status).toBe(200);
    expect((await host.call('rosters', 'week', { stationId: 'st-bj-cy' }, tokens['t-2001'])).status).toBe(403);
    expect((await host.call('rosters', 'week', { stationId: 'st-sh-pd' }, tokens['c-1001'])).status).toBe(403);
  });

  test('saving checks the entries and the version; a stale save is refused and changes nothing', async () => {
    const week = await host.ok('rosters', 'week', { stationId: 'st-sh-pd' }, tokens['d-3001']);
    const stranger = await host.call(
      'rosters',
      'save',
      {
        stationId: 'st-sh-pd',
        weekStart: week.weekStart,
        version: week.version,
        entries: [{ date: week.weekStart, shift: 'day', userId: 't-2003', role: 'primary' }],
      },
      tokens['d-3001'],
    );
    expect(stranger.status).toBe(400);
    expect((stranger.body as any).error.message).toContain('不是本站人员');
    const stale = await host.call(
      'rosters',
      'save',
      { stationId: 'st-sh-pd', weekStart: week.weekStart, version: week.version + 5, entries: week.entries },
      tokens['d-3001'],
    );
    expect(stale.status).toBe(409);
    expect(
      (
        await host.call(
          'rosters',
          'save',
          { stationId: 'st-sh-pd', weekStart: week.weekStart, entries: [] },
          tokens['t-2001'],
        )
      ).status,
    ).toBe(403);
    const unchanged = await host.ok('rosters', 'week', { stationId: 'st-sh-pd' }, tokens['d-3001']);
    expect(unchanged.entries).toEqual(week.entries);
  });

  test('routing offers only to technicians on duty now; a swap is recorded', async () => {
    const onDuty = await host.ok('rosters', 'onDuty', {}, tokens['d-3001']);
    const sh = onDuty.stations.find((s: any) => s.id === 'st-sh-pd');
    expect(sh.people.map((p: any) => p.role)).toEqual(['primary', 'backup']);
    const { date, name: shift } = onDuty.shift;
    const week = await host.ok('rosters', 'week', { stationId: 'st-sh-pd', date }, tokens['d-3001']);
    // take t-2002 off the current shift entirely
    const entries = week.entries.filter((e: any) => !(e.date === date && e.shift === shift && e.userId === 't-2002'));
    await host.ok(
      'rosters',
      'save',
      { stationId: 'st-sh-pd', weekStart: week.weekStart, version: week.version, entries },
      tokens['d-3001'],
    );
    const { ticket } = await host.ok(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity: 'common', description: '屏幕无显示', clientRequestId: `it-roster-${Date.now()}` },
      tokens['c-1001'],
    );
    expect(ticket.assigneeId).toBe('t-2001');
    const staffView = (await host.ok('tickets', 'get', { id: ticket.id }, tokens['d-3001'])).ticket;
    expect(staffView.routing.candidates.find((c: any) => c.technicianId === 't-2002').excluded).toBe('不在班');
    // swap: t-2002 covers t-2001's shift
    const swapped = await host.ok(
      'rosters',
      'swap',
      { stationId: 'st-sh-pd', date, shift, fromUserId: 't-2001', toUserId: 't-2002', reason: '李强请假' },
      tokens['d-3001'],
    );
    expect(swapped.swaps.at(-1)).toMatchObject({ fromName: '李强', toName: '赵磊', reason: '李强请假' });
    const now = await host.ok('rosters', 'onDuty', {}, tokens['d-3001']);
    expect(now.stations.find((s: any) => s.id === 'st-sh-pd').people.map((p: any) => p.id)).toEqual(['t-2002']);
  });
});
