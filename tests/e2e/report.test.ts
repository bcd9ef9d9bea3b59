import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatReportHtml, formatReportMarkdown } from '../../lib/report/export-text';
import { formatReportDate, isoDateOf, outlineReport } from '../../lib/report/outline';
import { parseReport } from '../../lib/report/store';
import { reportUi } from '../../lib/report/strings';
import { DEFAULT_SETTINGS } from '../../lib/storage/settings';
import { reportKeyOf } from '../../lib/storage/storage-keys';
import { readDocx } from '../unit/report/docx-xml';
import { type ExtensionBrowser, type PageServer, launchExtensionBrowser, openArticleTab, openPopup, startPageServer } from '../../scripts/lib/e2e-browser';

// The day's report in Chromium: three real pages briefed and added from the popup, the report
// page reordered and annotated, exported to Word (unzipped and read back) and copied; then two
// popups adding at the same moment, and a damaged record shown rather than dropped.

const PAGES = [
  ['baonghean-seed', 'Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021'],
  ['vnexpress-1', 'Ông Hồ Đức Phớc: Sẽ nâng mức giảm trừ gia cảnh tính thuế cá nhân khi sửa luật'],
  ['vnexpress-2', 'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non'],
] as const;

interface ChromeStorage {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
}

async function briefAndAdd(browser: ExtensionBrowser, url: string): Promise<Page> {
  const { tabId } = await openArticleTab(browser, url);
  const popup = await openPopup(browser, tabId);
  await popup.locator('article.brief').waitFor({ timeout: 30_000 });
  return popup;
}

async function press(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: /^Add to report/ }).click();
  await popup.locator('.add-to-report [role="status"]', { hasText: 'Added to the report.' }).waitFor();
}

async function articleTitles(report: Page): Promise<string[]> {
  return (await report.locator('.report-article .brief-title').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim());
}

function readStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.get(null));
}

