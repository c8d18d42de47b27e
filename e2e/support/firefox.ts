import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The Firefox build with the e2e seam (`wxt build -b firefox --mode e2e`). */
export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'cover-letter-studio@example.org';
/** Fixed so the spec knows the extension's address (Firefox picks a random one per install). */
const EXTENSION_UUID = '0b8f2f2e-5d7e-4f5c-9a51-4c1f0f6c1e11';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** The panel page, opened by the e2e build's background when it starts. */
  panel: Page;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi (Playwright's Firefox needs its own patched
 * build, which cannot be downloaded here). BiDi may not navigate to extension pages, so the e2e
 * build opens the panel page itself and the spec attaches to it.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: apt-get install firefox-esr (.ci/run does).`);
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npm run test:e2e".`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const deadline = Date.now() + 20_000;
    let panel: Page | undefined;
    while (!panel && Date.now() < deadline) {
      for (const page of await browser.pages()) {
        // BiDi reports extension pages as about:blank: ask the page itself.
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${FIREFOX_EXTENSION_ORIGIN}/sidepanel.html`)) panel = page;
      }
      if (!panel) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (!panel) throw new Error('The extension did not open its panel page in Firefox.');
    return { browser, panel, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** A control by role and accessible name, as a user (or a screen reader) finds it. */
export function byRole(page: Page, role: string, name: string) {
  return page.locator(`::-p-aria([name="${name}"][role="${role}"])`);
}
