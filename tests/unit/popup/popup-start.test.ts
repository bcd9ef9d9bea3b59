import { describe, expect, it, vi } from 'vitest';
import { makeCacheEntry } from '../../../lib/storage/brief-cache';
import { type PopupApi, type PopupReads, leaveEarlyReads, startPopupReads, takeEarlyReads } from '../../../lib/popup/popup-reads';
import { findPopupStart } from '../../../lib/popup/popup-start';
import type { Brief } from '../../../lib/protocol/messages';
import type { Article } from '../../../lib/schema';
import { PENDING_SELECTION_KEY, SETTINGS_KEY, cacheKeyOf } from '../../../lib/storage/storage-keys';
import { deriveSummary } from '../../../lib/summary';

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

/** The browser as the popup sees it: tabs by id, the active tab, and two storage areas in memory. */
function makeApi(options: { tabs?: Record<number, string>; active?: number; session?: Record<string, unknown>; sync?: Record<string, unknown> } = {}) {
  const session = new Map(Object.entries(options.session ?? {}));
  const tabs = options.tabs ?? {};
  const api = {
    getTab: vi.fn(async (id: number) => {
      if (!(id in tabs)) throw new Error(`No tab with id: ${id}.`);
      return { url: tabs[id] };
    }),
    queryActiveTab: vi.fn(async () => (options.active === undefined ? undefined : { id: options.active, url: tabs[options.active] })),
    session: {
      get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.filter((k) => session.has(k)).map((k) => [k, structuredClone(session.get(k))]))),
    },
    sync: { get: vi.fn(async (key: string) => (options.sync && key in options.sync ? { [key]: options.sync[key] } : {})) },
  } satisfies PopupApi;
  const area = { remove: vi.fn(async (key: string) => void session.delete(key)) };
  return { api, area, session };
}

const cachedA = { [cacheKeyOf(7)]: makeCacheEntry(URL_A, brief) };

describe('startPopupReads', () => {
  it('reads a named tab and its cache entry side by side, in one storage call', async () => {
    const { api } = makeApi({ tabs: { 7: URL_A }, session: cachedA });
    const reads = startPopupReads('?tabId=7', api);
    await Promise.resolve();
    expect(api.session.get).toHaveBeenCalledWith([PENDING_SELECTION_KEY, cacheKeyOf(7)]);
    expect(await reads.tab).toEqual({ id: 7, url: URL_A });
    expect(Object.keys(await reads.session)).toEqual([cacheKeyOf(7)]);
    expect(api.queryActiveTab).not.toHaveBeenCalled();
  });

  it('asks for the active tab when the address names none, then for its entry', async () => {
    const { api } = makeApi({ tabs: { 3: URL_B }, active: 3 });
    const reads = startPopupReads('', api);
    expect(await reads.tab).toEqual({ id: 3, url: URL_B });
    await reads.session;
    expect(api.session.get).toHaveBeenCalledWith([PENDING_SELECTION_KEY, cacheKeyOf(3)]);
  });

  it.each([
    ['?tabId=-1', { id: null, url: null }],
    ['?tabId=abc', { id: null, url: null }],
    ['?tabId=9', { id: 9, url: null }],
  ])('turns %s into %j without throwing', async (search, tab) => {
    const { api } = makeApi({ tabs: { 7: URL_A } });
    expect(await startPopupReads(search, api).tab).toEqual(tab);
  });

  it('passes the stored settings on unparsed, and the selection asked for by the address', async () => {
    const { api } = makeApi({ sync: { [SETTINGS_KEY]: { maxItems: 3 } } });
    const reads = startPopupReads('?tabId=7&selection=1', api);
    expect(await reads.settings).toEqual({ maxItems: 3 });
    expect(reads.selectionAsked).toBe(true);
  });

  it('never rejects when the browser calls fail or are missing', async () => {
    const failing: PopupApi = {
      getTab: () => Promise.reject(new Error('gone')),
      queryActiveTab: () => Promise.reject(new Error('gone')),
      session: { get: () => Promise.reject(new Error('gone')) },
      sync: { get: () => Promise.reject(new Error('gone')) },
    };
    for (const search of ['', '?tabId=7']) {
      const reads = startPopupReads(search, failing);
      await expect(Promise.all([reads.tab, reads.session, reads.settings])).resolves.toBeDefined();
      expect(await reads.session).toEqual({});
    }
    const bare = startPopupReads('?tabId=7', { getTab: async () => ({}), queryActiveTab: async () => undefined });
    expect(await bare.session).toEqual({});
    expect(await bare.settings).toBeUndefined();
  });
});

