/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './server-process.js';
import { findRawIdentifiers } from '../../domain/text/raw-identifiers.js';
import zhCN from '../../web/src/locales/zh-CN.json' with { type: 'json' };

export const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * One-word enum keys (stages, size classes, origins) that no Chinese page may show. Kinds of organization
 * are left out: `enterprise` is also a demo account's user name, which the users page rightly shows.
 */
const ENUM_KEYS = new Set(
  [zhCN.stage, zhCN.enterpriseSize, zhCN.origin]
    .flatMap((section) => Object.keys(section))
    .filter((k) => /^[a-z]+$/.test(k)),
);

/**
 * Fails when the page shows an internal identifier (snake_case, camelCase, an error code, or on a
 * Chinese page an enum key): every journey's screenshots pass through here, so every page they show is scanned.
 * Values that are a person's data (user names, a temporary password, marked `data-user-text`) are not our
 * identifiers and are left out.
 */
export async function expectNoRawIdentifiers(page: Page, where: string): Promise<void> {
  const { text, lang } = await page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what a person reads (textContent has hidden nodes too)
    const visible = document.body.innerText;
    const data = Array.from(document.querySelectorAll<HTMLElement>('[data-user-text]')).map(
      // biome-ignore lint/performance/useDomNodeTextContent: the same visible text, to take out of the page's
      (el) => el.innerText,
    );
    return { text: data.reduce((all, d) => all.split(d).join(' '), visible), lang: document.documentElement.lang };
  });
  const raw = findRawIdentifiers(text, lang === 'zh-CN' ? { knownKeys: ENUM_KEYS } : {});
  if (raw.length > 0) throw new Error(`${where}: internal identifiers on the page: ${raw.join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  await expectNoRawIdentifiers(page, `screenshot ${name}`);
}

export async function signIn(page: Page, baseUrl: string, username: string, password = 'Demo@2026'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-role').waitFor();
}

/**
 * Picks `text` in the antd Select `testId`. Under load the select may still be disabled from
 * the render before (a dependent select), and a click on a disabled select opens nothing, so
 * this waits until it is enabled and clicks again until its dropdown shows the option.
 */
export async function pickOption(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const enabled = await select.evaluate((el) => {
      const root = el.closest('.ant-select') ?? el;
      return !root.classList.contains('ant-select-disabled');
    });
    if (enabled) {
      await select.click();
      if (
        await option.waitFor({ timeout: 3_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
      await page.keyboard.press('Escape');
    }
    if (Date.now() > deadline) throw new Error(`option "${text}" never appeared in select ${testId}`);
    await page.waitForTimeout(200);
  }
  await option.click();
}
