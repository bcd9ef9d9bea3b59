import { toMatchKey } from '../text/normalize';

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
// runs with inner separators; every other non-space character is its own token.
// Digits join a word only in Latin script ("m2", "COVID19"); in CJK a number glued to text ("增长12.5%") stands alone.
const TOKEN_RE = /\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}]*|[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
const DIGIT_RE = /^\d/;
const LETTER_RE = /^[\p{L}\p{M}]/u;

/** Returns the tokens of a sentence; keys are lowercase match keys so lexicon phrases match any spelling. */
export function tokenize(text: string): Token[] {
  const key = toMatchKey(text);
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind = DIGIT_RE.test(m[0]) ? 'num' : LETTER_RE.test(m[0]) ? 'word' : 'punct';
    out.push({
      text: m[0],
      key: key.slice(start, end),
      start,
      end,
      kind,
      cap: kind === 'word' && UPPER_RE.test(m[0]),
      spaced: start > 0 && /\s/.test(text[start - 1] ?? ''),
    });
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

/** Returns a Set of lowercase match keys of single words, for O(1) membership tests. */
export function buildWordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => toMatchKey(w)));
}