describe('early reads left by the first script', () => {
  it('are taken once', () => {
    const scope = {};
    const reads = {} as PopupReads;
    leaveEarlyReads(scope, reads);
    expect(takeEarlyReads(scope)).toBe(reads);
    expect(takeEarlyReads(scope)).toBeUndefined();
  });
});

describe('findPopupStart', () => {
  const start = (search: string, setup: Parameters<typeof makeApi>[0]) => {
    const { api, area, session } = makeApi(setup);
    return { started: findPopupStart(startPopupReads(search, api), area, NOW), area, session };
  };

  it('returns the cached brief when the tab still shows the page it was made from', async () => {
    const { started } = start('?tabId=7', { tabs: { 7: `${URL_A}#comments` }, session: cachedA });
    expect(await started).toEqual({ tabId: 7, selection: false, cached: brief });
  });

  it.each([
    ['the tab moved to another page', { 7: URL_B }, 7],
    ['another tab', { 7: URL_A, 8: URL_A }, 8],
    ['the address is hidden from the popup', { 7: undefined as unknown as string }, 7],
    ['the tab is gone', {}, 7],
  ])('returns no cached brief when %s', async (_, tabs, id) => {
    const { started } = start(`?tabId=${id}`, { tabs, session: cachedA });
    expect(await started).toEqual({ tabId: id, selection: false, cached: null });
  });

  it('briefs the selection, not the cache, when the context menu left a fresh note for the tab, and takes the note', async () => {
    const { started, session } = start('', {
      tabs: { 7: URL_A },
      active: 7,
      session: { ...cachedA, [PENDING_SELECTION_KEY]: { tabId: 7, at: NOW - 1_000 } },
    });
    expect(await started).toEqual({ tabId: 7, selection: true, cached: null });
    expect(session.has(PENDING_SELECTION_KEY)).toBe(false);
  });

  it('takes a stale note and serves the cache', async () => {
    const { started, session } = start('?tabId=7', {
      tabs: { 7: URL_A },
      session: { ...cachedA, [PENDING_SELECTION_KEY]: { tabId: 7, at: NOW - 120_000 } },
    });
    expect(await started).toEqual({ tabId: 7, selection: false, cached: brief });
    expect(session.has(PENDING_SELECTION_KEY)).toBe(false);
  });

  it('briefs the selection when the address asks for it', async () => {
    const { started } = start('?tabId=7&selection=1', { tabs: { 7: URL_A }, session: cachedA });
    expect(await started).toMatchObject({ selection: true, cached: null });
  });

  it('starts with no tab, and leaves the note, when there is none', async () => {
    const { started, area } = start('', { session: { [PENDING_SELECTION_KEY]: { tabId: 7, at: NOW } } });
    expect(await started).toEqual({ tabId: null, selection: false, cached: null });
    expect(area.remove).not.toHaveBeenCalled();
  });

  it('ignores a cache entry of another shape', async () => {
    const { started } = start('?tabId=7', { tabs: { 7: URL_A }, session: { [cacheKeyOf(7)]: { page: URL_A, brief: { summary: 'old' } } } });
    expect((await started).cached).toBeNull();
  });
});
