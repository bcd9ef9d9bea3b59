// Locale-aware numerals. Vietnamese (like de, es, id) groups with "." and marks decimals with ",";
// English the other way round; French, Russian or Swedish group with a space. The page's language
// decides; Intl.NumberFormat tells us the separators of any language, so figures work without a
// lexicon and without a list of languages (notes §4.1). The tokenizer asks `numeralEnd` where a
// number ends; the figure reader asks `parseLocaleNumber` what it is worth.

/** Group and decimal separators of a language. */
export interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

/** Returns the group and decimal separators Intl uses for `lang` (vi → "." and ","); falls back to English. */
export function getSeparators(lang: string): Separators {
  const cached = separatorCache.get(lang);
  if (cached) return cached;
  let group = ',';
  let decimal = '.';
  try {
    for (const part of new Intl.NumberFormat(lang).formatToParts(12345.6)) {
      if (part.type === 'group') group = part.value;
      if (part.type === 'decimal') decimal = part.value;
    }
  } catch {
    // An invalid tag: keep English separators.
  }
  const seps = { group, decimal };
  separatorCache.set(lang, seps);
  return seps;
}

// Digits other than ASCII that pages write numbers in: Arabic-Indic (U+0660), Eastern Arabic-Indic
// (U+06F0), Devanagari, Bengali, Thai and fullwidth. Each block's digits run 0–9 from its zero.
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];

/** Returns the value 0–9 of a decimal digit's UTF-16 code in any of the digit systems above, else -1. */
export function digitValue(code: number): number {
  if (code < 0x660) return code >= 0x30 && code <= 0x39 ? code - 0x30 : -1;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}

function isDigitAt(text: string, i: number): boolean {
  return i < text.length && digitValue(text.charCodeAt(i)) >= 0;
}

// Marks that only ever group digits, never mark decimals: spaces of several widths, apostrophes
// ("1'200'000", de-CH "1’200’000") and the Arabic thousands separator.
const SPACE_MARKS = new Set([0x20, 0xa0, 0x2009, 0x202f]);
// Thin and narrow no-break spaces are typeset grouping: they join digits whatever the language.
const TYPESET_SPACES = new Set([0x2009, 0x202f]);
const APOSTROPHE_MARKS = new Set([0x27, 0x2019, 0x66c]);
// "." and "," in every language, and the Arabic decimal separator: joined wherever digits follow.
const POINT_MARKS = new Set([0x2e, 0x2c, 0x66b]);

/** How a language writes numbers, as far as telling where one ends and whether it is a quantity needs. */
export interface NumberStyle {
  /** The language groups thousands with a space ("25 000" in fr, ru, pl, sv): a plain or no-break space joins 3-digit groups. */
  spaceGroups: boolean;
  /** The language writes ordinals as a number and a dot ("am 2. Oktober", "3. sıra"): "2." before a word is no quantity. */
  ordinalDot: boolean;
}

/** The style of numbers that joins only "." and "," (and typeset spaces and apostrophes), with no ordinal dot. */
export const POINT_STYLE: NumberStyle = { spaceGroups: false, ordinalDot: false };

// Languages that write ordinals with a dot after the digits. Intl has no API that tells this, so
// it is data: Germanic and Nordic, Baltic, West and South Slavic, Finnic, Hungarian, Turkish.
const ORDINAL_DOT_LANGS = new Set([
  'de', 'da', 'nb', 'nn', 'no', 'is', 'fo', 'fi', 'et', 'lv', 'cs', 'sk', 'pl', 'sl', 'hr', 'bs', 'sr', 'hu', 'tr',
]);

const styleCache = new Map<string, NumberStyle>();

/** Returns how `lang` writes numbers, from the separators Intl gives it (fr groups with a space, vi with "."). */
export function getNumberStyle(lang: string): NumberStyle {
  let style = styleCache.get(lang);
  if (!style) {
    const group = getSeparators(lang).group;
    const spaceGroups = group.length === 1 && SPACE_MARKS.has(group.charCodeAt(0));
    const ordinalDot = ORDINAL_DOT_LANGS.has(lang.toLowerCase().split(/[-_]/)[0] ?? '');
    style = spaceGroups || ordinalDot ? { spaceGroups, ordinalDot } : POINT_STYLE;
    styleCache.set(lang, style);
  }
  return style;
}

// Unambiguous evidence that a page groups thousands with a space whatever its language's habit: a group that opens
// with a zero after a 1–3 digit head ("13 014 visas", "635 000"), which no count is written as on its own.
const SPACE_GROUP_EVIDENCE_RE = /(?<![\d.,:/])\d{1,3}[ \u00A0]0\d\d(?![\d]|[.,]\d)/u;

/**
 * How the page writes numbers: its language's style, with space grouping turned on where the page shows it
 * (an Australian or SI-style page in English: "13 014 visas", "over 635 000 people").
 */
export function pageNumberStyle(texts: readonly string[], lang: string): NumberStyle {
  const style = getNumberStyle(lang);
  if (style.spaceGroups || !texts.some((t) => SPACE_GROUP_EVIDENCE_RE.test(t))) return style;
  return { ...style, spaceGroups: true };
}

/** End (exclusive) of the digit run from i. */
function digitsEnd(text: string, i: number): number {
  let end = i;
  while (isDigitAt(text, end)) end++;
  return end;
}

/** Whether a group mark at i is followed by exactly three digits that end there ("25 000", not "25 0001"). */
function threeDigitGroupAt(text: string, i: number): boolean {
  return digitsEnd(text, i + 1) === i + 4;
}

