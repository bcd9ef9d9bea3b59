import type { Figure, FigureKind } from '../schema';
import { toMatchKey } from '../text/normalize';
import { APOSTROPHES, CLOSE_QUOTES, DASHES, OPEN_QUOTES, RANGE_DASHES } from '../text/punctuation';
import { type NumberStyle, getNumberStyle, getSeparators, parseLocaleNumber } from '../text/numbers';
import { endsWithAny, hasSuffix, keyOfTokens, type CompiledLexicon, type NumberLookups } from './compile';
import type { PreparedArticle, Sentence } from './prepare';
import type { RuleId, Trace } from './rules';
import { compoundEnd, compoundStart, copulaBefore, endsWithObjectVerb, hasEnding, onlyNonHeads, phraseEndingAt, trimLabelSpan, type LabelPhrase } from './figure-label';
import { matchPhrase, tokenize, type Token } from './tokens';

interface Candidate extends Figure {
  order: number;
}

/** How far back an amount of money may stand before the span it is spent over (timeReferences.afterMoney). */
const SPENDING_WINDOW = 8;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const YEAR_DIGITS_RE = /^\d{4}$/;
const URL_RE = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/g;
const LATIN_RE = /^\p{Script=Latin}/u;
const LIST_SEPARATORS = new Set([',', ';']);
// A noun listed after a comma has at least this many words ("cán bộ, chiến sĩ"; not "chữ, viết").
const LISTED_NOUN_MAX_WORDS = 3;
// A listed ordinal ("khoản 1, 2 và 3", "Articles 4, 5 and 6") is below this; a larger number is a count.
const ORDINAL_LIST_VALUE_MAX = 1000;
// "contractors and vendors", "states and local communities": the joined noun has at most this many words.
const JOINED_NOUN_MAX_WORDS = 2;
const LISTED_NOUN_MIN_WORDS = 2;
// Largest count read inside a noun phrase before a number ("giữa 2 ga", "3 làn đường").
const INNER_COUNT_MAX = 100;
// Longest measure noun read in an owner's frame ("có giá", "có diện tích").
const OWNED_MEASURE_WORDS = 3;
// Items walked back through a list of ordinals ("khoản 1, 2, 3 và 4").
const ORDINAL_LIST_MAX = 6;
// Short quoted phrases with a number are slogans ("5 hóa", "4 không"): a figure only when the
// article spells out their items right after, as in “5 hóa”: a, b, c, d, e.
const SLOGAN_MAX_WORDS = 6;
// Words allowed between a unit-name cue and its number ("Sư đoàn Không quân 372").
const UNIT_NAME_GAP = 2;
// Punctuation that closes a clause, so a label read up to it is whole.
const CLAUSE_MARKS = new Set([',', ';', '.', ':', '!', '?', '(', ')', '–', '—']);
// Predicate words read past between a level frame and its subject ("được niêm yết", "đang").
const LEVEL_PREDICATE_WORDS = 3;
// "so với cùng kỳ năm trước": a comparison names its object in a few words (vnexpress-1 in fixture-examples.test.ts).
const COMPARISON_MAX_WORDS = 6;


/**
 * Splits a currency prefix glued to its amount ("RM2.5 million", "R4bn"; malaymail-1 in fixture-examples.test.ts), which the tokenizer
 * keeps as one word like "m2", into the prefix word and the numeral. Returns the sentence unchanged
 * when nothing is glued.
 */
const ANY_DIGIT_RE = /\d/;

function splitGluedAmounts(s: Sentence, glued: RegExp | null): Sentence {
  // The prefix must touch a digit, so a sentence without one has nothing glued.
  if (!glued || !ANY_DIGIT_RE.test(s.text) || !s.tokens.some((t) => t.kind === 'word' && glued.test(t.text))) return s;
  const out: Token[] = [];
  let limit = s.limit;
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const m = t.kind === 'word' ? glued.exec(t.text) : null;
    if (!m) {
      out.push(t);
      continue;
    }
    let runEnd = t.end;
    while (runEnd < s.text.length && !/\s/.test(s.text[runEnd] ?? ' ')) runEnd++;
    let skip = k + 1;
    while (skip < s.tokens.length && (s.tokens[skip]?.start ?? Infinity) < runEnd) skip++;
    const cut = t.start + m[0].length;
    out.push({ ...t, text: m[0], key: t.key.slice(0, m[0].length), end: cut });
    const rest = tokenize(s.text.slice(cut, runEnd)).map((r) => ({ ...r, start: r.start + cut, end: r.end + cut, spaced: false }));
    out.push(...rest);
    if (k < s.limit) limit += 1 + rest.length - (skip - k);
    k = skip - 1;
  }
  return { ...s, tokens: out, limit: Math.min(limit, out.length) };
}

function isYear(tok: Token | undefined, value: number): boolean {
  return !!tok && /^\d{4}$/.test(tok.text) && value >= YEAR_MIN && value <= YEAR_MAX;
}

