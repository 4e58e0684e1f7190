// Browser test on the H5 build with the service's test clock: a major fault on the dispatcher's SLA board moves from
// 正常 to the red 已升级/已超时 group once its response time runs out, and the expert takes the escalation (我来处理)
// from the notification centre — the ticket then names 周博 as the one who took it.
import type { Browser, Locator, Page } from 'playwright-core';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step, watchCspViolations } from './browser';

let host: Host;
let browser: Browser;
let dispatcher: Page;
let expert: Page;
const TEST = 'sla-board-escalation';
const WAIT = { timeout: 20_000 };
/** The board refreshes itself every 15 s. */
const BOARD_REFRESH = { timeout: 40_000 };
const RED = 'rgb(250, 81, 81)';

beforeAll(async () => {
  host = await startHost({ devClock: true });
  browser = await launchBrowser();
  dispatcher = await phonePage(browser);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (host) removeDir(host.dataDir);
});

test('a major fault past its response time turns red on the board and the expert takes the escalation', async () => {
  let ticketId = '';
  let ticketNo = '';
  // the desk's board and the expert's pages run under the host's CSP
  const violations = watchCspViolations(dispatcher);

  await step(dispatcher, TEST, 'c-1001 reports a major fault on SN1001-A', async () => {
    const token = await host.login('c-1001');
    const { ticket } = await host.ok(
      'tickets',
      'report',
      {
        serial: 'SN1001-A',
        severity: 'major',
        description: '售票系统整体停止运行，所有终端无法出票',
        clientRequestId: `e2e-sla-${Date.now()}`,
      },
      token,
    );
    ticketId = ticket.id;
    ticketNo = ticket.no;
    expect(ticket.sla.state).toBe('on-track');
  });

  await step(dispatcher, TEST, 'the dispatcher sees it on track on the board', async () => {
    await dispatcher.goto(host.url);
    await dispatcher.locator('.login-user-d-3001').click(WAIT);
    const item = dispatcher.locator(`.board-group-on-track .board-item-${ticketId}`);
    await item.waitFor(WAIT);
    await expectContains(item.locator('.board-item__clock'), '响应 还剩');
    await expectContains(item, ticketNo);
    expect(await borderColor(item)).not.toBe(RED);
  });

  await step(dispatcher, TEST, 'the response time runs out on the service clock', async () => {
    await host.advanceClock(31);
    const reply = await host.trigger('sla');
    expect(reply.ok).toBe(true);
  });

  await step(dispatcher, TEST, 'after its refresh the board shows it escalated, in red', async () => {
    const item = dispatcher
      .locator(`.board-group-escalated .board-item-${ticketId}, .board-group-breached .board-item-${ticketId}`)
      .first();
    await item.waitFor(BOARD_REFRESH);
    expect(await item.getAttribute('class')).toContain('board-item--bad');
    expect(await borderColor(item)).toBe(RED);
    await expectContains(item.locator('.board-item__clock'), '响应 超时');
    expect(await dispatcher.locator(`.board-group-on-track .board-item-${ticketId}`).count()).toBe(0);
  });

  expert = await phonePage(browser);
  const expertViolations = watchCspViolations(expert);

  await step(expert, TEST, 'the expert opens the notification centre and sees the escalation', async () => {
    await expert.goto(host.url);
    await expert.locator('.login-user-e-2901').click(WAIT);
    await expert.locator('.inbox-notifications .unread-count').waitFor(WAIT);
    await expert.locator('.inbox-notifications').click();
    await expert.locator('.notification--escalation').first().waitFor(WAIT);
    await expectContains(escalationOn(expert, ticketNo), '升级');
  });

  await step(expert, TEST, 'the expert taps 我来处理 and is shown as the one who took it', async () => {
    const message = escalationOn(expert, ticketNo);
    await message.locator('.notification-take').click(WAIT);
    await expectContains(message.locator('.notification-ack'), '周博');
  });

  await step(expert, TEST, 'the ticket names 周博 as the acknowledger, in the UI and the API', async () => {
    await escalationOn(expert, ticketNo).locator('.notification__title').click();
    await expectContains(expert.locator(`.job-${ticketId} .escalation-ack`), '周博');
    const token = await host.login('d-3001');
    const { ticket } = await host.ok('tickets', 'get', { id: ticketId }, token);
    expect(ticket.sla.escalations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ milestone: 'respond', acknowledgedBy: 'e-2901', acknowledgedByName: '周博' }),
      ]),
    );
  });

  await step(dispatcher, TEST, 'someone else taking it again is told it is already taken', async () => {
    const token = await host.login('d-3001');
    const reply = await host.call('sla', 'acknowledge', { id: ticketId, milestone: 'respond' }, token);
    expect(reply.status).toBe(409);
  });

  await step(dispatcher, TEST, 'no Content-Security-Policy violation on either phone', async () => {
    expect([...violations, ...expertViolations]).toEqual([]);
  });
}, 240_000);

/** The escalation message about this ticket in the notification centre. */
function escalationOn(page: Page, ticketNo: string): Locator {
  return page.locator('.notification--escalation', { hasText: ticketNo }).first();
}

async function borderColor(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).borderLeftColor);
}

async function expectContains(locator: Locator, text: string, timeout = 20_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
  expect(await locator.first().innerText()).toContain(text);
}
