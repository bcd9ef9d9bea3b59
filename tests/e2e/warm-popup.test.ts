import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefReply } from '../../lib/protocol';
import {
  type ChromeApi,
  type ExtensionBrowser,
  type PageServer,
  launchExtensionBrowser,
  openArticleTab,
  openPopup,
  startPageServer,
} from './fixtures';
import { PopupPage } from './popup-page';

// The warm popup (issue 5): a reopen on the same page is answered from storage.session without
// injecting the extractor again; once the tab shows another page, the old brief is not served.

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

  it('serves a reopen from the cache and extracts again after the tab navigates', async () => {
    const { page: tab, tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const first = new PopupPage(await openPopup(browser, tabId));
    expect(await first.waitForOutcome()).toBe('brief');
    const officials = await first.itemLines('officials');
    await first.page.close();

    const reopened = new PopupPage(await openPopup(browser, tabId));
    expect(await reopened.waitForOutcome()).toBe('brief');
    expect(await reopened.itemLines('officials')).toEqual(officials);

    const ask = () =>
      reopened.page.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        return chrome.runtime.sendMessage({ type: 'summarize-tab', tabId: id });
      }, tabId);
    const warm = BriefReply.parse(await ask());
    expect(warm).toMatchObject({ ok: true, cached: true });

    const otherUrl = server.urlOf('whitehouse-1');
    await tab.goto(otherUrl, { waitUntil: 'load' });
    const fresh = BriefReply.parse(await ask());
    if (!fresh.ok) throw new Error(`brief of the new page failed: ${fresh.error.message}`);
    expect(fresh.cached).toBeFalsy();
    expect(fresh.data.article.url).toBe(otherUrl);
    expect(BriefReply.parse(await ask())).toMatchObject({ ok: true, cached: true, data: { article: { url: otherUrl } } });
  });
});
