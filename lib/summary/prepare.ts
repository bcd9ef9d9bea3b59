import type { Article } from '../schema';
import { prepareDisplayText } from '../text/normalize';
import { pageNumberStyle } from '../text/numbers';
import { splitSentences } from '../text/sentences';
import { matchPhrase, tokenize, type PhraseIndex, type Token } from './tokens';

/** One sentence of the article, tokenised, with where it stands. */
export interface Sentence {
  id: number;
  /** Index into [lead, ...paragraphs]: 0 is the lead. */
  para: number;
  text: string;
  tokens: Token[];
  /** An all-caps subheading: restates the body, so no items are taken from it. */
  heading: boolean;
  /** Tokens from this index on are a photo credit, byline or related-news debris. */
  limit: number;
}

/** The article as the stages read it. */
export interface PreparedArticle {
  sentences: Sentence[];
  /** Display text of [lead, ...paragraphs]. */
  paragraphs: string[];
  /** The headline as one sentence (id and para -1), read only for the officials it names; null when there is none. */
  headline: Sentence | null;
}

const UPPER_LETTER_RE = /\p{Lu}/gu;
const LETTER_RE = /\p{L}/gu;
const END_PUNCT_RE = /[.!?…:;"”»)。！？]$/;
const DIGIT_RE = /\d/;

// Runs of letters that are not uppercase. A heading needs upper > 4 × these letters, and upper +
// these ≤ length, so once they reach a fifth of the length the paragraph cannot be a heading: most
// paragraphs are rejected after reading a quarter of them, without building arrays of matches.
const NON_UPPER_RUN_RE = /[^\P{L}\p{Lu}]+/gu;
// A run's length counts its letters only when no letter takes two UTF-16 units.
const SURROGATE_RE = /[\uD800-\uDFFF]/;

function hasManyNonUpperLetters(paragraph: string): boolean {
  const bound = paragraph.length / 5;
  NON_UPPER_RUN_RE.lastIndex = 0;
  let nonUpper = 0;
  for (let m = NON_UPPER_RUN_RE.exec(paragraph); m; m = NON_UPPER_RUN_RE.exec(paragraph)) {
    nonUpper += m[0].length;
    if (nonUpper >= bound) return true;
  }
  return false;
}

function isHeading(paragraph: string): boolean {
  if (!SURROGATE_RE.test(paragraph) && hasManyNonUpperLetters(paragraph)) return false;
  const letters = paragraph.match(LETTER_RE)?.length ?? 0;
  const upper = paragraph.match(UPPER_LETTER_RE)?.length ?? 0;
  return letters >= 6 && upper / letters > 0.8;
}


function findCreditStart(tokens: Token[], credit: PhraseIndex | null): number {
  if (!credit) return tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(t.cap || t.kind === 'punct')) continue;
    if (matchPhrase(credit, tokens, i) > 0) return i;
  }
  return tokens.length;
}

const WORD_RE = /\S+/g;

/** Whitespace-separated words of the text, counted up to `cap` (long paragraphs are not split). */
function countWords(text: string, cap: number): number {
  WORD_RE.lastIndex = 0;
  let n = 0;
  while (n < cap && WORD_RE.exec(text)) n++;
  return n;
}

// A short line without final punctuation near the end ("Thành Duy", "PV") is a byline, and so is a
// paragraph that is only a source marker.
function isBylineParagraph(paragraph: string, index: number, paragraphs: readonly string[], byline: PhraseIndex | null): boolean {
  const total = paragraphs.length;
  const words = countWords(paragraph, 7);
  const short = words <= 5 && paragraph.length <= 60 && !DIGIT_RE.test(paragraph);
  if (short && !END_PUNCT_RE.test(paragraph) && index >= total - 2 && index > 0 && !endsList(paragraphs, index)) return true;
  if (!byline || words > 6) return false;
  const tokens = tokenize(paragraph);
  return matchPhrase(byline, tokens, 0) > 0 && !END_PUNCT_RE.test(paragraph);
}

const LIST_LINE_WORDS = 8;
const LIST_RUN = 2;

/** Whether the paragraph at index ends a list of short unpunctuated lines ("Utah State Representative X" after others): at least LIST_RUN such lines before it. */
function endsList(paragraphs: readonly string[], index: number): boolean {
  let run = 0;
  for (let k = index - 1; k >= 0 && run < LIST_RUN; k--) {
    const p = paragraphs[k] ?? '';
    if (!p || END_PUNCT_RE.test(p) || countWords(p, LIST_LINE_WORDS + 1) > LIST_LINE_WORDS) break;
    run++;
  }
  return run >= LIST_RUN;
}

/** Returns the article split into tokenised sentences, with headings and credits marked; never drops text. */
export function prepareArticle(article: Article, lang: string, markers: { credit: PhraseIndex; byline: PhraseIndex } | null): PreparedArticle {
  const paragraphs = [article.lead, ...article.paragraphs].map(prepareDisplayText);
  const numbers = pageNumberStyle(paragraphs, lang);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, para) => {
    if (!paragraph) return;
    const heading = para > 0 && isHeading(paragraph);
    const byline = isBylineParagraph(paragraph, para, paragraphs, markers?.byline ?? null);
    let creditSeen = false;
    for (const span of splitSentences(paragraph, lang)) {
      const tokens = tokenize(span.text, numbers);
      // Once a credit starts ("Ảnh: …"), the rest of the paragraph is the credit.
      const limit = byline || creditSeen ? 0 : findCreditStart(tokens, markers?.credit ?? null);
      if (limit < tokens.length) creditSeen = true;
      sentences.push({ id: sentences.length, para, text: span.text, tokens, heading, limit });
    }
  });
  const title = prepareDisplayText(article.title);
  const headline = title ? { id: -1, para: -1, text: title, tokens: tokenize(title, numbers), heading: false, limit: tokenize(title, numbers).length } : null;
  return { sentences, paragraphs, headline };
}
