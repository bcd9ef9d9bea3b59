// DOM clean-up around Readability, from the shape of the markup: class/id tokens that name page
// chrome (related, share, comments, breadcrumb, cookie…), captions, and picture boxes. Readability
// keeps some of these (figure captions, an inline "Tin liên quan" box) and, on a page whose cookie
// banner is the largest text block, picks the banner; removing them first avoids both.

/** Class or id tokens of page chrome. Tokens, not substrings: "shareholders" is not "share". */
const CHROME_TOKEN =
  /(?:^|[-_\s])(?:related|relate|relates|relatedlist|lienquan|lien-quan|tinlienquan|readmore|read-more|more-news|morenews|share|shares|sharing|social|socials|sharebar|comment|comments|breadcrumb|breadcrumbs|tags|tag-list|taglist|keywords|newsletter|subscribe|subscription|cookie|cookies|consent|gdpr|ccpa|onetrust|promo|advert|advertisement|ads|adv|banner|popup|modal|caption|credit|credits|author-box|recommend|recommended|most-read|mostread|trending|sidebar)(?:$|[-_\s\d])/i;
/** Cookie and consent prompts: never an article wrapper, however much prose their notice holds. */
const CONSENT_TOKEN = /(?:^|[-_\s])(?:cookie|cookies|consent|gdpr|ccpa|onetrust)(?:$|[-_\s\d])/i;
/** Containers that hold a picture and its caption, by class token. */
const PICTURE_TOKEN = /(?:^|[-_\s])(?:image|img|photo|picture|pic|media|thumb|figure)(?:$|[-_\s\d])/i;
/** A chrome-named element larger than this share of the page's text is a layout wrapper: keep it. */
const MAX_CHROME_SHARE = 0.25;
/** A <p> with this much text outside links is a paragraph of prose, not a teaser or a label. */
const PROSE_PARAGRAPH = 80;
/** A chrome-named element holding this share of the page's prose wraps the article ("entry-content-read-more"). */
const MAX_CHROME_PROSE = 0.4;
/** Text beside a picture at least this long may be a paragraph of the story rather than its caption. */
const BODY_BESIDE_PICTURE = 120;
/** A picture box's own text is a caption: longer than this, it holds body text too. */
const MAX_PICTURE_TEXT = 300;

/** Inline elements: a keyword link ("cms-relate", "tag") inside a sentence is part of the sentence. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'MARK', 'ABBR', 'CITE', 'Q', 'SMALL', 'SUB', 'SUP']);
const TEXT_NODE = 3;

/** True for an inline element with running text beside it in its parent: removing it would cut a sentence. */
function isInRunningText(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName.toUpperCase()) || !el.parentElement) return false;
  for (const node of Array.from(el.parentElement.childNodes)) {
    if (node !== el && node.nodeType === TEXT_NODE && (node.textContent ?? '').trim().length > 0) return true;
  }
  return false;
}

/** Returns the element's class and id as one string for token tests. */
function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

/**
 * Returns each element's prose length (text outside links, in paragraphs long enough to be prose),
 * summed up its ancestors in one pass; the body's total is under `body`.
 */
function measureProse(body: Element): Map<Element, number> {
  const prose = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const linked = Array.from(p.querySelectorAll('a')).reduce((n, a) => n + (a.textContent?.trim().length ?? 0), 0);
    const own = (p.textContent?.trim().length ?? 0) - linked;
    if (own < PROSE_PARAGRAPH) continue;
    for (let el: Element | null = p; el; el = el === body ? null : el.parentElement) prose.set(el, (prose.get(el) ?? 0) + own);
  }
  return prose;
}

/** Removes page chrome (related, share, comments, cookie notices…) and captions from a document copy; never touches <body> itself. */
export function removePageChrome(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const limit = (body.textContent?.length ?? 0) * MAX_CHROME_SHARE;
  const prose = measureProse(body);
  const proseLimit = (prose.get(body) ?? 0) * MAX_CHROME_PROSE;
  for (const el of Array.from(body.querySelectorAll('figcaption, [class], [id]'))) {
    if (!el.isConnected) continue;
    const tag = el.tagName.toUpperCase(); // XHTML documents keep lowercase tag names
    if (tag === 'FIGCAPTION') {
      el.remove();
      continue;
    }
    if (!CHROME_TOKEN.test(namesOf(el)) || /^(?:BODY|HTML|MAIN|ARTICLE)$/.test(tag) || isInRunningText(el)) continue;
    // A wrapper that holds the headline or most of the prose holds the article, whatever its
    // class says ("content-with-sidebar", "modal-enabled", "entry-content-read-more").
    if ((el.textContent?.length ?? 0) > limit || el.querySelector('h1')) continue;
    if (proseLimit > 0 && !CONSENT_TOKEN.test(namesOf(el)) && (prose.get(el) ?? 0) >= proseLimit) continue;
    el.remove();
  }
}

/** A paragraph of prose beside a picture: long, holding no picture, and not a caption after it. */
function isBodyParagraph(p: Element): boolean {
  if (p.querySelector('img, picture') || (p.textContent?.trim().length ?? 0) < BODY_BESIDE_PICTURE) return false;
  const before = p.previousElementSibling;
  return !(before && /^(?:IMG|PICTURE|FIGURE|A)$/i.test(before.tagName) && (before.tagName.toUpperCase() !== 'A' || before.querySelector('img')));
}

/** Removes pictures, their captions and embedded media from Readability's content element. */
export function removeMedia(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('table, div, p, span, [class]'))) {
    if (!root.contains(el) || !el.querySelector('img, picture')) continue;
    const pictureBox = el.tagName.toUpperCase() === 'TABLE' || PICTURE_TOKEN.test(namesOf(el));
    if (!pictureBox || (el.textContent?.trim().length ?? 0) > MAX_PICTURE_TEXT) continue;
    // A photo story sets each paragraph under its picture, in one box: the paragraph stays.
    const prose = Array.from(el.querySelectorAll('p')).filter(isBodyParagraph);
    if (prose.length === 0) el.remove();
    else el.replaceWith(...prose);
  }
  for (const el of Array.from(root.querySelectorAll('figure, figcaption, picture, img, video, audio, iframe, svg'))) {
    el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!root.contains(el) || isInRunningText(el)) continue;
    if (CHROME_TOKEN.test(namesOf(el)) && (el.textContent?.length ?? 0) <= MAX_PICTURE_TEXT) el.remove();
  }
}
