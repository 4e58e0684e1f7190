// Browser test on the H5 build at 375 × 812 (a small common phone): every control on the main screens — each
// element with a tap handler, the tab bar and the navigation bar's back arrow — is at least 44 × 44 px (WCAG 2.5.5,
// Apple's and WeChat's own guidance), so a technician with one hand free hits what they aim at: the customer's home,
// report form, ticket and survey (its stars), the technician's inbox, job and resolve page, notifications, and the
// desk's board and assign page (强制指派 included).
import type { Browser, Page } from 'playwright-core';
import { uploadAs } from '../integration/fixtures';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step } from './browser';

let host: Host;
let browser: Browser;
const TEST = 'tap-targets';
const WAIT = { timeout: 20_000 };
const PHONE = { width: 375, height: 812 };
const MIN = 44;
/** A 1×1 red PNG: a fault photo on the report form (its remove cross is a control too). */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  host = await startHost({ devClock: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (host) removeDir(host.dataDir);
});

interface Target {
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible control on the page on screen: elements with a tap handler (innermost ones — a card that
 * opens a page counts, the wrapper around its buttons that only stops the tap does not), tab-bar items and the
 * navigation bar's buttons.
 */
async function targetsOf(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    // Taro's H5 components keep their listeners in `__events` (React's own props do not hold onClick there).
    const clickable = (el: Element) => {
      const events = (el as unknown as { __events?: Record<string, unknown[] | undefined> }).__events;
      return !!events?.click?.length || el.tagName === 'BUTTON';
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const page = Array.from(document.querySelectorAll('.taro_page')).filter(shown).pop();
    const inPage = page ? Array.from(page.querySelectorAll('*')).filter(clickable) : [];
    const innermost = inPage.filter((el) => !inPage.some((other) => other !== el && el.contains(other)));
    const chrome = Array.from(document.querySelectorAll('.weui-tabbar__item, #taro-navigation-bar [role="button"]'));
    return [...innermost, ...chrome].filter(shown).map((el) => {
      const r = el.getBoundingClientRect();
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 20);
      const cls = (el.getAttribute('class') ?? '').split(' ').find((c) => c && !c.startsWith('taro')) ?? el.tagName;
      return { what: `${cls} "${text}"`, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
    });
  });
}

/** The controls below 44 × 44 on the page on screen (a half pixel of rounding allowed). */
async function tooSmall(page: Page): Promise<Target[]> {
  await page.waitForTimeout(800); // let the page settle (skeletons out, lists in)
  const targets = await targetsOf(page);
  expect(targets.length).toBeGreaterThan(0);
  return targets.filter((t) => t.width < MIN - 0.5 || t.height < MIN - 0.5);
}

async function signIn(page: Page, userId: string, landing: string): Promise<void> {
  await page.goto(host.url);
  await page.locator(`.login-user-${userId}`).click(WAIT);
  await page.locator(landing).first().waitFor(WAIT);
}

