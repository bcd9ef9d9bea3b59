import { Readability } from '@mozilla/readability';
import type { ExtractResult } from '../protocol';
import { fail } from '../fail';
import { removeMedia, removePageChrome } from './clean-up';
import { resolveLang } from './detect-lang';
import { filterParagraphs } from './filter-paragraphs';
import { chooseLead, findLeadElement, readMetaDescription } from './lead';
import { declaresArticle, readMetadata } from './metadata';
import { judgeArticleText, judgeShape } from './not-article';
import { collectBlocks } from './paragraphs';
import { splitTrailingByline } from './byline';

/** Returns the article body as plain text (lead, then paragraphs, blank-line separated); no title, no byline. */
export function articleText(article: { lead: string; paragraphs: readonly string[] }): string {
  return [article.lead, ...article.paragraphs].filter(Boolean).join('\n\n');
}

/**
 * Returns the page's article (title, metadata, lead, plain-text paragraphs) or a typed
 * 'not-article' failure; reads a clone, never changes `doc`.
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  try {
    return readArticle(doc, url);
  } catch (error) {
    // A DOM that a browser (or jsdom) built but cannot clone or walk — e.g. a doctype with an
    // empty name from a truncated page — is a typed failure, never an exception in the tab.
    return fail('internal', `This page could not be read: ${String(error)}`);
  }
}

function readArticle(doc: Document, url: string): ExtractResult {
  const description = readMetaDescription(doc);
  const clone = doc.cloneNode(true) as Document;
  removePageChrome(clone);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // keepClasses: the clean-up after Readability reads caption/related class names too.
    parsed = new Readability<Node>(clone, { keepClasses: true, serializer: (node) => node }).parse();
  } catch (error) {
    return fail('internal', `Readability could not read this page: ${String(error)}`);
  }
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) {
    return fail('not-article', 'This page has no block of article text.');
  }
  removeMedia(content as Element);
  const meta = readMetadata(doc, url, parsed);
  const leadElement = findLeadElement(doc, meta.title);
  const blocks = collectBlocks(content as Element);
  const body = filterParagraphs(blocks, [meta.title]);
  const { lead, paragraphs: withByline } = chooseLead(body, meta.title, leadElement, description);
  const { paragraphs, byline } = splitTrailingByline(withByline);
  const declared = declaresArticle(doc);
  const verdict = judgeShape(blocks, [lead, ...paragraphs], declared) ?? judgeArticleText([lead, ...paragraphs], declared);
  if (!verdict.ok) return fail('not-article', verdict.reason);
  return {
    ok: true,
    data: {
      url,
      title: meta.title,
      byline: meta.byline ?? byline,
      siteName: meta.siteName,
      lang: resolveLang(meta.lang, paragraphs.join('\n')),
      publishedTime: meta.publishedTime,
      lead,
      paragraphs,
    },
  };
}
