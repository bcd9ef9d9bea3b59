import * as z from 'zod/mini';
import { Brief } from '../protocol/messages';
import { cacheKeyOf, isCacheKey } from './storage-keys';

// A warm popup: the brief of the page a tab shows is kept in storage.session (memory only, cleared
// when the browser or the extension restarts), so reopening the popup on the same page answers
// without injecting the extractor again. One entry per tab, written only after the user asked for
// that tab's brief; it is valid while the tab still shows the same page. No tab listeners: a
// navigation is noticed when the popup next asks, by comparing addresses, so pages the user never
// briefs cost nothing.

/** Largest entry we store, in UTF-8 bytes. Chrome gives storage.session 10 MB in all, shared
 *  with every tab's entry, so one huge page must not take it all. */
export const MAX_ENTRY_BYTES = 1_000_000;

const CachedBrief = z.object({ page: z.string(), brief: Brief });
type CachedBrief = z.infer<typeof CachedBrief>;

/** The slice of `browser.storage.session` the cache needs, passed in so this runs under vitest. */
export interface BriefStore {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Returns the address that identifies a page for the cache: the URL without its #fragment
 *  (jumping to an anchor is the same document). Does not otherwise normalise. */
export function pageKeyOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function byteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Returns the entry to store for a brief, or null when even its slim form exceeds `maxBytes`.
 * A page too long for the cap is stored without its article paragraphs: the popup shows only the
 * summary, and every item keeps its own evidence sentence and paragraph index.
 */
export function makeCacheEntry(url: string, brief: Brief, maxBytes = MAX_ENTRY_BYTES): CachedBrief | null {
  const entry: CachedBrief = { page: pageKeyOf(url), brief };
  if (byteLength(entry) <= maxBytes) return entry;
  const slim: CachedBrief = { ...entry, brief: { ...brief, article: { ...brief.article, paragraphs: [] } } };
  return byteLength(slim) <= maxBytes ? slim : null;
}

/** Returns the cached brief when `stored` is a valid entry for the page at `url`; null otherwise. Never throws. */
export function pickCachedBrief(stored: unknown, url: string): Brief | null {
  const parsed = CachedBrief.safeParse(stored);
  return parsed.success && parsed.data.page === pageKeyOf(url) ? parsed.data.brief : null;
}

/**
 * Returns the brief cached for the tab if the tab still shows the page it was made from, else
 * null; drops an entry left by an earlier page. Never throws: a storage error is a miss.
 */
export async function readCachedBrief(store: BriefStore, tabId: number, url: string): Promise<Brief | null> {
  const key = cacheKeyOf(tabId);
  try {
    const stored = (await store.get(key))[key];
    if (stored === undefined) return null;
    const brief = pickCachedBrief(stored, url);
    if (!brief) await store.remove(key);
    return brief;
  } catch {
    return null;
  }
}

/**
 * Stores the brief for the tab's page; when storage is full it drops the other tabs' briefs and
 * tries once more. Never throws and never stores an entry over the size cap: caching is an
 * optimisation, a failure only means the next open extracts again.
 */
export async function writeCachedBrief(store: BriefStore, tabId: number, url: string, brief: Brief): Promise<boolean> {
  const key = cacheKeyOf(tabId);
  const entry = makeCacheEntry(url, brief);
  try {
    if (!entry) {
      await store.remove(key);
      return false;
    }
    try {
      await store.set({ [key]: entry });
    } catch {
      const others = Object.keys(await store.get(null)).filter((k) => isCacheKey(k) && k !== key);
      if (others.length) await store.remove(others);
      await store.set({ [key]: entry });
    }
    return true;
  } catch {
    return false;
  }
}
