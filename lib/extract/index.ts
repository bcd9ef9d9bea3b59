import { Readability } from '@mozilla/readability';
import type { ExtractResult } from '../protocol/messages';
import { fail } from '../protocol/fail';
import { removeMedia, removePageChrome } from './clean-up';
import { resolveLang } from './detect-lang';
import { filterParagraphs } from './filter-paragraphs';
import { chooseLead, findLeadElement, readMetaDescription } from './lead';
import { declaresArticle, readMetadata } from './metadata';
import { judgeArticleText, judgeShape } from './not-article';
import { judgeStoryList } from './story-list';
import { collectBlocks } from './paragraphs';
import { PAGE_LIMITS, type PageLimits, capParagraphs, cropPage, fitsLimits } from './page-size';
import { splitTrailingByline } from './byline';

/** Returns the article body as plain text (lead, then paragraphs, blank-line separated); no title, no byline. */
export function articleText(article: { lead: string; paragraphs: readonly string[] }): string {
  return [article.lead, ...article.paragraphs].filter(Boolean).join('\n\n');
}

/**
 * Returns the page's article (title, metadata, lead, plain-text paragraphs) or a typed
 * 'not-article' / 'too-large' failure; reads a clone, never changes `doc`. A page beyond `limits`
 * is read up to them and its article marked `truncated`.
 */
export function extractArticle(doc: Document, url: string, limits: PageLimits = PAGE_LIMITS): ExtractResult {
  try {
    return readArticle(doc, url, limits);
  } catch (error) {
    // A DOM that a browser (or jsdom) built but cannot clone or walk — e.g. a doctype with an
    // empty name from a truncated page — is a typed failure, never an exception in the tab.
    return fail('internal', `This page could not be read: ${String(error)}`);
  }
}

function readArticle(page: Document, url: string, limits: PageLimits): ExtractResult {
  // A page over the limits is read from a cropped copy: everything below (metadata, lead, Readability)
  // then costs what a long article costs, whatever the page's size or depth.
  const cropped = !fitsLimits(page, limits);
  const doc = cropped ? cropPage(page, limits) : page;
  const description = readMetaDescription(doc);
  const clone = doc.cloneNode(true) as Document;
  removePageChrome(clone);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // keepClasses: the clean-up after Readability reads caption/related class names too.
    // maxElemsToParse: a second guard; the crop keeps the page under it.
    parsed = new Readability<Node>(clone, {
      keepClasses: true,
      serializer: (node) => node,
      maxElemsToParse: limits.maxElements + 1,
    }).parse();
  } catch (error) {
    return fail(cropped ? 'too-large' : 'internal', `Readability could not read this page: ${String(error)}`);
  }
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) {
    return cropped ? tooLarge() : fail('not-article', 'This page has no block of article text.');
  }
  removeMedia(content as Element);
  const meta = readMetadata(doc, url, parsed);
  const leadElement = findLeadElement(doc, meta.title);
  const blocks = collectBlocks(content as Element);
  const body = filterParagraphs(blocks, [meta.title]);
  const { lead, paragraphs: withByline } = chooseLead(body, meta.title, leadElement, description);
  const { paragraphs: uncapped, byline } = splitTrailingByline(withByline);
  const { paragraphs, truncated } = capParagraphs(lead, uncapped, limits.maxArticleChars);
  const declared = declaresArticle(doc);
  const verdict =
    judgeStoryList(doc, paragraphs, url) ??
    judgeShape(blocks, [lead, ...paragraphs], declared) ??
    judgeArticleText([lead, ...paragraphs], declared);
  // The first part of a huge page holding no article says nothing about the rest: too large, not "not an article".
  if (!verdict.ok) return cropped ? tooLarge() : fail('not-article', verdict.reason);
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
      ...(cropped || truncated ? { truncated: true } : {}),
    },
  };
}

function tooLarge(): ExtractResult {
  return fail('too-large', 'This page is too large to read whole, and its first part holds no article.');
}
