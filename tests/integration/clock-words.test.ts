// What the clocks, the warranty, the holiday calendar and the timeline say over HTTP: a met milestone keeps its
// deadline through later pauses, one warranty end date everywhere, holiday years entered by an admin, the timeline's
// words for staff and for customers, and ticket numbers that do not reveal other customers' volume.
import { loginAll, requestIds, uploadAs } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-words');

beforeAll(async () => {
  host = await startHost({ devClock: true });
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

const report = async (serial = 'SN1001-A', as = 'c-1001', severity: 'common' | 'major' = 'common') =>
  (
    await host.ok(
      'tickets',
      'report',
      { serial, severity, description: '屏幕无显示，无法出票', clientRequestId: crid() },
      tokens[as],
    )
  ).ticket;
const get = async (id: string, as = 'd-3001') => (await host.ok('tickets', 'get', { id }, tokens[as])).ticket;
const clockOf = (t: any, name: string) => t.sla.clocks.find((c: any) => c.name === name);
/** "YYYY-MM-DD HH:mm:ss" business time, as the evidence pack prints an instant */
const packTime = (wire: string) => wire.slice(0, 19).replace('T', ' ');
const plusMinutes = (wire: string, minutes: number) =>
  new Date(Date.parse(wire) + minutes * 60_000 + 8 * 3600_000).toISOString().slice(0, 19) + '+08:00';

describe('a milestone met before a pause keeps its deadline', () => {
  test('respond met at +6 min keeps respondBy = report + 60 min after a 96-minute pause, in the API and the pack', async () => {
    const t0 = await report();
    const tech = t0.assigneeId;
    const due = plusMinutes(t0.createdAt, 60);
    await host.advanceClock(6);
    await host.ok('tickets', 'accept', { id: t0.id }, tokens[tech]);
    await host.advanceClock(14);
    await host.ok('tickets', 'pause', { id: t0.id, kind: 'customer', reason: '请开通远程权限' }, tokens[tech]);
    await host.advanceClock(96);
    const resumed = (await host.ok('tickets', 'resume', { id: t0.id, note: '已开通' }, tokens['c-1001'])).ticket;
    expect(clockOf(resumed, 'respond')).toMatchObject({
      state: 'met',
      dueAt: due,
      breachedAt: null,
      elapsedMinutes: 6,
    });
    expect(resumed.sla.respondBy).toBe(due);
    // the remote fix, still running, does move by the pause: 60 + 96 minutes after acceptance
    expect(clockOf(resumed, 'remoteFix').dueAt).toBe(plusMinutes(t0.createdAt, 6 + 60 + 96));
    const pack = await host.ok('sla', 'evidence', { id: t0.id }, tokens['d-3001']);
    const html = await (await host.raw(pack.url)).text();
    const respondRow = html.split('\n').find((line) => line.includes('<td>响应</td>'))!;
    expect(respondRow).toContain(`<td class="nowrap">${packTime(due)}</td>`);
    expect(respondRow).toContain('按时达成');
  }, 60_000);
});

describe('SLA attainment charges a breach to whoever held the clock when it breached', () => {
  test('X meets the response and lets the remote fix run out; the desk moves it to 孙浩, who resolves late', async () => {
    const own = await startHost({ devClock: true });
    try {
      const as: Record<string, string> = {};
      await loginAll(own, as);
      const { ticket } = await own.ok(
        'tickets',
        'report',
        { serial: 'SN1001-A', severity: 'common', description: '出票机卡纸', clientRequestId: crid() },
        as['c-1001'],
      );
      const x = ticket.assigneeId as string;
      await own.advanceClock(5);
      await own.ok('tickets', 'accept', { id: ticket.id }, as[x]);
      await own.advanceClock(65); // the remote fix (60 min from acceptance) ran out at +65 while X held it
      await own.ok('tickets', 'assign', { id: ticket.id, technicianId: 't-2003' }, as['d-3001']);
      await own.ok('tickets', 'accept', { id: ticket.id }, as['t-2003']);
      const signature = (await uploadAs(own, as['t-2003']!, 'signature')).body.data.upload.fileId;
      await own.ok(
        'tickets',
        'resolve',
        { id: ticket.id, cause: '卡纸', actions: '远程指导清理', mode: 'remote', handlerSignature: signature },
        as['t-2003'],
      );
      const period = { from: '2026-01-01', to: '2099-12-31' };
      const byTech = await own.ok('sla', 'attainment', { ...period, groupBy: 'technician' }, as['a-4001']);
      const row = (key: string) => byTech.rows.find((r: any) => r.key === key);
      expect(row(x).cells.map((c: any) => [c.milestone, c.met, c.breached])).toEqual([
        ['respond', 1, 0],
        ['remoteFix', 0, 1],
      ]);
      expect(row('t-2003')).toBeUndefined();
      const byStation = await own.ok('sla', 'attainment', { ...period, groupBy: 'station' }, as['a-4001']);
      expect(byStation.rows.map((r: any) => [r.key, r.measured])).toEqual([['st-sh-pd', 2]]);
    } finally {
      await own.stop();
    }
  }, 60_000);
});

const resolveRemote = async (id: string, tech: string) => {
  const signature = (await uploadAs(host, tokens[tech]!, 'signature')).body.data.upload.fileId;
  return host.ok(
    'tickets',
    'resolve',
    { id, cause: '电源松动', actions: '指导客户紧固电源', mode: 'remote', handlerSignature: signature },
    tokens[tech],
  );
};
const htmlOf = async (fn: string, action: string, id: string, as: string) =>
  (await host.raw((await host.ok(fn, action, { id }, tokens[as])).url)).text();

describe('the warranty end is one date everywhere', () => {
  test('device card, devices.warranty, the ticket, the fault report and the evidence pack say the same 保修至', async () => {
    const card = await host.ok('devices', 'warranty', { serial: 'SN1001-A' }, tokens['c-1001']);
    expect(card.lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(card.warrantyEndsAt.slice(0, 10)).toBe(card.lastDay);
    const listed = (await host.ok('devices', 'list', {}, tokens['c-1001'])).items.find(
      (d: any) => d.serial === 'SN1001-A',
    );
    expect(listed.warranty).toMatchObject({ lastDay: card.lastDay, warrantyEndsAt: card.warrantyEndsAt });
    const t0 = await report('SN1001-A');
    expect(t0.warranty).toMatchObject({
      state: 'in',
      lastDay: card.lastDay,
      warrantyEndsAt: card.warrantyEndsAt,
      terms: '在保：维修与配件免费',
    });
    await host.ok('tickets', 'accept', { id: t0.id }, tokens[t0.assigneeId]);
    await resolveRemote(t0.id, t0.assigneeId);
    const sheet = await htmlOf('tickets', 'reportFile', t0.id, 'c-1001');
    expect(sheet).toContain(`保修至 ${card.lastDay}`);
    const pack = await htmlOf('sla', 'evidence', t0.id, 'c-1001');
    expect(pack).toContain(`保修至 ${card.lastDay}`);
  }, 60_000);
});

describe('a device not yet accepted (未验收) is not out of warranty and is not billed', () => {
  test('SN1001-C: its card, its ticket, the technician’s view and the fault report say the contract applies', async () => {
    const card = await host.ok('devices', 'warranty', { serial: 'SN1001-C' }, tokens['c-1001']);
    expect(card).toMatchObject({ status: 'not-accepted', label: '未验收', inWarranty: false, billable: false });
    expect(card.terms).toBe('未验收（项目交付期）：按合同处理，不按成本收费');
    const t0 = await report('SN1001-C');
    expect(t0.billable).toBe(false);
    expect(t0.warranty).toMatchObject({
      state: 'not-accepted',
      lastDay: null,
      label: '未验收（项目交付期，按合同处理）',
    });
    const tech = t0.assigneeId;
    expect((await get(t0.id, tech)).warranty.state).toBe('not-accepted');
    await host.ok('tickets', 'accept', { id: t0.id }, tokens[tech]);
    await resolveRemote(t0.id, tech);
    const sheet = await htmlOf('tickets', 'reportFile', t0.id, tech);
    expect(sheet).toContain('未验收（项目交付期）：按合同处理，不按成本收费');
    expect(sheet).not.toContain('已过保');
  }, 60_000);
});

describe('ticket numbers do not reveal the company-wide daily volume', () => {
  test('c-1002’s first ticket of the day is its 001, whatever c-1001 reported; each counts only its own', async () => {
    await report('SN1001-A', 'c-1001');
    const a = await report('SN1001-A', 'c-1001');
    const b = await report('SN1002-A', 'c-1002');
    const c = await report('SN1001-A', 'c-1001');
    const parts = (no: string) => /^GD(\d{8})-([A-Z2-9]{4})-(\d{3,})$/.exec(no)!.slice(1);
    const [dayA, codeA, seqA] = parts(a.no);
    const [, codeB, seqB] = parts(b.no);
    const [dayC, codeC, seqC] = parts(c.no);
    expect(seqB).toBe('001');
    expect(codeB).not.toBe(codeA);
    expect(codeC).toBe(codeA);
    // c-1001 had reported at least twice; c-1002's report in between did not move its sequence
    expect(Number(seqA)).toBeGreaterThan(1);
    expect(Number(seqC)).toBe(dayC === dayA ? Number(seqA) + 1 : 1);
    // the customer sees the same number on the phone and in the list
    const listed = (await host.ok('tickets', 'list', { scope: 'mine' }, tokens['c-1002'])).items;
    expect(listed.map((t: any) => t.no)).toEqual([b.no]);
  }, 60_000);
});

describe('the timeline’s words: never a bare code, who and what for staff, no internal blame for customers', () => {
  const texts = (t: any) => t.events.map((e: any) => e.text as string);
  const expectWords = (t: any) => {
    for (const e of t.events) {
      expect(e.text).not.toBe(e.type);
      expect(e.text).toMatch(/[\u4e00-\u9fff]/);
    }
  };

  test('a pause and the customer’s reply say who and what, for both sides', async () => {
    const t0 = await report();
    const tech = t0.assigneeId;
    await host.ok('tickets', 'accept', { id: t0.id }, tokens[tech]);
    await host.ok('tickets', 'pause', { id: t0.id, kind: 'customer', reason: '请开通远程权限' }, tokens[tech]);
    await host.ok('tickets', 'resume', { id: t0.id, note: '已开通' }, tokens['c-1001']);
    const staff = await get(t0.id);
    const name = staff.assignee.name;
    expect(texts(staff)).toEqual(
      expect.arrayContaining([`${name} 暂停计时（等待客户）：请开通远程权限`, '陈立 回复：已开通，计时恢复']),
    );
    const mine = await get(t0.id, 'c-1001');
    expect(texts(mine)).toEqual(
      expect.arrayContaining([`${name} 暂停计时（等待您的回复）：请开通远程权限`, '陈立 回复：已开通，计时恢复']),
    );
  });

  test('a rejection, a timed-out offer and the breach: staff see who, the customer calm lines', async () => {
    const t0 = await report();
    const first = t0.assigneeId;
    await host.ok('tickets', 'reject', { id: t0.id, reason: '在另一现场抢修' }, tokens[first]);
    const second = (await get(t0.id)).assigneeId;
    expect(second).not.toBe(first);
    await host.advanceClock(61); // the second offer times out, the response time runs out
    const ran = await host.trigger('sla');
    expect(ran.ok).toBe(true);
    const staff = await get(t0.id);
    expectWords(staff);
    const firstName = staff.events.find((e: any) => e.type === 'rejected').byName;
    const secondName = staff.routing.candidates.find((c: any) => c.technicianId === second).name;
    expect(texts(staff)).toEqual(
      expect.arrayContaining([
        `${firstName} 拒单：在另一现场抢修`,
        `${secondName} 超时未接单，已改派`,
        expect.stringMatching(/^暂无可派工程师（.*已拒绝过该工单.*），已转调度人工派单$/),
        expect.stringMatching(/^「响应」已超时（时限 /),
        expect.stringMatching(/^「响应」升级至现场服务团队，已通知 [^a-z]*吴静/),
      ]),
    );
    const mine = await get(t0.id, 'c-1001');
    expectWords(mine);
    const all = JSON.stringify(mine.events);
    for (const hidden of [
      firstName,
      secondName,
      '在另一现场抢修',
      '拒单',
      '超时未接单',
      '已通知',
      'notified',
      'excluded',
    ]) {
      expect(all).not.toContain(hidden);
    }
    expect(texts(mine)).toEqual(
      expect.arrayContaining([
        '正在为您改派工程师',
        '「响应」未能在承诺时间内完成，已安排专人跟进',
        '已升级处理，专人跟进中',
      ]),
    );
    // the evidence pack follows the reader's side
    const customerPack = await htmlOf('sla', 'evidence', t0.id, 'c-1001');
    for (const hidden of ['在另一现场抢修', '拒单', '超时未接单', '通知：']) expect(customerPack).not.toContain(hidden);
    expect(customerPack).toContain('正在为您改派工程师');
    const deskPack = await htmlOf('sla', 'evidence', t0.id, 'd-3001');
    expect(deskPack).toContain(`${firstName} 拒单：在另一现场抢修`);
    expect(deskPack).toContain('通知：');
    expect(deskPack).not.toMatch(/<td>(sla-breached|escalated|offer-timeout|assigned → accepted)<\/td>/);
  }, 60_000);
});

/** The 2027 arrangement as the State Council might publish it (a fixture: the real one is not out yet). */
const NOTICE_2027 = `经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至11日（农历正月初六、周四）放假调休，共7天。2月14日（周日）上班。
三、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
四、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。`;

describe('holiday data for a year the data package does not know yet', () => {
  const week = (date: string) => host.ok('rosters', 'week', { stationId: 'st-sh-pd', date }, tokens['d-3001']);

  test('2027 before anyone enters it: the fixed statutory dates count, and the roster week says so', async () => {
    const newYear = await week('2027-01-01');
    expect(newYear.days.find((d: any) => d.date === '2027-01-01')).toMatchObject({
      kind: 'holiday',
      holidayName: '元旦',
    });
    expect(newYear.holidayDataMissing).toBe(true);
    expect(newYear.holidayNotice).toBe('2027 年法定节假日安排尚未发布或录入，目前仅按元旦、劳动节、国庆节固定日期计算');
    const published = await week('2026-10-01');
    expect(published).toMatchObject({ holidayDataMissing: false, holidayNotice: null });
    const year = await host.ok('rosters', 'holidays', { year: 2027 }, tokens['t-2001']);
    expect(year).toMatchObject({ coverage: 'statutory-only', version: null, source: null });
    expect(year.days.map((d: any) => `${d.date} ${d.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
    expect(year.notice).toContain('2027 年法定节假日安排尚未发布或录入');
    const y2026 = await host.ok('rosters', 'holidays', { year: 2026 }, tokens['d-3001']);
    expect(y2026.coverage).toBe('published');
    expect(y2026.days).toEqual(
      expect.arrayContaining([{ date: '2026-10-10', kind: 'makeup', name: '国庆节调休', weekday: '周六' }]),
    );
  });

  test('an admin imports the notice, saves it; only admins may; bad entries and stale saves change nothing', async () => {
    const parsed = await host.ok('rosters', 'parseHolidayNotice', { year: 2027, text: NOTICE_2027 }, tokens['a-4001']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.days.filter((d: any) => d.kind === 'makeup').map((d: any) => d.date)).toEqual([
      '2027-02-14',
      '2027-04-25',
      '2027-05-08',
      '2027-09-26',
      '2027-10-09',
    ]);
    const entry = { year: 2027, days: parsed.days, source: '国办发明电〔2026〕测试' };
    expect((await host.call('rosters', 'saveHolidays', entry, tokens['d-3001'])).status).toBe(403);
    expect(
      (await host.call('rosters', 'parseHolidayNotice', { year: 2027, text: NOTICE_2027 }, tokens['t-2001'])).status,
    ).toBe(403);
    const bad = await host.call(
      'rosters',
      'saveHolidays',
      {
        ...entry,
        days: [
          ...parsed.days.filter((d: any) => d.date !== '2027-10-01'),
          { date: '2027-10-08', kind: 'makeup', name: '国庆节' },
        ],
      },
      tokens['a-4001'],
    );
    expect(bad.status).toBe(400);
    expect((bad.body as any).error.details.map((d: any) => d.message)).toEqual([
      '2027-10-08 是工作日，调休上班日应为周六或周日',
      '缺少法定节假日 2027-10-01（国庆节）',
    ]);
    const dup = await host.call(
      'rosters',
      'saveHolidays',
      { ...entry, days: [...parsed.days, parsed.days[0]] },
      tokens['a-4001'],
    );
    expect((dup.body as any).error.message).toBe('2027-01-01 重复录入');
    expect((await host.ok('rosters', 'holidays', { year: 2027 }, tokens['a-4001'])).coverage).toBe('statutory-only');

    const saved = await host.ok('rosters', 'saveHolidays', entry, tokens['a-4001']);
    expect(saved).toMatchObject({
      coverage: 'entered',
      version: 1,
      source: '国办发明电〔2026〕测试',
      updatedByName: '郑凯',
      notice: null,
    });
    // a second editor who read nothing (or an old version) is refused
    expect((await host.call('rosters', 'saveHolidays', entry, tokens['a-4001'])).status).toBe(409);
    const v2 = await host.ok('rosters', 'saveHolidays', { ...entry, ifVersion: 1 }, tokens['a-4001']);
    expect(v2.version).toBe(2);
    expect((await host.call('rosters', 'saveHolidays', { ...entry, ifVersion: 1 }, tokens['a-4001'])).status).toBe(409);

    // the roster week reads the entry at once: holidays, make-up days, and no notice
    const national = await week('2027-10-04');
    expect(national).toMatchObject({ holidayDataMissing: false, holidayNotice: null });
    expect(national.days.find((d: any) => d.date === '2027-10-04')).toMatchObject({
      kind: 'holiday',
      holidayName: '国庆节',
    });
    const makeup = await week('2027-10-09');
    expect(makeup.days.find((d: any) => d.date === '2027-10-09')).toMatchObject({
      kind: 'makeup',
      holidayName: '国庆节调休',
    });
    expect((await week('2027-01-01')).holidayDataMissing).toBe(false);
  });

  test('entered days reach routing’s duty labels in the same request that reports', async () => {
    const now = await host.advanceClock(0);
    const wire = new Date(Date.parse(now) + 8 * 3600_000).toISOString();
    const hour = Number(wire.slice(11, 13));
    const shiftDate = new Date(Date.parse(now) + 8 * 3600_000 - (hour < 8 ? 86_400_000 : 0)).toISOString().slice(0, 10);
    const year = Number(shiftDate.slice(0, 4));
    const current = await host.ok('rosters', 'holidays', { year }, tokens['a-4001']);
    const fixed = current.days.filter((d: any) => d.kind === 'holiday' && d.date !== shiftDate);
    const days = [
      ...fixed.map(({ date, kind, name }: any) => ({ date, kind, name })),
      { date: shiftDate, kind: 'holiday', name: '测试节' },
    ];
    await host.ok(
      'rosters',
      'saveHolidays',
      { year, days, source: '测试：覆盖数据包', ...(current.version ? { ifVersion: current.version } : {}) },
      tokens['a-4001'],
    );
    const t0 = await report();
    const staff = await get(t0.id);
    const chosen = staff.routing.candidates.find((c: any) => c.technicianId === t0.assigneeId);
    expect(chosen.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^测试节值班（(主班|备班)）$/)]));
  });
});
