// Intl.Segmenter applies plain UAX #29: it breaks after "TP.", "Mr.", "GS.TS." and inside quotations
// (notes §5.1). We segment one paragraph at a time and merge the pieces back where a break is wrong.

import { getNumberStyle } from './numbers';

/** A sentence with its offset in the paragraph it came from. */
export interface SentenceSpan {
  text: string;
  start: number;
}

// Lowercased tokens (without the final period) after which a break is never a sentence end.
const ABBREVIATIONS = new Set([
  'tp', 'tx', 'tt', 'q', 'p', 'h', 'x', 'gs', 'pgs', 'ts', 'ths', 'th.s', 'tskh', 'cn', 'ks', 'bs', 'ls', 'ds',
  'nxb', 'st', 'đ/c', 'gs.ts', 'pgs.ts', 'gs.tskh', 'bsckii', 'bscki', 'tr', 'số', 'no',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'jr', 'sr',
  'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'vs', 'hon', 'rt', 'ave', 'mt', 'ft', 'adm', 'cmdr', 'supt', 'fr',
  'rev', 'sec', 'dept', 'gov', 'pres', 'amb', 'est', 'approx', 'a.m', 'p.m', 'v.v',
]);

// A hyphen may precede the abbreviation: "Japan-U.S. Status of Forces Agreement".
const LAST_TOKEN_RE = /(?:^|[\s(“"'\-‐])([\p{L}.\/]+)\.$/u;
const INITIAL_RE = /(?:^|\s)\p{Lu}\.$/u;
const STARTS_LOWER_RE = /^[\s"'”’)\]]*[\p{Ll}\d,;:)]/u;
// "Am 12. September", "der 3. Platz": where ordinals take a dot, a short number and its dot end no sentence.
const ORDINAL_DOT_RE = /\s\d{1,3}\.\s*$/;

function endsWithOrdinalDot(span: MergedSpan): boolean {
  // The tail may start inside a longer number: only a whole text may start with the digits.
  return ORDINAL_DOT_RE.test(span.tail.length === span.text.length ? ` ${span.tail}` : span.tail);
}

// The merge checks look only at the end of the merged sentence, so each merged sentence keeps a
// short flat copy of its last characters (`tail`) and running quote counts: re-reading the whole
// merged text per piece made long paragraphs with an open quote quadratic. The checks fall back to
// the whole text when the window might cut the last token.
const TAIL_WINDOW = 40;
const TAIL_KEEP = 2 * TAIL_WINDOW;

/** A sentence being merged from segmenter pieces. */
interface MergedSpan extends SentenceSpan {
  /** The last TAIL_KEEP or fewer characters of `text`. */
  tail: string;
  openQuotes: number;
  closeQuotes: number;
  straightQuotes: number;
}

function matchEnd(re: RegExp, span: MergedSpan): RegExpExecArray | null {
  const whole = span.tail.length === span.text.length;
  const trimmed = span.tail.trimEnd();
  if (whole && trimmed.length <= TAIL_WINDOW) return re.exec(trimmed);
  if (trimmed.length > TAIL_WINDOW) {
    const m = re.exec(trimmed.slice(-TAIL_WINDOW));
    // A match at the window's first character may owe itself to `^` or stop short of the token's start.
    if (!m || m.index > 0) return m;
  }
  return re.exec(span.text.trimEnd());
}

function endsWithAbbreviation(span: MergedSpan): boolean {
  // Both patterns end with a period; most pieces end otherwise or with a plain word.
  const end = span.tail.trimEnd();
  if (end && !end.endsWith('.')) return false;
  const m = matchEnd(LAST_TOKEN_RE, span);
  if (m?.[1] && ABBREVIATIONS.has(m[1].toLowerCase())) return true;
  // A single capital initial ("Nguyễn Văn H.", "John F.") rarely ends a sentence.
  return matchEnd(INITIAL_RE, span) !== null;
}

function hasOpenQuote(span: MergedSpan): boolean {
  return span.openQuotes > span.closeQuotes || span.straightQuotes % 2 === 1;
}

function appendPiece(span: MergedSpan, text: string): void {
  span.text += text;
  span.tail = text.length >= TAIL_KEEP ? text.slice(-TAIL_KEEP) : (span.tail + text).slice(-TAIL_KEEP);
  // Opening “ « „, closing ” », straight " (which pair up): one pass over the piece, no regex.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) span.straightQuotes++;
    else if (c === 0x201c || c === 0xab || c === 0x201e) span.openQuotes++;
    else if (c === 0x201d || c === 0xbb) span.closeQuotes++;
  }
}

const segmenters = new Map<string, Intl.Segmenter>();

function getSegmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, seg);
  }
  return seg;
}

