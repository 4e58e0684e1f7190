// Browser tests on the H5 build: a ticket nobody can take — both local technicians let their offers lapse on the
// service's test clock, the third is in another region — waits in the desk's queue; the dispatcher opens it, sees
// whom routing excludes and why, and force-assigns it across regions with a reason (the empty reason refused by the
// shared schema): the ticket is offered to t-2003, who sees it, and the desk's timeline keeps the reason. And when
// someone else got there first, the 409 is said and the page shows the ticket as it now is.
import type { Browser, Locator, Page } from 'playwright-core';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step } from './browser';

let host: Host;
let browser: Browser;
const WAIT = { timeout: 20_000 };
const REASON = '浦东站两位工程师均未接单，请朝阳站远程支援';

beforeAll(async () => {
  host = await startHost({ devClock: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (host) removeDir(host.dataDir);
});

async function signIn(page: Page, userId: string, landing: string): Promise<void> {
  await page.goto(host.url);
  await page.locator(`.login-user-${userId}`).click(WAIT);
  await page.locator(landing).first().waitFor(WAIT);
}

async function reportFault(description: string): Promise<string> {
  const { ticket } = await host.ok(
    'tickets',
    'report',
    { serial: 'SN1001-A', severity: 'common', description, clientRequestId: `e2e-force-${Date.now()}` },
    await host.login('c-1001'),
  );
  return ticket.id;
}

const ticketAs = async (id: string, userId = 'd-3001') =>
  (await host.ok('tickets', 'get', { id }, await host.login(userId))).ticket;

async function expectContains(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor(WAIT);
}

test('a ticket nobody can take is force-assigned across regions with a reason the timeline keeps', async () => {
  const TEST = 'force-assign-across-regions';
  const id = await reportFault('大厅终端触摸屏无响应，重启后仍然无法点击');
  const dispatcher = await phonePage(browser, { width: 375, height: 812 });

  await step(dispatcher, TEST, 't-2001 and t-2002 let their offers lapse on the service clock: queued', async () => {
    // an offer lapses after half the response time left when it was made: advance and run the SLA timer until
    // nobody holds it
    for (let round = 0; round < 8 && (await ticketAs(id)).assigneeId; round++) {
      await host.advanceClock(16);
      expect((await host.trigger('sla')).ok).toBe(true);
    }
    const queued = await ticketAs(id);
    expect(queued).toMatchObject({ status: 'reported', assigneeId: null });
    expect(queued.routing.flagged).toBe(true);
  });

  await step(dispatcher, TEST, 'the dispatcher opens it: whom routing excludes, under their reasons', async () => {
    await signIn(dispatcher, 'd-3001', '.desk-board');
    await dispatcher.goto(`${host.url}/#/desk/ticket/index?id=${id}`);
    await dispatcher.locator('.ticket-action-assign').click(WAIT);
    await dispatcher.locator('.desk-assign .assign-none').waitFor(WAIT);
    await expectContains(dispatcher.locator('.candidate-t-2001 .candidate__excluded'), '此前超时未接单');
    await expectContains(dispatcher.locator('.candidate-t-2002 .candidate__excluded'), '此前超时未接单');
    await expectContains(dispatcher.locator('.candidate-t-2003 .candidate__excluded'), '区域不符');
    // the expert team is listed too, to be reached the same way
    await dispatcher.locator('.expert-option-e-2901 .candidate-force').waitFor(WAIT);
    expect(await dispatcher.locator('.candidate-assign').count()).toBe(0);
  });

  await step(
    dispatcher,
    TEST,
    '强制指派 t-2003 asks for the reason; an empty one is refused, nothing changes',
    async () => {
      await dispatcher.locator('.candidate-force-t-2003').click();
      const dialog = dispatcher.locator('.force-dialog');
      await expectContains(dialog, '强制指派给 孙浩');
      await expectContains(dialog, '区域不符');
      await dialog.locator('.nut-dialog-footer-ok').click();
      await expectContains(dialog.locator('.reason-dialog__error'), '请填写强制指派原因');
      expect(await ticketAs(id)).toMatchObject({ status: 'reported', assigneeId: null });
    },
  );

  await step(
    dispatcher,
    TEST,
    'with the reason: offered to t-2003, back on the ticket with the reason in the timeline',
    async () => {
      const dialog = dispatcher.locator('.force-dialog');
      await dialog.locator('textarea').fill(REASON);
      await dialog.locator('.nut-dialog-footer-ok').click();
      // the assign page hands back to the desk's ticket page
      await dispatcher.locator(`.desk-ticket-${id} .ticket-status`).filter({ hasText: '待接单' }).waitFor(WAIT);
      await expectContains(dispatcher.locator(`.desk-ticket-${id} .timeline-item__text`), REASON);
      const t = await ticketAs(id);
      expect(t).toMatchObject({ status: 'assigned', assigneeId: 't-2003' });
      expect(t.events.at(-1)).toMatchObject({ type: 'assigned', data: { override: true, reason: REASON } });
    },
  );

  const technician = await phonePage(browser, { width: 375, height: 812 });
  await step(technician, TEST, 't-2003 finds the offer in its inbox, with 接单', async () => {
    await signIn(technician, 't-2003', `.inbox-card-${id}`);
    await technician.locator(`.inbox-card-${id} .inbox-accept`).waitFor(WAIT);
    expect((await ticketAs(id, 't-2003')).can).toEqual(expect.arrayContaining(['accept', 'reject']));
  });
}, 180_000);

test('someone else got there first: the 409 is said, and the page shows the ticket as it now is', async () => {
  const TEST = 'force-assign-conflict';
  const id = await reportFault('标签打印机卡纸，清理后仍然报错');
  // both local technicians turn it down: it waits in the queue
  for (let t = await ticketAs(id); t.assigneeId; t = await ticketAs(id)) {
    await host.ok('tickets', 'reject', { id, reason: '正在处理其他重大故障' }, await host.login(t.assigneeId));
  }
  const dispatcher = await phonePage(browser, { width: 375, height: 812 });

  await step(dispatcher, TEST, 'the dispatcher opens the assign page', async () => {
    await signIn(dispatcher, 'd-3001', '.desk-board');
    await dispatcher.goto(`${host.url}/#/desk/assign/index?id=${id}`);
    await dispatcher.locator('.candidate-force-t-2003').waitFor(WAIT);
  });

  await step(dispatcher, TEST, 'meanwhile the admin force-assigns it to t-2003', async () => {
    await host.ok(
      'tickets',
      'assign',
      { id, technicianId: 't-2003', override: { reason: '管理员已安排朝阳站支援' } },
      await host.login('a-4001'),
    );
  });

  await step(
    dispatcher,
    TEST,
    'the dispatcher’s 强制指派 answers 409: the message, then the page reloaded',
    async () => {
      await dispatcher.locator('.candidate-force-t-2003').click();
      const dialog = dispatcher.locator('.force-dialog');
      await dialog.locator('textarea').fill(REASON);
      await dialog.locator('.nut-dialog-footer-ok').click();
      await expectContains(dispatcher.locator('.taro-modal__text'), '该工单已在此工程师名下');
      await dispatcher.locator('.taro-model__confirm').click();
      await dispatcher.locator('.candidate-t-2003 .candidate__current').waitFor(WAIT);
      expect(await dispatcher.locator('.candidate-force-t-2003').count()).toBe(0);
      // the admin's assignment stands, with the admin's reason
      const t = await ticketAs(id);
      expect(t).toMatchObject({ status: 'assigned', assigneeId: 't-2003' });
      expect(t.events.filter((e: { type: string }) => e.type === 'assigned')).toHaveLength(1);
    },
  );
}, 120_000);
