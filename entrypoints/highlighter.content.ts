import { defineContentScript } from 'wxt/utils/define-content-script';
import { locateText } from '../lib/locate-text';
import { markRange } from '../lib/mark-range';

// Injected on demand when the reader clicks an item in the popup (registration: 'runtime': never
// declared for any page). The popup first leaves the sentence in this isolated world's global,
// because executeScript cannot pass arguments to a file; the return value goes back to the popup.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    const holder = globalThis as { __newsbriefEvidence?: unknown };
    const sentence = holder.__newsbriefEvidence;
    delete holder.__newsbriefEvidence;
    if (typeof sentence !== 'string') return { found: false };
    try {
      const range = locateText(document, sentence);
      if (!range) return { found: false };
      return { found: true, method: markRange(document, range), text: range.toString() };
    } catch (error) {
      return { found: false, error: String(error) };
    }
  },
});
