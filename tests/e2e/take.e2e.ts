// Browser test on the H5 build: a major fault nobody can take escalates on the service's test clock; the customer
// reads a calm 已升级至专家团队处理 instead of 调度正在为您安排工程师; the expert finds it at the top of the inbox
// (重大故障与升级, with its clock), opens it and takes it with 我来接手 — the job is theirs at once — and the customer
// then sees the expert on it.
import type { Browser, Locator, Page } from 'playwright-core';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step } from './browser';

let host: Host;
let browser: Browser;
const WAIT = { timeout: 20_000 };
const PHONE = { width: 375, height: 812 };

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

async function expectContains(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor(WAIT);
}

test('an escalated major fault: the customer is told calmly, the expert takes it from the inbox in one tap', async () => {
  const TEST = 'expert-takes-escalated';
  const customerToken = await host.login('c-1001');
  const { ticket } = await host.ok(
    'tickets',
    'report',
    {
      serial: 'SN1001-A',
      severity: 'major',
      description: '大厅终端全部黑屏，无法办理业务',
      clientRequestId: `e2e-take-${Date.now()}`,
    },
    customerToken,
  );
  const id: string = ticket.id;

  const customer = await phonePage(browser, PHONE);
  await step(
    customer,
    TEST,
    'both local offers lapse, the response runs out: escalated to the expert team',
    async () => {
      for (const minutes of [16, 8, 6]) {
        await host.advanceClock(minutes);
        expect((await host.trigger('sla')).ok).toBe(true);
      }
      const t = (await host.ok('tickets', 'get', { id }, customerToken)).ticket;
      expect(t).toMatchObject({ status: 'reported', assigneeId: null, escalated: true });
    },
  );

  await step(customer, TEST, 'the customer reads 已升级至专家团队处理, not 调度正在为您安排工程师', async () => {
    await signIn(customer, 'c-1001', `.ticket-card-${id}`);
    await expectContains(customer.locator(`.ticket-card-${id} .ticket-card__escalated`), '已升级至专家团队处理');
    await customer.goto(`${host.url}/#/pages/ticket/index?id=${id}`);
    await expectContains(customer.locator('.ticket-assignee .ticket-escalated'), '已升级至专家团队处理');
    await expectContains(customer.locator('.ticket-assignee'), '我们将尽快与您联系');
    expect(await customer.locator('.ticket-assignee').innerText()).not.toContain('调度正在为您安排工程师');
  });

  const expert = await phonePage(browser, PHONE);
  await step(
    expert,
    TEST,
    'the expert’s inbox lists it above their own jobs, with its clock and 我来接手',
    async () => {
      await signIn(expert, 'e-2901', `.inbox-called .inbox-card-${id}`);
      const card = expert.locator(`.inbox-called .inbox-card-${id}`);
      await expectContains(card.locator('.sla-clock'), '响应');
      await expectContains(card.locator('.inbox-card__holder'), '尚无人处理');
      await card.locator('.inbox-take').waitFor(WAIT);
      // the section comes before 我的工单's tabs
      const called = await expert.locator('.inbox-called').boundingBox();
      const tabs = await expert.locator('.technician-inbox .segment-tabs').boundingBox();
      expect(called!.y).toBeLessThan(tabs!.y);
    },
  );

  await step(expert, TEST, 'on the job page 我来接手 makes it theirs at once', async () => {
    await expert.locator(`.inbox-called .inbox-card-${id} .inbox-card__title`).click();
    await expert.locator('.job .ticket-action-take').click(WAIT);
    await expert.locator('.job .ticket-status').filter({ hasText: '已接单' }).waitFor(WAIT);
    await expectContains(expert.locator('.job-header__holder--mine'), '由您负责处理');
    await expert.locator('.job .ticket-action-resolve-remote').waitFor(WAIT);
    expect(await expert.locator('.job .ticket-action-take').count()).toBe(0);
    const t = (await host.ok('tickets', 'get', { id }, await host.login('e-2901'))).ticket;
    expect(t).toMatchObject({ status: 'accepted', assigneeId: 'e-2901' });
  });

  await step(customer, TEST, 'the customer now sees the expert on it', async () => {
    await customer.reload();
    await expectContains(customer.locator('.ticket-assignee .assignee__name'), '专家 周博');
    await expectContains(customer.locator('.ticket-escalated-note'), '已升级至专家团队处理');
  });
}, 180_000);