function maskedUrls(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // Every URL_RE alternative needs one of these; the "@" one backtracks over each word, so skip the
  // scan on the many sentences that hold none.
  if (!text.includes('@') && !text.includes('www.') && !text.includes('http')) return spans;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Reads figures from the sentences of one article. */
class FigureReader {
  readonly data: NumberLookups;
  readonly phrase: LabelPhrase | null;
  private readonly numbers: NumberStyle;

  constructor(private readonly c: CompiledLexicon, private readonly locale: string) {
    this.numbers = getNumberStyle(locale);
    this.data = c.numbers;
    this.phrase = c.labelPhrase;
  }

  /** Whether a label stop starts at k, unless a noun compound starts there ("giảm trừ" is no "giảm"). */
  private stopsAt(toks: Token[], k: number): boolean {
    if (matchPhrase(this.c.labelStops, toks, k) < 0) return false;
    return !this.phrase || matchPhrase(this.phrase.nouns, toks, k) < 0;
  }

  /** Whether token k is a word that is neither a stop nor a function word. */
  private isContentWord(toks: Token[], k: number): boolean {
    const t = toks[k];
    return !!t && t.kind === 'word' && !this.stopsAt(toks, k) && (!this.phrase || matchPhrase(this.phrase.functionWords, toks, k, k + 1) < 0);
  }

  /** Whether token k may stand before a link word as a noun ("efficiency of", not "instead of", "the of"). */
  private linksNouns(toks: Token[], k: number): boolean {
    const t = toks[k];
    const p = this.phrase;
    return !!t && !!p && t.kind === 'word' && !this.stopsAt(toks, k) && matchPhrase(this.data.labelRedirects, toks, k) < 0 && matchPhrase(p.functionWords, toks, k, k + 1) < 0;
  }

  /** Text of the label span [a, b) after trimming function words and verbs from its ends ('' when nothing is left). */
  private spanText(s: Sentence, a: number, b: number): string {
    let from = a;
    // "dài 12 km ước tính là …": a unit left over from an earlier number does not open a label.
    // "150 đồng chí": a noun that only starts with a unit (unitCompounds) is the label itself.
    while (from < b && matchPhrase(this.c.units, s.tokens, from, b) > from && s.tokens[from - 1]?.kind === 'num' && matchPhrase(this.data.unitCompounds, s.tokens, from, b) < 0) {
      from = matchPhrase(this.c.units, s.tokens, from, b);
    }
    const [x, y] = this.phrase ? trimLabelSpan(s.tokens, from, b, this.phrase) : [from, b];
    // "tăng mạnh 2 lần", "15 ngày mới nhận": an adverb, adjective or bare classifier names nothing counted.
    if (this.phrase && onlyNonHeads(s.tokens, x, y, this.phrase)) return '';
    const first = s.tokens[x];
    const last = s.tokens[y - 1];
    // A lone letter ("$0.23/W") names a unit, never what is counted.
    if (y - x === 1 && first && [...first.text].length === 1) return '';
    // A unit or scale word alone ("bn" of "R20bn") is part of the amount, not what it counts.
    if (matchPhrase(this.c.units, s.tokens, x, y) === y) return '';
    // The tail of a unit ("cent" of "nine per cent from 28.3 per cent") or a lone date word ("in July, 55% …").
    if (y - x === 1 && x > 0 && matchPhrase(this.c.units, s.tokens, x - 1, y) === y) return '';
    // The denominator of a unit ("ounce" of "USD/ounce") is part of an earlier amount.
    const slash = s.tokens[x - 1];
    if (y - x === 1 && slash?.text === '/' && !slash.spaced && !first?.spaced && x > 1 && matchPhrase(this.c.units, s.tokens, x - 2, x - 1) === x - 1) return '';
    if (y - x === 1 && this.c.dateCuesBefore.some((cue) => cue.length === 1 && cue[0] === first?.key)) return '';
    return y > x && first && last ? s.text.slice(first.start, last.end) : '';
  }

  value(tok: Token | undefined): number | null {
    if (!tok) return null;
    if (tok.kind === 'word') return this.data.words.get(tok.key) ?? this.data.fractions.get(tok.key) ?? this.data.ratioParts.get(tok.key) ?? null;
    return parseLocaleNumber(tok.text, this.locale);
  }

  /**
   * ".07%": a decimal point with no digit before it, where the language writes its decimals with
   * "." — the index of that point token, else -1 (the tokenizer splits it from the digits).
   */
  leadingPointAt(toks: Token[], i: number): number {
    const t = toks[i];
    const point = toks[i - 1];
    if (!t || t.kind !== 'num' || t.spaced || !point || point.text !== '.' || !/^\d+$/.test(t.text)) return -1;
    if (i - 1 > 0 && !point.spaced) return -1; // "1.5.07" or "end.07": not a bare decimal point
    return getSeparators(this.locale).decimal === '.' ? i - 1 : -1;
  }

  /** A spelled-out number standing alone ("five parties"), not inside a compound ("five-day"). */
  isNumberWord(toks: Token[], i: number): boolean {
    const t = toks[i];
    if (!t || t.kind !== 'word' || !this.data.words.has(t.key)) return false;
    // "Ba Đình", "the Six Assurances": capitalised after a word, it opens a name.
    if (t.cap && toks[i - 1]?.kind === 'word') return false;
    return this.standsAlone(toks, i);
  }

  /** Whether the word at i stands alone, not inside a compound ("five-day", "half-time"). */
  private standsAlone(toks: Token[], i: number): boolean {
    const t = toks[i]!;
    const next = toks[i + 1];
    const prev = toks[i - 1];
    return !(next && !next.spaced && next.kind === 'punct' && next.text !== ',' && next.text !== '.') && !(prev && !t.spaced && prev.text === '-');
  }

  /**
   * How a fraction word at i is used as a quantity: a share before a share word ("half of all
   * exports"), a scale (skip: the words before it) before an article and a scale word ("half a million"), else null ("the second
   * half", "half-time"). Only after nothing, a mark, an article or a hedge ("more than half").
   */
  fractionUse(toks: Token[], i: number): { share: boolean; skip: number } | null {
    const t = toks[i];
    if (!t || t.kind !== 'word' || !this.data.fractions.has(t.key) || !this.standsAlone(toks, i)) return null;
    const prev = toks[i - 1];
    const p = this.phrase;
    const opens = !prev || prev.kind === 'punct' || this.c.titleArticles.has(prev.key) || this.approximatorBefore(toks, i) >= 0 || (!!p && phraseEndingAt(p.hedges, toks, Math.max(0, i - 3), i) >= 0);
    if (!opens) return null;
    // "a quarter of a million": the share word, the article and the scale make one number.
    const of = matchPhrase(this.data.shareOf, toks, i + 1);
    const k = of > i + 1 ? of : i + 1;
    if (this.c.titleArticles.has(toks[k]?.key ?? '') && this.c.scaleWords.has(toks[k + 1]?.key ?? '')) return { share: false, skip: k + 1 - (i + 1) };
    return of > i + 1 ? { share: true, skip: 0 } : null;
  }

  /** Whether the ratio-part word at i opens a ratio ("one in five"): a ratio word, then a number. */
  opensRatio(toks: Token[], i: number): boolean {
    const t = toks[i];
    if (!t || t.kind !== 'word' || !this.data.ratioParts.has(t.key)) return false;
    const end = matchPhrase(this.data.ratioPartLinks, toks, i + 1);
    const whole = end > 0 ? toks[end] : undefined;
    return !!whole && (whole.kind === 'num' || this.data.words.has(whole.key)) && !isYear(whole, this.value(whole) ?? 0);
  }

  /** Index of an opening quote that encloses token i within a short phrase, or -1. */
  sloganStart(toks: Token[], i: number): { open: number; close: number } | null {
    let open = -1;
    for (let j = i - 1; j >= 0 && i - j <= SLOGAN_MAX_WORDS; j--) {
      const t = toks[j];
      if (!t) break;
      if (OPEN_QUOTES.has(t.text)) {
        open = j;
        break;
      }
      if (t.kind === 'punct') return null;
    }
    if (open < 0) return null;
    for (let j = i + 1; j < toks.length && j - i <= SLOGAN_MAX_WORDS; j++) {
      const t = toks[j];
      if (!t) break;
      if (CLOSE_QUOTES.has(t.text)) return { open, close: j };
      if (t.kind === 'punct') return null;
    }
    return null;
  }

  private before(toks: Token[], i: number, phrases: string[][]): boolean {
    return endsWithAny(toks, i, phrases);
  }

  /**
   * "khoản 1, 2 và 3 Điều 5", "Articles 4, 5 and 6": a number listed after numbers the first of
   * which follows an ordinal cue is one more ordinal. Walks back over at most ORDINAL_LIST_MAX items.
   */
  private inOrdinalList(toks: Token[], i: number): boolean {
    const coordinator = this.c.grammar.coordinator;
    let k = i;
    for (let n = 0; n < ORDINAL_LIST_MAX; n++) {
      const sep = toks[k - 1];
      const num = toks[k - 2];
      if (!sep || !num || num.kind !== 'num' || !(LIST_SEPARATORS.has(sep.text) || (coordinator !== null && sep.key === coordinator))) return false;
      k -= 2;
      if (this.before(toks, k, this.c.ordinalCuesBefore)) return true;
    }
    return false;
  }

  /**
   * Whether the number at i with the span after it names a time rather than counts one: a time
   * word after the span or the number ("ten years ago", "a week or two ago") or before the number,
   * past an approximator ("in the last 20 years", "cách đây hơn 10 năm").
   */
  private isTimeReference(s: Sentence, i: number): boolean {
    const toks = s.tokens;
    const refs = this.data.timeRefs;
    if (!refs) return false;
    // Right after the number only where the clause ends ("a week or two ago."; "two earlier pieces" counts).
    const direct = matchPhrase(refs.after, toks, i + 1);
    if (direct > 0 && toks[direct]?.kind !== 'word') return true;
    const spanEnd = matchPhrase(refs.spans, toks, i + 1);
    if (spanEnd < 0) return false;
    if (matchPhrase(refs.after, toks, spanEnd) > 0) return true;
    const approx = this.approximatorBefore(toks, i);
    if (this.before(toks, i, refs.before) || (approx >= 0 && this.before(toks, approx, refs.before))) return true;
    // "$8.0 million over four years", "$13 million will be spent over four years": the period the money is spent over.
    if (!this.before(toks, i, refs.afterMoney)) return false;
    for (let k = Math.max(0, i - SPENDING_WINDOW); k < i; k++) {
      const t = toks[k];
      if (t?.kind === 'num' && (this.prefixUnit(s, k)?.kind === 'money' || this.c.unitKinds.get(toks[k + 1]?.key ?? '') === 'money')) return true;
    }
    return false;
  }

  /** Whether the number at i names parties already met, not a quantity (lexicon.referenceCounts: "the two leaders"). */
  private isReferenceCount(toks: Token[], i: number): boolean {
    const refs = this.data.referenceCounts;
    return !!refs && this.before(toks, i, refs.before) && matchPhrase(refs.nouns, toks, i + 1) > 0;
  }

  /**
   * Whether the number at i closes the name of a numbered unit or body: a capitalised unit-name cue
   * right before it, or with up to UNIT_NAME_GAP words between that open with a capital
   * ("Sư đoàn Không quân 372"). A lowercase cue ("3 sư đoàn") is a count.
   */
  private inUnitName(toks: Token[], i: number): boolean {
    const cues = this.data.unitNameCues;
    if (cues.length === 0) return false;
    for (let gap = 0; gap <= UNIT_NAME_GAP; gap++) {
      const cueEnd = i - gap;
      if (cueEnd < 1) return false;
      // The words between the cue and the number are part of the name: all words, the first capitalised.
      if (gap > 0 && toks[cueEnd]?.kind !== 'word') return false;
      if (gap > 0 && !toks[cueEnd]?.cap) continue;
      for (const cue of cues) {
        const first = cueEnd - cue.length;
        if (first >= 0 && toks[first]?.cap && cue.every((key, m) => toks[first + m]?.key === key)) return true;
      }
    }
    return false;
  }

  /** Whether "a/b" at i is a part of a whole: no day/month, no year, no code or further date part after it. */
  private isFraction(toks: Token[], i: number, value: number): boolean {
    const sep = toks[i + 1];
    const whole = toks[i + 2];
    if (sep?.text !== '/' || sep.spaced || whole?.kind !== 'num' || whole.spaced) return false;
    const after = toks[i + 3];
    if (after && !after.spaced && (after.text === '/' || after.text === '-')) return false;
    const v2 = this.value(whole);
    if (v2 === null || v2 < value || isYear(whole, v2)) return false;
    return value > 31 || v2 > 12;
  }

  /**
   * Whether the number at i is an ordinal written with a mark the tokenizer keeps apart: a dot
   * before a word where the language writes ordinals so ("am 2. Oktober"), or a short hyphenated
   * case ending in a non-Latin script ("3-й", "5-го"). Latin endings glued to the digits ("1er",
   * "2nd") are caught with the other glued letters.
   */
  private isOrdinal(toks: Token[], i: number): boolean {
    const t = toks[i];
    const mark = toks[i + 1];
    const after = toks[i + 2];
    if (!t || !mark || mark.spaced || !after || after.kind !== 'word') return false;
    if (mark.text === '.') return this.numbers.ordinalDot && after.spaced && /^\d{1,3}$/.test(t.text);
    const ending = [...after.text];
    return mark.text === '-' && !after.spaced && !after.cap && ending.length <= 3 && !LATIN_RE.test(after.text);
  }

  /** The rule that makes the number at i a date, time, age, ordinal or identifier rather than a quantity, or null. */
  notQuantity(s: Sentence, i: number, value: number): RuleId | null {
    const toks = s.tokens;
    const t = toks[i];
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!t) return 'figure.drop.glued';
    // Glued to letters: "F-35", "COVID-19", "8h30", "G7".
    if (prev && !t.spaced && !this.prefixUnit(s, i) && ((prev.kind === 'word' && LATIN_RE.test(prev.text)) || (prev.text === '-' && toks[i - 2]?.kind === 'word' && !prev.spaced))) return 'figure.drop.glued';
    if (next && !next.spaced && next.kind === 'word' && LATIN_RE.test(next.text) && matchPhrase(this.c.units, toks, i + 1) < 0 && !this.c.scaleWords.has(next.key)) return 'figure.drop.glued';
    // Clock times and dates written with separators: "14:00", "12/3", "15-3-2025"; codes "22/CT-TTg".
    // A part of a whole that cannot be a date ("22/25 chỉ tiêu", "xếp thứ 15/63") is left to the fraction reader.
    const fraction = this.isFraction(toks, i, value);
    if (!fraction && next && !next.spaced && (next.text === ':' || next.text === '/' || next.text === '.') && toks[i + 2]?.kind === 'num' && !toks[i + 2]?.spaced) {
      return 'figure.drop.date-code';
    }
    if (next && !next.spaced && (next.text === '/' || next.text === '-') && toks[i + 2]?.kind === 'word' && !toks[i + 2]?.spaced && toks[i + 2]?.cap) return 'figure.drop.date-code';
    if (prev && !t.spaced && (prev.text === '/' || prev.text === ':' || prev.text === '.') && toks[i - 2]?.kind === 'num') return 'figure.drop.date-code';
    // A day-month written with a dash right after a date word: "ngày 29-9".
    const datePart = value <= 31 && Number.isInteger(value);
    if ((datePart || isYear(t, value)) && this.before(toks, i, this.c.dateCuesBefore)) return 'figure.drop.date-cue';
    if (isYear(t, value) && this.before(toks, i, this.data.yearCues)) return 'figure.drop.date-cue';
    // "xếp thứ 5/63" is a rank out of a whole, a key figure; "thứ 5" alone is an ordinal.
    // "dân số 85.082 người", "Tổng số 120 cán bộ": a compound ending in the cue word (ordinalCueExceptions) counts.
    if (!fraction && this.before(toks, i, this.c.ordinalCuesBefore) && !this.before(toks, i, this.c.ordinalCueExceptions)) return 'figure.drop.ordinal-cue';
    // "COVID – 19": a spaced dash between the name and its number changes nothing.
    if (!fraction && prev && DASHES.has(prev.text) && prev.spaced && t.spaced && this.before(toks, i - 1, this.c.ordinalCuesBefore)) return 'figure.drop.ordinal-cue';
    // "(8 U.S.C. 1157)": the number before a code's abbreviation is the title cited.
    if (matchPhrase(this.c.ordinalCuesAfter, toks, i + 1) > 0) return 'figure.drop.ordinal-cue';
    // "hạng 1 và 3.726 người": a number too large for an ordinal is the next count, no list item.
    if (value < ORDINAL_LIST_VALUE_MAX && this.inOrdinalList(toks, i)) return 'figure.drop.ordinal-list';
    if (this.before(toks, i, this.c.ageCuesBefore)) return 'figure.drop.age';
    // "aged 12 to 18 years": the high end of an age range is an age too.
    if (prev && this.c.ageRangeJoins.has(prev.key) && toks[i - 2]?.kind === 'num' && this.before(toks, i - 2, this.c.ageCuesBefore)) return 'figure.drop.age';
    if (this.isTimeReference(s, i)) return 'figure.drop.time-ref';
    if (this.inUnitName(toks, i)) return 'figure.drop.unit-name';
    if (this.isReferenceCount(toks, i)) return 'figure.drop.reference';
    if (matchPhrase(this.c.dateCuesAfter, toks, i + 1) > 0 && datePart) return 'figure.drop.date-cue';
    if (matchPhrase(this.c.dateCuesAfter, toks, i + 1) > 0 && next && next.kind === 'word' && !next.cap) return 'figure.drop.date-cue';
    if (matchPhrase(this.c.dateCuesAfter, toks, i + 1) > 0 && next?.cap && datePart) return 'figure.drop.date-cue';
    // An ordinal suffix: "1st", "21st".
    if (next && !next.spaced && this.data.ordinalSuffixes.has(next.key)) return 'figure.drop.ordinal-suffix';
    if (this.isOrdinal(toks, i)) return 'figure.drop.ordinal-mark';
    // "000" of "25 000" in a language that does not group with spaces: a group, not a zero.
    if (value === 0 && t.text.length > 1 && !/[.,]/.test(t.text)) return 'figure.drop.zero-group';
    // A list enumerator "1." or "2)" opening the sentence, or a section number before a heading ("0.1 Increasing Growth").
    if (i === 0 && next && (next.text === '.' || next.text === ')')) return 'figure.drop.enumerator';
    if (i === 0 && /^\d{1,2}\.\d{1,2}$/.test(t.text) && next?.kind === 'word' && next.cap) return 'figure.drop.enumerator';
    // Ages in apposition: "John Smith, 45, said".
    if (prev?.text === ',' && next?.text === ',' && toks[i - 2]?.cap && value < 120 && Number.isInteger(value)) return 'figure.drop.age';
    // Phone numbers and long digit strings with a leading zero.
    if (/^0\d{6,}/.test(t.text.replace(/[.,\s]/g, ''))) return 'figure.drop.phone';
    return null;
  }

  /**
   * The high end of a range written with words: an opener before the number at `start` and a joiner
   * after `after`, then the second number with the same unit (or the unit both share).
   */
  rangeAfter(s: Sentence, start: number, after: number, value: number, prefix: string | null, unitKey: string | null): { max: number; end: number; unit: { start: number; end: number; kind: FigureKind | null; scaleOnly: boolean } | null } | null {
    const toks = s.tokens;
    if (!this.before(toks, start, this.data.rangeOpen)) return null;
    const joined = matchPhrase(this.data.rangeJoin, toks, after);
    if (joined < 0) return null;
    let k = joined;
    if (prefix && toks[k]?.text === prefix) k++;
    const second = toks[k];
    const max = second?.kind === 'num' ? this.value(second) : null;
    if (max === null || max <= value) return null;
    const unit = this.unitAfter(toks, k + 1);
    if (unitKey !== null) {
      const same = unit && keyOfTokens(toks, k + 1, unit.end) === unitKey;
      return { max, end: same && unit ? unit.end : k + 1, unit: null };
    }
    return { max, end: unit ? unit.end : k + 1, unit: unit ? { start: k + 1, ...unit } : null };
  }

  /** Index of the approximator right before token `at` ("khoảng", "gần"), or -1. */
  approximatorBefore(toks: Token[], at: number): number {
    let best = -1;
    for (const phrase of this.data.approximators) {
      const start = at - phrase.length;
      if (start >= 0 && (best < 0 || start < best) && phrase.every((key, m) => toks[start + m]?.key === key)) best = start;
    }
    return best;
  }

  /** Longest unit after token j (scale words included), or null. */
  unitAfter(toks: Token[], j: number): { end: number; kind: FigureKind | null; scaleOnly: boolean } | null {
    const end = matchPhrase(this.c.units, toks, j);
    if (end < 0) return null;
    // "45 đồng chí": a word that only starts with a unit is no unit.
    if (matchPhrase(this.data.unitCompounds, toks, j) > end) return null;
    // A unit must touch the number or follow it with a single space.
    const key = keyOfTokens(toks, j, end);
    const kind = this.c.unitKinds.get(key) ?? null;
    const scaleOnly = kind === 'number';
    // "m" and "ha" are common words in other senses only when followed by more letters; token boundaries handle that.
    return { end, kind: scaleOnly ? null : kind, scaleOnly };
  }

  prefixUnit(s: Sentence, i: number): { text: string; kind: FigureKind; start: number } | null {
    const t = s.tokens[i];
    if (!t) return null;
    const before = s.text.slice(Math.max(0, t.start - this.data.prefixWindow), t.start);
    for (const u of this.c.prefixUnits) {
      const bare = before.endsWith(u.text) ? u.text : before.endsWith(`${u.text} `) ? `${u.text} ` : null;
      if (!bare) continue;
      const start = t.start - bare.length;
      // "RM" inside a word ("FIRM 5") is not a currency: the unit must start the word.
      const charBefore = s.text[start - 1];
      if (charBefore && /[\p{L}\p{N}]/u.test(charBefore)) continue;
      return { text: u.text, kind: u.kind, start };
    }
    return null;
  }

  /** Whether label token k may continue the label: a word that is no stop and no redirect. */
  private isLabelWord(toks: Token[], k: number): boolean {
    const t = toks[k];
    return !!t && t.kind === 'word' && matchPhrase(this.c.labelStops, toks, k) < 0 && matchPhrase(this.data.labelRedirects, toks, k) < 0;
  }

  /**
   * Whether the conjunction at k joins two modifiers of one noun ("18 Northern and central
   * counties"): a modifier before it (capitalised or with an adjective ending, so "people and
   * officials" stays two things) and two label words after, neither an article nor a number.
   */
  private joinsModifiers(toks: Token[], k: number): boolean {
    if (!this.data.labelJoiners.has(toks[k]?.key ?? '')) return false;
    const before = toks[k - 1];
    if (!before || !(before.cap || hasEnding(before.key, this.data.modifierEndings))) return false;
    for (const m of [k + 1, k + 2]) {
      const key = toks[m]?.key ?? '';
      if (!this.isLabelWord(toks, m) || this.c.titleArticles.has(key) || this.data.words.has(key)) return false;
    }
    return true;
  }

  /** Whether token k is a participle opening a prepositional phrase ("injured in", "held at"). */
  private opensParticiple(toks: Token[], k: number): boolean {
    const post = this.data.post;
    const t = toks[k];
    if (!post || !t || t.kind !== 'word' || !post.prepositions.has(toks[k + 1]?.key ?? '') || toks[k + 2]?.kind !== 'word') return false;
    return post.participles.has(t.key) || post.endings.some((e) => t.key.length > e.length + 3 && t.key.endsWith(e));
  }

  /**
   * End of the modifier that narrows a counted noun ending before k: a restrictive relative clause
   * ("who died", up to a comma or conjunction) or a participle with its phrase ("injured in the
   * clashes", up to the next stop). Returns k when there is none.
   */
  private postModifierEnd(s: Sentence, k: number): number {
    const post = this.data.post;
    const toks = s.tokens;
    if (!post) return k;
    const relative = post.relatives.has(toks[k]?.key ?? '') && toks[k + 1]?.kind === 'word';
    if (!relative && !this.opensParticiple(toks, k)) return k;
    let m = relative ? k + 1 : k + 2;
    const first = m;
    let words = 0;
    while (m < s.limit && words < post.maxWords) {
      const t = toks[m];
      // Possessives stay whole: "last month's outage".
      if (t && APOSTROPHES.has(t.text) && toks[m + 1]?.key === this.c.grammar.possessiveClitic && !toks[m + 1]?.spaced && m > first) {
        m += 2;
        continue;
      }
      if (!t || t.kind !== 'word' || this.data.labelJoiners.has(t.key) || post.relatives.has(t.key)) break;
      if (!relative && matchPhrase(this.c.labelStops, toks, m) > 0) break;
      m++;
      words++;
    }
    return words > 0 ? m : k;
  }

  /**
   * The predicate of a counted noun ending before k that is the subject of its clause (lexicon
   * labelSubjectClause): a past form or a perfect opens a relative clause ("people went to the
   * polls" → "that went to the polls"), a progressive drops its auxiliary ("are living with …" →
   * "living with …"). It runs to a comma, a clause stop or the word limit and ends on a content
   * word; null when no such verb stands at k, and an empty text when the clause runs into another amount.
   */
  private subjectClause(s: Sentence, k: number): { text: string; end: number } | null {
    const c = this.data.clause;
    const p = this.phrase;
    const post = this.data.post;
    const toks = s.tokens;
    const w = toks[k];
    if (!c || !p || !w || w.kind !== 'word') return null;
    // "có thể": a longer function word opening at the verb is no verb of the noun's clause.
    if (matchPhrase(p.functionWords, toks, k) > k + 1) return null;
    const next = toks[k + 1];
    const nextKey = next?.kind === 'word' ? next.key : '';
    let from = k;
    let relative = true;
    let m: number;
    const participle = c.pastForms.has(nextKey) || !!post?.participles.has(nextKey) || (!!post && hasEnding(nextKey, post.endings));
    if (c.progressives.has(w.key) && !(c.passiveAuxiliaries.has(w.key) && participle)) {
      if (!hasEnding(nextKey, p.progressiveEndings)) return null;
      from = k + 1;
      relative = false;
      m = k + 2;
    } else if (c.perfects.has(w.key)) {
      if (!participle) return null;
      m = k + 2;
    } else if (c.passiveAuxiliaries.has(w.key)) {
      // "400 homes are set to be built …", "5,000 tents were delivered by …": the passive says which ones.
      if (!participle) return null;
      from = k + 1;
      relative = false;
      m = k + 2;
    } else if (c.modals.has(w.key)) {
      // "towns will build …": a modal before a plain verb, not before a stop or a function word.
      if (!nextKey || c.stops.has(nextKey) || matchPhrase(p.functionWords, toks, k + 1, k + 2) === k + 2) return null;
      m = k + 2;
    } else if (c.pastForms.has(w.key)) m = k + 1;
    else return null;
    let end = m;
    let phraseStart = -1;
    let words = 0;
    for (; m < s.limit && words < c.maxWords; words++) {
      const t = toks[m];
      if (!t || (t.kind !== 'word' && t.kind !== 'num') || (t.kind === 'word' && c.stops.has(t.key))) break;
      // A clause that runs into another amount is about that amount ("có thu nhập 9 triệu đồng"), not the
      // noun's restriction: the label is the noun alone. A year may close the clause.
      const spelled = t.kind === 'word' && this.data.words.has(t.key) && this.isNumberWord(toks, m);
      if ((t.kind === 'num' && !YEAR_DIGITS_RE.test(t.text)) || spelled) return { text: '', end: k };
      if (t.kind === 'word' && (post?.prepositions.has(t.key) || p.prepositions.has(t.key)) && end > from) phraseStart = m;
      m = t.kind === 'word' ? compoundEnd(toks, m, s.limit) : m + 1;
      if (t.kind === 'num' || matchPhrase(p.functionWords, toks, m - 1, m) !== m) end = m;
    }
    // Cut inside a phrase, by the word limit or a quote ("… against the self-declared “interim”
    // government"): end before that phrase, on a content word.
    // A coordinator may join the phrase's own objects ("on days two and three"): it does not close the phrase.
    const stop = toks[m]?.kind === 'word' && c.stops.has(toks[m]!.key) && toks[m]!.key !== this.c.grammar.coordinator;
    const closed = m >= s.limit || !toks[m] || CLAUSE_MARKS.has(toks[m]!.text) || stop;
    if (!closed && phraseStart > from + 1) end = phraseStart;
    // A label never ends on a function word or a preposition ("… in the capital against").
    const dangling = (at: number) => matchPhrase(p.functionWords, toks, at, at + 1) === at + 1 || !!post?.prepositions.has(toks[at]?.key ?? '') || p.prepositions.has(toks[at]?.key ?? '');
    while (end > from + 1 && dangling(end - 1)) end--;
    const text = s.text.slice(toks[from]!.start, toks[end - 1]!.end);
    return { text: relative && c.relative ? `${c.relative} ${text}` : text, end };
  }

  /**
   * The noun phrase after the number (vi "7.893 chi bộ …", en "2,300 troops"); `redirect` when the
   * word after it says the counted thing is named before the number ("5% more", "$9 a year").
   */
  labelAfter(s: Sentence, j: number): { text: string; end: number; redirect: boolean; rate?: string; plain?: boolean; clause?: boolean } {
    const toks = s.tokens;
    const max = this.c.lex.labelMaxWords;
    // Without noun-phrase data, one function word opening the label is skipped ("3,5 % des électeurs");
    // not after money, where what follows is seldom what the money is ("1 200 000 euros cette année").
    const afterMoney = this.c.unitKinds.get(toks[j - 1]?.key ?? '') === 'money';
    if (!this.phrase && !afterMoney && this.stopsAt(toks, j) && j + 1 < s.limit && this.isContentWord(toks, j + 1)) j++;
    // "22 triệu đồng mỗi tháng": a rate; the label is named before the amount and keeps the rate.
    const rate = this.phrase && toks[j]?.kind === 'word' && j < s.limit ? matchPhrase(this.phrase.rates, toks, j, s.limit) : -1;
    if (rate > j) return { text: '', end: j, redirect: true, rate: s.text.slice(toks[j]!.start, toks[rate - 1]!.end) };
    let k = j;
    let words = 0;
    let rated = false;
    while (k < s.limit && words < max) {
      const t = toks[k];
      // "2 triệu lượt khách mỗi năm", "500 ghế/ngày": a rate closes the counted noun and stays with it.
      const rateEnd = k > j && this.phrase ? matchPhrase(this.phrase.rates, toks, k, s.limit) : -1;
      if (rateEnd > k) {
        k = rateEnd;
        rated = true;
        break;
      }
      if (!t || t.kind !== 'word') break;
      // "three hours The mayor said …": a capitalised function word opens a sentence the splitter missed.
      // So does a capitalised pronoun: "two key ones I want to mention".
      if (k > j && t.cap && (this.c.titleArticles.has(t.key) || this.c.directives.pronouns.has(t.key) || (!!this.phrase && matchPhrase(this.phrase.functionWords, toks, k, k + 1) === k + 1))) break;
      if (matchPhrase(this.data.labelRedirects, toks, k) > 0 || (k > j && this.opensParticiple(toks, k))) break;
      // "9 million people went …": a past form ends the counted noun and opens its clause.
      if (k > j && this.data.clause?.pastForms.has(t.key)) break;
      // A preposition opens the phrase that narrows the noun, read whole by phraseModifier.
      if (k > j && this.phrase?.prepositions.has(t.key)) break;
      // Without noun-phrase data a function word between two label words stays ("Feststellungen von unerlaubten").
      const links = !this.phrase && k > j && words + 2 <= max && this.isContentWord(toks, k + 1);
      if (this.stopsAt(toks, k) && !links && !(k > j && words + 3 <= max && this.joinsModifiers(toks, k))) break;
      // A run of capitalised words is one name, one word of the label ("nhà máy Phong Điện Bình Minh").
      const inName = k > j && t.cap && !!toks[k - 1]?.cap && toks[k - 1]?.kind === 'word';
      // "coal-fired plants", "ki-ốt check in": a hyphenated word is one word of the label.
      k = compoundEnd(toks, k, s.limit);
      // Possessives stay whole: "Earth's land".
      if (APOSTROPHES.has(toks[k]?.text ?? '') && toks[k + 1]?.key === this.c.grammar.possessiveClitic && !toks[k + 1]?.spaced && toks[k + 2]?.kind === 'word') k += 2;
      if (!inName) words++;
    }
    if (k === j) return { text: '', end: j, redirect: j < s.limit && matchPhrase(this.data.labelRedirects, toks, j) > 0 };
    if (!rated) k = this.joinedNounEnd(s, j, this.listedNounEnd(s, j, k));
    // "2 nhất", "15 ngày mới nhận": an adverb opening the words after the number (no noun compound there), or a bare classifier, counts nothing.
    const p = this.phrase;
    // Only where modifiers follow their head: "overall cost" opens with its modifier.
    const opensWithModifier = !this.c.grammar.modifiersBeforeHead && !!p && matchPhrase(p.nonHeads, toks, j, k) > j && matchPhrase(p.nouns, toks, j, k) <= j;
    if (p && (onlyNonHeads(toks, j, k, p) || opensWithModifier)) return { text: '', end: j, redirect: false };
    const clause = this.subjectClause(s, k);
    if (clause && !clause.text) return { text: this.spanText(s, j, k), end: k, redirect: false, plain: true };
    if (clause) return { text: `${this.spanText(s, j, k)} ${clause.text}`.trim(), end: clause.end, redirect: false, clause: true };
    const post = this.postModifierEnd(s, k);
    // A relative clause ends where its own verb's object ends ("letters that the chambers had received"): kept whole.
    if (post > k) return { text: s.text.slice(toks[j]!.start, toks[post - 1]!.end), end: post, redirect: false };
    const phrase = this.phraseModifier(s, k);
    const head = this.spanText(s, j, k);
    if (phrase && head) return { text: `${head} ${s.text.slice(toks[phrase.start]!.start, toks[phrase.end - 1]!.end)}`, end: phrase.end, redirect: false };
    return { text: head, end: k, redirect: false, plain: true };
  }

  /**
   * "2,000 contractors and vendors", "24 states and territories", "13 states and local communities": where modifiers
   * precede their head, a plural head joined by a label joiner to one or two more words ending on a plural, no number,
   * article or stop among them and a stop, a mark or the end after them, counts both. Returns the label's new end, or k.
   */
  private joinedNounEnd(s: Sentence, j: number, k: number): number {
    const toks = s.tokens;
    const plural = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && hasSuffix(t.key, this.c.grammar.pluralEndings);
    if (!this.c.grammar.modifiersBeforeHead || k <= j || !plural(toks[k - 1]) || !this.data.labelJoiners.has(toks[k]?.key ?? '')) return k;
    for (let m = k + 1; m <= k + JOINED_NOUN_MAX_WORDS && m < s.limit; m++) {
      const t = toks[m];
      if (!t || t.kind !== 'word' || t.cap || !this.isLabelWord(toks, m) || this.c.titleArticles.has(t.key) || this.data.words.has(t.key)) return k;
      const after = toks[m + 1];
      const closes = !after || after.kind === 'punct' || (after.kind === 'word' && !this.isLabelWord(toks, m + 1));
      if (plural(t) && closes && m + 1 - j <= this.c.lex.labelMaxWords) return m + 1;
      // "local communities": a word before the joined noun is a modifier ("and injured dozens" is a verb and its object).
      if (!hasEnding(t.key, this.data.modifierEndings) || hasSuffix(t.key, this.c.grammar.pastEndings)) return k;
    }
    return k;
  }

  /**
   * "5.000 cán bộ, chiến sĩ đến từ …": where the grammar lists counted nouns with a comma, a short
   * lowercase noun after the comma (two words up to the head's length, no stop, adverb, verb or number
   * in it, a stop, a verb, a mark or the end after it) belongs to the label. Returns the label's new end, or k.
   */
  private listedNounEnd(s: Sentence, j: number, k: number): number {
    const toks = s.tokens;
    const p = this.phrase;
    if (!this.c.grammar.commaListsCountedNouns || !p || toks[k]?.text !== ',') return k;
    let m = k + 1;
    // "62 tỉnh, thành phố", "100% CBCC, người lao động": the listed noun may be a little longer than a short head.
    while (m < s.limit && m - (k + 1) < Math.max(k - j, LISTED_NOUN_MAX_WORDS)) {
      const t = toks[m];
      // "32 chuyến, tương đương …": a lead-in word after the comma opens the next figure's phrase.
      if (!t || t.kind !== 'word' || t.cap || !this.isContentWord(toks, m) || matchPhrase(p.verbs, toks, m) > m || matchPhrase(p.nonHeads, toks, m) > m || this.c.labelLeadIns.has(t.key)) break;
      m++;
    }
    if (m - (k + 1) < LISTED_NOUN_MIN_WORDS || matchPhrase(p.nonHeads, toks, k + 1, m) > k + 1) return k;
    const next = toks[m];
    // "12 tỉnh, thành phố không xuất khẩu …": an adverb after the listed noun ("không") closes it as a stop does.
    const closes = m >= s.limit || !next || (next.kind === 'punct' && next.text !== ',') || (next.kind === 'word' && (this.stopsAt(toks, m) || matchPhrase(p.verbs, toks, m) > m || matchPhrase(p.nonHeads, toks, m) > m || !!this.data.clause?.pastForms.has(next.key)));
    return closes ? m : k;
  }

  /**
   * The phrase that narrows a counted noun ending before k: a prepositional phrase ("households
   * without power", "a fee on the biggest banks"), also after an auxiliary that is dropped ("people
   * were without power", "people had been injured in clashes", "residents are eligible for aid").
   * Only whole phrases are taken; null when there is none or it would run past the word limit.
   */
  private phraseModifier(s: Sentence, k: number): { start: number; end: number } | null {
    const p = this.phrase;
    const post = this.data.post;
    const toks = s.tokens;
    if (!p || p.prepositions.size === 0) return null;
    const maxWords = post?.maxWords ?? this.c.lex.labelMaxWords;
    let m = k;
    let passive = false;
    let perfect = false;
    for (; m < s.limit; m++) {
      const key = toks[m]?.key ?? '';
      if (p.perfects.has(key)) perfect = true;
      else if (p.auxiliaries.has(key)) passive = true;
      else break;
    }
    const start = m;
    if (m === k && !p.prepositions.has(toks[m]?.key ?? '')) return null;
    if (m > k) {
      const w = toks[m];
      if (!w || w.kind !== 'word') return null;
      if (!p.prepositions.has(w.key)) {
        // "have applied for" is the noun's own act, not a phrase narrowing it: only passives and adjectives.
        const participle = !!post && (post.participles.has(w.key) || hasEnding(w.key, post.endings));
        const narrows = (participle && (passive || !perfect)) || hasEnding(w.key, p.progressiveEndings) || p.adjectives.has(w.key);
        if (!narrows || !p.prepositions.has(toks[m + 1]?.key ?? '')) return null;
        m++;
      }
    }
    let good = -1;
    let content = 0;
    let words = m - start;
    while (m < s.limit && words < maxWords) {
      const t = toks[m];
      if (!t) break;
      if (t.kind === 'word' && p.prepositions.has(t.key)) {
        if (content > 0) good = m;
        content = 0;
        m++;
        words++;
        continue;
      }
      // "price rises in 2019": a year may close the phrase as its object.
      const year = t.kind === 'num' && YEAR_DIGITS_RE.test(t.text) && content === 0 && p.prepositions.has(toks[m - 1]?.key ?? '');
      // A verb ends the phrase: "output for the year reached 2 GW".
      const verb = t.kind === 'word' && matchPhrase(p.functionWords, toks, m, m + 1) < 0 && (this.c.labelLeadIns.has(t.key) || matchPhrase(p.verbs, toks, m) > m);
      // "for each school": a word that names nothing alone (labelPhrase.nonHeads), right after the preposition, opens its object.
      const determiner = content === 0 && t.kind === 'word' && p.prepositions.has(toks[m - 1]?.key ?? '') && matchPhrase(p.nonHeads, toks, m, m + 1) === m + 1 && toks[m + 1]?.kind === 'word';
      if (!year && !determiner && (t.kind !== 'word' || verb || this.stopsAt(toks, m) || post?.relatives.has(t.key))) break;
      if (!year && !this.c.titleArticles.has(t.key) && !this.data.words.has(t.key)) content++;
      m = year ? m + 1 : compoundEnd(toks, m, s.limit);
      if (APOSTROPHES.has(toks[m]?.text ?? '') && toks[m + 1]?.key === this.c.grammar.possessiveClitic && !toks[m + 1]?.spaced && toks[m + 2]?.kind === 'word') m += 2;
      words++;
      if (year) {
        content++;
        break;
      }
    }
    const natural = m >= s.limit || words < maxWords || !toks[m] || toks[m]!.kind !== 'word' || this.stopsAt(toks, m);
    const end = content > 0 && natural ? m : good;
    if (end <= start) return null;
    const [a, b] = trimLabelSpan(toks, start, end, p);
    return b > a ? { start, end: b } : null;
  }

  /**
   * Length of the lead-in ending right before token `end` ("đạt", "rose to"), or 0. With noun-phrase
   * data a lead-in is matched whole, so "giá" of "trị giá" stays in "tỷ giá"; without, word by word.
   */
  private leadInBefore(toks: Token[], end: number): number {
    const t = toks[end - 1];
    if (!t || t.kind !== 'word') return 0;
    if (!this.phrase) return this.c.labelLeadIns.has(t.key) ? 1 : 0;
    let best = 0;
    for (const phrase of this.data.leadIns) {
      const start = end - phrase.length;
      if (phrase.length > best && start >= 0 && phrase.every((key, m) => toks[start + m]?.key === key)) best = phrase.length;
    }
    return best;
  }

  /** Whether the word before token i is lowercase, space-separated and follows a content word: where a verb stands. */
  private isVerbSlot(toks: Token[], i: number): boolean {
    const verb = toks[i - 1];
    return toks[i]?.kind === 'num' && toks[i]!.spaced && !!verb && verb.kind === 'word' && !verb.cap && verb.spaced && this.isContentWord(toks, i - 2);
  }

  /** The metric named before the number ("thu ngân sách đạt 1.234 tỷ đồng" → "thu ngân sách"). */
  labelBefore(s: Sentence, i: number, crossComma = true): string {
    const toks = s.tokens;
    // "4 towns signed and 3 more …": across a coordinator the words before end another clause.
    if (toks[i - 1]?.key === this.c.grammar.coordinator) return '';
    let end = i;
    for (let lead = this.leadInBefore(toks, end); lead > 0; lead = this.leadInBefore(toks, end)) {
      // "Số xe mới là 40": what stands before the copula is the subject, lead-ins or not.
      const copula = this.phrase ? copulaBefore(toks, end, this.phrase) : 0;
      if (copula > 0) {
        end -= copula;
        break;
      }
      end -= lead;
    }
    // "Thời hạn thuê: 24 tháng", "Turnout: 40%": the noun phrase before a colon right before the number.
    // A level frame before the colon ("hiện ở mức: 5 triệu") names the clause subject instead.
    if (end === i && toks[end - 1]?.text === ':' && end - 1 > 0) {
      const p = this.phrase;
      if (p && phraseEndingAt(p.levels, toks, Math.max(0, end - 4), end - 1) >= 0) return this.levelSubject(s, end - 1);
      const named = this.metricBefore(s, end - 1, false);
      if (named) return named;
    }
    // Without noun-phrase data, in a language that names the counted noun after the number, the
    // lowercase word right before it is taken for the verb ("son budget atteint 1 200 000 euros").
    if (!this.phrase && this.c.grammar.countedNounAfter && end === i && this.isVerbSlot(toks, i)) end--;
    // "chi tiêu cho bản thân mỗi tháng hơn 10 triệu đồng": a rate before the amount stays with its label.
    const rate = this.phrase ? phraseEndingAt(this.phrase.rates, toks, Math.max(0, end - 3), end) : -1;
    if (rate >= 0 && end < i) {
      const metric = this.metricBefore(s, rate, false);
      return metric ? `${metric} ${s.text.slice(toks[rate]!.start, toks[end - 1]!.end)}` : '';
    }
    // The verb before the number may be a change: the figure is then the rise or fall, not the level.
    const change = this.changeNoun(toks, end, i);
    let metric = this.ownedMeasure(s, end) || this.metricBefore(s, end, crossComma);
    // "you are up to three times …", "I hereby release $6m": a pronoun opens the clause's subject, which counts nothing.
    // "we're committing $3bn", "that's how you save $28bn": a clitic left of a contraction opens a pronoun's clause too.
    const opener = toMatchKey(metric).split(' ')[0] ?? '';
    if (this.c.directives.pronouns.has(opener) || this.c.directives.clitics.has(opener) || opener === this.c.grammar.possessiveClitic) metric = '';
    if (!change) return metric;
    return metric ? `${change} ${metric}` : '';
  }

  /**
   * "căn hộ ven sông đang có giá 3 tỷ đồng" → "giá căn hộ ven sông": a measure noun of at most
   * OWNED_MEASURE_WORDS words right before `end`, after a verb of having (labelPhrase.possessions),
   * is the measure of the owner before that verb. '' when the frame is not there or no owner is named.
   */
  private ownedMeasure(s: Sentence, end: number): string {
    const p = this.phrase;
    const toks = s.tokens;
    if (!p) return '';
    for (let n = 1; n <= OWNED_MEASURE_WORDS && end - n > 0; n++) {
      const at = end - n;
      if (toks[at]?.kind !== 'word' || !this.isContentWord(toks, at)) return '';
      const have = phraseEndingAt(p.possessions, toks, Math.max(0, at - 2), at);
      if (have < 0) continue;
      let k = have;
      // "đang có giá": function words between the owner and the verb.
      while (k > 0 && matchPhrase(p.functionWords, toks, k - 1, k) === k) k--;
      const owner = this.metricBefore(s, k, false);
      return owner ? `${this.spanText(s, at, end)} ${owner}` : '';
    }
    return '';
  }

  /**
   * "Labor's 82 per cent renewables target" → "Labor's renewables target": a possessor right before
   * the number owns the counted noun after it. Returns the label unchanged otherwise.
   */
  withPossessorBefore(toks: Token[], at: number, label: string): string {
    const s = toks[at - 1];
    const mark = toks[at - 2];
    const owner = toks[at - 3];
    if (!this.phrase || s?.key !== this.c.grammar.possessiveClitic || s.spaced || !mark || !APOSTROPHES.has(mark.text) || owner?.kind !== 'word') return label;
    return `${owner.text}${mark.text}${s.text} ${label}`;
  }

  /**
   * "released two hostages" → "hostages released" (aeb-a1fca19b884e in fixture-examples.test.ts): a past participle right before the
   * number (past approximators) says what happened to the counted things, as a reduced relative.
   * Returns the label unchanged when no such verb stands there.
   */
  withParticipleBefore(toks: Token[], at: number, label: string): string {
    const p = this.phrase;
    const post = this.data.post;
    if (!p || !post) return label;
    let k = at;
    const hedge = phraseEndingAt(p.hedges, toks, Math.max(0, k - 3), k);
    if (hedge >= 0) k = hedge;
    const verb = toks[k - 1];
    if (!verb || verb.kind !== 'word' || verb.cap || this.c.labelLeadIns.has(verb.key) || this.data.changeNouns.has(verb.key)) return label;
    if (matchPhrase(this.data.labelRedirects, toks, k - 1) > 0) return label;
    // "had been reached two years early": a passive's object is its subject, not the number.
    if (p.auxiliaries.has(toks[k - 2]?.key ?? '')) return label;
    // "has lasted 10 years": a span of time is how long, not what the verb acted on.
    if (p.spans.has(toks[at]?.key ?? '') || p.spans.has(toks[at + 1]?.key ?? '')) return label;
    const participle = (key: string) => post.participles.has(key) || hasEnding(key, post.endings);
    if (!participle(verb.key)) return label;
    // "freed 40 miners trapped underground": the label already says what happened to them.
    if (toMatchKey(label).split(' ').slice(1).some(participle)) return label;
    return `${label} ${verb.text}`;
  }

  /**
   * The subject of a level frame before the number at `at` ("giá vàng được niêm yết tại mức 5
   * triệu đồng" → "giá vàng"): the frame, then at most LEVEL_PREDICATE_WORDS verbs and function
   * words of the predicate, then the noun phrase. '' when no frame stands there or no noun is left.
   */
  levelSubject(s: Sentence, at: number): string {
    const p = this.phrase;
    const toks = s.tokens;
    if (!p) return '';
    const approx = this.approximatorBefore(toks, at);
    let k = approx >= 0 ? approx : at;
    const frame = phraseEndingAt(p.levels, toks, Math.max(0, k - 3), k);
    if (frame < 0) return '';
    k = frame;
    for (let n = 0; n < LEVEL_PREDICATE_WORDS && k > 0; n++) {
      const fn = phraseEndingAt(p.functionWords, toks, Math.max(0, k - 2), k);
      const verb = phraseEndingAt(p.verbs, toks, Math.max(0, k - 3), k);
      const start = Math.min(fn >= 0 ? fn : k, verb >= 0 ? verb : k);
      if (start >= k) break;
      k = start;
    }
    return this.metricBefore(s, k, false);
  }

  /**
   * "Số xe mới là 40 chiếc" (dantri-4 in fixture-examples.test.ts): after a copula, a one-word noun after the number is only
   * its classifier; the subject before the copula is what the number counts. '' when that does not apply.
   */
  subjectOfCopula(s: Sentence, at: number, after: string): string {
    const p = this.phrase;
    if (!p || p.copulas.length === 0 || !after) return '';
    const approx = this.approximatorBefore(s.tokens, at);
    if (copulaBefore(s.tokens, approx >= 0 ? approx : at, p) === 0) return '';
    const subject = this.labelBefore(s, at, false);
    // "công suất là 10 triệu lượt khách/năm": the subject says what, the noun after says in what.
    if (!subject || !after.includes(' ')) return subject;
    const known = new Set(toMatchKey(subject).split(' '));
    return toMatchKey(after).split(' ').every((w) => known.has(w)) ? subject : `${subject} ${after}`;
  }

  /**
   * "gấp 2 lần so với năm trước": the comparison a ratio or a change is made against,
   * read after the figure up to the next stop; '' when none follows.
   */
  comparisonAfter(s: Sentence, at: number): string {
    const p = this.phrase;
    const toks = s.tokens;
    if (!p) return '';
    const open = matchPhrase(p.comparisons, toks, at, s.limit);
    if (open < 0) return '';
    let k = open;
    while (k < s.limit && k - open < COMPARISON_MAX_WORDS && toks[k]?.kind === 'word' && !this.stopsAt(toks, k)) k = compoundEnd(toks, k, s.limit);
    const object = this.spanText(s, open, k);
    return object ? `${s.text.slice(toks[at]!.start, toks[open - 1]!.end)} ${object}` : '';
  }

  /**
   * "từ 12 xuống còn 9 môn", "from 20 to 25 trains": a number before a change-to word and a second
   * number counts what the second counts. '' when no such target follows token `at`.
   */
  labelOfTarget(s: Sentence, start: number, at: number): string {
    const toks = s.tokens;
    // Only a change written from one number to another ("từ 12 xuống 9"), not a range of ages ("16 to 24 year olds").
    if (!this.before(toks, start, this.data.rangeOpen)) return '';
    let k = at;
    for (let n = 0; n < 2 && k < s.limit && this.data.changeNouns.get(toks[k]?.key ?? '') === ''; n++) k++;
    if (k === at || toks[k]?.kind !== 'num') return '';
    const unit = this.unitAfter(toks, k + 1);
    return this.labelAfter(s, unit ? unit.end : k + 1).text;
  }

  /** The change noun of a change verb standing right after a comma and right before token `at` (", giảm 5%"), or null. */
  changeAfterComma(toks: Token[], at: number): string | null {
    if (toks[at - 2]?.text !== ',') return null;
    return this.changeNoun(toks, at - 1, at) || null;
  }

  /** The change noun of the first change verb among the lead-ins in [from, to) ("giảm" → "mức giảm"). */
  changeNoun(toks: Token[], from: number, to: number): string | null {
    let found: string | null = null;
    for (let k = Math.max(0, from); k < to; k++) {
      const noun = this.data.changeNouns.get(toks[k]?.key ?? '');
      if (noun === '') return null;
      if (noun && !found) found = noun;
    }
    return found;
  }

  /** The label inside "NP (70%)" or "NP (chiếm 17%)": the noun phrase the bracketed figure belongs to. */
  labelOfBracket(s: Sentence, start: number, end: number): string {
    const toks = s.tokens;
    let open = start - 1;
    for (let lead = this.leadInBefore(toks, open + 1); lead > 0; lead = this.leadInBefore(toks, open + 1)) open -= lead;
    if (toks[open]?.text !== '(' || toks[end]?.text !== ')') return '';
    return this.metricBefore(s, open, false);
  }

  /** "40 percent of voters", "$500 of aid": what the amount is a share of (politico-1 in fixture-examples.test.ts). */
  labelOfShare(s: Sentence, at: number): string {
    const end = matchPhrase(this.data.shareOf, s.tokens, at);
    if (end < 0) return '';
    let k = end;
    // "20 percent of its budget" (wapo-1 in fixture-examples.test.ts): determiners and possessives before the noun are not part of it.
    while (k < s.limit && (this.c.titleArticles.has(s.tokens[k]?.key ?? '') || (this.phrase && s.tokens[k]?.kind === 'word' && matchPhrase(this.phrase.functionWords, s.tokens, k, k + 1) === k + 1))) k++;
    return this.labelAfter(s, k).text;
  }

  /** Whether the clause's main verb ends right before `end` (labelPhrase.verbs) or opens at it (a copula or a verb lead-in, not an approximator). */
  private mainVerbAt(toks: Token[], end: number): boolean {
    const p = this.phrase;
    if (!p) return false;
    if (phraseEndingAt(p.verbs, toks, Math.max(0, end - 3), end) >= 0) return true;
    const t = toks[end];
    if (!t || t.kind !== 'word') return false;
    if (p.copulas.some((phrase) => phrase.every((key, m) => toks[end + m]?.key === key))) return true;
    return this.c.labelLeadIns.has(t.key) && matchPhrase(p.functionWords, toks, end, end + 1) < 0;
  }

  /** Whether a number token is a small whole count that can sit inside a noun phrase (not a year, an amount or a decimal). */
  private countInside(t: Token): boolean {
    const v = this.value(t);
    return v !== null && Number.isInteger(v) && v > 0 && v <= INNER_COUNT_MAX && /^\d+$/.test(t.text);
  }

  /** "share of exports" for a share label that names no group of people (lexicon.shareNoun), else ''. */
  shareNounFor(label: string): string {
    const noun = this.data.shareNoun;
    if (!noun) return '';
    return toMatchKey(label).split(' ').some((w) => this.data.shareGroups.has(w)) ? '' : `${noun} ${label}`;
  }

  /** "$1.2 billion in aid": what a sum is, when a bare lowercase noun follows (not "in March", "in the spring"). */
  labelOfMoney(s: Sentence, at: number): string {
    const end = matchPhrase(this.data.moneyIn, s.tokens, at);
    const t = end < 0 ? undefined : s.tokens[end];
    if (!t || t.kind !== 'word' || this.c.titleArticles.has(t.key)) return '';
    const { text } = this.labelAfter(s, end);
    // "$60 million in BSCA grants": a name before a common noun modifies it; "in London", "in March" name no use of the money.
    const last = text.split(' ').pop() ?? '';
    if (t.cap && last.toLocaleLowerCase() !== last) return '';
    return text;
  }

  private metricBefore(s: Sentence, end: number, crossComma: boolean): string {
    const toks = s.tokens;
    let k = end;
    let words = 0;
    let nouns = 0;
    let link = -1;
    while (k > 0 && words < this.c.lex.labelMaxWords) {
      const t = toks[k - 1];
      if (!t) break;
      // Possessives stay whole: "Mexico's economy".
      if (t.key === this.c.grammar.possessiveClitic && APOSTROPHES.has(toks[k - 2]?.text ?? '') && toks[k - 3]?.kind === 'word') {
        k -= 3;
        words++;
        continue;
      }
      // "average output of small farms" (aeb-b0cf2bbf0192 in fixture-examples.test.ts): a link word between two nouns stays inside.
      // A link that opens a noun compound ("vào ra") is the compound's word, not a link.
      if (this.phrase?.links.has(t.key) && words > 0 && words + 2 <= this.c.lex.labelMaxWords && this.linksNouns(toks, k - 2) && matchPhrase(this.phrase.nouns, toks, k - 1) < 0) {
        k--;
        link = k;
        continue;
      }
      // "khoảng cách giữa 2 ga", "đường 3 làn đường": a small count between two words is inside the noun phrase.
      const inner = toks[k];
      if (t.kind === 'num' && words > 0 && t.spaced && inner?.kind === 'word' && inner.spaced && matchPhrase(this.c.units, toks, k) < 0 && toks[k - 2]?.kind === 'word' && this.isContentWord(toks, k - 2) && this.countInside(t)) {
        k--;
        words++;
        continue;
      }
      // "số vốn được giải ngân đạt …": a passive marker between the subject noun and its verb stays inside.
      // Only when the clause's own verb stands between it and the number ("… giải ngân đạt 5", "… ưa chuộng dao động 5"):
      // "học sinh được nghỉ 3 ngày", "công ty bị phạt 5 triệu" are the passive predicate itself, a verb tail.
      const passive = t.kind === 'word' && words > 0 && !!this.data.clause?.passives.has(t.key) && this.isContentWord(toks, k - 2) && this.isContentWord(toks, k) && this.mainVerbAt(toks, end);
      if (passive) {
        k--;
        words++;
        continue;
      }
      if (t.kind !== 'word' || this.stopsAt(toks, k - 1)) break;
      // "The council raised parking fees to $12": the verb's object is counted, not its subject
      // ("unemployment remains low" has no object: "high" is no noun, so the scan goes on).
      if (nouns > 0 && this.phrase && phraseEndingAt(this.phrase.verbs, toks, Math.max(0, k - 3), k) >= 0) break;
      if (!this.phrase || matchPhrase(this.phrase.functionWords, toks, k - 1, k) !== k) nouns++;
      // "thiệt hại cho Tổng công ty Đường sắt Miền Bắc": a run of capitalised words is one name, one word of the label.
      const inName = t.cap && k < end && !!toks[k]?.cap && toks[k]?.kind === 'word';
      k = compoundStart(toks, k, 0);
      if (!inName) words++;
    }
    // The word limit cut the noun before a link ("… của Tổng công ty"): keep only the part after the link.
    const verbBefore = !!this.phrase && phraseEndingAt(this.phrase.verbs, toks, Math.max(0, k - 3), k) >= 0;
    if (link >= 0 && words >= this.c.lex.labelMaxWords && this.isContentWord(toks, k - 1) && this.isContentWord(toks, k) && !verbBefore) k = link + 1;
    while (k < end && this.c.titleArticles.has(toks[k]?.key ?? '')) k++;
    if (end <= k) {
      // "unemployment remains low, at 3.5%": the metric is the clause before the comma (apnews-1 in fixture-examples.test.ts).
      return crossComma && toks[end - 1]?.text === ',' ? this.labelBefore(s, end - 1, false) : '';
    }
    // "the agency collected $5bn": the number is the verb's object; the subject is not what it counts.
    if (this.phrase && endsWithObjectVerb(toks, k, end, this.phrase)) return '';
    // "growing 23 percent", "Providing £10 million": one word with a progressive ending right before is the verb taking the number.
    if (this.phrase && end - k === 1 && hasEnding(toks[k]?.key ?? '', this.phrase.progressiveEndings)) return '';
    return this.spanText(s, k, end);
  }
}

