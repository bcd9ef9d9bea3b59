import { cacheKeyOf, pickCachedBrief } from './brief-cache';
import { type SessionArea, takePendingSelection } from './pending-selection';
import type { Brief } from './protocol';

// What the popup needs to know before it can show anything: which tab, whether to brief the
// selection (the context menu's note), and, for a reopen on the same page, the brief already in
// storage.session. The popup reads the cache itself instead of asking the background: a reopen
// then costs two storage reads side by side, and never waits for the service worker, which
// Chrome stops after 30 s idle and which would have to start again just to read the same entry.

/** The tab the popup opens over: its id, and its address when the browser lets the popup see it. */
export interface TabRef {
  id: number | null;
  url: string | null;
}

/** How the popup starts: the tab, selection or article, and the cached brief when it is valid. */
export interface PopupStart {
  tabId: number | null;
  selection: boolean;
  /** The tab's brief from the warm cache, valid for the page the tab shows now; null otherwise. */
  cached: Brief | null;
}

/**
 * Returns how the popup starts. `tabId` is known at once when the URL names it, else it comes with
 * `tab`; the note, the cache entry and the tab's address are read side by side, so a warm start is
 * one storage round trip. A selection note wins over the cache (the reader asked for the
 * selection). Never throws: an unreadable tab or storage means no tab or no cached brief.
 */
export async function findPopupStart(
  tab: Promise<TabRef>,
  session: SessionArea | undefined,
  options: { tabId?: number | null; selection: boolean; now: number },
): Promise<PopupStart> {
  const tabRef = tab.catch((): TabRef => ({ id: options.tabId ?? null, url: null }));
  const tabId = options.tabId !== undefined ? Promise.resolve(options.tabId) : tabRef.then((t) => t.id);
  const stored = tabId.then(async (id) => {
    if (id === null || !session) return undefined;
    const key = cacheKeyOf(id);
    return (await session.get(key))[key];
  }).catch(() => undefined);
  const [noted, ref, entry, id] = await Promise.all([takePendingSelection(session, tabId, options.now), tabRef, stored, tabId]);
  const selection = options.selection || noted;
  const cached = !selection && ref.url && entry !== undefined ? pickCachedBrief(entry, ref.url) : null;
  return { tabId: id, selection, cached };
}
