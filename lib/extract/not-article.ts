// The "is this an article?" decision. Readability happily returns the biggest text block of a
// homepage, a forum thread or a cookie banner; the brief would then list nonsense. A page is an
// article when its body is long enough, written in sentences, and not mostly links or prompts.

/** CJK scripts pack a word into one or two characters: weigh them so a short Chinese article counts. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Sentence ends: Latin, CJK and Devanagari full stops, question and exclamation marks. */
const SENTENCE_END = /[.!?…。！？।](?:["'”’)\]]*)(?:\s|$)|[。！？]/gu;
const COOKIE_WORDS =
  /(?<!\p{L})(?:cookies?|privacy|consent|opt[ -]out|personal (?:data|information)|advertising partners|do not sell|ccpa|gdpr)(?!\p{L})/giu;

/** Fewest weighted characters of body text an article has (a short news brief is ~500). */
export const MIN_ARTICLE_CHARS = 450;
/** On a page that declares itself an article (JSON-LD, article:published_time), a teaser of two or three sentences still is one. */
const MIN_DECLARED_CHARS = 200;

export type TextVerdict = { ok: true } | { ok: false; reason: string };

/** Returns the body length with CJK characters counted three times, as a rough word-equivalent. */
export function measureText(text: string): number {
  return text.length + 2 * (text.match(DENSE_SCRIPT)?.length ?? 0);
}

/**
 * Judges extracted paragraphs as article text or not; does not look at the DOM. `declared`: the
 * page's markup says it is an article, so a short text is a short article, not a headline list.
 */
export function judgeArticleText(paragraphs: readonly string[], declared = false): TextVerdict {
  const text = paragraphs.join('\n');
  const size = measureText(text);
  if (size < (declared ? MIN_DECLARED_CHARS : MIN_ARTICLE_CHARS)) {
    return { ok: false, reason: 'This page has too little text to be an article.' };
  }
  const sentences = text.match(SENTENCE_END)?.length ?? 0;
  // A list of headlines has many short lines and few full stops.
  if (!declared && sentences < 3 && size < 1500) {
    return { ok: false, reason: 'This page holds headlines or captions rather than an article.' };
  }
  const cookieHits = text.match(COOKIE_WORDS)?.length ?? 0;
  const words = text.match(/\p{L}+/gu)?.length ?? 1;
  if (cookieHits >= 4 && cookieHits / words > 0.02) {
    return { ok: false, reason: 'The readable part of this page is a cookie or privacy notice, not an article.' };
  }
  return { ok: true };
}

/** Above this share of link text, Readability's block is a list of headlines (a homepage section). */
const MAX_LINK_DENSITY = 0.5;
/** Paragraphs of at least this weighted length are prose; a thread or a listing is mostly shorter. */
const PROSE_PARAGRAPH = 120;
const MIN_PROSE_SHARE = 0.55;

/**
 * Judges the shape of the extracted body: mostly links (a homepage) or mostly short lines (a forum
 * thread, a photo page, a listing) is not an article. Returns null when the shape is fine. On a
 * page `declared` an article, short lines are a list or a table inside it (results, a recipe).
 */
export function judgeShape(
  blocks: readonly { text: string; linkDensity: number }[],
  paragraphs: readonly string[],
  declared = false,
): TextVerdict | null {
  let all = 0;
  let linked = 0;
  for (const block of blocks) {
    const size = measureText(block.text);
    all += size;
    linked += size * block.linkDensity;
  }
  if (all > 0 && linked / all > MAX_LINK_DENSITY) {
    return { ok: false, reason: 'This page is mostly links to other pages, not an article.' };
  }
  const sizes = paragraphs.filter(Boolean).map(measureText);
  const total = sizes.reduce((a, b) => a + b, 0);
  const prose = sizes.filter((n) => n >= PROSE_PARAGRAPH).reduce((a, b) => a + b, 0);
  if (!declared && total > 0 && prose / total < MIN_PROSE_SHARE) {
    return { ok: false, reason: 'This page is made of short posts or captions (a forum, a photo or list page), not an article.' };
  }
  return null;
}
