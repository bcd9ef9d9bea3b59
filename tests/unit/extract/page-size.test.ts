import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { PAGE_LIMITS, type PageLimits, capParagraphs, cropPage, fitsLimits } from '../../../lib/extract/page-size';
import { ExtractResult } from '../../../lib/protocol/messages';
import { URL_, articlePage, deepPage, parse, prose } from './huge-pages';

// Huge pages (issue 6): 100,000 paragraphs, megabytes of text, thousands of nested divs. The
// extractor reads them up to PAGE_LIMITS and marks the article truncated, or refuses with
// 'too-large'; it never walks the whole page recursively.

const SMALL: PageLimits = { maxElements: 60, maxTextChars: 20_000, maxDepth: 12, maxArticleChars: 3_000 };

describe('fitsLimits', () => {
  it.each([
    ['a page within every limit fits', articlePage(10), true],
    ['more elements than maxElements do not', articlePage(80), false],
    ['more text than maxTextChars does not', `<body><p>${'chữ '.repeat(6_000)}</p></body>`, false],
    ['megabytes of inline script or style still fit', `<head><script>${'x'.repeat(30_000)}</script><style>${'y'.repeat(30_000)}</style></head><body><p>Ngắn.</p></body>`, true],
  ])('%s', (_, html, fits) => {
    expect(fitsLimits(parse(html), SMALL)).toBe(fits);
  });

  it('counts nesting deeper than maxDepth as over the limits', () => {
    expect(fitsLimits(deepPage(8), SMALL)).toBe(true);
    expect(fitsLimits(deepPage(20), SMALL)).toBe(false);
  });
});

describe('cropPage', () => {
  it('keeps the head and the first elements in document order, within maxElements', () => {
    const doc = parse(articlePage(200));
    const crop = cropPage(doc, SMALL);
    expect(crop.getElementsByTagName('*').length).toBeLessThanOrEqual(SMALL.maxElements);
    expect(crop.title).toBe('Trang rất dài');
    expect(crop.querySelector('h1')?.textContent).toBe('Trang rất dài');
    const kept = Array.from(crop.querySelectorAll('p'), (p) => p.textContent);
    expect(kept.slice(0, 3)).toEqual([prose(0), prose(1), prose(2)]);
    expect(crop.URL).toBe(URL_);
  });

  it('never changes the page', () => {
    const doc = parse(articlePage(200));
    const before = doc.documentElement.outerHTML;
    cropPage(doc, SMALL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('stops at maxTextChars', () => {
    const crop = cropPage(parse(`<body><p>${'a'.repeat(15_000)}</p><p>${'b'.repeat(15_000)}</p></body>`), SMALL);
    expect(crop.body.textContent).toHaveLength(SMALL.maxTextChars);
  });

  it('unwraps elements deeper than maxDepth, keeping their text', () => {
    const crop = cropPage(deepPage(40), SMALL);
    let depth = 0;
    for (let el: Element | null = crop.querySelector('p'); el; el = el.parentElement) depth++;
    expect(depth).toBeLessThanOrEqual(SMALL.maxDepth);
    expect(crop.body.textContent).toContain(prose(5));
  });
});

describe('capParagraphs', () => {
  it.each([
    ['everything fits', 'lead', ['aaa', 'bbb'], 20, ['aaa', 'bbb'], false],
    ['whole paragraphs, the last cut at a space', '', ['aaaa', 'bb cc dd'], 10, ['aaaa', 'bb…'], true],
    ['a paragraph with no room left is dropped', 'lead', ['aaaa', 'bbbb'], 8, ['aaaa'], true],
    ['no room at all after the lead', 'a long lead', ['x'], 5, [], true],
  ])('%s', (_, lead, paragraphs, max, expected, truncated) => {
    expect(capParagraphs(lead, paragraphs, max)).toEqual({ paragraphs: expected, truncated });
  });
});

describe('extractArticle on huge pages', () => {
  it('reads a page over the limits up to them and marks the article truncated', () => {
    const result = ExtractResult.parse(extractArticle(parse(articlePage(300)), URL_, SMALL));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.truncated).toBe(true);
    expect([result.data.lead, ...result.data.paragraphs].join('').length).toBeLessThanOrEqual(SMALL.maxArticleChars);
    expect(result.data.paragraphs.some((p) => p.includes(prose(1)))).toBe(true);
  });

  it('caps a long article that fits the page limits, and leaves an ordinary one unmarked', () => {
    const limits = { ...SMALL, maxElements: 1_000, maxTextChars: 200_000 };
    const long = ExtractResult.parse(extractArticle(parse(articlePage(100)), URL_, limits));
    expect(long.ok && long.data.truncated).toBe(true);
    const short = ExtractResult.parse(extractArticle(parse(articlePage(10)), URL_, limits));
    expect(short.ok && short.data.truncated).toBeUndefined();
  });

  it('refuses with too-large when the part it can read holds no article', () => {
    const links = Array.from({ length: 100 }, (_, i) => `<li><a href="/a${i}">Tin ${i}</a></li>`).join('');
    const result = extractArticle(parse(articlePage(50, `<nav><ul>${links}</ul></nav>`)), URL_, SMALL);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
