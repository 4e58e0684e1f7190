// Browser tests on the H5 build: the navigation bar (every page that is not a tab or a role's first screen has the
// page's title and a back arrow — back through the pages, or from a deep link to the role's first screen), and a
// notification whose ticket went to someone else, which says so and leads back to the technician's 派单.
import type { Browser, Locator, Page } from 'playwright-core';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step } from './browser';

let host: Host;
let browser: Browser;
const WAIT = { timeout: 20_000 };

beforeAll(async () => {
  host = await startHost({ devClock: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (host) removeDir(host.dataDir);
});

const bar = (page: Page) => page.locator('#taro-navigation-bar');
const back = (page: Page) => page.locator('#taro-navigation-bar [role="button"][aria-label="返回"]:visible');

async function signIn(page: Page, userId: string, landing: string): Promise<void> {
  await page.goto(host.url);
  await page.locator(`.login-user-${userId}`).click(WAIT);
  await page.locator(landing).first().waitFor(WAIT);
}

async function report(description: string): Promise<{ id: string; assigneeId: string }> {
  const token = await host.login('c-1001');
  const { ticket } = await host.ok(
    'tickets',
    'report',
    { serial: 'SN1001-A', severity: 'common', description, clientRequestId: `e2e-nav-${Date.now()}` },
    token,
  );
  return ticket;
}

async function expectTitle(page: Page, title: string): Promise<void> {
  await bar(page).locator('.taro-navigation-bar-title', { hasText: title }).waitFor(WAIT);
  expect(await bar(page).isVisible()).toBe(true);
}

async function expectNoBack(page: Page): Promise<void> {
  await page.waitForTimeout(300); // the bar settles just after the page shows
  expect(await back(page).count()).toBe(0);
}

async function tap(locator: Locator): Promise<void> {
  await locator.waitFor(WAIT);
  const box = await locator.boundingBox();
  expect(box && box.width >= 43.5 && box.height >= 43.5).toBe(true);
  await locator.click();
}

test('a ticket opened by its link has the bar with its title, and back lands on the customer’s 首页', async () => {
  const TEST = 'nav-bar-deep-link';
  const ticket = await report('大厅终端触摸屏无响应，重启后仍然无法点击');
  const customer = await phonePage(browser);

  await step(customer, TEST, 'the tab 首页 has the bar without a back arrow', async () => {
    await signIn(customer, 'c-1001', `.ticket-card-${ticket.id}`);
    await expectTitle(customer, '售后通');
    await expectNoBack(customer);
  });

  await step(customer, TEST, 'a card opens the ticket; back returns to 首页', async () => {
    await customer.locator(`.ticket-card-${ticket.id}`).click();
    await customer.locator('.ticket-header__clock').waitFor(WAIT);
    await expectTitle(customer, '工单详情');
    await tap(back(customer));
    await customer.locator('.page.home').waitFor(WAIT);
    await expectNoBack(customer);
  });

  const linked = await customer.context().newPage();
  await step(linked, TEST, 'the ticket opened straight from its link (nothing before it)', async () => {
    await linked.goto(`${host.url}/#/pages/ticket/index?id=${ticket.id}`);
    await linked.locator('.ticket-header__clock').waitFor(WAIT);
    await expectTitle(linked, '工单详情');
  });

  await step(linked, TEST, 'back lands on the customer’s first screen', async () => {
    await tap(back(linked));
    await linked.locator('.page.home').waitFor(WAIT);
    expect(linked.url()).toContain('pages/home/index');
    await expectNoBack(linked);
  });
}, 120_000);

test('a technician opening an offer that went to someone else is told so and led back to 派单', async () => {
  const TEST = 'ticket-reassigned';
  const ticket = await report('自助终端打印模块无法出纸');
  const first = ticket.assigneeId;
  const technician = await phonePage(browser);

  await step(technician, TEST, 'the technician sees the offer in 派单', async () => {
    await signIn(technician, first, `.inbox-card-${ticket.id}`);
  });

  await step(technician, TEST, 'meanwhile the ticket goes to the other technician', async () => {
    await host.ok('tickets', 'reject', { id: ticket.id, reason: '正在处理其他重大故障' }, await host.login(first));
    const { ticket: now } = await host.ok('tickets', 'get', { id: ticket.id }, await host.login('d-3001'));
    expect(now.assigneeId).not.toBe(first);
  });

  await step(technician, TEST, 'the technician opens 新派单 from the notification centre', async () => {
    await technician.locator('.inbox-notifications').click();
    await technician.locator('.notification--ticket-offered').first().click(WAIT);
  });

  await step(technician, TEST, 'the page says the ticket is no longer theirs, with the way back', async () => {
    const gone = technician.locator('.ticket-gone');
    await gone.waitFor(WAIT);
    expect((await gone.locator('.error-state__title').innerText()).trim()).toBe('该工单已改派或您无权查看');
    expect(await technician.locator('.error-state__retry').count()).toBe(0);
    expect(await technician.getByText('工单加载失败').count()).toBe(0);
  });

  await step(technician, TEST, '返回派单 lands on the inbox', async () => {
    await tap(technician.locator('.ticket-gone .error-state__way-out'));
    await technician.locator('.page.technician-inbox').waitFor(WAIT);
    expect(technician.url()).toContain('technician/inbox/index');
    expect(await technician.locator(`.inbox-card-${ticket.id}`).count()).toBe(0);
  });

  await step(technician, TEST, '派单 is where a technician starts: its bar has no back arrow', async () => {
    await expectTitle(technician, '派单');
    await expectNoBack(technician);
  });
}, 120_000);