function kindFor(unitKind: FigureKind | null, prefixKind: FigureKind | null, hasLabel: boolean, ratio: boolean): FigureKind {
  if (prefixKind) return prefixKind;
  if (unitKind) return unitKind;
  if (ratio) return 'ratio';
  return hasLabel ? 'count' : 'number';
}

/** A figure being read at one number: each step fills its part, or rejects the number with a Skip. */
interface FigureDraft {
  /** Token of the number. */
  at: number;
  value: number;
  valueMax: number | null;
  ratio: boolean;
  /** First token after the number and its range or ratio: where a unit may start. */
  numberEnd: number;
  prefix: { text: string; kind: FigureKind; start: number } | null;
  unitText: string | null;
  /** First token after the number, its unit and a worded range. */
  unitEnd: number;
  unitKind: FigureKind | null;
  unitScaleOnly: boolean;
  rules: RuleId[];
  /** A fraction word before a share word ("half of"): its label is what it is a share of. */
  share?: boolean;
}

/** Where reading resumes when a step rejects the number, and the rule that rejected it. */
interface Skip {
  resume: number;
  rule: RuleId;
}

function isSkip<T extends object>(step: T | Skip): step is Skip {
  return (step as Skip).resume !== undefined;
}

function readSentence(sentence: Sentence, reader: FigureReader, out: Candidate[], trace?: Trace): void {
  const s = splitGluedAmounts(sentence, reader.data.gluedPrefix);
  const toks = s.tokens;
  const skip = (at: number, step: Skip): number => {
    trace?.drops.push({ rule: step.rule, text: toks[at]?.text ?? '', evidence: s.text, paragraph: s.para });
    return step.resume;
  };
  const urls = maskedUrls(s.text);
  const sentenceLabels = new Set<string>();
  let i = 0;
  while (i < s.limit) {
    const t = toks[i];
    const fraction = reader.fractionUse(toks, i);
    const spelled = !!t && (fraction !== null || reader.opensRatio(toks, i) || (reader.isNumberWord(toks, i) && reader.data.words.has(t.key)));
    if (!t || (t.kind !== 'num' && !spelled)) {
      i++;
      continue;
    }
    let value = reader.value(t);
    if (value === null || urls.some(([a, b]) => t.start >= a && t.start < b)) {
      i++;
      continue;
    }
    const point = reader.leadingPointAt(toks, i);
    if (point >= 0) value = Number(`0.${t.text}`);
    const slogan = reader.sloganStart(toks, i);
    if (slogan) {
      takeSlogan(s, i, slogan, value, out);
      i = slogan.close + 1;
      continue;
    }
    const notQuantity = reader.notQuantity(s, i, value);
    if (notQuantity) {
      // Skip the rest of a date or code ("15/3/2025", "22/CT-TTg").
      let j = i + 1;
      while (j < s.limit && !toks[j]?.spaced && toks[j]?.kind !== 'word') j++;
      i = skip(i, { resume: j, rule: notQuantity });
      continue;
    }
    const d: FigureDraft = {
      at: i, value, valueMax: null, ratio: false, numberEnd: i + 1, prefix: null, unitText: null, unitEnd: i + 1,
      unitKind: null, unitScaleOnly: false, rules: [spelled && t.kind !== 'num' ? 'figure.number-word' : 'figure.number'],
      share: fraction?.share ?? false,
    };
    if (fraction) d.rules.push('figure.fraction');
    const rejected = readRangeOrRatio(s, d, reader) ?? readUnit(s, d, reader);
    if (rejected) {
      i = skip(i, rejected);
      continue;
    }
    const labelled = labelFigure(s, d, reader);
    if (isSkip(labelled)) {
      i = skip(i, labelled);
      continue;
    }
    let { label } = labelled;
    // "eighteen months", "45 days": a span word alone says nothing its number does not; no label is better than it,
    // and the word goes with the number ("four years", not "four").
    const spanOnly = !!label && !!reader.data.timeRefs?.spanWords.has(toMatchKey(label));
    if (spanOnly) {
      label = '';
      d.rules.push('label.span-only');
    }
    const { prefix, unitEnd } = d;
    const startIdx = prefix ? prefixTokenIndex(s, prefix.start, i) : i;
    // "khoảng 64%", "hơn 2.000 tỷ đồng": the approximator is part of the figure as written.
    const approx = reader.approximatorBefore(toks, startIdx);
    const numberStart = point >= 0 ? (toks[point]?.start ?? t.start) : t.start;
    const startChar = approx >= 0 ? (toks[approx]?.start ?? numberStart) : prefix ? prefix.start : numberStart;
    let spanAt = -1;
    if (spanOnly && labelled.rule === 'label.after') {
      for (let k = unitEnd; k < labelled.end && spanAt < 0; k++) if (reader.data.timeRefs?.spanWords.has(toks[k]?.key ?? '')) spanAt = k;
    }
    const endTok = toks[spanAt] ?? toks[unitEnd - 1] ?? t;
    const text = s.text.slice(startChar, Math.max(endTok.end, t.end));
    if (labelled.rule) d.rules.push(labelled.rule);
    // "giá X ở mức 5 triệu đồng, giảm 200.000 đồng": a change after a comma shares the earlier figure's subject.
    const previous = out[out.length - 1];
    if (!label && labelled.measured && previous?.label && Math.floor(previous.order / 1000) === s.id) {
      const change = reader.changeAfterComma(toks, approx >= 0 ? approx : startIdx);
      if (change) {
        label = `${change} ${previous.label}`;
        d.rules.push('label.change-of-previous');
      }
    }
    const comparison = label ? reader.comparisonAfter(s, Math.max(unitEnd, labelled.end)) : '';
    if (comparison) {
      label = `${label} ${comparison}`;
      d.rules.push('label.comparison');
    }
    // "$1.2 billion": the prefix currency and the scale word together.
    const fullUnit = [prefix?.text, d.unitText].filter(Boolean).join(' ') || null;
    // The same counted noun twice in one sentence ("6 nhiệm vụ …, trong đó 3 nhiệm vụ …") is a part
    // of the first count, not a second figure.
    const labelKey = `${toMatchKey(label)}|${fullUnit ?? ''}`;
    if (!labelled.measured && !spanOnly && sentenceLabels.has(labelKey)) {
      i = skip(i, { resume: Math.max(unitEnd, i + 1), rule: 'figure.drop.same-label' });
      continue;
    }
    // A label borrowed from the number a change goes to is that number's own, not a first count.
    if (labelled.rule !== 'label.change-target') sentenceLabels.add(labelKey);
    out.push({
      text, value: d.value, valueMax: d.valueMax, unit: fullUnit, kind: labelled.kind, label, evidence: s.text, paragraph: s.para,
      rules: d.rules, order: s.id * 1000 + i,
    });
    i = Math.max(unitEnd, i + 1);
  }
}

