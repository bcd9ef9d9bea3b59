import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ExtensionBrowser,
  type LaunchOptions,
  PANEL_WIDTH,
  launchExtensionBrowser,
  openArticleTab,
  openPanelPage,
  openPopup,
  startPageServer,
} from '../tests/e2e/fixtures';

// Makes the screenshots under docs/ from the e2e build (`npm run build:e2e` first), in Debian's
// Chromium: the popup on the seed article in light and dark, in the English and the Vietnamese
// UI; and the side panel beside the article, one item's sentence marked in the page. Headless
// Chromium draws no browser frame, so the panel shot is the article tab and the panel's page
// (at the side panel's width) put side by side, as Chrome lays them out.
// Run: npx tsx scripts/screenshots.ts

interface Shot {
  file: string;
  launch: LaunchOptions;
  /** Opens one item's evidence, to show what Source does. */
  openSource?: boolean;
}

const EN: LaunchOptions = { args: ['--lang=en-US', '--accept-lang=en-US'] };
const VI: LaunchOptions = { args: ['--lang=vi', '--accept-lang=vi'] };

const SHOTS: Shot[] = [
  { file: 'popup-seed.png', launch: EN },
  { file: 'popup-en.png', launch: EN, openSource: true },
  { file: 'popup-dark.png', launch: { ...EN, colorScheme: 'dark' } },
  { file: 'popup-vi.png', launch: VI, openSource: true },
];

const PANEL_SHOTS: Shot[] = [
  { file: 'panel-vi.png', launch: VI },
  { file: 'panel-en.png', launch: EN },
];

const DOCS = join(import.meta.dirname, '..', 'docs');
const PAGE_WIDTH = 960;
const HEIGHT = 720;

async function takeShot(shot: Shot, outDir: string): Promise<void> {
  const browser = await launchExtensionBrowser(shot.launch);
  const server = await startPageServer();
  try {
    const { tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const page = await openPopup(browser, tabId);
    await page.locator('article.brief').waitFor({ timeout: 30_000 });
    // The footer's shortcut is filled in just after the brief.
    await page.locator('.footer .shortcut:not(:empty)').waitFor({ timeout: 5_000 });
    if (shot.openSource) await page.locator('[data-section="officials"] .source-toggle').first().click();
    await page.locator('body').evaluate((body) => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(outDir, shot.file), fullPage: true, scale: 'device' });
    console.log(`wrote ${join(outDir, shot.file)}`);
  } finally {
    await browser.context.close();
    await server.close();
  }
}

/** Puts two screenshots side by side, as one image, with the browser's rule between them. */
async function composeSideBySide(browser: ExtensionBrowser, left: Buffer, right: Buffer, path: string): Promise<void> {
  const sheet = await browser.context.newPage();
  try {
    await sheet.setViewportSize({ width: PAGE_WIDTH + 1 + PANEL_WIDTH, height: HEIGHT });
    const img = (png: Buffer, width: number) => `<img src="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${HEIGHT}">`;
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#888">${img(left, PAGE_WIDTH)}<div style="width:1px;background:#9aa0a6"></div>${img(right, PANEL_WIDTH)}</body>`,
    );
    await sheet.screenshot({ path, scale: 'css' });
  } finally {
    await sheet.close();
  }
}

async function takePanelShot(shot: Shot, outDir: string): Promise<void> {
  const browser = await launchExtensionBrowser(shot.launch);
  const server = await startPageServer();
  try {
    const { page: tab, tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    await tab.setViewportSize({ width: PAGE_WIDTH, height: HEIGHT });
    const panel = await openPanelPage(browser, tabId);
    await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
    await panel.locator('article.brief').waitFor({ timeout: 30_000 });
    await panel.locator('.footer .shortcut:not(:empty)').waitFor({ timeout: 5_000 });
    // The third official: its sentence is below the fold of the article, so the page scrolls to it.
    await panel.locator('[data-section="officials"] .item-jump').nth(2).click();
    await panel.locator('.step-bar').waitFor();
    await panel.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.mouse.move(PANEL_WIDTH - 1, HEIGHT - 1); // no hover underline on the item the bar pushed under the pointer
    await tab.bringToFront();
    await tab.waitForFunction(() => document.getElementById('newsbrief-evidence-style') !== null);
    await tab.waitForTimeout(1_500); // the smooth scroll settles
    const left = await tab.screenshot({ scale: 'css' });
    await panel.bringToFront();
    const right = await panel.screenshot({ scale: 'css' });
    await composeSideBySide(browser, left, right, join(outDir, shot.file));
    console.log(`wrote ${join(outDir, shot.file)}`);
  } finally {
    await browser.context.close();
    await server.close();
  }
}

const outDir = process.argv[2] ?? DOCS;
const only = process.argv[3]; // e.g. "panel": only the files whose name starts with it
mkdirSync(outDir, { recursive: true });
for (const shot of SHOTS) if (!only || shot.file.startsWith(only)) await takeShot(shot, outDir);
for (const shot of PANEL_SHOTS) if (!only || shot.file.startsWith(only)) await takePanelShot(shot, outDir);
