import { matchPhrase, type PhraseIndex, type Token } from './tokens';

/** A lexicon's noun-phrase data for figure labels, as lookups (built by compileLexicon). */
export interface LabelPhrase {
  functionWords: PhraseIndex;
  verbs: PhraseIndex;
  nouns: PhraseIndex;
  rates: PhraseIndex;
  copulas: string[][];
  prepositions: Set<string>;
  auxiliaries: Set<string>;
  perfects: Set<string>;
  adjectives: Set<string>;
  links: Set<string>;
  objectVerbEndings: string[];
  hedges: PhraseIndex;
  spans: Set<string>;
  comparisons: PhraseIndex;
  levels: PhraseIndex;
  progressiveEndings: string[];
  nonHeads: PhraseIndex;
  classifiers: PhraseIndex;
  possessions: PhraseIndex;
}

// Participle endings are only trusted on words long enough not to be a short noun ("bed", "Fed").
const ENDING_MIN_STEM = 3;
// Each end is trimmed at most this many times: a label is a few words, so trimming stays linear.
const MAX_TRIMS = 8;
const LONGEST_PHRASE = 3;


/** Start of the phrase of `index` that ends exactly at token `end`, or -1 (phrases of up to three words). */
export function phraseEndingAt(index: PhraseIndex, toks: readonly Token[], start: number, end: number): number {
  for (let n = Math.min(LONGEST_PHRASE, end - start); n >= 1; n--) if (matchPhrase(index, toks, end - n, end) === end) return end - n;
  return -1;
}

/**
 * Returns the span [start, end) of a label with function words cut from both ends and verbs cut
 * from its start and end ("một khoản vay" → "khoản vay", "raised interest rates" →
 * "interest rates"); the span is empty when nothing but function words and verbs is left. It never
 * cuts inside the label.
 */
export function trimLabelSpan(toks: readonly Token[], start: number, end: number, p: LabelPhrase): [number, number] {
  let a = start;
  let b = end;
  for (let n = 0; n < MAX_TRIMS && a < b; n++) {
    const t = toks[a];
    if (t && t.kind === 'punct') {
      a++;
      continue;
    }
    const fn = matchPhrase(p.functionWords, toks, a, b);
    // "khoảng cách": a noun compound that opens with a function word stays whole.
    if (fn > a && matchPhrase(p.nouns, toks, a, b) <= fn) {
      a = fn;
      continue;
    }
    const verb = matchPhrase(p.verbs, toks, a, b);
    // A verb alone is left for the caller to refuse; a verb before a noun is cut ("cut emissions").
    if (verb > a && verb < b && matchPhrase(p.nouns, toks, a, b) < 0) {
      a = verb;
      continue;
    }
    break;
  }
  for (let n = 0; n < MAX_TRIMS && a < b; n++) {
    const t = toks[b - 1];
    if (t && t.kind === 'punct') {
      b--;
      continue;
    }
    const fn = phraseEndingAt(p.functionWords, toks, a, b);
    if (fn >= a) {
      b = fn;
      continue;
    }
    const verb = phraseEndingAt(p.verbs, toks, a, b);
    if (verb > a) {
      b = verb;
      continue;
    }
    break;
  }
  if (a < b && matchPhrase(p.verbs, toks, a, b) === b) return [a, a];
  return [a, b];
}

/** Whether the span [start, end) is made only of words that never name a counted thing alone ("cao", "đứa", "worth"). */
export function onlyNonHeads(toks: readonly Token[], start: number, end: number, p: LabelPhrase): boolean {
  let k = start;
  for (let n = 0; n < MAX_TRIMS && k < end; n++) {
    const next = Math.max(matchPhrase(p.nonHeads, toks, k, end), matchPhrase(p.classifiers, toks, k, end));
    if (next <= k) return false;
    k = next;
  }
  return k === end && end > start;
}

/** Whether the word has one of the endings, on a stem long enough to trust it ("injured", not "bed"). */
export function hasEnding(word: string, endings: readonly string[]): boolean {
  return endings.some((e) => word.length >= e.length + ENDING_MIN_STEM && word.endsWith(e));
}

/** Whether a label read before the number ends in a past participle whose object is the number ("the agency collected $5bn"; timeslive-1 in fixture-examples.test.ts): no label then. */
export function endsWithObjectVerb(toks: readonly Token[], start: number, end: number, p: LabelPhrase): boolean {
  const last = toks[end - 1];
  return end > start && !!last && last.kind === 'word' && hasEnding(last.key, p.objectVerbEndings);
}

/** Length of the copula phrase ending right before token `at` ("là", "ở mức"), or 0. */
export function copulaBefore(toks: readonly Token[], at: number, p: LabelPhrase): number {
  for (const phrase of p.copulas) {
    const start = at - phrase.length;
    if (start >= 0 && phrase.every((key, m) => toks[start + m]?.key === key)) return phrase.length;
  }
  return 0;
}

/**
 * End of a word written with inner hyphens starting at k ("coal-fired", "K-12", "ki-ốt"), or of two
 * capitalised names joined by a spaced dash ("Hà Nội - Hải Phòng"); k + 1 for a plain word.
 */
export function compoundEnd(toks: readonly Token[], k: number, limit: number): number {
  let m = k + 1;
  for (;;) {
    const dash = toks[m];
    const next = toks[m + 1];
    if (m + 1 >= limit || !dash || !next || dash.text !== '-' || (next.kind !== 'word' && next.kind !== 'num')) return m;
    const glued = !dash.spaced && !next.spaced;
    const names = dash.spaced && next.spaced && next.cap && toks[m - 1]?.cap;
    if (!glued && !names) return m;
    m += 2;
  }
}

/** Start of the hyphenated word or joined names ending at token end - 1 (the mirror of compoundEnd); end - 1 for a plain word. */
export function compoundStart(toks: readonly Token[], end: number, floor: number): number {
  let m = end - 1;
  for (;;) {
    const dash = toks[m - 1];
    const prev = toks[m - 2];
    const cur = toks[m];
    if (m - 2 < floor || !dash || !prev || !cur || dash.text !== '-' || (prev.kind !== 'word' && prev.kind !== 'num')) return m;
    const glued = !dash.spaced && !cur.spaced;
    const names = dash.spaced && cur.spaced && cur.cap && prev.cap;
    if (!glued && !names) return m;
    m -= 2;
  }
}
