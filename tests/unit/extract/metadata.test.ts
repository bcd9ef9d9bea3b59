import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../../lib/extract/detect-lang';
import { readMetadata, stripSiteName } from '../../../lib/extract/metadata';
import { parseHtml } from './load-page';

describe('stripSiteName', () => {
  it.each([
    ['Ngành Tổ chức triển khai nhiệm vụ - Báo Nghệ An', 'Báo Nghệ An', 'baonghean.vn', 'Ngành Tổ chức triển khai nhiệm vụ'],
    ['Ngành Tổ chức triển khai nhiệm vụ | baonghean.vn', null, 'baonghean.vn', 'Ngành Tổ chức triển khai nhiệm vụ'],
    ['Fed lifts rates | Reuters', 'Reuters', 'www.reuters.com', 'Fed lifts rates'],
    ['POLITICO - Biden signs the bill', null, 'www.politico.com', 'Biden signs the bill'],
    // A dash inside the headline itself stays.
    ['Cao tốc Tuyên Quang - Phú Thọ: thêm vốn', 'Báo Dân trí', 'dantri.com.vn', 'Cao tốc Tuyên Quang - Phú Thọ: thêm vốn'],
  ])('%s → %s', (title, site, host, expected) => {
    expect(stripSiteName(title, site, host)).toBe(expected);
  });
});

describe('readMetadata', () => {
  it('reads JSON-LD when meta tags are missing', () => {
    const doc = parseHtml(`<html lang="en-US"><head><title>Budget passes - The Daily</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
      "headline":"Budget passes","datePublished":"2023-04-28T13:53:25Z","author":[{"@type":"Person","name":"Tom Davies"}],
      "publisher":{"@type":"Organization","name":"The Daily"}}]}</script></head><body><h1>Budget passes</h1></body></html>`);
    expect(readMetadata(doc, 'https://daily.example/a')).toEqual({
      title: 'Budget passes',
      byline: 'Tom Davies',
      siteName: 'The Daily',
      lang: 'en-us',
      publishedTime: '2023-04-28T13:53:25Z',
    });
  });
  it('ignores broken JSON-LD and an author that is the site itself', () => {
    const doc = parseHtml(`<html><head><title>Tin A - Dân Trí</title><meta name="author" content="Dân Trí">
      <meta property="og:site_name" content="Báo điện tử Dân Trí"><script type="application/ld+json">{broken</script></head><body></body></html>`);
    const meta = readMetadata(doc, 'https://dantri.com.vn/a.htm');
    expect(meta.byline).toBeNull();
    expect(meta.title).toBe('Tin A');
  });
});

describe('resolveLang', () => {
  const vi = 'Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến tổng kết ngành Tổ chức xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021.';
  const en = 'The Federal Reserve raised interest rates on Wednesday and said that it was likely to raise them again in the spring.';
  it.each([
    ['vi', vi, 'vi'],
    ['en-us', vi, 'vi'],
    [null, en, 'en'],
    ['en-GB'.toLowerCase(), en, 'en-gb'],
    ['de', 'Die Bundespolizei registrierte im November 1.246 unerlaubte Einreisen mit einem Bezug zu Belarus.', 'de'],
  ])('declared %s → %s', (declared, text, expected) => {
    expect(resolveLang(declared, text)).toBe(expected);
  });
});
