// Browser journey on the H5 build: c-1001 reports a fault on SN1001-A with a photo, the technician routing chose
// accepts, goes on site, checks in and resolves with a signature drawn on the canvas; the customer sees the fault
// report, confirms and rates, and the ticket ends closed.
import type { Browser, Locator, Page } from 'playwright-core';
import { removeDir, startHost, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step, watchCspViolations } from './browser';

let host: Host;
let browser: Browser;
let customer: Page;
let technician: Page;
const TEST = 'fault-journey';
const WAIT = { timeout: 20_000 };

/** A 1×1 red PNG: the fault photo. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const DESCRIPTION = '大厅终端触摸屏无响应，重启后仍然无法点击';
const CAUSE = '触摸屏排线接口松动';
const ACTIONS = '重新插紧排线并固定，校准触摸屏后测试正常';

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  customer = await phonePage(browser);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (host) removeDir(host.dataDir);
});

test('a reported fault goes from the form to a closed, rated ticket with a signed fault report', async () => {
  let ticketId = '';
  let technicianId = '';
  // the whole journey (photo picked and uploaded, pictures shown, signature drawn) runs under the host's CSP
  const violations = watchCspViolations(customer);

  await step(customer, TEST, 'customer signs in', async () => {
    await customer.goto(host.url);
    await customer.locator('.login-user-c-1001').click(WAIT);
    await customer.locator('.device-SN1001-A').waitFor(WAIT);
  });

  await step(customer, TEST, 'open the report form from the device card', async () => {
    await customer.locator('.device-SN1001-A .device-report').click();
    await customer.locator('.report-form').waitFor(WAIT);
    await customer.locator('.report-device-SN1001-A.report-device--on').waitFor(WAIT);
    await expectText(customer.locator('.report-warranty .warranty-badge'), '在保');
    // The contact phone is filled in from the customer's own record.
    expect(await customer.locator('.report-phone input').inputValue()).toBe('13800001001');
  });

  await step(customer, TEST, 'describe the fault and attach a photo', async () => {
    await customer.locator('.report-category-hardware').click();
    await customer.locator('.report-description textarea').fill(DESCRIPTION);
    await customer.locator('.report-environment textarea').fill('大厅，室温约 26℃');
    const chooser = customer.waitForEvent('filechooser');
    await customer.locator('.media-add').click();
    await (await chooser).setFiles({ name: 'fault.png', mimeType: 'image/png', buffer: PHOTO });
    await customer.locator('.media-item-0.media-item--done').waitFor(WAIT);
  });

  await step(customer, TEST, 'send the report and land on the ticket', async () => {
    await customer.locator('.report-submit').click();
    await customer.locator('.ticket-created').waitFor(WAIT);
    ticketId = new URL(customer.url().replace('#', '')).searchParams.get('id') ?? '';
    expect(ticketId).not.toBe('');
    await expectText(customer.locator('.ticket-status'), '待接单');
    expect(await customer.locator('.ticket-no').innerText()).toMatch(/^GD\d{8}-[A-Z2-9]{4}-\d{3}$/);
  });

  await step(customer, TEST, 'read who the ticket went to', async () => {
    const token = await host.login('c-1001');
    const { ticket } = await host.ok('tickets', 'get', { id: ticketId }, token);
    technicianId = ticket.assigneeId;
    expect(['t-2001', 't-2002']).toContain(technicianId);
    expect(ticket.photos).toHaveLength(1);
    expect(ticket.category).toBe('hardware');
    await customer.locator('.assignee__name', { hasText: ticket.assignee.name }).waitFor(WAIT);
  });

  technician = await phonePage(browser);
  const technicianViolations = watchCspViolations(technician);
  await technician.context().grantPermissions(['geolocation'], { origin: host.url });
  await technician.context().setGeolocation({ latitude: 31.2033, longitude: 121.5907, accuracy: 20 });

  await step(technician, TEST, 'technician signs in and sees the offer', async () => {
    await technician.goto(host.url);
    await technician.locator(`.login-user-${technicianId}`).click(WAIT);
    await technician.locator(`.inbox-card-${ticketId}`).waitFor(WAIT);
    await expectContains(technician.locator(`.inbox-card-${ticketId} .sla-clock`), '响应剩余');
  });

  await step(technician, TEST, 'accept on the card', async () => {
    await technician.locator(`.inbox-card-${ticketId} .inbox-accept`).click();
    await technician.locator(`.inbox-card-${ticketId}`).waitFor({ state: 'detached', ...WAIT });
    await technician.locator('.segment-tab-active').click();
    await technician.locator(`.inbox-card-${ticketId}`).click(WAIT);
    await expectText(technician.locator('.job .ticket-status'), '已接单');
  });

  await step(technician, TEST, 'go on site and check in', async () => {
    await technician.locator('.ticket-action-goOnsite').click();
    await technician.locator('.onsite-dialog textarea').fill('需现场检查触摸屏');
    await technician.locator('.onsite-dialog .nut-dialog-footer-ok').click();
    await technician.locator('.ticket-action-arrive').click(WAIT);
    await expectText(technician.locator('.job .ticket-status'), '处理中', 30_000);
  });

  await step(technician, TEST, 'resolve with a signature drawn on the canvas', async () => {
    await technician.locator('.ticket-action-resolve').click(WAIT);
    await technician.locator('.resolve-form').waitFor(WAIT);
    await technician.locator('.resolve-mode-onsite.choice-chip--on').waitFor(WAIT);
    await technician.locator('.resolve-cause textarea').fill(CAUSE);
    await technician.locator('.resolve-actions textarea').fill(ACTIONS);
    await technician.locator('.parts-add').click();
    await technician.locator('.part-row-0 .part-name input').fill('触摸屏排线卡扣');
    await drawSignature(technician, technician.locator('.signature-pad canvas'));
    await technician.locator('.resolve-submit').click();
    await technician.locator('.resolve-report .fault-report').waitFor(WAIT);
    await expectContains(technician.locator('.resolve-report .fault-report__cause'), CAUSE);
  });

  await step(customer, TEST, 'customer sees the fault report without reloading', async () => {
    // The ticket page stayed open the whole time: it refreshes itself every 10 s.
    await customer.locator('.ticket-report .fault-report').waitFor({ timeout: 30_000 });
    await expectText(customer.locator('.ticket-status'), '待确认');
    await expectContains(customer.locator('.fault-report__cause'), CAUSE);
    await expectContains(customer.locator('.fault-report__mode'), '现场处理');
    const signature = customer.locator('.fault-report__signature img');
    await signature.waitFor(WAIT);
    await customer.waitForFunction(
      (img) => (img as HTMLImageElement).naturalWidth > 0,
      await signature.elementHandle(),
    );
  });

  await step(customer, TEST, 'download the fault report', async () => {
    const download = customer.waitForEvent('download', WAIT);
    await customer.locator('.fault-report-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.html$/);
    const html = await (await fetch(file.url())).text();
    expect(html).toContain(CAUSE);
  });

  await step(customer, TEST, 'confirm the fix', async () => {
    await customer.locator('.ticket-action-confirm').click();
    await customer.locator('.taro-model__confirm').click(WAIT);
    await customer.locator('.survey-form').waitFor(WAIT);
  });

  await step(customer, TEST, 'rate the service', async () => {
    for (const [dimension, stars] of [
      ['speed', 5],
      ['attitude', 5],
      ['skill', 4],
      ['result', 5],
    ] as const) {
      await customer.locator(`.survey-star-${dimension}-${stars}`).click();
    }
    await customer.locator('.survey-comment textarea').fill('响应很快，处理专业');
    await customer.locator('.survey-submit').click();
    await customer.locator('.survey-thanks').waitFor(WAIT);
    await expectText(customer.locator('.ticket-status'), '已完成');
  });

  await step(customer, TEST, 'the ticket is closed and rated', async () => {
    const token = await host.login('c-1001');
    const { ticket } = await host.ok('tickets', 'get', { id: ticketId }, token);
    expect(ticket.status).toBe('closed');
    expect(ticket.rated).toBe(true);
    expect(ticket.report).toMatchObject({ cause: CAUSE, mode: 'onsite' });
    expect(ticket.report.partsUsed).toEqual([{ name: '触摸屏排线卡扣', quantity: 1 }]);
    const { survey } = await host.ok('surveys', 'get', { ticketId }, token);
    expect(survey.scores).toEqual({ speed: 5, attitude: 5, skill: 4, result: 5 });
  });

  await step(customer, TEST, 'no Content-Security-Policy violation on either phone', async () => {
    expect([...violations, ...technicianViolations]).toEqual([]);
  });
}, 240_000);

/** A signature-like zigzag drawn with the mouse across the pad. */
async function drawSignature(page: Page, canvas: Locator): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300); // the pad attaches to its canvas just after it appears
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature canvas has no box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.15, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(box.x + box.width * (0.15 + i * 0.09), y + (i % 2 ? -30 : 30), { steps: 4 });
  }
  await page.mouse.up();
}

async function expectText(locator: Locator, text: string, timeout = 20_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
  expect((await locator.first().innerText()).trim()).toBe(text);
}

async function expectContains(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor(WAIT);
}
