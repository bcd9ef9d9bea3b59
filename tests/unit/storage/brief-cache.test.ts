import { describe, expect, it, vi } from 'vitest';
import {
  type BriefStore,
  MAX_ENTRY_BYTES,
  makeCacheEntry,
  pageKeyOf,
  pickCachedBrief,
  readCachedBrief,
  writeCachedBrief,
} from '../../../lib/storage/brief-cache';
import { type HandlerDeps, handleRequest } from '../../../lib/background/handle-request';
import { BriefReply, type Brief } from '../../../lib/protocol/messages';
import type { Article } from '../../../lib/schema';
import { cacheKeyOf } from '../../../lib/storage/storage-keys';
import { deriveSummary } from '../../../lib/summary';

const OWN_ID = 'newsbrief-extension-id';
const URL_A = 'https://baonghean.vn/nganh-to-chuc-xay-dung-dang-trien-khai-nhiem-vu-nam-2021.html';
const URL_B = 'https://baonghean.vn/another-article.html';

const article: Article = {
  url: URL_A,
  title: 'Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021',
  byline: null,
  siteName: 'Báo Nghệ An',
  lang: 'vi',
  publishedTime: null,
  lead: 'Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương yêu cầu ngành Tổ chức phải thực hiện tốt “5 hóa”.',
  paragraphs: ['Toàn tỉnh có 7.893 chi bộ trực thuộc Đảng ủy cơ sở.'],
};
const brief: Brief = { article, summary: deriveSummary(article) };

/** storage.session in memory; `quotaBytes` makes `set` fail as Chrome does when the area is full. */
function makeFakeStore(quotaBytes = Infinity): BriefStore & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  const size = () => [...items.values()].reduce<number>((sum, v) => sum + JSON.stringify(v).length, 0);
  return {
    items,
    get: vi.fn(async (key: string | null) =>
      key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: vi.fn(async (values: Record<string, unknown>) => {
      const before = new Map(items);
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
      if (size() > quotaBytes) {
        items.clear();
        for (const [k, v] of before) items.set(k, v);
        throw new Error('Resource::kQuotaBytes quota exceeded');
      }
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k);
    }),
  };
}

function bigBrief(paragraphs: number): Brief {
  const long = { ...article, paragraphs: Array.from({ length: paragraphs }, (_, i) => `Đoạn ${i}: ${'chữ '.repeat(100)}`) };
  return { article: long, summary: brief.summary };
}

describe('pageKeyOf', () => {
  it.each([
    [URL_A, URL_A],
    [`${URL_A}#comments`, URL_A],
    [`${URL_A}?page=2`, `${URL_A}?page=2`],
    ['https://example.org/#/spa/route', 'https://example.org/'],
  ])('%s → %s', (url, key) => expect(pageKeyOf(url)).toBe(key));
});

describe('pickCachedBrief', () => {
  const entry = makeCacheEntry(URL_A, brief);

  it('returns the brief for the same page, anchor or not', () => {
    expect(pickCachedBrief(entry, URL_A)).toEqual(brief);
    expect(pickCachedBrief(entry, `${URL_A}#top`)).toEqual(brief);
  });

  it.each([
    ['another page', entry, URL_B],
    ['the same path with another query', entry, `${URL_A}?page=2`],
    ['nothing stored', undefined, URL_A],
    ['an entry of another shape', { page: URL_A, brief: { summary: 'old format' } }, URL_A],
    ['a bare brief without its page', brief, URL_A],
  ])('returns null for %s', (_, stored, url) => expect(pickCachedBrief(stored, url)).toBeNull());
});

describe('makeCacheEntry', () => {
  it('stores a brief whole when it fits', () => {
    expect(makeCacheEntry(URL_A, brief)).toEqual({ page: URL_A, brief });
  });

  it('drops the article paragraphs of a brief over the cap, keeping the summary', () => {
    const huge = bigBrief(5_000);
    expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_ENTRY_BYTES);
    const entry = makeCacheEntry(URL_A, huge);
    expect(entry?.brief.summary).toEqual(huge.summary);
    expect(entry?.brief.article.paragraphs).toEqual([]);
    expect(entry?.brief.article.title).toBe(article.title);
  });

  it('refuses an entry whose summary alone is over the cap', () => {
    expect(makeCacheEntry(URL_A, brief, 100)).toBeNull();
  });
});

