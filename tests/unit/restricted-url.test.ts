import { describe, expect, it } from 'vitest';
import { explainInjectionError, explainRestrictedUrl } from '../../lib/restricted-url';

describe('explainRestrictedUrl', () => {
  it.each([
    ['chrome settings', 'chrome://settings/'],
    ['chrome new tab', 'chrome://newtab/'],
    ['edge', 'edge://extensions/'],
    ['about:blank', 'about:blank'],
    ['view-source', 'view-source:https://vnexpress.net/'],
    ['another extension', 'chrome-extension://abcdefghijklmnop/popup.html'],
    ['old Chrome Web Store', 'https://chrome.google.com/webstore/detail/abc'],
    ['new Chrome Web Store', 'https://chromewebstore.google.com/detail/abc'],
    ['a PDF', 'https://chinhphu.vn/van-ban/nghi-dinh-15.pdf'],
    ['a PDF with a query', 'https://example.com/report.PDF?download=1'],
  ])('refuses %s', (_, url) => {
    expect(explainRestrictedUrl(url)).toEqual(expect.any(String));
  });

  it.each([
    ['a normal https article', 'https://baonghean.vn/nganh-to-chuc-xay-dung-dang-trien-khai-nhiem-vu-nam-2021.html'],
    ['an http article', 'http://127.0.0.1:8080/baonghean-seed/'],
    ['a file:// page (the browser decides: access to file URLs is a user setting)', 'file:///home/me/article.html'],
    ['an article whose path mentions pdf', 'https://vnexpress.net/pdf-la-gi-4512.html'],
    ['no URL known', null],
  ])('allows %s', (_, url) => {
    expect(explainRestrictedUrl(url)).toBeNull();
  });
});

describe('explainInjectionError', () => {
  it.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', true],
    ['Cannot access a chrome:// URL', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Frame with ID 0 was removed.', false],
    ['No tab with id: 12.', false],
  ])('%s → reader-facing reason: %s', (message, explained) => {
    expect(explainInjectionError(message) !== null).toBe(explained);
  });
});
