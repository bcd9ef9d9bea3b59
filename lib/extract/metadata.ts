import { normalizeSpace, toParagraphKey } from './debris';

// Title, site, date, language and author, read from the page's own markup (meta, JSON-LD, <time>,
// <html lang>) before Readability: its guesses come last, they are often the site's name.

export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

/** What Readability found, used only where the page says nothing itself. */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /(?:^|\s)(?:\w*Article|ReportageNews|BlogPosting|Report|WebPage)$/;
/** JSON-LD types that say "this page is one article" (WebPage does not: homepages use it too). */
const DECLARED_ARTICLE = /(?:^|\s)(?:\w*Article|ReportageNews|BlogPosting|Report)$/;
const TITLE_SEPARATOR = /\s(?:[-–—|:·»]|::)\s/;
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="article:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
  'meta[property="og:published_time"]',
];
const MAX_BYLINE = 100;

/** Returns the content of the first meta tag matching one of the selectors, or ''. */
function readMeta(doc: Document, ...selectors: string[]): string {
  for (const selector of selectors) {
    const value = normalizeSpace(doc.querySelector(selector)?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return '';
}

/** Returns the JSON-LD objects of the page, flattening arrays and @graph; skips invalid JSON. */
function readJsonLd(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as Json);
      const graph = (value as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its problem: the other sources still work.
    }
  }
  return found.filter((item) => [item['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)));
}

/**
 * True when the page declares itself one article: a JSON-LD Article/NewsArticle/BlogPosting, an
 * article:published_time meta, microdata articleBody, or a single <article> holding the headline.
 * og:type is not enough: homepages and forums set it to "article"; a thread has one <article> per post.
 */
export function declaresArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"], [itemprop="articleBody"]')) return true;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1 && articles[0]!.querySelector('h1')) return true;
  return readJsonLd(doc).some((item) => [item['@type']].flat().some((t) => typeof t === 'string' && DECLARED_ARTICLE.test(t)));
}

/** Returns the name(s) in a JSON-LD person/organisation value ("X", {name}, [{name}…]). */
function readName(value: unknown): string {
  const names = [value].flat().map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v ? (v as Json).name : ''));
  return normalizeSpace(names.filter((n): n is string => typeof n === 'string' && n.length > 0).join(', '));
}

/** Folds diacritics and case so "Báo Nghệ An" and "baonghean" compare equal. */
function foldKey(text: string): string {
  return toParagraphKey(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd'));
}

/** Returns the title without a " - Site name" suffix or "Site | " prefix; unchanged when no side names the site. */
export function stripSiteName(title: string, siteName: string | null, host: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = new Set([siteName, host.replace(/^www\./, '').split('.')[0], host.replace(/^www\./, '')].filter(Boolean).map((s) => foldKey(s!)));
  const namesSite = (part: string) => {
    const key = foldKey(part);
    return key.length > 0 && [...site].some((s) => s.length > 2 && (key === s || key.includes(s) || s.includes(key)));
  };
  const last = parts[parts.length - 1]!;
  if (namesSite(last)) return normalizeSpace(parts.slice(0, -1).join(' - '));
  if (namesSite(parts[0]!)) return normalizeSpace(parts.slice(1).join(' - '));
  return title;
}

/** Returns an <h1> that holds most of the title: the headline as the page prints it, or ''. */
function readHeadline(doc: Document, title: string): string {
  const titleKey = toParagraphKey(title);
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) {
    const text = normalizeSpace(h1.textContent ?? '');
    const key = toParagraphKey(text);
    if (key.length >= titleKey.length * 0.5 && titleKey.includes(key)) return text;
  }
  return '';
}

/** Returns "vi", "en-us", "pt-br": lowercase, "_" as "-"; null for empty or invalid tags. */
function normalizeLang(tag: string | null | undefined): string | null {
  const value = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(value) ? value : null;
}

const BYLINE_LABEL = /^(?:written by|by|theo|tác giả|author)\s?:?\s/iu;

/** True for a byline that names a person rather than the site, a URL, a date or a section. */
function isPersonByline(byline: string, siteName: string | null): boolean {
  if (!byline || byline.length > MAX_BYLINE || /\d|https?:|www\.|\.(?:vn|com|net)\b/i.test(byline)) return false;
  if (!siteName) return true;
  const name = foldKey(byline);
  const site = foldKey(siteName);
  return !site.includes(name) && !name.includes(site);
}

/**
 * Returns title, site, date, language and author from the page's markup, falling back to
 * Readability's values; will not guess a date from the text.
 */
export function readMetadata(doc: Document, url: string, fallback: ReadabilityMetadata = {}): PageMetadata {
  const ld = readJsonLd(doc);
  const fromLd = (key: string) => ld.map((item) => item[key]).find((v) => v !== undefined && v !== null && v !== '');
  const publisher = fromLd('publisher');
  const siteName =
    readMeta(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ||
    readName(publisher) ||
    normalizeSpace(fallback.siteName ?? '') ||
    null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // A relative or odd URL only costs us the host-name comparison.
  }
  const rawTitle =
    readMeta(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ||
    (typeof fromLd('headline') === 'string' ? normalizeSpace(fromLd('headline') as string) : '') ||
    normalizeSpace(doc.title) ||
    normalizeSpace(fallback.title ?? '');
  const stripped = stripSiteName(rawTitle, siteName, host);
  const title = readHeadline(doc, stripped) || stripped;

  const timeElement = doc.querySelector('article time[datetime], time[datetime]');
  const publishedTime =
    readMeta(doc, ...DATE_META) ||
    (typeof fromLd('datePublished') === 'string' ? (fromLd('datePublished') as string).trim() : '') ||
    (timeElement?.getAttribute('datetime') ?? '').trim() ||
    normalizeSpace(fallback.publishedTime ?? '') ||
    null;

  const lang =
    normalizeLang(doc.documentElement?.getAttribute('lang')) ||
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ||
    normalizeLang(readMeta(doc, 'meta[http-equiv="content-language"]', 'meta[http-equiv="Content-Language"]', 'meta[name="language"]')) ||
    normalizeLang(readMeta(doc, 'meta[property="og:locale"]')) ||
    normalizeLang(fallback.lang);

  const bylines = [readName(fromLd('author')), readMeta(doc, 'meta[name="author"]', 'meta[property="article:author"]'), normalizeSpace(fallback.byline ?? '')];
  const byline = bylines.map((b) => b.replace(BYLINE_LABEL, '')).find((b) => isPersonByline(b, siteName)) ?? null;
  return { title, byline, siteName, lang, publishedTime };
}
