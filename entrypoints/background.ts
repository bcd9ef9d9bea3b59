import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../lib/handle-request';

// Glue only: parse, hand to lib/, reply. Listeners are registered synchronously at start-up so
// the worker wakes for a message after it was stopped; it keeps no state between messages.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleRequest(message, sender, {
      ownId: browser.runtime.id,
      getTabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
      runExtractor: async (tabId) => {
        const results = await browser.scripting.executeScript({
          target: { tabId },
          files: ['/content-scripts/extractor.js'],
        });
        return results[0]?.result;
      },
    }).then(sendResponse);
    return true;
  });
});
