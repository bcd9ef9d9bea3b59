import { describe, expect, it } from 'vitest';
import { articleText, extractArticle } from '../../../lib/extract';
import { normalizeSpace, toParagraphKey } from '../../../lib/extract/debris';
import { loadPage } from './load-page';

// The clean-up rules, checked on the fixture pages against their own markup: whatever a page marks
// as a caption or as a related-news block must not reach the body, and the lead the page shows is kept.

const ARTICLES = ['baonghean-seed', 'vnexpress-1', 'politico-1', 'reuters-2', 'whitehouse-1'];
/** Class tokens of related-news blocks, as sites name them. */
const RELATED_CLASS = /(?:^|[-_\s])(?:related|relate|lienquan|tinlienquan|more-news|readmore|read-more)(?:$|[-_\s\d])/i;

/** Returns the normalised texts of the elements matching the test, keeping those long enough to be telling. */
function textsOf(elements: Element[], min = 25): string[] {
  return elements.map((el) => normalizeSpace(el.textContent ?? '')).filter((t) => t.length >= min);
}

describe.each(ARTICLES)('%s: clean-up on the fixture page', (slug) => {
  const { doc, url } = loadPage(slug);
  const result = extractArticle(doc, url);
  if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
  const article = result.data;
  const body = toParagraphKey(articleText(article));
  const shown = toParagraphKey(doc.body.textContent ?? '');

  const captions = textsOf([...doc.querySelectorAll('figcaption, [class*="caption"], [class*="Caption"]')]);
  it.each(captions.map((c) => [c.slice(0, 60), c]))('no caption in the body: %s', (_short, caption) => {
    expect(body).not.toContain(toParagraphKey(caption));
  });

  const related = [...doc.querySelectorAll('[class]')].filter((el) => RELATED_CLASS.test(el.getAttribute('class') ?? ''));
  const headlines = textsOf(related.flatMap((el) => [...el.querySelectorAll('a')]));
  it.each(headlines.map((h) => [h.slice(0, 60), h]))('no related headline in the body: %s', (_short, headline) => {
    expect(article.paragraphs.map(toParagraphKey)).not.toContain(toParagraphKey(headline));
  });

  it('keeps a lead the page shows, and the body opens with it', () => {
    expect(article.lead.length).toBeGreaterThan(40);
    expect(shown).toContain(toParagraphKey(article.lead));
    expect(body.startsWith(toParagraphKey(article.lead))).toBe(true);
  });
});

describe('the fixture pages exercise the rules', () => {
  it('holds captions and related blocks to check', () => {
    let captions = 0;
    let related = 0;
    for (const slug of ARTICLES) {
      const { doc } = loadPage(slug);
      captions += textsOf([...doc.querySelectorAll('figcaption, [class*="caption"], [class*="Caption"]')]).length;
      related += [...doc.querySelectorAll('[class]')].filter((el) => RELATED_CLASS.test(el.getAttribute('class') ?? '')).length;
    }
    expect(captions).toBeGreaterThan(3);
    expect(related).toBeGreaterThan(1);
  });
});
