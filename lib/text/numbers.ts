// Locale-aware numerals. Vietnamese (like de, es, id) groups with "." and marks decimals with ",";
// English the other way round. The page's language decides; Intl.NumberFormat tells us the separators
// of any other language so figures still work without a lexicon (notes §4.1).

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

const SPACE_GROUP_RE = /^[\s\u00A0\u202F\u2009]$/;
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

/**
 * Returns the value of a numeral written in `lang`'s convention ("7.893" vi → 7893, "12,5" vi → 12.5,
 * "2,300" en → 2300); null when it is not a plain numeral. Does not apply scale words.
 */
export function parseLocaleNumber(raw: string, lang: string): number | null {
  const text = raw.trim();
  if (!/^\d[\d.,\s\u00A0\u202F\u2009']*$/.test(text) || !/\d$/.test(text)) return null;
  const { group, decimal } = getSeparators(lang);
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
    seps.push(SPACE_GROUP_RE.test(ch) ? ' ' : ch);
  }
  groups.push(current);
  if (seps.length === 0) return Number(text);
  const localGroup = SPACE_GROUP_RE.test(group) ? ' ' : group;
  const local = readWithConvention(groups, seps, localGroup, decimal);
  if (local !== null) return local;
  // A lone separator that is not a valid grouping ("12.5" on a Vietnamese page) is a decimal point.
  if (seps.length === 1 && (seps[0] === '.' || seps[0] === ',')) return Number(`${groups[0]}.${groups[1]}`);
  // The other common convention, for pages quoting foreign-format numbers.
  return readWithConvention(groups, seps, localGroup === '.' ? ',' : '.', decimal === ',' ? '.' : ',');
}

/** A numeral found in text. */
export interface Numeral {
  raw: string;
  start: number;
  end: number;
  value: number;
}

// Digits with single separators between them: no nested unbounded alternation, linear time.
const NUMERAL_RE = /\d+(?:[.,']\d+)*/g;
const SPACED_NUMERAL_RE = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,']\d+)*/g;

/** Returns every numeral in `text` with its value in `lang`'s convention; does not decide what is a figure. */
export function findNumerals(text: string, lang: string): Numeral[] {
  const spaced = SPACE_GROUP_RE.test(getSeparators(lang).group);
  const re = new RegExp((spaced ? SPACED_NUMERAL_RE : NUMERAL_RE).source, 'g');
  const out: Numeral[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let raw = m[0];
    // A trailing separator is punctuation ("28."), not part of the number.
    const value = parseLocaleNumber(raw, lang);
    if (value === null || Number.isNaN(value)) continue;
    out.push({ raw, start: m.index, end: m.index + raw.length, value });
  }
  return out;
}
