import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefReply } from '../../lib/protocol/messages';
import {
  COUNT_MESSAGES,
  type ChromeApi,
  type ExtensionBrowser,
  type PageServer,
  launchExtensionBrowser,
  openArticleTab,
  openPopup,
  startPageServer,
  stopServiceWorker,
} from '../../scripts/lib/e2e-browser';
import { PopupPage } from './popup-page';

// The warm popup (issue 5): a reopen on the same page shows the brief straight from
// storage.session, without a message to the background (so without waking a stopped worker) and
// without injecting the extractor again; once the tab shows another page, the old brief is not served.

async function openCountingPopup(browser: ExtensionBrowser, tabId: number): Promise<PopupPage> {
  return new PopupPage(await openPopup(browser, tabId, [COUNT_MESSAGES]));
}

const messagesSent = (page: Page) => page.evaluate(() => (window as { __messagesSent?: number }).__messagesSent);

describe('warm popup in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    server = await startPageServer();
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('serves a reopen from the cache, even with the worker stopped, and extracts again after the tab navigates', async () => {
    const { page: tab, tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const first = await openCountingPopup(browser, tabId);
    expect(await first.waitForOutcome()).toBe('brief');
    expect(await messagesSent(first.page)).toBe(1);
    const officials = await first.itemLines('officials');
    const figures = await first.itemLines('figures');
    await first.page.close();

    await stopServiceWorker(browser, tab);
    const reopened = await openCountingPopup(browser, tabId);
    expect(await reopened.waitForOutcome()).toBe('brief');
    expect(await messagesSent(reopened.page)).toBe(0);
    expect(await reopened.itemLines('officials')).toEqual(officials);
    expect(await reopened.itemLines('figures')).toEqual(figures);

    // The background keeps the same cache for any other caller, and drops it on navigation.
    const ask = () =>
      reopened.page.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        return chrome.runtime.sendMessage({ type: 'summarize-tab', tabId: id });
      }, tabId);
    expect(BriefReply.parse(await ask())).toMatchObject({ ok: true, cached: true });

    const otherUrl = server.urlOf('whitehouse-1');
    await tab.goto(otherUrl, { waitUntil: 'load' });
    const afterNavigation = await openCountingPopup(browser, tabId);
    expect(await afterNavigation.waitForOutcome()).toBe('brief');
    expect(await messagesSent(afterNavigation.page)).toBe(1);
    expect(await afterNavigation.itemLines('officials')).not.toEqual(officials);
    await afterNavigation.page.close();

    const fresh = BriefReply.parse(await ask());
    if (!fresh.ok) throw new Error(`brief of the new page failed: ${fresh.error.message}`);
    expect(fresh).toMatchObject({ cached: true, data: { article: { url: otherUrl } } });
  });

  it('runs its first script itself when that script’s reads were lost, and still serves the cache', async () => {
    const { tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const first = await openCountingPopup(browser, tabId);
    expect(await first.waitForOutcome()).toBe('brief');
    await first.page.close();

    // Drops what the classic script in <head> leaves for the popup's code, as if it had not run.
    // The popup's look finds nothing and removes the trap with the global; what the popup then
    // does to read the tab and the cache itself is stored as usual.
    const LOSE_FIRST_READS = `(() => {
      window.__firstReadsLost = false;
      Object.defineProperty(window, '__newsbriefPopupReads', {
        configurable: true,
        get: () => undefined,
        set: () => { window.__firstReadsLost = true; },
      });
    })();`;
    const popup = new PopupPage(await openPopup(browser, tabId, [COUNT_MESSAGES, LOSE_FIRST_READS]));
    expect(await popup.waitForOutcome()).toBe('brief');
    expect(await popup.page.evaluate(() => (window as { __firstReadsLost?: boolean }).__firstReadsLost)).toBe(true);
    expect(await messagesSent(popup.page)).toBe(0);
    await popup.page.close();
  });

  it('opens the popup over a named tab that does not exist with a plain error', async () => {
    const popup = new PopupPage(await openPopup(browser, 999_999));
    expect(await popup.waitForOutcome()).toBe('error');
    await popup.page.close();
  });
});
