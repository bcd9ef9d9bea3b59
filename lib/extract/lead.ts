import { hasAgencyPrefix, normalizeSpace, stripAgencyPrefix, toParagraphKey } from './debris';

// The sapo / standfirst: Readability drops it when it sits outside the body container (Dân trí's
// `h2.singular-sapo`), so we look for it ourselves in the marked-up class names and in the meta
// description, and keep it out of the paragraphs so it is not read twice.

/** Class or id tokens sites use for the standfirst: "article__summary", "singular-sapo", "dek"… */
const LEAD_CLASS =
  /(?:^|[-_\s])(?:sapo|summary|lead|standfirst|excerpt|intro|subtitle|sub-title|dek|chapeau|teaser|abstract|description|desc|lede)(?:$|[-_\s\d])/i;
/** Not a standfirst even when its class says "summary": lists, pictures, page chrome. */
const LEAD_EXCLUDED = 'nav, footer, aside, header nav, a, li, figure, figcaption, form, [aria-hidden="true"]';
const MIN_LEAD = 40;
const MAX_LEAD = 1000;
/** A first paragraph this short (and three sentences or fewer) reads as a standfirst in plain text. */
const MAX_STANDFIRST = 600;
const SENTENCE_END = /[.!?…。！？](?:["'”’)\]]*)(?=\s|$)/gu;
const ELLIPSIS_END = /\s*(?:\.\.\.|…)\s*$/u;

/** Returns the first paragraph as the lead when it is a sapo (agency prefix or short standfirst), prefix removed. */
export function splitLead(paragraphs: readonly string[]): { lead: string; paragraphs: string[] } {
  const [first = '', ...rest] = paragraphs;
  const sentences = first.match(SENTENCE_END)?.length ?? 0;
  const standfirst = first.length <= MAX_STANDFIRST && sentences <= 3 && rest.length >= 2;
  if (first.length >= MIN_LEAD && (hasAgencyPrefix(first) || standfirst)) {
    return { lead: stripAgencyPrefix(first), paragraphs: rest };
  }
  return { lead: '', paragraphs: [...paragraphs] };
}

/** Returns the text of the page's marked-up standfirst element, or '' when there is none. */
export function findLeadElement(doc: Document, title = ''): string {
  const titleKey = toParagraphKey(title);
  const candidates = doc.body?.querySelectorAll('[class], [id]') ?? [];
  for (const el of Array.from(candidates)) {
    const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!LEAD_CLASS.test(name) || el.closest(LEAD_EXCLUDED)) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length < MIN_LEAD || text.length > MAX_LEAD) continue;
    // A header block (section name + headline + standfirst) is not the standfirst itself.
    if (el.querySelector('h1') || (titleKey && toParagraphKey(text).includes(titleKey))) continue;
    const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
    if (linked > text.length * 0.3 || el.querySelectorAll('p, li, img').length > 3) continue;
    return text;
  }
  return '';
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#39': "'" };

/** Decodes the few entities a CMS leaves double-escaped in meta content ("&amp;quot;"). */
function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|apos|lt|gt|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** True for a label in Title Case ("The White House Office of the Press Secretary"), not a sentence. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.7;
}

/** Returns the page's meta description (og:, twitter: or plain), or ''. */
export function readMetaDescription(doc: Document): string {
  const selectors = ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]'];
  for (const selector of selectors) {
    // Some CMSs put escaped HTML in the description: keep its text only.
    const content = normalizeSpace(decodeEntities((doc.querySelector(selector)?.getAttribute('content') ?? '').replace(/<[^>]*>/g, ' ')));
    if (content.length >= MIN_LEAD) return content;
  }
  return '';
}

/** True when `short` (perhaps cut off with "…") is the opening of `long`, ignoring case and punctuation. */
function opens(long: string, short: string): boolean {
  const key = toParagraphKey(stripAgencyPrefix(short.replace(ELLIPSIS_END, '')));
  return key.length > 0 && toParagraphKey(stripAgencyPrefix(long)).startsWith(key);
}

/** True when most of the lead's words occur in the article, so it describes this page, not the site. */
function isAbout(lead: string, article: string): boolean {
  const words = lead.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  if (words.length === 0) return false;
  const vocabulary = new Set(article.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
  return words.filter((w) => vocabulary.has(w)).length >= words.length * 0.5;
}

/** A paragraph this short ahead of the sapo is a kicker or a dateline, not body text the sapo may jump over. */
const MAX_KICKER = 120;

/** Returns the index among the first paragraphs that the candidate lead is (or opens), or -1. */
function findLeadParagraph(paragraphs: readonly string[], candidate: string, maxIndex: number): number {
  const candidateKey = toParagraphKey(stripAgencyPrefix(candidate.replace(ELLIPSIS_END, '')));
  for (let i = 0; i <= Math.min(maxIndex, paragraphs.length - 1); i++) {
    const p = paragraphs[i]!;
    if (toParagraphKey(p).includes(candidateKey) || (p.length >= candidate.length * 0.6 && opens(candidate, p))) return i;
    if (p.length > MAX_KICKER) break;
  }
  return -1;
}

/**
 * Returns the lead and the body paragraphs without it: the marked-up sapo (added when the body
 * lacks it, as the page shows it), else the first paragraph when the meta description is that
 * paragraph, else a sapo-like first paragraph. Never adds text the page does not show: a meta
 * description that is not in the body (an SEO blurb, a site slogan) is not used.
 */
export function chooseLead(
  paragraphs: readonly string[],
  title: string,
  element: string,
  description: string,
): { lead: string; paragraphs: string[] } {
  const article = `${title} ${paragraphs.slice(0, 4).join(' ')}`;
  const usable = (text: string) =>
    text.length >= MIN_LEAD && toParagraphKey(text) !== toParagraphKey(title) && !isTitleCase(text) && isAbout(text, article);
  const take = (i: number) => ({ lead: stripAgencyPrefix(paragraphs[i]!), paragraphs: paragraphs.filter((_, j) => j !== i) });
  if (usable(element)) {
    // The sapo is often the first paragraph again, behind a dateline or with a link appended.
    const at = findLeadParagraph(paragraphs, element, 2);
    if (at >= 0) return take(at);
    const lead = stripAgencyPrefix(element);
    const key = toParagraphKey(lead);
    return { lead, paragraphs: paragraphs.filter((p) => toParagraphKey(stripAgencyPrefix(p)) !== key) };
  }
  // The description is often the first paragraph cut short: then that paragraph is the lead.
  if (usable(description) && findLeadParagraph(paragraphs, description, 0) === 0) return take(0);
  return splitLead(paragraphs);
}
