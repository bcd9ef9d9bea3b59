import { pickCachedBrief } from '../storage/brief-cache';
import { isPendingSelectionFor } from '../storage/pending-selection';
import type { PopupReads } from './popup-reads';
import type { Brief } from '../protocol/messages';
import { PENDING_SELECTION_KEY, cacheKeyOf } from '../storage/storage-keys';

// What the popup needs to know before it can show anything: which tab, whether to brief the
// selection (the context menu's note), and, for a reopen on the same page, the brief already in
// storage.session. The popup reads the cache itself instead of asking the background: a reopen
// then costs the storage reads begun in the popup's <head> (lib/popup/popup-reads.ts), and never waits
// for the service worker, which Chrome stops after 30 s idle and which would have to start again
// just to read the same entry.

/** How the popup starts: the tab, selection or article, and the cached brief when it is valid. */
export interface PopupStart {
  tabId: number | null;
  selection: boolean;
  /** The tab's brief from the warm cache, valid for the page the tab shows now; null otherwise. */
  cached: Brief | null;
}

/**
 * Returns how the popup starts, from its reads. A selection note for the tab wins over the cache
 * (the reader asked for the selection) and is removed once seen, so it is taken once. Never
 * throws: a cache entry of another page or shape is no cached brief.
 */
export async function findPopupStart(
  reads: PopupReads,
  session: { remove(key: string): Promise<void> } | undefined,
  now: number,
): Promise<PopupStart> {
  const [tab, stored] = await Promise.all([reads.tab, reads.session]);
  const note = stored[PENDING_SELECTION_KEY];
  if (note !== undefined && tab.id !== null) await session?.remove(PENDING_SELECTION_KEY).catch(() => undefined);
  const selection = reads.selectionAsked || isPendingSelectionFor(note, tab.id, now);
  const cached = !selection && tab.id !== null && tab.url ? pickCachedBrief(stored[cacheKeyOf(tab.id)], tab.url) : null;
  return { tabId: tab.id, selection, cached };
}