/** The thousands word, ratio, range or fraction after the number; a period, a date or a bare year rejects it. */
function readRangeOrRatio(s: Sentence, d: FigureDraft, reader: FigureReader): Skip | null {
  const toks = s.tokens;
  const t = toks[d.at]!;
  let j = d.at + 1;
  // "half a million": the article between a fraction and its scale word is part of the number.
  j += reader.fractionUse(toks, d.at)?.skip ?? 0;
  // A fraction is a share, not a part of a whole counted after "of".
  if (d.share) {
    d.numberEnd = j;
    d.unitEnd = j;
    return null;
  }
  // "11 bin 37": a thousands word joins two numerals into one.
  const thousands = toks[j];
  const units = toks[j + 1];
  if (thousands && reader.data.thousandWords.has(thousands.key) && units?.kind === 'num' && units.spaced && /^\d{1,3}$/.test(units.text)) {
    d.value = d.value * 1000 + Number(units.text);
    j += 2;
    d.rules.push('figure.thousand-word');
  }
  // "two dozen executive actions", "three hundred inspectors": a multiplier word makes one number with the one before it.
  const multiplier = toks[j]?.spaced && j === d.at + 1 ? reader.data.multipliers.get(toks[j]?.key ?? '') : undefined;
  if (multiplier !== undefined) {
    d.value *= multiplier;
    j++;
    d.rules.push('figure.multiplied');
  }
  // "five of 17", "Six of the 12", "29 trên 30": a part of a whole (japannews-1 in fixture-examples.test.ts).
  const ratioEnd = matchPhrase(reader.data.ratioWords, toks, j);
  const whole = ratioEnd > 0 ? toks[ratioEnd] : undefined;
  if (whole && (whole.kind === 'num' || reader.isNumberWord(toks, ratioEnd))) {
    const v2 = reader.value(whole);
    // "20 in 2019": a year after the ratio word is a date, not the whole.
    if (v2 !== null && v2 > d.value && !isYear(whole, v2)) {
      d.ratio = true;
      d.valueMax = v2;
      j = ratioEnd + 1;
      d.rules.push('figure.ratio');
    }
  }
  // Ranges "20-30%", "10 - 15%", "từ 3 đến 4"; fractions "22/25 chỉ tiêu".
  const sep = toks[j];
  const second = toks[j + 1];
  if (!d.ratio && sep && second?.kind === 'num' && (RANGE_DASHES.has(sep.text) || sep.text === '/')) {
    const v2 = reader.value(second);
    if (v2 !== null) {
      // A term or period ("nhiệm kỳ 2021 - 2026"), a day and month ("12/3", "29-9"): a date, not a range.
      if (isYear(t, d.value) && isYear(second, v2)) return { resume: j + 2, rule: 'figure.drop.period' };
      if (sep.text === '/') {
        if (d.value <= 31 && v2 <= 12) return { resume: j + 2, rule: 'figure.drop.period' };
        d.ratio = true;
        d.valueMax = v2;
        d.rules.push('figure.ratio');
      } else if (v2 > d.value) {
        d.valueMax = v2;
        d.rules.push('figure.range');
      } else return { resume: j + 2, rule: 'figure.drop.period' };
      j += 2;
    }
  } else if (isYear(t, d.value) && !reader.unitAfter(toks, j)) {
    // A bare year with no unit or counted noun is a date.
    return { resume: j, rule: 'figure.drop.bare-year' };
  }
  d.numberEnd = j;
  d.unitEnd = j;
  return null;
}

