import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import {
  type ExtensionBrowser,
  type PageServer,
  launchExtensionBrowser,
  openArticleTab,
  openPopup,
  startPageServer,
} from '../../scripts/lib/e2e-browser';
import { PopupPage } from './popup-page';

// The everyday features in real Chromium: highlight in page, options that change the copy, the
// Vietnamese UI from the browser's language, and briefing a selection (button and context-menu note).

// A page that is no article, with a paragraph worth selecting.
const FORUM = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Diễn đàn - Chủ đề mới</title></head>
<body>
<nav><a href="/">Trang chủ</a> <a href="/f">Diễn đàn</a></nav>
<ul><li><a href="/t1">Hỏi về thủ tục</a></li><li><a href="/t2">Chia sẻ kinh nghiệm</a></li></ul>
<blockquote id="quoted">
<p>Chiều 12/3, đồng chí Thái Thanh Quý - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.</p>
<p>Đồng chí yêu cầu các sở, ngành phải hoàn thành 1.250 hồ sơ trong tháng 4.</p>
</blockquote>
<footer>© Diễn đàn mẫu</footer>
</body></html>`;

interface IsolatedChrome {
  scripting: { executeScript(injection: object): Promise<Array<{ result?: unknown }>> };
  storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> }; session: { set(items: object): Promise<void> } };
}

/** Reads the evidence highlight from the extension's own (isolated) world, where it was made. */
async function readHighlight(worker: Worker, tabId: number): Promise<{ text: string; scrollY: number } | null> {
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: IsolatedChrome };
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('newsbrief-evidence');
        const range = highlight ? [...highlight][0] : null;
        return range ? { text: range.toString(), scrollY: window.scrollY } : null;
      },
    });
    return (result?.result ?? null) as { text: string; scrollY: number } | null;
  }, tabId);
}

async function readClipboard(page: Page): Promise<{ text: string; html: string | null }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = item ? await (await item.getType('text/plain')).text() : '';
    const html = item && item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
    return { text, html };
  });
}

describe('everyday features in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ args: ['--lang=en-US', '--accept-lang=en-US'], env: { LANGUAGE: 'en' } });
    server = await startPageServer({ '/forum/': FORUM });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('clicking an official scrolls the page to its sentence and highlights it', async () => {
    const { tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const popup = new PopupPage(await openPopup(browser, tabId));
    expect(await popup.waitForOutcome()).toBe('brief');
    expect(await readHighlight(browser.serviceWorker, tabId)).toBeNull();

    // The third official's sentence sits below the fold of the saved page.
    const item = popup.page.locator('[data-section="officials"] .item-jump').nth(2);
    await item.click();
    await expect.poll(() => popup.page.locator('main [role="status"]').last().textContent()).toBe('Sentence highlighted in the page.');
    const highlight = await readHighlight(browser.serviceWorker, tabId);
    expect(highlight?.text.replace(/\s+/g, ' ')).toMatch(/^Tại điểm cầu Tỉnh ủy Nghệ An, các đồng chí: Thái Thanh Quý .* đồng chủ trì\.$/);
    // Smooth scrolling can take over a second on a loaded machine; the mark itself lives 4 s.
    await expect.poll(async () => (await readHighlight(browser.serviceWorker, tabId))?.scrollY ?? 0, { timeout: 3500 }).toBeGreaterThan(200);

    // The figure's Source button shows the sentence in the popup and in the page.
    await popup.page.locator('[data-section="figures"] .item').filter({ hasText: /^\s*7\.893\b/ }).locator('.source-toggle').click();
    await expect.poll(async () => (await readHighlight(browser.serviceWorker, tabId))?.text.replace(/\s+/g, ' ') ?? '').toContain('với 7.893 chi bộ');
    // Gone after a few seconds: the mark is brief.
    await expect.poll(() => readHighlight(browser.serviceWorker, tabId), { timeout: 8000 }).toBeNull();
  });

  it('the options change what Copy puts on the clipboard; per-section and JSON copies too', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel(/^Plain text/).check();
    await options.getByRole('checkbox', { name: 'Officials' }).uncheck();
    await options.getByRole('combobox', { name: 'Items per section' }).selectOption('3');
    await expect.poll(() => options.locator('[role="status"]').textContent()).toBe('Saved.');

    const { tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const page = await openPopup(browser, tabId);
    const popup = new PopupPage(page);
    expect(await popup.waitForOutcome()).toBe('brief');
    expect(await page.locator('[data-section="officials"]').count()).toBe(0);
    expect(await popup.heading('figures')).toMatch(/^Figures \(3 of \d+\)$/);

    await page.getByRole('button', { name: 'Copy the brief to the clipboard' }).click();
    await expect.poll(() => popup.liveAnnouncement()).toBe('Brief copied to the clipboard.');
    const all = await readClipboard(page);
    expect(all.html).toBeNull(); // plain text: nothing for an editor to format
    expect(all.text).toMatch(/\n\nFIGURES \(3 OF \d+\)\n(• .+\n){3}\nDIRECTIVES \(3 OF \d+\)\n(• .+\n){3}\n/);
    expect(all.text).not.toMatch(/OFFICIALS|\*\*|^#/m);

    await page.getByRole('button', { name: 'Copy the Directives section' }).click();
    await expect.poll(async () => (await readClipboard(page)).text).toMatch(/^DIRECTIVES \(3 OF \d+\)\n(• .+ — Phạm Minh Chính\n){3}$/);

    await page.getByRole('button', { name: 'Copy the brief as JSON' }).click();
    await expect.poll(async () => (await readClipboard(page)).text.startsWith('{')).toBe(true);
    const json = JSON.parse((await readClipboard(page)).text) as { officials: Array<{ name: string; evidence: string }> };
    expect(json.officials.map((o) => o.name)).toContain('Phạm Minh Chính'); // JSON is the whole brief

    // Rich text keeps bold names and lists; the plain flavour beside it has no Markdown marks.
    await options.bringToFront();
    await options.getByLabel(/^Rich text/).check();
    await options.getByRole('checkbox', { name: 'Officials' }).check();
    await expect.poll(() => options.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<unknown> } } } }).chrome.storage.sync.get('settings'))).toMatchObject({ settings: { copyFormat: 'html' } });
    await page.reload();
    expect(await popup.waitForOutcome()).toBe('brief');
    await page.getByRole('button', { name: 'Copy the brief to the clipboard' }).click();
    await expect.poll(async () => (await readClipboard(page)).html ?? '').toMatch(/<h2>Officials \(3 of \d+\)<\/h2>\n<ul><li><strong>Phạm Minh Chính<\/strong>/);
    expect((await readClipboard(page)).text).toMatch(/\nOFFICIALS \(3 OF \d+\)\n• Phạm Minh Chính — /);
    await options.evaluate(() => (globalThis as unknown as { chrome: IsolatedChrome }).chrome.storage.sync.clear());
    await options.close();
  });

  it('a non-article page offers "Summarize selected text", which briefs the selection', async () => {
    const { page: tab, tabId } = await openArticleTab(browser, `${server.origin}/forum/`);
    const page = await openPopup(browser, tabId);
    const popup = new PopupPage(page);
    expect(await popup.waitForOutcome()).toBe('error');
    expect(await popup.errorText()).toBe("This page doesn't look like an article.");

    // Nothing selected yet: said plainly, and the button stays on offer.
    await page.getByRole('button', { name: 'Summarize selected text' }).click();
    await expect.poll(() => page.locator('.error').getAttribute('data-error-code')).toBe('no-selection');

    await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('quoted')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.getByRole('button', { name: 'Summarize selected text' }).click();
    await page.locator('article.brief').waitFor({ timeout: 30_000 });
    const officials = await popup.itemLines('officials');
    expect(officials[0]).toMatch(/^Thái Thanh Quý — .*Bí thư Tỉnh ủy/);
    expect((await popup.itemLines('figures')).some((line) => line.startsWith('1.250'))).toBe(true);
    expect((await popup.itemLines('directives')).length).toBeGreaterThan(0);
  });

  it('the context-menu note opens the popup on the brief of the selection', async () => {
    const { page: tab, tabId } = await openArticleTab(browser, `${server.origin}/forum/`);
    await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#quoted p:last-child')!);
      getSelection()?.addRange(range);
    });
    // What the menu's click handler leaves before it opens the popup (a test cannot open a context menu).
    await browser.serviceWorker.evaluate(
      (id) => (globalThis as unknown as { chrome: IsolatedChrome }).chrome.storage.session.set({ pendingSelection: { tabId: id, at: Date.now() } }),
      tabId,
    );
    const popup = new PopupPage(await openPopup(browser, tabId));
    expect(await popup.waitForOutcome()).toBe('brief');
    expect(await popup.page.locator('.brief-title').textContent()).toBe('Diễn đàn - Chủ đề mới');
    expect((await popup.itemLines('figures'))[0]).toMatch(/^1\.250\b/);
  });
});

describe('Vietnamese browser', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ args: ['--lang=vi', '--accept-lang=vi'], env: { LANGUAGE: 'vi' } });
    server = await startPageServer();
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('shows the popup in Vietnamese, every string', async () => {
    const { tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const page = await openPopup(browser, tabId);
    const popup = new PopupPage(page);
    expect(await popup.waitForOutcome()).toBe('brief');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await popup.heading('officials')).toBe('Cán bộ, lãnh đạo (4)');
    expect(await popup.heading('figures')).toBe('Số liệu (6)');
    expect(await popup.heading('directives')).toBe('Chỉ đạo (5)');
    expect(await page.locator('.toolbar .copy-button').first().textContent()).toBe('Sao chép');
    expect(await page.locator('.source-toggle').first().textContent()).toBe('Nguồn');
    expect(await page.locator('.footer').textContent()).toMatch(/^Phím tắt: .+Tùy chọn$/);
    // No English UI word anywhere outside the page's own text.
    const chrome = await page.locator('.toolbar, h2, .source-toggle, .footer, .section-empty').allTextContents();
    expect(chrome.join(' ')).not.toMatch(/\b(Copy|Officials|Figures|Directives|Documents|Source|Shortcut|Options|None found)\b/);
  });
});
