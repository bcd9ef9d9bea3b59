import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { ExtractResult } from '../../../lib/protocol/messages';
import { Article, Summary } from '../../../lib/schema';
import { deriveSummary } from '../../../lib/summary';
import { parseHtml } from '../../../scripts/lib/load-page';

// Extraction and the summary never throw, whatever the page: they return a schema-valid result
// or a typed error (issue 6). Per-input time is bounded generously here; speed is the bench's job.

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../pages');
const PER_INPUT_MS = 5_000;

const FRAGMENTS = [
  'Đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh',
  'yêu cầu các sở, ngành khẩn trương', 'đạt 1.234,5 tỷ đồng, tăng 12,3%', 'Ảnh: Minh Châu',
  'Tin liên quan', 'Chỉ thị số 22/CT-TTg', 'President Joe Smith ordered agencies to', '$1.2 billion',
  'ngày 15/3/2025', '“', '”', ' - ', ';', ':', '...', '<script>alert(1)</script>', '**bold**',
  '[x](javascript:alert(1))', '\u200b', '\u00a0', 'Uỷ ban', 'Ð', '٣٤٥', 'שלום', '中华人民共和国', '😀',
  '1.2.3.4.5.6', '99999999999999999999999', '-0,0', 'Mr.', 'TP.', 'GS.TS', '\n\n', '\t',
];

const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 30 }).map((parts) => parts.join(' '));

const article = fc.record({
  url: fc.constantFrom('https://example.org/a', ''),
  title: text,
  byline: fc.option(text, { nil: null }),
  siteName: fc.option(text, { nil: null }),
  lang: fc.option(fc.constantFrom('vi', 'en', 'en-US', 'de', 'zh-CN', 'ar', 'xx', '', 'not a tag'), { nil: null }),
  publishedTime: fc.option(fc.constantFrom('2021-03-12', 'yesterday', ''), { nil: null }),
  lead: text,
  paragraphs: fc.array(text, { maxLength: 12 }),
});

const TAGS = ['div', 'p', 'span', 'a', 'h1', 'h2', 'figure', 'figcaption', 'ul', 'li', 'table', 'td', 'article', 'nav', 'aside', 'section', 'blockquote', 'br', 'img', 'script', 'style', 'template', 'iframe', 'svg'];
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom('', ' class="sapo"', ' class="related"', ' id="main"', ' style="display:none"', ' dir="rtl"', ' lang="vi"'), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  ),
})).node;

function parse(source: string): Document {
  return parseHtml(source, 'https://example.org/page').window.document;
}

function briefOrError(doc: Document): void {
  const started = performance.now();
  const result = ExtractResult.parse(extractArticle(doc, 'https://example.org/page'));
  if (result.ok) Summary.parse(deriveSummary(Article.parse(result.data)));
  expect(performance.now() - started).toBeLessThan(PER_INPUT_MS);
}

describe('never throws', () => {
  it('deriveSummary on arbitrary articles returns a valid Summary', () => {
    fc.assert(
      fc.property(article, (input) => {
        Summary.parse(deriveSummary(input));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('extraction + summary on generated HTML returns a valid result or a typed error', () => {
    fc.assert(
      fc.property(html, fc.constantFrom('vi', 'en', ''), (body, lang) => {
        briefOrError(parse(`<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`));
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  const fixtures = existsSync(PAGES)
    ? readdirSync(PAGES).map((slug) => join(PAGES, slug, 'source.html')).filter((path) => existsSync(path))
    : [];

  it('extraction + summary on mutated fixture pages returns a valid result or a typed error', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    const pages = fixtures.map((path) => readFileSync(path, 'utf8'));
    const mutation = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('cut', 'repeat', 'insert', 'unclose'), fc.constantFrom(...FRAGMENTS, '<div><p>', '</p></div></body>', '<table><tr><td>', '<!--', '<![CDATA['));
    fc.assert(
      fc.property(fc.nat(pages.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, edits) => {
        let page = pages[index]!;
        for (const [a, b, kind, insert] of edits) {
          const start = a % page.length;
          const end = Math.min(page.length, start + (b % 5000));
          if (kind === 'cut') page = page.slice(0, start) + page.slice(end);
          else if (kind === 'repeat') page = page.slice(0, end) + page.slice(start, end) + page.slice(end);
          else if (kind === 'insert') page = page.slice(0, start) + insert + page.slice(start);
          else page = page.slice(0, start).replace(/<\/(p|div|article)>/g, '');
        }
        briefOrError(parse(page));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
