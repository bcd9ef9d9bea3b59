import { toMatchKey } from '../text/normalize';
import { POINT_STYLE, type NumberStyle, digitValue, numeralEnd } from '../text/numbers';

/** A word, number or punctuation mark of a sentence, with offsets into the sentence. */
export interface Token {
  /** As written (display form). */
  text: string;
  /** Lowercase matching key (tone placement canonical, dashes and quotes unified). */
  key: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** First letter is uppercase. */
  cap: boolean;
  /** Whitespace precedes the token. */
  spaced: boolean;
}

// Words are letter runs (digits allowed after the first letter: "m2", "Covid19"); numbers are digit
// runs (ASCII or another digit system) with inner separators, as `numeralEnd` in text/numbers.ts
// reads them for the page's language ("1.200.000", "25 000" in French); every other non-space
// character is its own token.
// Digits join a word only in Latin script ("m2", "COVID19"); in CJK a number glued to text ("增长12.5%") stands alone.
// The tokens are exactly the matches of
//   /\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}]*|[\p{L}\p{M}]+|<numeral>|\S/gu
// read by a hand-written scanner: tokenising is the hottest loop of the summary, and one regex exec
// per token cost more than the rest of the tokenizer together.
// Character classes of the token grammar, as bit flags per code point.
const LATIN = 1;
const LETTER_OR_MARK = 2;
const LATIN_WORD_TAIL = 4;
const SPACE = 8;
const UPPER = 16;
const KNOWN = 128;
const LATIN_CP_RE = /^\p{Script=Latin}$/u;
const LETTER_OR_MARK_CP_RE = /^[\p{L}\p{M}]$/u;
const LATIN_WORD_TAIL_CP_RE = /^[\p{Script=Latin}\p{M}\p{N}]$/u;
const SPACE_CP_RE = /^\s$/u;
const UPPER_CP_RE = /^\p{Lu}$/u;

// Flags are computed once per code point: a table for the BMP, a map for the rest.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    KNOWN |
    (LATIN_CP_RE.test(ch) ? LATIN : 0) |
    (LETTER_OR_MARK_CP_RE.test(ch) ? LETTER_OR_MARK : 0) |
    (LATIN_WORD_TAIL_CP_RE.test(ch) ? LATIN_WORD_TAIL : 0) |
    (SPACE_CP_RE.test(ch) ? SPACE : 0) |
    (UPPER_CP_RE.test(ch) ? UPPER : 0)
  );
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let flags = bmpClasses[cp]!;
    if (!flags) bmpClasses[cp] = flags = classifyCodePoint(cp);
    return flags;
  }
  let flags = astralClasses.get(cp);
  if (flags === undefined) astralClasses.set(cp, (flags = classifyCodePoint(cp)));
  return flags;
}

function isDigit(code: number): boolean {
  return digitValue(code) >= 0;
}

/** End (exclusive) of the run of code points from `i` whose flags include `flag`. */
function runEnd(text: string, i: number, flag: number): number {
  let end = i;
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    if (!(classOf(cp) & flag)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

/** End (exclusive) of the token starting at `i` (a non-space code point). */
function tokenEnd(text: string, i: number, cp: number, flags: number, numbers: NumberStyle): number {
  const next = i + (cp > 0xffff ? 2 : 1);
  if (flags & LATIN) return runEnd(text, next, LATIN_WORD_TAIL);
  if (flags & LETTER_OR_MARK) return runEnd(text, next, LETTER_OR_MARK);
  if (isDigit(cp)) return numeralEnd(text, i, numbers);
  return next;
}

// A token is a number when it starts with a digit, a word when it starts with a letter or mark.
function kindOf(cp: number, flags: number): Token['kind'] {
  if (isDigit(cp)) return 'num';
  return flags & LETTER_OR_MARK ? 'word' : 'punct';
}

/**
 * Returns the tokens of a sentence; keys are lowercase match keys so lexicon phrases match any
 * spelling. `numbers` is how the page's language writes numbers (`getNumberStyle`).
 */
export function tokenize(text: string, numbers: NumberStyle = POINT_STYLE): Token[] {
  const key = toMatchKey(text);
  const out: Token[] = [];
  for (let start = 0; start < text.length; ) {
    const cp = text.codePointAt(start)!;
    const flags = classOf(cp);
    if (flags & SPACE) {
      start += cp > 0xffff ? 2 : 1;
      continue;
    }
    const end = tokenEnd(text, start, cp, flags, numbers);
    const kind = kindOf(cp, flags);
    out.push({
      text: text.slice(start, end),
      key: key.slice(start, end),
      start,
      end,
      kind,
      cap: kind === 'word' && (flags & UPPER) !== 0,
      // One UTF-16 unit, as before: no whitespace lies outside the BMP.
      spaced: start > 0 && (classOf(text.charCodeAt(start - 1)) & SPACE) !== 0,
    });
    start = end;
  }
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set when a phrase ends here: the phrase as listed. */
  phrase: string | null;
}

/** A set of multi-token phrases matched token by token (case- and tone-placement-insensitive). */
export interface PhraseIndex {
  root: TrieNode;
}

/** Returns an index over `phrases` for longest-match lookup; built once per lexicon, at module load. */
export function buildPhraseIndex(phrases: readonly string[]): PhraseIndex {
  const root: TrieNode = { next: new Map(), phrase: null };
  for (const phrase of phrases) {
    let node = root;
    for (const t of tokenize(phrase)) {
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: new Map(), phrase: null };
        node.next.set(t.key, child);
      }
      node = child;
    }
    if (node !== root) node.phrase = phrase;
  }
  return { root };
}

/** Returns the end index (exclusive) of the longest phrase starting at token `i`, or -1. */
export function matchPhrase(index: PhraseIndex, tokens: readonly Token[], i: number, limit = tokens.length): number {
  let node: TrieNode | undefined = index.root;
  let best = -1;
  for (let j = i; j < limit && node; j++) {
    const tok = tokens[j];
    if (!tok) break;
    // Phrases are contiguous: "Mr." must not match "Mr ." across a space, but spacing inside
    // word sequences is free.
    node = node.next.get(tok.key);
    if (node?.phrase !== null && node !== undefined) best = j + 1;
  }
  return best;
}

/** Whether a phrase of the index ends right before token `end`, starting at most `back` tokens earlier. */
export function phraseEndsAt(index: PhraseIndex, tokens: readonly Token[], end: number, back: number): boolean {
  for (let s = Math.max(0, end - back); s < end; s++) {
    if (matchPhrase(index, tokens, s, end) === end) return true;
  }
  return false;
}

/** Returns a Set of lowercase match keys of single words, for O(1) membership tests. */
export function buildWordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => toMatchKey(w)));
}

/** Returns each phrase as its tokens' matching keys, for lookups that compare token by token. */
export function phraseKeysOf(phrases: readonly string[]): string[][] {
  return phrases.map((p) => tokenize(p).map((t) => t.key));
}