/**
 * End (exclusive) of the numeral starting at `i` (a digit): digits, then "." or "," and digits, any
 * number of times; a space or apostrophe joins only a 3-digit group after a head of 1–3 digits
 * ("1 200 000", "1'200'000"), and a plain or no-break space only in a language that groups with
 * spaces, so "in 2019 300 people" and "March 15 200" stay two numbers.
 */
export function numeralEnd(text: string, i: number, style: NumberStyle = POINT_STYLE): number {
  let end = digitsEnd(text, i);
  // Grouping by spaces or apostrophes needs a head of 1–3 digits, the same mark throughout, and no point before.
  let groupable = end - i <= 3;
  let groupMark = -1;
  while (end + 1 < text.length) {
    const mark = text.charCodeAt(end);
    if (POINT_MARKS.has(mark)) {
      if (!isDigitAt(text, end + 1)) break;
      groupable = false;
      end = digitsEnd(text, end + 1);
      continue;
    }
    const spacing = SPACE_MARKS.has(mark) && (TYPESET_SPACES.has(mark) || style.spaceGroups);
    const joins = (spacing || APOSTROPHE_MARKS.has(mark)) && groupable && (groupMark === -1 || groupMark === mark);
    if (!joins || !threeDigitGroupAt(text, end)) break;
    groupMark = mark;
    end += 4;
  }
  return end;
}

/** The text with every digit written in ASCII and the Arabic separators as "," and "." (same length). */
function asciiDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = digitValue(code);
    out += digit >= 0 ? String(digit) : code === 0x66b ? '.' : code === 0x66c ? "'" : text[i];
  }
  return out;
}

const SPACE_GROUP_RE = /^[\s\u00A0\u202F\u2009]$/;
const APOSTROPHE_RE = /^['\u2019]$/;
const GROUP_TAIL_RE = /^\d{3}$/;
const GROUP_HEAD_RE = /^\d{1,3}$/;

function isValidGrouping(groups: string[]): boolean {
  return GROUP_HEAD_RE.test(groups[0] ?? '') && groups.slice(1).every((g) => GROUP_TAIL_RE.test(g));
}

function readWithConvention(groups: string[], seps: string[], group: string, decimal: string): number | null {
  const last = seps[seps.length - 1];
  const decimalAtEnd = last === decimal && seps.slice(0, -1).every((s) => s === group);
  if (decimalAtEnd) {
    const intGroups = groups.slice(0, -1);
    if (intGroups.length > 1 && !isValidGrouping(intGroups)) return null;
    return Number(`${intGroups.join('')}.${groups[groups.length - 1]}`);
  }
  if (seps.every((s) => s === group) && isValidGrouping(groups)) return Number(groups.join(''));
  return null;
}

/** Reads integer groups joined by a mark that only groups (space, apostrophe), with an optional decimal tail. */
function readGroupedOnly(groups: string[], seps: string[], mark: string): number | null {
  const last = seps[seps.length - 1]!;
  const decimalTail = last !== mark;
  if (seps.slice(0, decimalTail ? -1 : undefined).some((sep) => sep !== mark)) return null;
  const intGroups = decimalTail ? groups.slice(0, -1) : groups;
  if (!isValidGrouping(intGroups)) return null;
  return Number(decimalTail ? `${intGroups.join('')}.${groups[groups.length - 1]}` : intGroups.join(''));
}

/**
 * Returns the value of a numeral written in `lang`'s convention ("7.893" vi → 7893, "12,5" vi → 12.5,
 * "2,300" en → 2300, "1 200 000" fr → 1200000, "٣٬٥٠٠" → 3500); null when it is not a plain numeral.
 * Does not apply scale words.
 */
export function parseLocaleNumber(raw: string, lang: string): number | null {
  const text = asciiDigits(raw.trim());
  if (!/^\d[\d.,\s\u00A0\u202F\u2009'\u2019]*$/.test(text) || !/\d$/.test(text)) return null;
  const seps0 = getSeparators(lang);
  // Arabic-script separators read as the marks asciiDigits turned the text's into.
  const group = seps0.group === '\u066c' ? ',' : seps0.group;
  const decimal = seps0.decimal === '\u066b' ? '.' : seps0.decimal;
  const groups: string[] = [];
  const seps: string[] = [];
  let current = '';
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      current += ch;
      continue;
    }
    if (!current) return null;
    groups.push(current);
    current = '';
    seps.push(SPACE_GROUP_RE.test(ch) ? ' ' : APOSTROPHE_RE.test(ch) ? "'" : ch);
  }
  groups.push(current);
  if (seps.length === 0) return Number(text);
  // Spaces and apostrophes group in every language that uses them; the tail after them is a decimal.
  const onlyGroups = seps.find((sep) => sep === ' ' || sep === "'");
  if (onlyGroups) return readGroupedOnly(groups, seps, onlyGroups);
  const localGroup = SPACE_GROUP_RE.test(group) ? ' ' : APOSTROPHE_RE.test(group) ? "'" : group;
  const local = readWithConvention(groups, seps, localGroup, decimal);
  if (local !== null) return local;
  // A lone separator that is not a valid grouping ("12.5" on a Vietnamese page) is a decimal point.
  if (seps.length === 1 && (seps[0] === '.' || seps[0] === ',')) return Number(`${groups[0]}.${groups[1]}`);
  // The other common convention, for pages quoting foreign-format numbers.
  return readWithConvention(groups, seps, localGroup === '.' ? ',' : '.', decimal === ',' ? '.' : ',');
}