// V8's segmenter spends time in proportion to the whole text on every segment it yields, so one
// paragraph of thousands of sentences took quadratic time (a minute for 180 KB). Longer paragraphs
// are segmented in slices cut after a plain sentence end (". " before a capital, or "。"), where
// the segmenter breaks anyway and the merge below rejoins the pieces as it would have. Text with
// no such end is never cut: it has few sentences, which is what made the cost quadratic.
const SEGMENT_SLICE = 4000;
const SLICE_CUT_RE = /[.!?]["'”’»)\]]*\s+(?=["'“‘«(\[]*\p{Lu})|[。！？]["'”’»)\]」』]*\s*/gu;

/** Where to end the slice that starts at `from`: the last sentence end in its second half, else the next one. */
function sliceEnd(paragraph: string, from: number): number {
  const limit = from + SEGMENT_SLICE;
  if (limit >= paragraph.length) return paragraph.length;
  SLICE_CUT_RE.lastIndex = from + SEGMENT_SLICE / 2;
  let cut = -1;
  for (let m = SLICE_CUT_RE.exec(paragraph); m; m = SLICE_CUT_RE.exec(paragraph)) {
    const end = m.index + m[0].length;
    if (end > limit && cut > 0) break;
    cut = end;
    if (end > limit) break;
  }
  return cut > from ? cut : paragraph.length;
}

// "… kít xét nghiệm… Kịp thời phát hiện …": an ellipsis, a space and a capital end a sentence (the segmenter keeps them together).
const ELLIPSIS_BREAK_RE = /…\s+(?=\p{Lu})/gu;

function splitAfterEllipsis(text: string, start: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  for (const m of text.matchAll(ELLIPSIS_BREAK_RE)) {
    const end = m.index + m[0].length;
    out.push({ text: text.slice(from, end), start: start + from });
    from = end;
  }
  out.push({ text: text.slice(from), start: start + from });
  return out;
}

function segmentPieces(paragraph: string, lang: string): SentenceSpan[] {
  const segmenter = getSegmenter(lang);
  const pieces: SentenceSpan[] = [];
  for (let from = 0; from < paragraph.length; ) {
    const to = sliceEnd(paragraph, from);
    const slice = from === 0 && to === paragraph.length ? paragraph : paragraph.slice(from, to);
    for (const s of segmenter.segment(slice)) pieces.push(...splitAfterEllipsis(s.segment, from + s.index));
    from = to;
  }
  return pieces;
}

/** Returns the sentences of one paragraph with offsets; abbreviations and quotations are kept whole. Does not split on ";". */
export function splitSentences(paragraph: string, lang = 'vi'): SentenceSpan[] {
  const pieces = segmentPieces(paragraph, lang);
  const ordinalDot = getNumberStyle(lang).ordinalDot;
  const merged: MergedSpan[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && (endsWithAbbreviation(prev) || hasOpenQuote(prev) || STARTS_LOWER_RE.test(piece.text) || (ordinalDot && endsWithOrdinalDot(prev)))) {
      appendPiece(prev, piece.text);
      continue;
    }
    const span: MergedSpan = { text: '', start: piece.start, tail: '', openQuotes: 0, closeQuotes: 0, straightQuotes: 0 };
    appendPiece(span, piece.text);
    merged.push(span);
  }
  const out: SentenceSpan[] = [];
  for (const m of merged) {
    const lead = m.text.length - m.text.trimStart().length;
    const text = m.text.trim();
    if (text) out.push({ text, start: m.start + lead });
  }
  return out;
}
