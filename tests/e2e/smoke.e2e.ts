// Browser smoke test: a customer signs in on the H5 build (demo mode) and sees each device's warranty badge, with the
// host's Content-Security-Policy on and not one violation; a host started without demo mode says how to sign in.
import type { Browser, Page } from 'playwright-core';
import { startHost, removeDir, type Host } from '../integration/harness';
import { launchBrowser, phonePage, step, watchCspViolations } from './browser';

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
  const violations = watchCspViolations(page);
  await step(page, TEST, 'open the login page', async () => {
    const response = await page.goto(host.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    await page.locator('.login-user-c-1001').waitFor({ timeout: 20_000 });
    await expectText(page.locator('.login-demo-mode'), '演示模式：选择一位演示用户登录');
  });
  await step(page, TEST, 'sign in as c-1001', async () => {
    await page.locator('.login-user-c-1001').click();
    await page.locator('.device-SN1001-A').waitFor({ timeout: 20_000 });
  });
  await step(page, TEST, 'check the warranty badges', async () => {
    await expectText(page.locator('.device-SN1001-A .warranty-badge'), '在保');
    await expectText(page.locator('.device-SN1001-B .warranty-badge'), '已过保');
    await expectText(page.locator('.device-SN1001-C .warranty-badge'), '未验收');
    expect(await page.locator('.device-SN1001-A').count()).toBe(1);
    expect(await page.locator('.device-SN1002-A').count()).toBe(0);
  });
  await step(page, TEST, 'the app ran under its CSP without a violation', async () => {
    expect(violations).toEqual([]);
  });
}, 90_000);

test('a host started for real use (no demo mode) has no demo accounts and says to sign in through WeChat', async () => {
  const real = await startHost({ demo: false });
  const realPage = await phonePage(browser);
  try {
    await step(realPage, 'login-without-demo-mode', 'open the login page', async () => {
      await realPage.goto(real.url);
      await realPage.locator('.login-demo-off').waitFor({ timeout: 20_000 });
      expect(await realPage.locator('.login-demo-off').innerText()).toMatch(/请通过微信登录[\s\S]*邀请码/);
      expect(await realPage.locator('.login-demo-mode').count()).toBe(0);
      expect(await realPage.locator('.login-user-c-1001').count()).toBe(0);
    });
  } finally {
    await realPage.close();
    await real.stop();
    removeDir(real.dataDir);
  }
}, 90_000);

async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.waitFor({ timeout: 10_000 });
  expect((await locator.innerText()).trim()).toBe(text);
}
