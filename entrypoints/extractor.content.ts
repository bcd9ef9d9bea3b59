import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../lib/extract';
import { fail } from '../lib/protocol/fail';

// Injected into the active tab only when the user asks (registration: 'runtime': never declared
// in the manifest). Its return value is what `scripting.executeScript` hands the background.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    try {
      return extractArticle(document, location.href);
    } catch (error) {
      return fail('internal', `The extractor failed: ${String(error)}`);
    }
  },
});
