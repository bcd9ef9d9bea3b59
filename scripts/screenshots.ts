import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
} from './lib/e2e-browser';

// Makes the screenshots under docs/ from the e2e build (`npm run build:e2e` first), in Debian's
// Chromium: the popup on the seed article in light and dark, in the English and the Vietnamese
// UI; the side panel beside the article, one item's sentence marked in the page (headless
// Chromium draws no browser frame, so the panel shot is the article tab and the panel's page, at
// the side panel's width, put side by side as Chrome lays them out); then the report page (three
// articles, Vietnamese UI) as docs/report.png, and its Word export turned into
// docs/report-docx.png by LibreOffice and pdftoppm when they are installed (Debian's
// libreoffice-writer and poppler-utils; not needed in CI).
// Run: npx tsx scripts/screenshots.ts [out-dir [prefix]]   (prefix "report": the report's images alone)

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

const REPORT_PAGES = ['baonghean-seed', 'vnexpress-1', 'vnexpress-2'];
const REPORT_NOTE = 'Đề nghị Ban Tổ chức theo dõi, báo cáo kết quả triển khai trước ngày 15.';

/** Renders the exported .docx's first page as a PNG with LibreOffice and pdftoppm; says so and skips when either is missing. */
function renderDocx(docx: string, png: string): void {
  const work = mkdtempSync(join(tmpdir(), 'newsbrief-docx-'));
  const input = join(work, 'report.docx');
  copyFileSync(docx, input);
  const office = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, input], { encoding: 'utf8' });
  const pdf = join(work, 'report.pdf');
  if (office.status !== 0 || !existsSync(pdf)) {
    console.log(`skipped ${png}: LibreOffice (soffice) could not convert the .docx ${office.error?.message ?? office.stderr}`);
    return;
  }
  const stem = join(work, 'page');
  const poppler = spawnSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, stem], { encoding: 'utf8' });
  if (poppler.status !== 0) {
    console.log(`skipped ${png}: pdftoppm failed ${poppler.error?.message ?? poppler.stderr}`);
    return;
  }
  renameSync(`${stem}.png`, png);
  console.log(`wrote ${png}`);
}

async function takeReportShots(outDir: string): Promise<void> {
  const browser = await launchExtensionBrowser(VI);
  const server = await startPageServer();
  try {
    for (const slug of REPORT_PAGES) {
      const { tabId } = await openArticleTab(browser, server.urlOf(slug));
      const popup = await openPopup(browser, tabId);
      await popup.locator('article.brief').waitFor({ timeout: 30_000 });
      await popup.locator('.report-button').click();
      await popup.locator('.add-to-report [role="status"]:not(:empty)').waitFor();
      await popup.close();
    }
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 1500 });
    await page.goto(`chrome-extension://${browser.extensionId}/report.html`);
    await page.locator('.report-article').nth(REPORT_PAGES.length - 1).waitFor();
    const note = page.locator('.note-input').first();
    await note.fill(REPORT_NOTE);
    await note.blur();
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, 'report.png'), scale: 'device' });
    console.log(`wrote ${join(outDir, 'report.png')}`);
    // The whole page is laid out, not scrolled, so the sticky header stays at the top, out of the clip.
    const across = (await page.locator('.across').boundingBox())!;
    const clip = { x: across.x - 20, y: across.y - 10, width: across.width + 40, height: Math.min(across.height + 20, 1400) };
    await page.screenshot({ path: join(outDir, 'report-across.png'), fullPage: true, clip, scale: 'device' });
    console.log(`wrote ${join(outDir, 'report-across.png')}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-bar .action-button').click()]);
    renderDocx(await download.path(), join(outDir, 'report-docx.png'));
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
if (!only || 'report'.startsWith(only) || only.startsWith('report')) await takeReportShots(outDir);