describe('readCachedBrief / writeCachedBrief', () => {
  it('reads back what it wrote, for the same tab and page only', async () => {
    const store = makeFakeStore();
    expect(await writeCachedBrief(store, 7, URL_A, brief)).toBe(true);
    expect(await readCachedBrief(store, 7, URL_A)).toEqual(brief);
    expect(await readCachedBrief(store, 8, URL_A)).toBeNull();
  });

  it('drops the entry when the tab has moved to another page', async () => {
    const store = makeFakeStore();
    await writeCachedBrief(store, 7, URL_A, brief);
    expect(await readCachedBrief(store, 7, URL_B)).toBeNull();
    expect(store.items.has(cacheKeyOf(7))).toBe(false);
    expect(await readCachedBrief(store, 7, URL_A)).toBeNull();
  });

  it('makes room by dropping other tabs when storage is full', async () => {
    const store = makeFakeStore(JSON.stringify(makeCacheEntry(URL_A, brief)).length * 2.5);
    await writeCachedBrief(store, 1, URL_A, brief);
    await writeCachedBrief(store, 2, URL_A, brief);
    expect(await writeCachedBrief(store, 3, URL_B, brief)).toBe(true);
    expect([...store.items.keys()]).toEqual([cacheKeyOf(3)]);
  });

  it('treats a storage that throws as a miss and a failed write, never an error', async () => {
    const broken: BriefStore = {
      get: async () => Promise.reject(new Error('gone')),
      set: async () => Promise.reject(new Error('gone')),
      remove: async () => Promise.reject(new Error('gone')),
    };
    await expect(readCachedBrief(broken, 7, URL_A)).resolves.toBeNull();
    await expect(writeCachedBrief(broken, 7, URL_A, brief)).resolves.toBe(false);
  });
});

describe('handleRequest with the warm cache', () => {
  const request = { type: 'summarize-tab', tabId: 7 };
  const sender = { id: OWN_ID };

  function makeDeps(store: BriefStore, tabUrl: { current: string }): HandlerDeps {
    return {
      ownId: OWN_ID,
      storage: store,
      getTabUrl: vi.fn(async () => tabUrl.current),
      runExtractor: vi.fn(async () => ({ ok: true, data: { ...article, url: tabUrl.current } })),
    };
  }

  it('extracts once, then answers a reopen on the same page from the cache', async () => {
    const store = makeFakeStore();
    const deps = makeDeps(store, { current: URL_A });
    const first = BriefReply.parse(await handleRequest(request, sender, deps));
    const second = BriefReply.parse(await handleRequest(request, sender, deps));
    expect(first).toMatchObject({ ok: true });
    expect(first.ok && first.cached).toBeFalsy();
    expect(second).toMatchObject({ ok: true, cached: true });
    expect(second.ok && second.data).toEqual(first.ok && first.data);
    expect(deps.runExtractor).toHaveBeenCalledTimes(1);
  });

  it('extracts again after the tab navigates', async () => {
    const store = makeFakeStore();
    const tabUrl = { current: URL_A };
    const deps = makeDeps(store, tabUrl);
    await handleRequest(request, sender, deps);
    tabUrl.current = URL_B;
    const reply = BriefReply.parse(await handleRequest(request, sender, deps));
    expect(reply.ok && reply.cached).toBeFalsy();
    expect(reply.ok && reply.data.article.url).toBe(URL_B);
    expect(deps.runExtractor).toHaveBeenCalledTimes(2);
  });

  it('caches nothing for a page that is not an article', async () => {
    const store = makeFakeStore();
    const deps: HandlerDeps = {
      ...makeDeps(store, { current: URL_A }),
      runExtractor: vi.fn(async () => ({ ok: false, error: { code: 'not-article', message: 'no' } })),
    };
    await handleRequest(request, sender, deps);
    await handleRequest(request, sender, deps);
    expect(store.items.size).toBe(0);
    expect(deps.runExtractor).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a too-large refusal', async () => ({ ok: false, error: { code: 'too-large', message: 'huge' } })],
    ['a browser refusing to inject', async () => Promise.reject(new Error('Cannot access contents of the page.'))],
    ['an extractor crash', async () => ({ ok: false, error: { code: 'internal', message: 'boom' } })],
    ['garbage from the page', async () => ({ ok: true, data: { url: URL_A } })],
  ])('writes nothing to storage for %s', async (_, runExtractor) => {
    const store = makeFakeStore();
    const reply = await handleRequest(request, sender, { ...makeDeps(store, { current: URL_A }), runExtractor: vi.fn(runExtractor) });
    expect(reply.ok).toBe(false);
    expect(store.set).not.toHaveBeenCalled();
    expect(store.items.size).toBe(0);
  });

  it('writes nothing for a restricted page or a rejected sender, and never reads pages nobody asked for', async () => {
    const store = makeFakeStore();
    await handleRequest(request, sender, makeDeps(store, { current: 'chrome://version/' }));
    await handleRequest(request, { id: 'someone-else' }, makeDeps(store, { current: URL_A }));
    expect(store.set).not.toHaveBeenCalled();
    expect(store.get).not.toHaveBeenCalled();
  });

  it('never serves a cached brief for a restricted page', async () => {
    const store = makeFakeStore();
    await writeCachedBrief(store, 7, 'chrome://settings/', brief);
    const reply = await handleRequest(request, sender, makeDeps(store, { current: 'chrome://settings/' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
  });
});
