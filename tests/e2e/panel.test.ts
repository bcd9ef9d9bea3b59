import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBrief } from '../../lib/format';
import { BriefReply } from '../../lib/protocol/messages';
import {
  COUNT_MESSAGES,
  type ChromeApi,
  type ExtensionBrowser,
  type PageServer,
  launchExtensionBrowser,
  openArticleTab,
  openPanelPage,
  openPopup,
  startPageServer,
} from '../../scripts/lib/e2e-browser';
import { PopupPage } from './popup-page';

// The side panel (issue 13) in real Chromium.
//
// What headless Chromium allows: the real `chrome.sidePanel.open({ tabId })`, called inside a
// Playwright click on the popup's "Open in side panel", opens the real side panel (a SIDE_PANEL
// context, 360 px wide); its document is reached through `chrome.extension.getViews()` from
// another extension page, since Playwright does not list it among the context's pages. What it
// does not: a toolbar click or a keyboard command (the gestures that grant activeTab) cannot be
// sent to headless Chromium (CDP's Extensions.triggerAction closes the browser in Chromium 156), so
// the activeTab grant itself is not tested here; the e2e build reads 127.0.0.1 by host permission.
// Real clicks, the clipboard and tab switches need a Playwright page, so most of the panel is
// tested as its page opened in a tab aimed at the article (`sidepanel.html?tabId=N`), the way the
// popup tests open the popup.

