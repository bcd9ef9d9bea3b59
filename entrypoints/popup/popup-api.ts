import { browser } from 'wxt/browser';
import type { PopupApi } from '../../lib/popup/popup-reads';

/** The browser calls the popup's first reads use (lib/popup/popup-reads.ts). */
export function makePopupApi(): PopupApi {
  return {
    getTab: (tabId) => browser.tabs.get(tabId),
    queryActiveTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    session: browser.storage?.session,
    sync: browser.storage?.sync,
  };
}
