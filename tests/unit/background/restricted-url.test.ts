import { describe, expect, it } from 'vitest';
import { classifyInjectionError, findRestriction } from '../../../lib/background/restricted-url';

describe('findRestriction', () => {
  it.each([
    ['chrome settings', 'chrome://settings/', 'browser-page'],
    ['chrome new tab', 'chrome://newtab/', 'browser-page'],
    ['edge', 'edge://extensions/', 'browser-page'],
    ['about:blank', 'about:blank', 'browser-page'],
    ['view-source', 'view-source:https://vnexpress.net/', 'browser-page'],
    ['another extension', 'chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['old Chrome Web Store', 'https://chrome.google.com/webstore/detail/abc', 'extension-store'],
    ['new Chrome Web Store', 'https://chromewebstore.google.com/detail/abc', 'extension-store'],
    ['a PDF', 'https://chinhphu.vn/van-ban/nghi-dinh-15.pdf', 'pdf-viewer'],
    ['a PDF with a query', 'https://example.com/report.PDF?download=1', 'pdf-viewer'],
  ])('refuses %s', (_, url, reason) => {
    expect(findRestriction(url)).toBe(reason);
  });

  it.each([
    ['a normal https article', 'https://baonghean.vn/nganh-to-chuc-xay-dung-dang-trien-khai-nhiem-vu-nam-2021.html'],
    ['an http article', 'http://127.0.0.1:8080/baonghean-seed/'],
    ['a file:// page (the browser decides: access to file URLs is a user setting)', 'file:///home/me/article.html'],
    ['an article whose path mentions pdf', 'https://vnexpress.net/pdf-la-gi-4512.html'],
    ['no URL known', null],
  ])('allows %s', (_, url) => {
    expect(findRestriction(url)).toBeNull();
  });
});

describe('classifyInjectionError', () => {
  it.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'not-permitted'],
    ['Cannot access a chrome:// URL', 'not-permitted'],
    ['The extensions gallery cannot be scripted.', 'not-permitted'],
    ['Frame with ID 0 was removed.', null],
    ['No tab with id: 12.', null],
  ])('%s → %s', (message, reason) => {
    expect(classifyInjectionError(message)).toBe(reason);
  });
});
