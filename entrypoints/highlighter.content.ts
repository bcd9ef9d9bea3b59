import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { locateText } from '../lib/page/locate-text';
import { MARK_CLEARED } from '../lib/protocol/commands';
import { clearMarks, hasMarks, markRange } from '../lib/page/mark-range';

// Injected on demand when the reader clicks an item in the popup or the side panel (registration:
// 'runtime': never declared for any page). The caller first leaves its order in this isolated
// world's global, because executeScript cannot pass arguments to a file: a sentence to mark (for a
// few seconds from the popup, until cleared from the panel), or `clear` to remove the mark. (Not
// a null sentence: Chrome strips null properties from executeScript's arguments.) The return
// value goes back to the caller.

interface Order {
  sentence: string | null;
  hold: boolean;
}

function readOrder(value: unknown): Order | null {
  if (typeof value === 'string') return { sentence: value, hold: false };
  if (typeof value !== 'object' || value === null) return null;
  const { sentence, hold, clear } = value as Record<string, unknown>;
  if (clear === true) return { sentence: null, hold: false };
  if (typeof sentence !== 'string') return null;
  return { sentence, hold: hold === true };
}

// Esc in the page clears a held mark too, as it does in the panel, and tells the panel so that it
// stops showing the item as marked. Added once per page.
function listenForEscape(holder: { __newsbriefEscape?: boolean }): void {
  if (holder.__newsbriefEscape) return;
  holder.__newsbriefEscape = true;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !hasMarks(document)) return;
    clearMarks(document);
    void browser.runtime.sendMessage({ type: MARK_CLEARED }).catch(() => undefined);
  });
}

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    const holder = globalThis as { __newsbriefEvidence?: unknown; __newsbriefEscape?: boolean };
    const order = readOrder(holder.__newsbriefEvidence);
    delete holder.__newsbriefEvidence;
    if (!order) return { found: false };
    try {
      clearMarks(document);
      if (order.sentence === null) return { found: false };
      const range = locateText(document, order.sentence);
      if (!range) return { found: false };
      if (order.hold) listenForEscape(holder);
      return { found: true, method: markRange(document, range, order.hold ? null : undefined), text: range.toString() };
    } catch (error) {
      return { found: false, error: String(error) };
    }
  },
});