/** The unit before the number (a currency) and after it (scale, unit), and a range worded around them. */
function readUnit(s: Sentence, d: FigureDraft, reader: FigureReader): Skip | null {
  const toks = s.tokens;
  const i = d.at;
  const j = d.numberEnd;
  d.prefix = reader.prefixUnit(s, i);
  // "a 33-year sentence", "a 12-month extension": a hyphen joins the number and a singular unit noun into a modifier.
  const hyphened = toks[j]?.text === '-' && !toks[j]?.spaced && toks[j + 1] && !toks[j + 1]!.spaced && reader.data.hyphenUnits.has(toks[j + 1]!.key)
    && toks[j + 2]?.kind === 'word';
  if (hyphened) {
    d.unitEnd = j + 2;
    d.unitKind = 'measure';
    d.unitText = toks[j + 1]!.text;
    d.rules.push('figure.hyphen-unit');
    return null;
  }
  const unit = reader.unitAfter(toks, j);
  d.unitKind = unit?.kind ?? null;
  d.unitScaleOnly = unit?.scaleOnly ?? false;
  if (unit) {
    d.unitEnd = unit.end;
    const a = toks[j];
    const b = toks[unit.end - 1];
    d.unitText = a && b ? s.text.slice(a.start, b.end) : null;
    // "15 tháng 3", "29 tháng Chạp": a day before a month is a date, while "15 tháng" alone is a duration.
    const named = toks[unit.end];
    if (unit.end === j + 1 && reader.data.dateWords.has(toks[j]?.key ?? '') && (named?.kind === 'num' || named?.cap)) {
      return { resume: unit.end + 1, rule: 'figure.drop.date-word' };
    }
  }
  // "từ 30% đến 40%", "between 2 million and 3 million": one range, the low end is the value.
  const prefix = d.prefix;
  const range = d.valueMax === null ? reader.rangeAfter(s, prefix ? prefixTokenIndex(s, prefix.start, i) : i, unit ? d.unitEnd : j, d.value, prefix?.text ?? null, unit ? keyOfTokens(toks, j, d.unitEnd) : null) : null;
  if (range) {
    d.valueMax = range.max;
    d.unitEnd = range.end;
    d.rules.push('figure.range');
    if (!d.unitText && range.unit) {
      const a = toks[range.unit.start];
      const b = toks[range.unit.end - 1];
      d.unitText = a && b ? s.text.slice(a.start, b.end) : null;
      d.unitKind = range.unit.kind;
      d.unitScaleOnly = range.unit.scaleOnly;
    }
  }
  if (prefix) d.rules.push('figure.prefix-unit');
  if (d.unitText) d.rules.push('figure.unit');
  return null;
}

