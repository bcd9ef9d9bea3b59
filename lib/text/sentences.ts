// Intl.Segmenter applies plain UAX #29: it breaks after "TP.", "Mr.", "GS.TS." and inside quotations
// (notes §5.1). We segment one paragraph at a time and merge the pieces back where a break is wrong.

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
const OPEN_QUOTES = /[“«„]/g;
const CLOSE_QUOTES = /[”»]/g;
const STRAIGHT_QUOTES = /"/g;

function endsWithAbbreviation(piece: string): boolean {
  const trimmed = piece.trimEnd();
  const m = LAST_TOKEN_RE.exec(trimmed);
  if (m?.[1] && ABBREVIATIONS.has(m[1].toLowerCase())) return true;
  // A single capital initial ("Nguyễn Văn H.", "John F.") rarely ends a sentence.
  return INITIAL_RE.test(trimmed);
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function hasOpenQuote(text: string): boolean {
  const open = countMatches(text, OPEN_QUOTES);
  const close = countMatches(text, CLOSE_QUOTES);
  if (open > close) return true;
  return countMatches(text, STRAIGHT_QUOTES) % 2 === 1;
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

/** Returns the sentences of one paragraph with offsets; abbreviations and quotations are kept whole. Does not split on ";". */
export function splitSentences(paragraph: string, lang = 'vi'): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  for (const s of getSegmenter(lang).segment(paragraph)) {
    pieces.push({ text: s.segment, start: s.index });
  }
  const merged: SentenceSpan[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      (endsWithAbbreviation(prev.text) || hasOpenQuote(prev.text) || STARTS_LOWER_RE.test(piece.text))
    ) {
      prev.text += piece.text;
      continue;
    }
    merged.push({ ...piece });
  }
  const out: SentenceSpan[] = [];
  for (const m of merged) {
    const lead = m.text.length - m.text.trimStart().length;
    const text = m.text.trim();
    if (text) out.push({ text, start: m.start + lead });
  }
  return out;
}