// No article, and a paragraph worth selecting.
const FORUM = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Diễn đàn - Chủ đề mới</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/f">Diễn đàn</a></nav>
<ul><li><a href="/t1">Hỏi về thủ tục</a></li><li><a href="/t2">Chia sẻ kinh nghiệm</a></li></ul>
<blockquote id="quoted"><p>Đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy yêu cầu các sở, ngành phải hoàn thành 1.250 hồ sơ trong tháng 4.</p></blockquote>
</body></html>`;

interface IsolatedChrome {
  scripting: { executeScript(injection: object): Promise<Array<{ result?: unknown }>> };
  runtime: { getContexts(filter: object): Promise<Array<{ contextType: string; documentUrl?: string }>> };
}

/** Reads the evidence highlight in the tab from the extension's isolated world, where it was made. */
async function readHighlight(extensionPage: Page, tabId: number): Promise<string | null> {
  return extensionPage.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: IsolatedChrome };
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('newsbrief-evidence');
        const range = highlight ? [...highlight][0] : null;
        return range ? range.toString().replace(/\s+/g, ' ') : null;
      },
    });
    return (result?.result ?? null) as string | null;
  }, tabId);
}

// Each test opens its own tab: a distinct address, so a tab left open by an earlier test is not found instead.
let opened = 0;
const uniqueUrl = (url: string) => `${url}?case=${++opened}`;

const messagesSent = (page: Page) => page.evaluate(() => (window as { __messagesSent?: number }).__messagesSent);

describe('side panel in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let helper: Page;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ args: ['--lang=en-US', '--accept-lang=en-US'], env: { LANGUAGE: 'en' } });
    server = await startPageServer({ '/forum/': FORUM });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // An extension page to ask the browser from: the worker's handle dies when Chrome stops it.
    helper = await browser.context.newPage();
    await helper.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('"Open in side panel" in the popup opens the real side panel on the brief of the tab', async () => {
    const { page: tab, tabId } = await openArticleTab(browser, uniqueUrl(server.urlOf('baonghean-seed')));
    const popup = new PopupPage(await openPopup(browser, tabId));
    expect(await popup.waitForOutcome()).toBe('brief');
    const title = await popup.page.locator('.brief-title').textContent();
    await popup.page.getByRole('button', { name: 'Open in side panel' }).click();

    const panelContexts = () =>
      helper.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: IsolatedChrome };
        return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl);
      });
    await expect.poll(panelContexts, { timeout: 10_000 }).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
    // The popup closes itself once the panel is open: the brief has moved.
    await expect.poll(() => popup.page.isClosed(), { timeout: 5_000 }).toBe(true);

    // The real panel's document, through the extension's own view list.
    const inPanel = <T,>(work: string) =>
      helper.evaluate((code) => {
        const view = (globalThis as unknown as { chrome: { extension: { getViews(): Window[] } } }).chrome.extension
          .getViews()
          .find((w) => w.location.pathname === '/sidepanel.html');
        if (!view) return null;
        return new Function('doc', 'win', code)(view.document, view) as T;
      }, work);
    await expect.poll(() => inPanel<string | null>("return doc.querySelector('.brief-title')?.textContent ?? null"), { timeout: 15_000 }).toBe(title);
    expect(await inPanel<number>('return win.innerWidth')).toBeLessThan(500);

    // The real panel follows the window's active tab: another tab gets the line, coming back the brief.
    const { page: other } = await openArticleTab(browser, uniqueUrl(server.urlOf('whitehouse-1')));
    await other.bringToFront();
    await expect.poll(() => inPanel<string | null>("return doc.querySelector('.panel-idle')?.textContent ?? null")).toBe(
      'Click the NewsBrief icon or press Ctrl+Shift+Y to brief this page.',
    );
    await tab.bringToFront();
    await expect.poll(() => inPanel<string | null>("return doc.querySelector('.brief-title')?.textContent ?? null")).toBe(title);
    await other.close();

    // An item clicked in the real panel marks its sentence in the page; the panel stays.
    await inPanel("doc.querySelectorAll('[data-section=\"officials\"] .item-jump')[2].click()");
    await expect.poll(() => readHighlight(helper, tabId)).toMatch(/^Tại điểm cầu Tỉnh ủy Nghệ An, các đồng chí: Thái Thanh Quý/);
    expect(await panelContexts()).toHaveLength(1);
    expect(await inPanel<string>("return doc.querySelector('.step-position')?.textContent ?? ''")).toBe('Officials: 3 of 4');

    // Closing the real panel removes the mark from the page (sidePanel.onClosed, in the background).
    await inPanel('win.close()');
    await expect.poll(panelContexts, { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => readHighlight(helper, tabId), { timeout: 10_000 }).toBeNull();
    await tab.close();
  });

  it('clicking items marks their sentence while the panel stays; Next/Previous follow; Esc clears; closing clears', async () => {
    const { page: tab, tabId } = await openArticleTab(browser, uniqueUrl(server.urlOf('baonghean-seed')));
    const page = await openPanelPage(browser, tabId);
    const panel = new PopupPage(page);
    expect(await panel.waitForOutcome()).toBe('brief');
    expect(await readHighlight(helper, tabId)).toBeNull();

    await page.locator('[data-section="officials"] .item-jump').nth(2).click();
    await expect.poll(() => readHighlight(helper, tabId)).toMatch(/^Tại điểm cầu Tỉnh ủy Nghệ An, các đồng chí: Thái Thanh Quý .* đồng chủ trì\.$/);
    await expect(page.locator('.step-position').textContent()).resolves.toBe('Officials: 3 of 4');
    await expect(page.locator('.item-current .item-jump').textContent()).resolves.toMatch(/^Thái Thanh Quý — /);

    // The panel's mark stays (the popup's goes after 4 s): still there past that.
    await page.waitForTimeout(4_500);
    expect(await readHighlight(helper, tabId)).toMatch(/^Tại điểm cầu Tỉnh ủy Nghệ An/);
    expect(await page.locator('article.brief').count()).toBe(1);

    // Next goes to the 4th official, whose sentence the page then shows; Previous comes back.
    await page.getByRole('button', { name: 'Next item in Officials' }).click();
    await expect(page.locator('.step-position').textContent()).resolves.toBe('Officials: 4 of 4');
    await expect.poll(() => readHighlight(helper, tabId)).toMatch(/Lê Đức Cường/);
    await expect(page.getByRole('button', { name: 'Next item in Officials' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Previous item in Officials' }).click();
    await expect.poll(() => readHighlight(helper, tabId)).toMatch(/Thái Thanh Quý/);

    // Esc clears the mark and the bar.
    await page.keyboard.press('Escape');
    await expect.poll(() => readHighlight(helper, tabId)).toBeNull();
    expect(await page.locator('.step-bar').count()).toBe(0);

    // Esc in the page clears the mark too, and the panel stops showing the item as marked.
    await page.locator('[data-section="officials"] .item-jump').nth(1).click();
    await expect.poll(() => readHighlight(helper, tabId)).toMatch(/Nguyễn Thanh Bình/);
    await tab.keyboard.press('Escape');
    await expect.poll(() => readHighlight(helper, tabId)).toBeNull();
    await expect.poll(() => page.locator('.step-bar').count()).toBe(0);

    // A figure's mark, then the panel closes: the mark goes with it (the panel's port to the background closes).
    await page.locator('[data-section="figures"] .item-jump').first().click();
    await expect.poll(() => readHighlight(helper, tabId)).not.toBeNull();
    await page.close();
    await expect.poll(() => readHighlight(helper, tabId), { timeout: 10_000 }).toBeNull();
  });

  it('follows the active tab: another tab shows the line that says how to brief it, coming back shows the brief, navigating drops it', async () => {
    const { page: first, tabId } = await openArticleTab(browser, uniqueUrl(server.urlOf('baonghean-seed')));
    const page = await openPanelPage(browser, tabId, [COUNT_MESSAGES]);
    const panel = new PopupPage(page);
    expect(await panel.waitForOutcome()).toBe('brief');
    const officials = await panel.itemLines('officials');
    expect(await messagesSent(page)).toBe(1);

    await page.locator('[data-section="officials"] .item-jump').first().click();
    await expect.poll(() => readHighlight(helper, tabId)).not.toBeNull();

    const { page: second } = await openArticleTab(browser, uniqueUrl(server.urlOf('whitehouse-1')));
    await second.bringToFront();
    await expect.poll(() => page.locator('.panel-idle').textContent()).toBe('Click the NewsBrief icon or press Ctrl+Shift+Y to brief this page.');
    expect(await page.locator('article.brief').count()).toBe(0);
    // The mark the panel no longer shows goes from the tab it left.
    await expect.poll(() => readHighlight(helper, tabId)).toBeNull();

    await first.bringToFront();
    await page.locator('article.brief').waitFor({ timeout: 5_000 });
    expect(await panel.itemLines('officials')).toEqual(officials);
    expect(await messagesSent(page)).toBe(1); // shown from memory, not asked again

    // The first tab moves to another page: its brief is dropped, never shown against that page.
    await first.goto(server.urlOf('whitehouse-1'), { waitUntil: 'load' });
    await expect.poll(() => page.locator('.panel-idle').count()).toBe(1);
    expect(await page.locator('article.brief').count()).toBe(0);
    await second.bringToFront();
    await first.bringToFront();
    await expect.poll(() => page.locator('.panel-idle').count()).toBe(1);
    expect(await page.locator('article.brief').count()).toBe(0);
    await page.close();
  });

  it('Copy in the panel puts the brief on the clipboard: all, one section, JSON', async () => {
    const { tabId } = await openArticleTab(browser, uniqueUrl(server.urlOf('baonghean-seed')));
    const page = await openPanelPage(browser, tabId);
    const panel = new PopupPage(page);
    expect(await panel.waitForOutcome()).toBe('brief');
    const reply = BriefReply.parse(
      await page.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ type: 'summarize-tab', tabId: id }), tabId),
    );
    if (!reply.ok) throw new Error(reply.error.message);
    const readText = () => page.evaluate(() => navigator.clipboard.readText());

    // At 200% zoom the side panel's 360 px are 180: the brief reflows, nothing scrolls sideways.
    await page.setViewportSize({ width: 180, height: 700 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).resolves.toBe(true);

    await page.bringToFront();
    await panel.copyWithKeyboard();
    await expect.poll(() => panel.liveAnnouncement()).toBe('Brief copied to the clipboard.');
    expect(await readText()).toBe(formatBrief(reply.data.summary, 'markdown'));

    await page.getByRole('button', { name: 'Copy the Figures section' }).click();
    await expect.poll(readText).toMatch(/^## Figures \(6\)\n/);

    await page.getByRole('button', { name: 'Copy the brief as JSON' }).click();
    await expect.poll(async () => (await readText()).startsWith('{')).toBe(true);
    expect(JSON.parse(await readText())).toEqual(JSON.parse(formatBrief(reply.data.summary, 'json')));
    await page.close();
  });

  it('the options choose what the toolbar click opens: no popup set means action.onClicked opens the panel', async () => {
    const popupPath = () =>
      helper.evaluate(() => (globalThis as unknown as { chrome: { action: { getPopup(details: object): Promise<string> } } }).chrome.action.getPopup({}));
    expect(await popupPath()).toBe(`chrome-extension://${browser.extensionId}/popup.html`);
    await helper.getByLabel(/^The side panel/).check();
    await expect.poll(popupPath).toBe('');
    await helper.getByLabel(/^The popup/).check();
    await expect.poll(popupPath).toBe(`chrome-extension://${browser.extensionId}/popup.html`);
  });

  it('says plainly that a page is not an article, and briefs its selection from the panel', async () => {
    const { page: tab, tabId } = await openArticleTab(browser, uniqueUrl(`${server.origin}/forum/`));
    const page = await openPanelPage(browser, tabId);
    const panel = new PopupPage(page);
    expect(await panel.waitForOutcome()).toBe('error');
    expect(await panel.errorText()).toBe("This page doesn't look like an article.");
    await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('quoted')!);
      getSelection()?.addRange(range);
    });
    await page.getByRole('button', { name: 'Summarize selected text' }).click();
    await page.locator('article.brief').waitFor({ timeout: 30_000 });
    expect((await panel.itemLines('figures'))[0]).toMatch(/^1\.250\b/);
    await page.close();
  });

  it('says in one plain sentence that a browser page cannot be read', async () => {
    // Created by the extension: without the "tabs" permission it cannot look a chrome:// tab up by address.
    const tabId = await helper.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<{ id?: number }> } } };
      return (await chrome.tabs.create({ url: 'chrome://version/', active: false })).id ?? -1;
    });
    const page = await openPanelPage(browser, tabId);
    const panel = new PopupPage(page);
    expect(await panel.waitForOutcome()).toBe('error');
    await expect(page.locator('.error').getAttribute('data-error-code')).resolves.toBe('restricted-page');
    expect((await panel.errorText()).length).toBeGreaterThan(20);
    await page.close();
  });
});

