// Browser test on the H5 build: the coming year's holidays are not published yet — the roster week over New Year says
// so, and for the admin links to 节假日; the admin pastes the State Council notice, checks what was read and saves
// it; the year then reads 管理员录入 and the roster marks the new holidays, its warning gone. A notice saved by someone
// else meanwhile is not overwritten: the page says so and reloads.
import type { Browser, Locator, Page } from 'playwright-core';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step } from './browser';

let host: Host;
let browser: Browser;
const WAIT = { timeout: 20_000 };
/** The service's time in the demo: early December 2026, so 2027 has no arrangement yet. */
const NOTICE = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '国办发明电〔2026〕7号',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月6日（周六）至12日（周五）放假调休，共7天。2月20日（周六）上班。',
  '三、清明节：4月3日（周六）至5日（周一）放假，共3天。',
  '四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。',
  '五、端午节：6月9日（周三）放假，共1天。',
  '六、中秋节：9月15日（周三）放假，共1天。',
  '七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
].join('\n');

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

/** The roster week containing 2027-01-01. */
async function newYearWeek(page: Page): Promise<void> {
  await page.goto(`${host.url}/#/desk/roster/index`);
  await page.locator('.roster-grid').waitFor(WAIT);
  for (let i = 0; i < 10 && !(await page.locator('.roster-row-2027-01-01').count()); i++) {
    await page.locator('.roster-next-week').click();
    await page.waitForTimeout(400);
  }
  await page.locator('.roster-row-2027-01-01').waitFor(WAIT);
}

test('the admin imports the coming year’s notice from the roster’s warning, and the roster follows', async () => {
  const TEST = 'holiday-notice-import';
  const admin = await phonePage(browser, { width: 375, height: 812 });

  await step(
    admin,
    TEST,
    'the New Year week warns that 2027 has no arrangement, with 去录入 for the admin',
    async () => {
      await signIn(admin, 'a-4001', '.desk-board');
      await newYearWeek(admin);
      await expectContains(admin.locator('.roster-holiday-missing'), '2027 年法定节假日安排尚未发布或录入');
      await admin.locator('.roster-holidays-link').click();
      await admin.locator('.desk-holidays .coverage-statutory-only').waitFor(WAIT);
      await expectContains(admin.locator('.holidays-year-nav__year'), '2027 年');
    },
  );

  await step(admin, TEST, 'an empty paste is refused by the shared schema; the notice is read and shown', async () => {
    await admin.locator('.holidays-import').click();
    await admin.locator('.holidays-parse').click();
    await expectContains(admin.locator('.form-field__error'), '请粘贴通知全文');
    await admin.locator('.holidays-notice-text textarea').fill(NOTICE);
    await admin.locator('.holidays-parse').click();
    await expectContains(
      admin.locator('.holidays-parsed .holiday-group'),
      '2月6日（周六）至2月12日（周五）放假，共 7 天',
    );
    await expectContains(admin.locator('.holidays-parsed .holiday-group'), '2月20日（周六）调休上班');
    expect(await admin.locator('.holidays-parse-problems').count()).toBe(0);
    expect(await admin.locator('.holidays-source input').inputValue()).toBe('国办发明电〔2026〕7号');
  });

  await step(admin, TEST, 'saved: the year reads 管理员录入 with its source', async () => {
    await admin.locator('.holidays-save').click();
    await admin.locator('.holidays-view .coverage-entered').waitFor(WAIT);
    await expectContains(admin.locator('.holidays-coverage'), '国办发明电〔2026〕7号');
    const year = await host.ok('rosters', 'holidays', { year: 2027 }, await host.login('d-3001'));
    expect(year).toMatchObject({ coverage: 'entered', source: '国办发明电〔2026〕7号', version: 1 });
    expect(year.days.filter((d: { kind: string }) => d.kind === 'makeup')).toHaveLength(5);
  });

  await step(admin, TEST, 'the roster marks the new year’s holidays, its warning gone', async () => {
    await newYearWeek(admin);
    await expectContains(admin.locator('.roster-row-2027-01-02 .roster-tag'), '元旦');
    expect(await admin.locator('.roster-holiday-missing').count()).toBe(0);
  });
}, 180_000);

test('a year saved by someone else meanwhile is not overwritten: the page says so and reloads', async () => {
  const TEST = 'holiday-save-stale';
  const admin = await phonePage(browser, { width: 375, height: 812 });
  await step(admin, TEST, 'the admin reads 2027 and starts editing it by hand', async () => {
    await signIn(admin, 'a-4001', '.desk-board');
    await admin.goto(`${host.url}/#/desk/holidays/index?year=2027`);
    await admin.locator('.desk-holidays .coverage-entered').waitFor(WAIT);
    await admin.locator('.holidays-edit').click();
    await admin.locator('.holiday-row-0 .holiday-name input').fill('元旦假期');
  });

  await step(admin, TEST, 'someone saves 2027 meanwhile; this save answers 409 and the page reloads', async () => {
    const token = await host.login('a-4001');
    const before = await host.ok('rosters', 'holidays', { year: 2027 }, token);
    await host.ok(
      'rosters',
      'saveHolidays',
      {
        year: 2027,
        source: '另一位管理员更正',
        ifVersion: before.version,
        days: before.days.map(({ date, kind, name }: { date: string; kind: string; name: string }) => ({
          date,
          kind,
          name,
        })),
      },
      token,
    );
    await admin.locator('.holidays-save').click();
    await expectContains(admin.locator('.taro-modal__text'), '已被他人修改');
    await admin.locator('.taro-model__confirm').click();
    await expectContains(admin.locator('.holidays-view .holidays-coverage'), '另一位管理员更正');
    const after = await host.ok('rosters', 'holidays', { year: 2027 }, token);
    expect(after.source).toBe('另一位管理员更正');
    expect(after.days.some((d: { name: string }) => d.name === '元旦假期')).toBe(false);
  });
}, 120_000);
