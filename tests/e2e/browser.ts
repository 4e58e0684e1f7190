// Debian's Chromium driven by playwright-core, with a screenshot under test-results/ whenever a step fails.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const RESULTS_DIR = resolve(__dirname, '..', '..', 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized page (the mini-program's H5 build is designed for a phone held in one hand). */
export async function phonePage(browser: Browser, viewport = { width: 390, height: 844 }): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  return context.newPage();
}

/** Runs one named step; on failure saves a full-page screenshot as test-results/<test>--<step>.png and rethrows. */
export async function step<T>(page: Page, testName: string, stepName: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${slug(testName)}--${slug(stepName)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`${stepName}: ${e instanceof Error ? e.message : String(e)}\n(screenshot: ${file})`);
  }
}

function slug(s: string): string {
  return s
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Every Content-Security-Policy violation the page reports from now on (Chromium logs each as a console error). */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