test('every control on the main screens is at least 44 × 44 px at 375 px wide', async () => {
  const customerToken = await host.login('c-1001');
  const { ticket } = await host.ok(
    'tickets',
    'report',
    {
      serial: 'SN1001-A',
      severity: 'common',
      description: '大厅终端触摸屏无响应，重启后仍然无法点击',
      clientRequestId: `e2e-tap-${Date.now()}`,
    },
    customerToken,
  );

  // per screen, every control below 44 × 44 (all screens measured, then one verdict)
  const small: Record<string, Target[]> = {};
  const customer = await phonePage(browser, PHONE);
  await step(customer, TEST, 'customer home', async () => {
    await signIn(customer, 'c-1001', `.ticket-card-${ticket.id}`);
    small.home = await tooSmall(customer);
  });
  await step(customer, TEST, 'report form', async () => {
    await customer.locator('.report-button__button').click();
    await customer.locator('.report-form').waitFor(WAIT);
    const chooser = customer.waitForEvent('filechooser');
    await customer.locator('.media-add').click();
    await (await chooser).setFiles({ name: 'fault.png', mimeType: 'image/png', buffer: PHOTO });
    await customer.locator('.media-item-0.media-item--done').waitFor(WAIT);
    small.report = await tooSmall(customer);
  });
  await step(customer, TEST, 'customer ticket', async () => {
    await customer.goto(`${host.url}/#/pages/ticket/index?id=${ticket.id}`);
    await customer.locator('.ticket-status').waitFor(WAIT);
    small.ticket = await tooSmall(customer);
  });
  const technician = await phonePage(browser, PHONE);
  await step(technician, TEST, 'technician inbox with an offer', async () => {
    await signIn(technician, ticket.assigneeId, `.inbox-card-${ticket.id}`);
    small.inbox = await tooSmall(technician);
  });
  await step(technician, TEST, 'technician job', async () => {
    await technician.locator(`.inbox-card-${ticket.id} .inbox-card__title`).click();
    await technician.locator('.job .ticket-status').waitFor(WAIT);
    small.job = await tooSmall(technician);
  });
  await step(technician, TEST, 'notifications (the offer)', async () => {
    await technician.goto(`${host.url}/#/pages/notifications/index`);
    await technician.locator('.notification').first().waitFor(WAIT);
    small.notifications = await tooSmall(technician);
  });
  const technicianToken = await host.login(ticket.assigneeId);
  await step(technician, TEST, 'resolve page (accepted, remote)', async () => {
    await host.ok('tickets', 'accept', { id: ticket.id }, technicianToken);
    await technician.goto(`${host.url}/#/technician/resolve/index?id=${ticket.id}&mode=remote`);
    await technician.locator('.resolve-form .resolve-submit').waitFor(WAIT);
    small.resolve = await tooSmall(technician);
  });
  await step(customer, TEST, 'survey (the ticket resolved)', async () => {
    const signature = (await uploadAs(host, technicianToken, 'signature')).body.data.upload.fileId;
    await host.ok(
      'tickets',
      'resolve',
      {
        id: ticket.id,
        cause: '触摸屏排线松动',
        actions: '重新插紧排线并校准',
        mode: 'remote',
        handlerSignature: signature,
      },
      technicianToken,
    );
    await customer.goto(`${host.url}/#/pages/survey/index?ticketId=${ticket.id}`);
    await customer.locator('.survey-form .survey-star-speed-5').waitFor(WAIT);
    small.survey = await tooSmall(customer);
  });

  // a ticket both local technicians turned down: on the board, and waiting for the desk's 强制指派
  const { ticket: queued } = await host.ok(
    'tickets',
    'report',
    {
      serial: 'SN1001-A',
      severity: 'common',
      description: '大厅终端打印凭条模糊不清',
      clientRequestId: `e2e-tap-q-${Date.now()}`,
    },
    customerToken,
  );
  for (let t = queued; t.assigneeId;) {
    t = (await host.ok('tickets', 'reject', { id: t.id, reason: '正在另一现场' }, await host.login(t.assigneeId)))
      .ticket;
  }
  const dispatcher = await phonePage(browser, PHONE);
  await step(dispatcher, TEST, 'desk board', async () => {
    await signIn(dispatcher, 'd-3001', `.board-item-${queued.id}`);
    small.board = await tooSmall(dispatcher);
  });
  await step(dispatcher, TEST, 'assign page (a queued ticket: 强制指派 for the excluded and the experts)', async () => {
    await dispatcher.goto(`${host.url}/#/desk/assign/index?id=${queued.id}`);
    await dispatcher.locator('.expert-option-e-2901 .candidate-force').waitFor(WAIT);
    small.assign = await tooSmall(dispatcher);
  });

  expect(small).toEqual({
    home: [],
    report: [],
    ticket: [],
    inbox: [],
    job: [],
    notifications: [],
    resolve: [],
    survey: [],
    board: [],
    assign: [],
  });
}, 180_000);
