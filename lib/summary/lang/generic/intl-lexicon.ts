import { getFunctionWords } from '../../../text/identify-lang';
import type { Language, Lexicon, UnitEntry } from '../types';
import { grammar } from './grammar';
import { generic } from './lexicon';

// The figures-only lexicon for a language without one of its own, filled from what the platform
// knows about it: currency, percent and measure words and scale words as Intl.NumberFormat writes
// them in that locale ("euros", "pour cent", "Millionen", "километров"), and the language's most
// frequent function words (from the identifier) as the words that end a figure's label.

// ISO 4217 codes of the currencies news pages cite most; Intl names them in each language.
const CURRENCIES = [
  'EUR', 'USD', 'GBP', 'JPY', 'CNY', 'CHF', 'RUB', 'TRY', 'INR', 'VND', 'KRW', 'BRL', 'MXN', 'ZAR', 'KES', 'TZS',
  'UGX', 'NGN', 'EGP', 'SAR', 'AED', 'IDR', 'MYR', 'THB', 'PHP', 'PLN', 'CZK', 'HUF', 'SEK', 'NOK', 'DKK', 'UAH',
  'ILS', 'AUD', 'CAD', 'ARS', 'COP', 'CLP', 'PEN',
];
// Units ECMA-402 formats, in long and short forms.
const MEASURES = ['kilometer', 'meter', 'kilogram', 'gram', 'hectare', 'liter', 'mile'];
// Values whose plural forms cover most languages' categories (one, few, many, other).
const PLURAL_SAMPLES = [1, 2, 5, 21];
const SCALE_SAMPLES = [1e6, 2e6, 5e6, 1e9, 2e9, 5e9];

type Part = { type: string; value: string };

/** Each word Intl writes for `type` with the sample values, and whether it comes before the number. */
function wordsOf(format: (value: number) => Part[], type: string, values: readonly number[]): { text: string; before: boolean }[] {
  const out = new Map<string, boolean>();
  for (const value of values) {
    const parts = format(value);
    const at = parts.findIndex((p) => p.type === type);
    const number = parts.findIndex((p) => p.type === 'integer');
    const word = parts[at]?.value.trim();
    // A lone Latin letter ("g", "m", "l") would make model names figures ("3G", "4K").
    if (word && /\p{L}/u.test(word) && !/^\p{Script=Latin}$/u.test(word)) out.set(word, at < number);
  }
  return [...out].map(([text, before]) => ({ text, before }));
}

function safely<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch {
    return [];
  }
}

/**
 * The currency nouns inside multi-word currency names: a word shared by the names of two or more
 * currencies ("shilingi" of "shilingi za Kenya" and "shilingi za Tanzania", "Dollar", "doları"),
 * not a function word of the language ("za", "des").
 */
function currencyNouns(names: Map<string, { text: string; before: boolean }[]>, functionWords: ReadonlySet<string>): { text: string }[] {
  const seen = new Map<string, { currencies: Set<string> }>();
  for (const [currency, words] of names) {
    for (const name of words) {
      const parts = name.text.split(/\s+/);
      if (parts.length < 2) continue;
      for (const part of parts) {
        if ([...part].length < 3 || functionWords.has(part.toLowerCase())) continue;
        const entry = seen.get(part) ?? { currencies: new Set() };
        entry.currencies.add(currency);
        seen.set(part, entry);
      }
    }
  }
  const shared = [...seen].filter(([, e]) => e.currencies.size >= 2);
  // Where currency nouns are lowercase ("shilingi", "doları"), a capitalised shared word is a place ("Kusini", "Güney").
  const lower = shared.filter(([text]) => text === text.toLowerCase()).length;
  return shared
    .filter(([text]) => lower * 2 <= shared.length || text === text.toLowerCase())
    .map(([text]) => ({ text }));
}

function intlUnits(code: string, locale: string): { units: UnitEntry[]; prefixUnits: UnitEntry[]; scaleWords: string[] } {
  const units: UnitEntry[] = [];
  const prefixUnits: UnitEntry[] = [];
  const add = (words: { text: string; before: boolean }[], kind: UnitEntry['kind']) => {
    for (const w of words) (w.before ? prefixUnits : units).push({ text: w.text, kind });
  };
  const names = new Map<string, { text: string; before: boolean }[]>();
  for (const currency of CURRENCIES) {
    const nf = safely(() => [new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'name', maximumFractionDigits: 0 })])[0];
    if (nf) names.set(currency, wordsOf((v) => nf.formatToParts(v), 'currency', PLURAL_SAMPLES));
  }
  for (const words of names.values()) add(words, 'money');
  // Intl places one currency's name on either side of the number by plural form: its nouns go on both.
  const nouns = currencyNouns(names, new Set(getFunctionWords(code)));
  add(nouns.flatMap((n) => [{ text: n.text, before: true }, { text: n.text, before: false }]), 'money');
  const unitKinds: [string, UnitEntry['kind']][] = [['percent', 'percent'], ...MEASURES.map((m): [string, UnitEntry['kind']] => [m, 'measure'])];
  for (const [unit, kind] of unitKinds) {
    for (const unitDisplay of ['long', 'short'] as const) {
      const nf = safely(() => [new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay })])[0];
      if (nf) add(wordsOf((v) => nf.formatToParts(v), 'unit', PLURAL_SAMPLES), kind);
    }
  }
  const compact = safely(() => [new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' })])[0];
  // Scale words are matched one token at a time: multi-word ones ("mil millones") are left out.
  const scaleWords = compact ? wordsOf((v) => compact.formatToParts(v), 'compact', SCALE_SAMPLES).map((w) => w.text).filter((w) => !/\s/.test(w)) : [];
  // A scale word alone is a unit of kind 'number' too, as in the lexicons ("1,5 Millionen"), and
  // with a currency after it one of money ("1,5 Millionen Euro").
  // One-word currency names and nouns only ("Millionen Euro", "milioni shilingi"), once each.
  const money = [...new Set(units.filter((u) => u.kind === 'money' && !/\s/.test(u.text)).map((u) => u.text))].map((text) => ({ text }));
  for (const scale of scaleWords) {
    units.push({ text: scale, kind: 'number' });
    for (const m of money) units.push({ text: `${scale} ${m.text}`, kind: 'money' });
  }
  return { units, prefixUnits, scaleWords };
}

const cache = new Map<string, Lexicon>();

/** Returns the figures-only lexicon for `code` (a primary subtag, "und" when unknown), numbers as in `locale`. */
export function getGenericLexicon(code: string, locale: string): Lexicon {
  const key = `${code} ${locale}`;
  let lex = cache.get(key);
  if (!lex) {
    const intl = code === 'und' ? { units: [], prefixUnits: [], scaleWords: [] } : intlUnits(code, locale);
    const known = new Set([...generic.units, ...generic.prefixUnits].map((u) => u.text));
    lex = {
      ...generic,
      code,
      units: [...generic.units, ...intl.units.filter((u) => !known.has(u.text))],
      prefixUnits: [...generic.prefixUnits, ...intl.prefixUnits.filter((u) => !known.has(u.text))],
      scaleWords: [...generic.scaleWords, ...intl.scaleWords],
      labelStops: [...generic.labelStops, ...getFunctionWords(code)],
    };
    cache.set(key, lex);
  }
  return lex;
}

/** The figures-only language for a page in `code` with no folder of its own: the generic grammar, Intl's words. */
export function genericLanguage(code: string, locale: string): Language {
  return { code, lexicon: getGenericLexicon(code, locale), grammar };
}
