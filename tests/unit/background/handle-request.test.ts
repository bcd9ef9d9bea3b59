import { describe, expect, it, vi } from 'vitest';
import { type HandlerDeps, handleRequest } from '../../../lib/background/handle-request';
import { BriefReply } from '../../../lib/protocol/messages';
import type { Article } from '../../../lib/schema';

const OWN_ID = 'newsbrief-extension-id';
const ARTICLE_URL = 'https://baonghean.vn/nganh-to-chuc-xay-dung-dang-trien-khai-nhiem-vu-nam-2021.html';

const article: Article = {
  url: ARTICLE_URL,
  title: 'Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021',
  byline: null,
  siteName: 'Báo Nghệ An',
  lang: 'vi',
  publishedTime: '2021-03-12T10:30:00+07:00',
  lead: 'Đồng chí Phạm Minh Chính yêu cầu ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”.',
  paragraphs: ['Sáng 12/3, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến.'],
};

function makeDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    ownId: OWN_ID,
    getTabUrl: vi.fn(async () => ARTICLE_URL),
    runExtractor: vi.fn(async () => ({ ok: true, data: article })),
    ...overrides,
  };
}

const request = { type: 'summarize-tab', tabId: 7 };
const ownSender = { id: OWN_ID };

describe('handleRequest', () => {
  it.each([
    ['another extension', { id: 'someone-else' }],
    ['a web page (no id)', {}],
  ])('rejects a message from %s', async (_, sender) => {
    const deps = makeDeps();
    const reply = await handleRequest(request, sender, deps);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(deps.runExtractor).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'summarize-tab'],
    ['unknown type', { type: 'delete-everything', tabId: 7 }],
    ['tabId missing', { type: 'summarize-tab' }],
    ['tabId not a number', { type: 'summarize-tab', tabId: '7' }],
    ['null', null],
  ])('answers a malformed message (%s) with bad-request', async (_, message) => {
    const deps = makeDeps();
    const reply = await handleRequest(message, ownSender, deps);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(deps.runExtractor).not.toHaveBeenCalled();
  });

  it('refuses a restricted URL without calling the extractor', async () => {
    const deps = makeDeps({ getTabUrl: vi.fn(async () => 'chrome://settings/') });
    const reply = await handleRequest(request, ownSender, deps);
    expect(reply).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    expect(deps.runExtractor).not.toHaveBeenCalled();
  });

  it('turns the browser refusing to script the page into restricted-page', async () => {
    const deps = makeDeps({
      runExtractor: vi.fn(async () => {
        throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      }),
    });
    const reply = await handleRequest(request, ownSender, deps);
    expect(reply).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    expect(BriefReply.safeParse(reply).success).toBe(true);
  });

  it('reports any other injection error as injection-failed', async () => {
    const deps = makeDeps({
      runExtractor: vi.fn(async () => {
        throw new Error('Frame with ID 0 was removed.');
      }),
    });
    const reply = await handleRequest(request, ownSender, deps);
    expect(reply).toMatchObject({ ok: false, error: { code: 'injection-failed' } });
  });

  it.each([
    ['undefined', undefined],
    ['a string', '<html>'],
    ['an article missing fields', { ok: true, data: { url: ARTICLE_URL, title: 'x' } }],
    ['a failure with an unknown code', { ok: false, error: { code: 'weird', message: 'x' } }],
  ])('answers injection-failed when the extractor returns garbage (%s)', async (_, garbage) => {
    const reply = await handleRequest(request, ownSender, makeDeps({ runExtractor: vi.fn(async () => garbage) }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'injection-failed' } });
  });

  it('passes the extractor’s not-article through', async () => {
    const notArticle = { ok: false, error: { code: 'not-article', message: 'The page has no article body.' } };
    const reply = await handleRequest(request, ownSender, makeDeps({ runExtractor: vi.fn(async () => notArticle) }));
    expect(reply).toEqual(notArticle);
  });

  it('returns a schema-valid brief for an article', async () => {
    const deps = makeDeps();
    const reply = await handleRequest(request, ownSender, deps);
    expect(deps.getTabUrl).toHaveBeenCalledWith(7);
    expect(deps.runExtractor).toHaveBeenCalledWith(7);
    const parsed = BriefReply.safeParse(reply);
    expect(parsed.success).toBe(true);
    if (!parsed.success || !parsed.data.ok) throw new Error('expected a brief');
    expect(parsed.data.data.article).toEqual(article);
    expect(parsed.data.data.summary.url).toBe(ARTICLE_URL);
    expect(parsed.data.data.summary.title).toBe(article.title);
  });

  it('never throws: a failing tab lookup still yields a reply', async () => {
    const deps = makeDeps({ getTabUrl: vi.fn(async () => Promise.reject(new Error('No tab with id: 7'))) });
    const reply = await handleRequest(request, ownSender, deps);
    expect(BriefReply.safeParse(reply).success).toBe(true);
  });
});

describe('handleRequest: who may ask, and in what shape (issue 6)', () => {
  const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
  const popup = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
  const depsWithOrigin = () => makeDeps({ ownOrigin: OWN_ORIGIN, readSelection: vi.fn(async () => ({ text: 'x', url: ARTICLE_URL, title: 't', lang: 'vi' })) });

  it.each([
    ['another extension’s page', { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' }, request],
    ['our content script in a web page', { id: OWN_ID, url: 'https://evil.example/', tab: { id: 3 } }, request],
    ['our content script, an unknown type', { id: OWN_ID, url: 'https://evil.example/', tab: { id: 3 } }, { type: 'clear-storage' }],
    ['our id without a page address', { id: OWN_ID }, request],
  ])('rejects %s', async (_, sender, message) => {
    const deps = depsWithOrigin();
    expect(await handleRequest(message, sender, deps)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(deps.runExtractor).not.toHaveBeenCalled();
    expect(deps.readSelection).not.toHaveBeenCalled();
  });

  it('accepts the popup, opened as the popup or as a tab', async () => {
    for (const sender of [popup, { ...popup, url: `${OWN_ORIGIN}popup.html?tabId=7`, tab: { id: 9 } }]) {
      expect(await handleRequest(request, sender, depsWithOrigin())).toMatchObject({ ok: true });
    }
  });

  it.each([
    ['summarize-tab with an extra field', { type: 'summarize-tab', tabId: 7, url: 'https://evil.example/' }],
    ['summarize-tab without tabId', { type: 'summarize-tab' }],
    ['summarize-tab with a fractional tabId', { type: 'summarize-tab', tabId: 7.5 }],
    ['summarize-tab with tabId NaN', { type: 'summarize-tab', tabId: Number.NaN }],
    ['summarize-selection with an extra field', { type: 'summarize-selection', tabId: 7, text: '<script>' }],
    ['summarize-selection without tabId', { type: 'summarize-selection' }],
    ['summarize-selection with a string tabId', { type: 'summarize-selection', tabId: '7' }],
    ['a type in another case', { type: 'Summarize-Tab', tabId: 7 }],
    ['an array', [{ type: 'summarize-tab', tabId: 7 }]],
  ])('parses strictly: %s → bad-request', async (_, message) => {
    const deps = depsWithOrigin();
    expect(await handleRequest(message, popup, deps)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(deps.runExtractor).not.toHaveBeenCalled();
    expect(deps.readSelection).not.toHaveBeenCalled();
  });
});
