// Browser smoke test: a customer signs in on the H5 build and sees each device's warranty badge.
import type { Browser, Page } from 'playwright-core';
import { startHost, removeDir, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step } from './browser';

let host: Host;
let browser: Browser;
let page: Page;
const TEST = 'customer-sees-warranty-badges';

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  page = await phonePage(browser);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (host) removeDir(host.dataDir);
});

test('c-1001 signs in and sees SN1001-A in warranty and SN1001-B out of warranty', async () => {
  await step(page, TEST, 'open the login page', async () => {
    await page.goto(host.url);
    await page.locator('.login-user-c-1001').waitFor({ timeout: 20_000 });
  });
  await step(page, TEST, 'sign in as c-1001', async () => {
    await page.locator('.login-user-c-1001').click();
    await page.locator('.device-SN1001-A').waitFor({ timeout: 20_000 });
  });
  await step(page, TEST, 'check the warranty badges', async () => {
    await expectText(page.locator('.device-SN1001-A .warranty-badge'), '在保');
    await expectText(page.locator('.device-SN1001-B .warranty-badge'), '已过保');
    await expectText(page.locator('.device-SN1001-C .warranty-badge'), '未验收');
    expect(await page.locator('.device-SN1002-A').count()).toBe(0);
  });
}, 90_000);

async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.waitFor({ timeout: 10_000 });
  expect((await locator.innerText()).trim()).toBe(text);
}