/** What the figure counts, by the first label rule that reads one, and its kind; a bare number with nothing it counts is rejected. */
function labelFigure(s: Sentence, d: FigureDraft, reader: FigureReader): { label: string; rule: RuleId | null; kind: FigureKind; measured: boolean; end: number } | Skip {
  const toks = s.tokens;
  const { prefix, unitEnd, unitText, unitKind } = d;
  const after = reader.labelAfter(s, unitEnd);
  const measured = !!(prefix || (unitText && !d.unitScaleOnly));
  const startIdx = prefix ? prefixTokenIndex(s, prefix.start, d.at) : d.at;
  const bracket = reader.labelOfBracket(s, startIdx, unitEnd);
  const copula = bracket ? '' : reader.subjectOfCopula(s, startIdx, after.text);
  let label = bracket || copula || after.text;
  let rule: RuleId | null = bracket ? 'label.bracket' : copula ? 'label.copula-subject' : after.text ? 'label.after' : null;
  if (rule === 'label.after' && after.clause) d.rules.push('label.subject-clause');
  const money = (prefix?.kind ?? unitKind) === 'money';
  if ((measured || after.redirect || d.share) && !label) {
    const share = reader.labelOfShare(s, unitEnd);
    const moneyIn = share || !money ? '' : reader.labelOfMoney(s, unitEnd);
    const level = share || moneyIn ? '' : reader.levelSubject(s, startIdx);
    label = share || moneyIn || level || reader.labelBefore(s, startIdx);
    rule = share ? 'label.share-of' : moneyIn ? 'label.money-in' : level ? 'label.level-subject' : label ? 'label.before' : null;
    if (label && after.rate) label = `${label} ${after.rate}`;
    // "40% of all exports" → "share of all exports"; "77% of men" stays "men".
    const shareNoun = share && unitKind === 'percent' ? reader.shareNounFor(share) : '';
    if (shareNoun) {
      label = shareNoun;
      d.rules.push('label.share-noun');
    }
  } else if (label && after.text === label) {
    // "tăng 50% số chuyến xe": the figure is the rise of what follows (dantri-9 in fixture-examples.test.ts).
    const change = reader.changeNoun(toks, startIdx - 1, startIdx);
    if (change) {
      label = `${change} ${label}`;
      d.rules.push('label.change-noun');
    } else if (after.plain) label = reader.withPossessorBefore(toks, startIdx, reader.withParticipleBefore(toks, startIdx, label));
  }
  if (!label && !measured && !after.redirect) {
    label = reader.labelOfTarget(s, startIdx, unitEnd);
    if (label) rule = 'label.change-target';
  }
  // A fraction ("96/1385 (= 6,93 %)", "xếp thứ 15/63") names its own whole, so it stands without a noun.
  // Words after the number that trimmed to no label ("2 triệu xác định …") still make it a quantity.
  if (!label && !measured && !after.redirect && after.end === unitEnd && !(d.ratio && d.valueMax !== null && toks[d.at + 1]?.text === '/')) {
    return { resume: unitEnd, rule: 'figure.drop.no-label' };
  }
  const kind = kindFor(unitKind, prefix?.kind ?? null, !!after.text || after.redirect, d.ratio);
  return { label, rule, kind, measured, end: after.end };
}

