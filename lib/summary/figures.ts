import type { Figure, FigureKind } from '../schema';
import { toMatchKey } from '../text/normalize';
import { parseLocaleNumber } from '../text/numbers';
import { endsWithAny, keyOfTokens, type CompiledLexicon } from './compile';
import type { PreparedArticle, Sentence } from './prepare';
import { matchPhrase, type Token } from './tokens';

interface Candidate extends Figure {
  order: number;
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const URL_RE = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/g;
const QUOTE_OPEN = new Set(['"', '“', '«', '„']);
const QUOTE_CLOSE = new Set(['"', '”', '»']);
const LATIN_RE = /^\p{Script=Latin}/u;
const APOSTROPHES = new Set(["'", '’']);
const RANGE_DASH = new Set(['-', '–', '—', '−']);
const LIST_SEPARATORS = new Set([',', ';']);
// Short quoted phrases with a number are slogans ("5 hóa", "4 không"): a figure only when the
// article spells out their items right after, as in “5 hóa”: a, b, c, d, e.
const SLOGAN_MAX_WORDS = 6;

function isYear(tok: Token | undefined, value: number): boolean {
  return !!tok && /^\d{4}$/.test(tok.text) && value >= YEAR_MIN && value <= YEAR_MAX;
}

function maskedUrls(text: string): [number, number][] {
  const spans: [number, number][] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Reads figures from the sentences of one article. */
class FigureReader {
  constructor(private readonly c: CompiledLexicon, private readonly locale: string) {}

  value(tok: Token | undefined): number | null {
    return tok ? parseLocaleNumber(tok.text, this.locale) : null;
  }

  /** Index of an opening quote that encloses token i within a short phrase, or -1. */
  sloganStart(toks: Token[], i: number): { open: number; close: number } | null {
    let open = -1;
    for (let j = i - 1; j >= 0 && i - j <= SLOGAN_MAX_WORDS; j--) {
      const t = toks[j];
      if (!t) break;
      if (QUOTE_OPEN.has(t.text)) {
        open = j;
        break;
      }
      if (t.kind === 'punct') return null;
    }
    if (open < 0) return null;
    for (let j = i + 1; j < toks.length && j - i <= SLOGAN_MAX_WORDS; j++) {
      const t = toks[j];
      if (!t) break;
      if (QUOTE_CLOSE.has(t.text)) return { open, close: j };
      if (t.kind === 'punct') return null;
    }
    return null;
  }

  private before(toks: Token[], i: number, phrases: string[][]): boolean {
    return endsWithAny(toks, i, phrases);
  }

  /** Whether the number at i is a date, time, age, ordinal or identifier rather than a quantity. */
  isNotQuantity(s: Sentence, i: number, value: number): boolean {
    const toks = s.tokens;
    const t = toks[i];
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!t) return true;
    // Glued to letters: "F-35", "COVID-19", "8h30", "G7".
    if (prev && !t.spaced && ((prev.kind === 'word' && LATIN_RE.test(prev.text)) || (prev.text === '-' && toks[i - 2]?.kind === 'word' && !prev.spaced))) return true;
    if (next && !next.spaced && next.kind === 'word' && LATIN_RE.test(next.text) && matchPhrase(this.c.units, toks, i + 1) < 0 && !this.c.scaleWords.has(next.key)) return true;
    // Clock times and dates written with separators: "14:00", "12/3", "15-3-2025"; codes "22/CT-TTg".
    if (next && !next.spaced && (next.text === ':' || next.text === '/' || next.text === '.') && toks[i + 2]?.kind === 'num' && !toks[i + 2]?.spaced) {
      return true;
    }
    if (next && !next.spaced && (next.text === '/' || next.text === '-') && toks[i + 2]?.kind === 'word' && !toks[i + 2]?.spaced && toks[i + 2]?.cap) return true;
    if (prev && !t.spaced && (prev.text === '/' || prev.text === ':' || prev.text === '.') && toks[i - 2]?.kind === 'num') return true;
    // A day-month written with a dash right after a date word: "ngày 29-9".
    const datePart = value <= 31 && Number.isInteger(value);
    if ((datePart || isYear(t, value)) && this.before(toks, i, this.c.dateCuesBefore)) return true;
    if (this.before(toks, i, this.c.ordinalCuesBefore) || this.before(toks, i, this.c.ageCuesBefore)) return true;
    if (matchPhrase(this.c.dateCuesAfter, toks, i + 1) > 0 && datePart) return true;
    if (matchPhrase(this.c.dateCuesAfter, toks, i + 1) > 0 && next && next.kind === 'word' && !next.cap) return true;
    if (matchPhrase(this.c.dateCuesAfter, toks, i + 1) > 0 && next?.cap && datePart) return true;
    // An ordinal suffix: "1st", "21st".
    if (next && !next.spaced && /^(st|nd|rd|th)$/i.test(next.text)) return true;
    // A list enumerator "1." or "2)" opening the sentence.
    if (i === 0 && next && (next.text === '.' || next.text === ')')) return true;
    // Ages in apposition: "John Smith, 45, said".
    if (prev?.text === ',' && next?.text === ',' && toks[i - 2]?.cap && value < 120 && Number.isInteger(value)) return true;
    // Phone numbers and long digit strings with a leading zero.
    if (/^0\d{6,}/.test(t.text.replace(/[.,\s]/g, ''))) return true;
    return false;
  }

  /** Longest unit after token j (scale words included), or null. */
  unitAfter(toks: Token[], j: number): { end: number; kind: FigureKind | null; scaleOnly: boolean } | null {
    const end = matchPhrase(this.c.units, toks, j);
    if (end < 0) return null;
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
    const before = s.text.slice(Math.max(0, t.start - 4), t.start);
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

  /** The noun phrase after the number (vi "7.893 chi bộ …", en "2,300 troops"). */
  labelAfter(s: Sentence, j: number): { text: string; end: number } {
    const toks = s.tokens;
    const max = this.c.lex.labelMaxWords;
    let k = j;
    let words = 0;
    while (k < s.limit && words < max) {
      const t = toks[k];
      if (!t || t.kind !== 'word') break;
      if (matchPhrase(this.c.labelStops, toks, k) > 0) break;
      k++;
      words++;
    }
    if (k === j) return { text: '', end: j };
    const a = toks[j];
    const b = toks[k - 1];
    return { text: a && b ? s.text.slice(a.start, b.end) : '', end: k };
  }

  /** The metric named before the number ("thu ngân sách đạt 1.234 tỷ đồng" → "thu ngân sách"). */
  labelBefore(s: Sentence, i: number, crossComma = true): string {
    const toks = s.tokens;
    let end = i;
    while (end > 0 && toks[end - 1]?.kind === 'word' && this.c.labelLeadIns.has(toks[end - 1]?.key ?? '')) end--;
    let k = end;
    let words = 0;
    while (k > 0 && words < this.c.lex.labelMaxWords) {
      const t = toks[k - 1];
      if (!t) break;
      // Possessives stay whole: "Mexico's economy".
      if (t.key === 's' && APOSTROPHES.has(toks[k - 2]?.text ?? '') && toks[k - 3]?.kind === 'word') {
        k -= 3;
        words++;
        continue;
      }
      if (t.kind !== 'word' || matchPhrase(this.c.labelStops, toks, k - 1) > 0) break;
      k--;
      words++;
    }
    while (k < end && this.c.titleArticles.has(toks[k]?.key ?? '')) k++;
    if (end <= k) {
      // "inflation remains high, at 6.85%": the metric is the clause before the comma.
      return crossComma && toks[end - 1]?.text === ',' ? this.labelBefore(s, end - 1, false) : '';
    }
    const a = toks[k];
    const b = toks[end - 1];
    return a && b ? s.text.slice(a.start, b.end) : '';
  }
}

function kindFor(unitKind: FigureKind | null, prefixKind: FigureKind | null, hasLabel: boolean, ratio: boolean): FigureKind {
  if (prefixKind) return prefixKind;
  if (unitKind) return unitKind;
  if (ratio) return 'ratio';
  return hasLabel ? 'count' : 'number';
}

function readSentence(s: Sentence, reader: FigureReader, c: CompiledLexicon, out: Candidate[]): void {
  const toks = s.tokens;
  const urls = maskedUrls(s.text);
  const sentenceLabels = new Set<string>();
  let i = 0;
  while (i < s.limit) {
    const t = toks[i];
    if (!t || t.kind !== 'num') {
      i++;
      continue;
    }
    const value = reader.value(t);
    if (value === null || urls.some(([a, b]) => t.start >= a && t.start < b)) {
      i++;
      continue;
    }
    const slogan = reader.sloganStart(toks, i);
    if (slogan) {
      takeSlogan(s, i, slogan, value, out);
      i = slogan.close + 1;
      continue;
    }
    if (reader.isNotQuantity(s, i, value)) {
      // Skip the rest of a date or code ("15/3/2025", "22/CT-TTg").
      let j = i + 1;
      while (j < s.limit && !toks[j]?.spaced && toks[j]?.kind !== 'word') j++;
      i = j;
      continue;
    }
    let j = i + 1;
    let valueMax: number | null = null;
    let ratio = false;
    // Ranges "20-30%", "10 - 15%", "từ 3 đến 4"; fractions "22/25 chỉ tiêu".
    const sep = toks[j];
    const second = toks[j + 1];
    if (sep && second?.kind === 'num' && (RANGE_DASH.has(sep.text) || sep.text === '/')) {
      const v2 = reader.value(second);
      if (v2 !== null) {
        if (isYear(t, value) && isYear(second, v2)) {
          i = j + 2; // a term or period: "nhiệm kỳ 2021 - 2026"
          continue;
        }
        if (sep.text === '/') {
          if (value <= 31 && v2 <= 12) {
            i = j + 2; // dd/mm
            continue;
          }
          ratio = true;
          valueMax = v2;
        } else if (v2 > value) valueMax = v2;
        else {
          i = j + 2; // "29-9": a date, not a range
          continue;
        }
        j += 2;
      }
    } else if (isYear(t, value)) {
      // A bare year with no unit or counted noun is a date.
      const unitNext = reader.unitAfter(toks, j);
      if (!unitNext) {
        i = j;
        continue;
      }
    }
    const prefix = reader.prefixUnit(s, i);
    const unit = reader.unitAfter(toks, j);
    let unitText: string | null = null;
    let unitEnd = j;
    if (unit) {
      unitEnd = unit.end;
      const a = toks[j];
      const b = toks[unit.end - 1];
      unitText = a && b ? s.text.slice(a.start, b.end) : null;
    }
    // "$1.2 billion": the prefix currency and the scale word together.
    const fullUnit = [prefix?.text, unitText].filter(Boolean).join(' ') || null;
    const after = reader.labelAfter(s, unitEnd);
    const measured = !!(prefix || (unit && !unit.scaleOnly));
    let label = after.text;
    if (measured && (!label || c.lex.code !== 'vi')) label = label || reader.labelBefore(s, prefix ? prefixTokenIndex(s, prefix.start, i) : i);
    if (!label && !measured) {
      i = unitEnd;
      continue; // a bare number with nothing it counts
    }
    const kind = kindFor(unit?.kind ?? null, prefix?.kind ?? null, !!after.text, ratio);
    const startChar = prefix ? prefix.start : t.start;
    const endTok = toks[unitEnd - 1] ?? t;
    const text = s.text.slice(startChar, Math.max(endTok.end, t.end));
    // The same counted noun twice in one sentence ("6 nhiệm vụ …, trong đó 3 nhiệm vụ …") is a part
    // of the first count, not a second figure.
    const labelKey = `${toMatchKey(label)}|${fullUnit ?? ''}`;
    if (!measured && sentenceLabels.has(labelKey)) {
      i = Math.max(unitEnd, i + 1);
      continue;
    }
    sentenceLabels.add(labelKey);
    out.push({
      text, value, valueMax, unit: fullUnit, kind, label, evidence: s.text, paragraph: s.para,
      order: s.id * 1000 + i,
    });
    i = Math.max(unitEnd, i + 1);
  }
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
    label: s.text.slice(itemsStart.start, itemsEnd.end), evidence: s.text, paragraph: s.para, order: s.id * 1000 + i,
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

/** Returns the article's figures, deduplicated and ranked (lead, money, percentages, large counts first); dates, years, codes and ordinals are skipped. */
export function findFigures(doc: PreparedArticle, c: CompiledLexicon, locale: string): Figure[] {
  const reader = new FigureReader(c, locale);
  const found: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    readSentence(s, reader, c, found);
  }
  const seen = new Map<string, Candidate>();
  for (const f of found) {
    const key = `${f.value}|${f.valueMax}|${f.unit ?? ''}|${toMatchKey(f.label).split(' ').slice(0, 3).join(' ')}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()]
    .sort((a, b) => rankScore(b) - rankScore(a) || a.order - b.order)
    .map(({ order: _order, ...f }) => f);
}