describe('side panel in a Vietnamese browser', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ args: ['--lang=vi', '--accept-lang=vi'], env: { LANGUAGE: 'vi' }, colorScheme: 'dark' });
    server = await startPageServer();
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('speaks Vietnamese in the panel, its bar and its idle line included, in dark mode', async () => {
    const { tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const page = await openPanelPage(browser, tabId);
    const panel = new PopupPage(page);
    expect(await panel.waitForOutcome()).toBe('brief');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await panel.heading('officials')).toBe('Cán bộ, lãnh đạo (4)');
    await page.locator('[data-section="officials"] .item-jump').nth(1).click();
    await expect(page.locator('.step-position').textContent()).resolves.toBe('Cán bộ, lãnh đạo: 2/4');
    await expect(page.locator('.step-actions').textContent()).resolves.toBe('‹ TrướcTiếp ›Bỏ đánh dấu');
    // Dark mode: the panel's background is the dark palette's.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 29, 32)');

    const { page: other } = await openArticleTab(browser, `${server.urlOf('whitehouse-1')}?vi`);
    await other.bringToFront();
    await expect.poll(() => page.locator('.panel-idle').textContent()).toBe('Bấm biểu tượng NewsBrief hoặc nhấn Ctrl+Shift+Y để tóm tắt trang này.');
  });
});