function prefixTokenIndex(s: Sentence, charStart: number, fallback: number): number {
  for (let k = fallback; k >= 0; k--) if ((s.tokens[k]?.start ?? 0) <= charStart) return k;
  return fallback;
}

function takeSlogan(s: Sentence, i: number, q: { open: number; close: number }, value: number, out: Candidate[]): void {
  const toks = s.tokens;
  const colon = toks[q.close + 1];
  if (colon?.text !== ':') return;
  let separators = 0;
  let end = q.close + 2;
  while (end < s.limit && toks[end]?.text !== '.' && toks[end]?.text !== ';') {
    if (LIST_SEPARATORS.has(toks[end]?.text ?? '')) separators++;
    end++;
  }
  // The items must be listed: N items need N-1 separators.
  if (separators < Math.max(1, value - 1) || value > 20) return;
  const first = toks[i];
  const last = toks[q.close - 1];
  const itemsStart = toks[q.close + 2];
  const itemsEnd = toks[end - 1];
  if (!first || !last || !itemsStart || !itemsEnd) return;
  out.push({
    text: s.text.slice(first.start, last.end), value, valueMax: null, unit: null, kind: 'count',
    label: s.text.slice(itemsStart.start, itemsEnd.end), evidence: s.text, paragraph: s.para, rules: ['figure.slogan-items'], order: s.id * 1000 + i,
  });
}

