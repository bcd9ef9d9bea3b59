import { describe, expect, it, vi } from 'vitest';
import { cacheKeyOf, makeCacheEntry } from '../../lib/brief-cache';
import { PENDING_SELECTION_KEY } from '../../lib/pending-selection';
import { type TabRef, findPopupStart } from '../../lib/popup-start';
import type { Brief } from '../../lib/protocol';
import type { Article } from '../../lib/schema';
import { deriveSummary } from '../../lib/summary';

const URL_A = 'https://example.org/news/a.html';
const URL_B = 'https://example.org/news/b.html';
const NOW = 1_700_000_000_000;

const article: Article = {
  url: URL_A,
  title: 'Tỉnh triển khai nhiệm vụ năm mới',
  byline: null,
  siteName: null,
  lang: 'vi',
  publishedTime: null,
  lead: 'Chủ tịch UBND tỉnh Nguyễn Văn An yêu cầu các sở hoàn thành kế hoạch trước ngày 30/6.',
  paragraphs: ['Toàn tỉnh có 1.250 hộ nghèo.'],
};
const brief: Brief = { article, summary: deriveSummary(article) };

/** storage.session in memory, counting reads so a test can see what the popup asked for. */
function makeSession(items: Record<string, unknown> = {}) {
  const store = new Map(Object.entries(items));
  return {
    store,
    get: vi.fn(async (key: string) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {})),
    set: vi.fn(async (values: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(values)) store.set(k, v);
    }),
    remove: vi.fn(async (key: string) => {
      store.delete(key);
    }),
  };
}

const tab = (id: number | null, url: string | null): Promise<TabRef> => Promise.resolve({ id, url });

describe('findPopupStart', () => {
  it('returns the cached brief when the tab still shows the page it was made from', async () => {
    const session = makeSession({ [cacheKeyOf(7)]: makeCacheEntry(URL_A, brief) });
    const start = await findPopupStart(tab(7, `${URL_A}#comments`), session, { selection: false, now: NOW });
    expect(start).toEqual({ tabId: 7, selection: false, cached: brief });
  });

  it.each([
    ['the tab moved to another page', 7, URL_B],
    ['another tab', 8, URL_A],
    ['the address is hidden from the popup', 7, null],
  ])('returns no cached brief when %s', async (_, id, url) => {
    const session = makeSession({ [cacheKeyOf(7)]: makeCacheEntry(URL_A, brief) });
    const start = await findPopupStart(tab(id, url), session, { selection: false, now: NOW });
    expect(start).toEqual({ tabId: id, selection: false, cached: null });
  });

  it('briefs the selection, not the cache, when the context menu left a fresh note for the tab', async () => {
    const session = makeSession({
      [cacheKeyOf(7)]: makeCacheEntry(URL_A, brief),
      [PENDING_SELECTION_KEY]: { tabId: 7, at: NOW - 1_000 },
    });
    expect(await findPopupStart(tab(7, URL_A), session, { selection: false, now: NOW })).toEqual({ tabId: 7, selection: true, cached: null });
    expect(session.store.has(PENDING_SELECTION_KEY)).toBe(false);
  });

  it('briefs the selection when the address asks for it', async () => {
    const session = makeSession({ [cacheKeyOf(7)]: makeCacheEntry(URL_A, brief) });
    expect(await findPopupStart(tab(7, URL_A), session, { tabId: 7, selection: true, now: NOW })).toMatchObject({ selection: true, cached: null });
  });

  it('reads the cache entry before the tab lookup ends when the address names the tab', async () => {
    const session = makeSession({ [cacheKeyOf(7)]: makeCacheEntry(URL_A, brief) });
    let finishLookup: (ref: TabRef) => void = () => undefined;
    const lookup = new Promise<TabRef>((done) => {
      finishLookup = done;
    });
    const started = findPopupStart(lookup, session, { tabId: 7, selection: false, now: NOW });
    await Promise.resolve();
    expect(session.get).toHaveBeenCalledWith(cacheKeyOf(7));
    finishLookup({ id: 7, url: URL_A });
    expect((await started).cached).toEqual(brief);
  });

  it('keeps the named tab and reads no cache when the tab lookup fails', async () => {
    const session = makeSession({ [cacheKeyOf(7)]: makeCacheEntry(URL_A, brief) });
    const start = await findPopupStart(Promise.reject(new Error('No tab with id: 7')), session, { tabId: 7, selection: false, now: NOW });
    expect(start).toEqual({ tabId: 7, selection: false, cached: null });
  });

  it.each([
    ['no storage', undefined],
    ['a storage that throws', { get: () => Promise.reject(new Error('gone')), set: async () => undefined, remove: async () => undefined }],
  ])('starts without a cached brief with %s', async (_, session) => {
    expect(await findPopupStart(tab(7, URL_A), session, { selection: false, now: NOW })).toEqual({ tabId: 7, selection: false, cached: null });
  });

  it('starts with no tab when there is none', async () => {
    const session = makeSession();
    expect(await findPopupStart(tab(null, null), session, { selection: false, now: NOW })).toEqual({ tabId: null, selection: false, cached: null });
    expect(session.get).toHaveBeenCalledTimes(1);
  });
});
