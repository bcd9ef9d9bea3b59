// Three views of the same text. `prepareDisplayText` is what the reader sees (NFC, lookalike letters
// fixed, invisible characters dropped). `toMatchForm` keeps the display text's length and case but
// unifies dashes, quotes and tone placement so one regex matches every spelling; offsets found in the
// match form are valid in the display text. `toMatchKey` lowercases it; `toAsciiKey` folds diacritics.

const LOOKALIKES: Record<string, string> = { '\u00D0': '\u0110', '\u0189': '\u0110', '\u00F0': '\u0111' };
const LOOKALIKE_RE = /[\u00D0\u0189\u00F0]/g;
const INVISIBLE_RE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const SPACE_RE = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u3000\t\r\n]+/g;
const MULTI_SPACE_RE = / {2,}/g;

/** Returns the text as shown to the reader: NFC, Đ lookalikes fixed, odd spaces unified; never rewrites words. */
export function prepareDisplayText(text: string): string {
  return text
    .normalize('NFC')
    .replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c)
    .replace(INVISIBLE_RE, '')
    .replace(SPACE_RE, ' ')
    .replace(MULTI_SPACE_RE, ' ')
    .trim();
}

const DASH_RE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const DOUBLE_QUOTE_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g;
const SINGLE_QUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const UNIFIED_CHAR_RE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;

// Word-final oa/oe/uy with the tone on the second vowel ("hoà", "uỷ") is moved to the first vowel
// ("hòa", "ủy"): both spellings occur on the same site (notes §5.3). NFC keeps the length equal.
const TONE_PAIR_RE = /([oOuU])([\u00E0\u00E1\u1EA3\u00E3\u1EA1\u00C0\u00C1\u1EA2\u00C3\u1EA0\u00E8\u00E9\u1EBB\u1EBD\u1EB9\u00C8\u00C9\u1EBA\u1EBC\u1EB8\u1EF3\u00FD\u1EF7\u1EF9\u1EF5\u1EF2\u00DD\u1EF6\u1EF8\u1EF4])(?![\p{L}\p{M}])/gu;
const VALID_PAIR: Record<string, string> = { o: 'ae', u: 'y' };

function moveTone(match: string, first: string, second: string, offset: number, whole: string): string {
  const prev = whole[offset - 1] ?? '';
  // "quý" and "giá" style syllables: the u/i belongs to the consonant, the tone is already canonical.
  if (prev === 'q' || prev === 'Q') return match;
  const decomposed = second.normalize('NFD');
  const base = decomposed[0] ?? '';
  const mark = decomposed.slice(1);
  if (!VALID_PAIR[first.toLowerCase()]?.includes(base.toLowerCase())) return match;
  const movedFirst = (first + mark).normalize('NFC');
  if (movedFirst.length !== 1) return match;
  return movedFirst + base;
}

/** Returns a same-length matching form: dashes → "-", quotes → '"' and "'", tone placement canonical (hoà → hòa); case kept. */
export function toMatchForm(display: string): string {
  // Most sentences hold no dash or typographic quote: one scan instead of three replaces.
  if (!UNIFIED_CHAR_RE.test(display)) return display.replace(TONE_PAIR_RE, moveTone);
  return display
    .replace(DASH_RE, '-')
    .replace(DOUBLE_QUOTE_RE, '"')
    .replace(SINGLE_QUOTE_RE, "'")
    .replace(TONE_PAIR_RE, moveTone);
}

/** Returns the lowercased matching form, same length as the input; characters whose lowercase would change length are kept. */
export function toMatchKey(display: string): string {
  const form = toMatchForm(display);
  // One whole-string toLowerCase equals the per-character loop unless the text holds "İ" (the only
  // character whose lowercase is longer, caught by the length check) or "Σ" (the only one whose
  // lowercase depends on context: final sigma).
  const lower = form.toLowerCase();
  if (lower.length === form.length && !form.includes('\u03A3')) return lower;
  let out = '';
  for (const ch of form) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const MARK_RE = /\p{M}/gu;

/** Returns a lowercase ASCII-folded key ("Đặng" → "dang"); not length-preserving, for lookup only. */
export function toAsciiKey(text: string): string {
  return toMatchKey(text)
    .normalize('NFD')
    .replace(MARK_RE, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd');
}
