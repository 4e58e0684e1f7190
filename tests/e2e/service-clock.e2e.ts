// Browser tests on the H5 build with the service's test clock moved ahead of this machine's: a ticket's countdown
// reads the same on every screen that shows it (the customer's 首页 and 工单 lists and the ticket page; the
// technician's 派单 and the job), all counted on the service's time, not the phone's; and the desk board's 派单队列
// count follows the board's own refresh.
import type { Browser, Locator, Page } from 'playwright-core';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step } from './browser';

let host: Host;
let browser: Browser;
const WAIT = { timeout: 20_000 };
/** The board refreshes itself every 15 s. */
const BOARD_REFRESH = { timeout: 40_000 };
/** The service's clock runs this far ahead of the machine the browser runs on. */
const AHEAD_MINUTES = 25;

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

/** The minutes a clock line states: "响应剩余 35 分钟" → 35 (a clock that ran out reads negative). */
async function minutesLeft(clock: Locator): Promise<number> {
  await clock.waitFor(WAIT);
  const text = (await clock.innerText()).trim();
  const m = /(剩余|已超时)\s*(\d+)\s*分钟/.exec(text);
  if (!m) throw new Error(`not a countdown in minutes: "${text}"`);
  return m[1] === '剩余' ? Number(m[2]) : -Number(m[2]);
}

test('a ticket counts down on the service clock, the same in every list as on its page', async () => {
  const TEST = 'countdown-agrees-everywhere';
  const token = await host.login('c-1001');
  const { ticket } = await host.ok(
    'tickets',
    'report',
    {
      serial: 'SN1001-B',
      severity: 'common',
      description: '标签打印机卡纸，清理后仍然报错',
      clientRequestId: `e2e-clock-${Date.now()}`,
    },
    token,
  );
  // A common fault owes a response within 60 minutes; the service is now 25 of them further on.
  await host.advanceClock(AHEAD_MINUTES);
  const expected = 60 - AHEAD_MINUTES;

  const customer = await phonePage(browser);
  const seen: Record<string, number> = {};
  await step(customer, TEST, 'the customer’s 首页', async () => {
    await signIn(customer, 'c-1001', `.ticket-card-${ticket.id}`);
    seen.home = await minutesLeft(customer.locator(`.ticket-card-${ticket.id} .sla-clock`));
  });
  await step(customer, TEST, 'the customer’s 工单 list', async () => {
    await customer.locator('.weui-tabbar__item', { hasText: '工单' }).click();
    seen.list = await minutesLeft(customer.locator(`.tickets .ticket-card-${ticket.id} .sla-clock`));
  });
  await step(customer, TEST, 'the ticket page', async () => {
    await customer.locator(`.tickets .ticket-card-${ticket.id}`).click();
    seen.page = await minutesLeft(customer.locator('.ticket-header__clock'));
  });

  // The technician it was offered to: a fresh browser whose first screen is a list (no ticket page opened yet).
  const { ticket: now } = await host.ok('tickets', 'get', { id: ticket.id }, token);
  const technician = await phonePage(browser);
  await step(technician, TEST, 'the technician’s 派单', async () => {
    await signIn(technician, now.assigneeId, `.inbox-card-${ticket.id}`);
    seen.inbox = await minutesLeft(technician.locator(`.inbox-card-${ticket.id} .sla-clock`));
  });
  await step(technician, TEST, 'the job', async () => {
    await technician.locator(`.inbox-card-${ticket.id} .inbox-card__title`).click();
    seen.job = await minutesLeft(technician.locator('.job-header__clock'));
  });

  // Each within a minute of the service's own count (the reads are seconds apart and may straddle a minute).
  for (const [where, minutes] of Object.entries(seen)) {
    expect({ where, off: Math.abs(minutes - expected) <= 1 }).toEqual({ where, off: true });
  }
  expect(Object.keys(seen)).toEqual(['home', 'list', 'page', 'inbox', 'job']);
}, 120_000);

test('the 派单队列 count on the desk board follows the board’s own refresh', async () => {
  const TEST = 'queue-count-refreshes';
  const dispatcher = await phonePage(browser);
  const queueCount = dispatcher.locator('.desk-queue-count .desk-summary__number');
  const queueTab = dispatcher.locator('.segment-tab-queue');
  let before = 0;

  await step(dispatcher, TEST, 'the dispatcher opens the board', async () => {
    await signIn(dispatcher, 'd-3001', '.desk-board .board-group, .desk-board .board-empty');
    await queueCount.filter({ hasText: /^\d+\+?$/ }).waitFor(WAIT);
    before = Number((await queueCount.innerText()).trim());
  });

  await step(dispatcher, TEST, 'a ticket lands in the queue: both technicians turn it down', async () => {
    const token = await host.login('c-1001');
    const { ticket } = await host.ok(
      'tickets',
      'report',
      {
        serial: 'SN1001-C',
        severity: 'common',
        description: '交换机端口指示灯异常闪烁',
        clientRequestId: `e2e-queue-${Date.now()}`,
      },
      token,
    );
    let assignee: string | null = ticket.assigneeId;
    while (assignee) {
      const { ticket: after } = await host.ok(
        'tickets',
        'reject',
        { id: ticket.id, reason: '正在处理其他重大故障' },
        await host.login(assignee),
      );
      assignee = after.assigneeId;
    }
  });

  await step(dispatcher, TEST, 'without a reload, the count and the tab follow within one board refresh', async () => {
    await queueCount.filter({ hasText: String(before + 1) }).waitFor(BOARD_REFRESH);
    await queueTab.locator('.segment-tabs__count', { hasText: String(before + 1) }).waitFor(WAIT);
  });
}, 120_000);