describe('the day report in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let report: Page;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    server = await startPageServer();
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('gathers three briefed pages, counting them on the button and the toolbar badge', async () => {
    let last: Page | null = null;
    for (const [i, [slug]] of PAGES.entries()) {
      const popup = await briefAndAdd(browser, server.urlOf(slug));
      await press(popup);
      await expect.poll(() => popup.locator('.report-count').textContent()).toBe(String(i + 1));
      // Adding the same address again updates it rather than adding a second copy.
      await expect(popup.getByRole('button', { name: /^Update in report/ }).count()).resolves.toBe(1);
      if (i < PAGES.length - 1) await popup.close();
      else last = popup;
    }
    await expect
      .poll(() => browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeStorage }).chrome.action.getBadgeText({})))
      .toBe('3');

    // Open report opens report.html in a tab of its own.
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), last!.getByRole('button', { name: 'Open report' }).click()]);
    await opened.waitForURL(`chrome-extension://${browser.extensionId}/report.html`);
    await last!.close();
    report = opened;
    await report.setViewportSize({ width: 1000, height: 900 });
    await report.locator('.report-article').nth(2).waitFor();
    expect(await articleTitles(report)).toEqual(PAGES.map(([, title]) => title));
    const today = formatReportDate(isoDateOf(Date.now()), 'en');
    await expect(report.getByRole('textbox', { name: 'Report title' }).inputValue()).resolves.toBe(`Daily brief — ${today}`);
    // Each official once across articles, with the articles that name them.
    const across = (await report.locator('[data-across="officials"] .item-line').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(across.filter((line) => line.startsWith('Phạm Minh Chính —'))).toHaveLength(1);
    expect(across.some((line) => line.startsWith('Hồ Đức Phớc — Bộ trưởng Tài chính'))).toBe(true);
    expect(across.some((line) => line.startsWith('Cao Thị Hồng —'))).toBe(true);
    // Three cold briefs on a shared 2-core machine: more than the suite's 60 s default allows for.
  }, 150_000);

  it('reorders by keyboard and by drag, and keeps a note', async () => {
    // Keyboard: Alt+↑ on the third article's handle makes it second, and the handle keeps the focus.
    await report.locator('.report-article').nth(2).locator('.drag-handle').focus();
    await report.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => articleTitles(report)).toEqual([PAGES[0][1], PAGES[2][1], PAGES[1][1]]);
    await expect.poll(() => report.evaluate(() => document.activeElement?.closest('.report-article')?.querySelector('.brief-title')?.textContent)).toContain(PAGES[2][1]);
    await report.getByRole('button', { name: `Move down: “${PAGES[2][1]}”` }).click();
    await expect.poll(() => articleTitles(report)).toEqual([PAGES[0][1], PAGES[1][1], PAGES[2][1]]);

    // Drag: the first article dropped on the third. A window tall enough to show both, because
    // Playwright's dragTo scrolls to the target mid-drag and Chromium then drops no drag at all.
    await report.setViewportSize({ width: 1000, height: 8000 });
    await report.locator('.report-article').nth(0).locator('.drag-handle').dragTo(report.locator('.report-article').nth(2));
    await report.setViewportSize({ width: 1000, height: 900 });
    await expect.poll(() => articleTitles(report)).toEqual([PAGES[1][1], PAGES[2][1], PAGES[0][1]]);

    const note = report.getByRole('textbox', { name: `Your note on “${PAGES[2][1]}”` });
    await note.fill('Chuyển Sở Y tế <theo dõi> & báo cáo');
    await note.blur();
    await expect
      .poll(async () => ((await readStorage(report))[reportKeyOf(server.urlOf(PAGES[2][0]))] as { note?: string } | undefined)?.note)
      .toBe('Chuyển Sở Y tế <theo dõi> & báo cáo');
    await report.reload();
    await expect(report.getByRole('textbox', { name: `Your note on “${PAGES[2][1]}”` }).inputValue()).resolves.toBe('Chuyển Sở Y tế <theo dõi> & báo cáo');
    expect(await articleTitles(report)).toEqual([PAGES[1][1], PAGES[2][1], PAGES[0][1]]);
  });

  it('exports a Word file with the titles, officials and notes in order', async () => {
    const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Word (.docx)' }).click()]);
    const today = formatReportDate(isoDateOf(Date.now()), 'en');
    expect(download.suggestedFilename()).toBe(`Daily brief — ${today}.docx`);
    const { paragraphs } = readDocx(new Uint8Array(readFileSync(await download.path())));
    const texts = paragraphs.map((p) => p.text);
    const headings = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(paragraphs[0]).toMatchObject({ style: 'Title', text: `Daily brief — ${today}` });
    expect(headings.slice(0, 3)).toEqual([`1. ${PAGES[1][1]}`, `2. ${PAGES[2][1]}`, `3. ${PAGES[0][1]}`]);
    const noteAt = texts.indexOf('Note: Chuyển Sở Y tế <theo dõi> & báo cáo');
    expect(noteAt).toBeGreaterThan(texts.indexOf(`2. ${PAGES[2][1]}`));
    expect(noteAt).toBeLessThan(texts.indexOf(`3. ${PAGES[0][1]}`));
    const acrossAt = texts.indexOf('Across articles');
    expect(acrossAt).toBeGreaterThan(noteAt);
    const officials = paragraphs.slice(acrossAt).filter((p) => p.listItem && / · \d articles?:/.test(p.text));
    expect(officials.map((p) => p.text.split(' — ')[0])).toEqual(
      expect.arrayContaining(['Hồ Đức Phớc', 'Cao Thị Hồng', 'Phạm Minh Chính', 'Nguyễn Thanh Bình']),
    );
    const pm = officials.find((p) => p.text.startsWith('Phạm Minh Chính — '));
    expect(pm?.links[0]).toContain(`${server.urlOf('baonghean-seed')}#:~:text=`);
  });

  it('copies the report as Markdown and HTML, as the formatters make it from storage', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await report.bringToFront();
    await report.getByRole('button', { name: 'Copy the report to the clipboard' }).click();
    await report.getByRole('button', { name: 'Copy the report to the clipboard' }).filter({ hasText: 'Copied' }).waitFor();
    const clipboard = await report.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { text: await navigator.clipboard.readText(), html: item ? await (await item.getType('text/html')).text() : null };
    });
    const stored = parseReport(await readStorage(report));
    const outline = outlineReport(stored.entries.map((e) => e.entry), stored.meta, reportUi, DEFAULT_SETTINGS, Date.now());
    expect(clipboard.text).toBe(formatReportMarkdown(outline, reportUi));
    expect(clipboard.text).toContain('**Note:** Chuyển Sở Y tế \\<theo dõi\\> & báo cáo');
    expect(clipboard.html).toContain(formatReportHtml(outline, reportUi));
    expect(clipboard.html).toContain('Chuyển Sở Y tế &lt;theo dõi&gt; &amp; báo cáo');
  });

  it('keeps both articles added from two popups at the same moment', async () => {
    const [first, second] = await Promise.all([briefAndAdd(browser, server.urlOf('whitehouse-1')), briefAndAdd(browser, server.urlOf('apnews-1'))]);
    await Promise.all([press(first!), press(second!)]);
    await expect.poll(() => report.locator('.report-article').count()).toBe(5);
    const titles = await articleTitles(report);
    expect(titles).toContain('Weekly Address: Tuition-Free Community College');
    expect(titles.slice(0, 3)).toEqual([PAGES[1][1], PAGES[2][1], PAGES[0][1]]);
    await expect.poll(() => first!.locator('.report-count').textContent()).toBe('5');
  });

  it('shows a record that no longer parses as unreadable, with its address, and removes it on request', async () => {
    await report.evaluate(
      (key) => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.set({ [key]: { v: 0, title: 'an older format' } }),
      reportKeyOf('https://old.example.vn/bai-cu'),
    );
    const record = report.locator('.unreadable');
    await record.waitFor();
    await expect(record.textContent()).resolves.toContain('This record could not be read: https://old.example.vn/bai-cu');
    expect(await report.locator('.report-article').count()).toBe(5);
    await record.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => report.locator('.unreadable').count()).toBe(0);

    // Clear all, then Undo puts every article back.
    await report.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => report.locator('.report-article').count()).toBe(0);
    await report.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => report.locator('.report-article').count()).toBe(5);
  });
});