function rankScore(f: Candidate): number {
  let score = 0;
  if (f.paragraph === 0) score += 100;
  if (f.kind === 'money') score += 40;
  else if (f.kind === 'percent') score += 35;
  else if (f.kind === 'count' && f.value >= 1000) score += 30;
  else if (f.kind === 'measure') score += 20;
  else if (f.kind === 'count' || f.kind === 'ratio') score += 15;
  return score;
}

function labelWords(label: string, ignore: Set<string>): Set<string> {
  return new Set(toMatchKey(label).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !ignore.has(w)));
}

/**
 * The same quantity stated twice is one figure: same value, range and unit, and labels that share a
 * content word (or one of them has none). Different quantities with the same text keep their own
 * labels apart ("4m/- per pole" vs "4m/- a month").
 */
function dedupeFigures(found: Candidate[], c: CompiledLexicon, trace?: Trace): Candidate[] {
  const ignore = new Set<string>([...c.labelLeadIns, ...c.lex.labelStops.map(toMatchKey)]);
  const groups = new Map<string, { figure: Candidate; words: Set<string> }[]>();
  const kept: Candidate[] = [];
  for (const f of found) {
    const key = `${f.value}|${f.valueMax}|${toMatchKey(f.unit ?? '')}`;
    const words = labelWords(f.label, ignore);
    const group = groups.get(key) ?? [];
    // The lead restates the body: an amount of money written the same way in both is one figure, whatever its labels.
    const restated = (g: { figure: Candidate }): boolean => f.kind === 'money' && (f.paragraph === 0) !== (g.figure.paragraph === 0) && toMatchKey(f.text) === toMatchKey(g.figure.text);
    const same = group.find((g) => g.words.size === 0 || words.size === 0 || [...words].some((w) => g.words.has(w)) || restated(g));
    if (same) {
      if (same.words.size === 0 && words.size > 0) {
        same.figure.label = f.label;
        same.words = words;
      }
      trace?.drops.push({ rule: 'figure.drop.duplicate', text: f.text, evidence: f.evidence, paragraph: f.paragraph });
      continue;
    }
    group.push({ figure: f, words });
    groups.set(key, group);
    kept.push(f);
  }
  return kept;
}

/** Returns the article's figures, deduplicated and ranked (lead, money, percentages, large counts first); dates, years, codes and ordinals are skipped. */
export function findFigures(doc: PreparedArticle, c: CompiledLexicon, locale: string, trace?: Trace): Figure[] {
  const reader = new FigureReader(c, locale);
  const found: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    readSentence(s, reader, found, trace);
  }
  const kept = dedupeFigures(found, c, trace);
  return kept
    .sort((a, b) => rankScore(b) - rankScore(a) || a.order - b.order)
    .map(({ order: _order, ...f }) => f);
}
