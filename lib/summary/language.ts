import { languageFor, type Language } from './lang';

/** The language the engine will use for a page. */
export interface LanguageChoice {
  /** A registered language's code, or the page's primary subtag, or "und". */
  code: string;
  /** Tag for Intl number and sentence rules. */
  locale: string;
  /** The registered language (lib/summary/lang), or null when the engine has none for the page. */
  language: Language | null;
}

// Letters only Vietnamese uses among Latin scripts (ă, đ, ơ, ư and the precomposed tone block):
// share of words containing one ≈ 0.56 in Vietnamese prose, ≈ 0.13 in English about Vietnam (notes §6.1).
const VI_LETTER_RE = /[ăâđơưĂÂĐƠƯ\u1EA0-\u1EF9]/;
const LATIN_WORD_RE = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’-]+$/;
const ASCII_WORD_RE = /^[A-Za-z'’-]+$/;

/** Returns the share of words with a Vietnamese-specific letter, and the share of ASCII-only words. */
export function measureScript(text: string): { vietnamese: number; ascii: number; latin: number } {
  const words = text.split(/[\s.,;:!?()"“”«»]+/).filter(Boolean).slice(0, 600);
  if (words.length === 0) return { vietnamese: 0, ascii: 0, latin: 0 };
  let viCount = 0;
  let ascii = 0;
  let latin = 0;
  for (const w of words) {
    if (VI_LETTER_RE.test(w)) viCount++;
    if (ASCII_WORD_RE.test(w)) ascii++;
    if (LATIN_WORD_RE.test(w)) latin++;
  }
  return { vietnamese: viCount / words.length, ascii: ascii / words.length, latin: latin / words.length };
}

/** Returns the lexicon for a page: its declared language when the script agrees, else a script guess; null lexicon when unsupported. */
export function chooseLanguage(declared: string | null, sample: string): LanguageChoice {
  const primary = declared?.toLowerCase().split(/[-_]/)[0] ?? '';
  const script = measureScript(sample);
  // Pages mislabel their language (Vietnamese sites declaring "en"): a strongly Vietnamese text wins.
  const vi = languageFor('vi');
  const en = languageFor('en');
  if (script.vietnamese > 0.3 && vi) return { code: 'vi', locale: 'vi', language: vi };
  const known = languageFor(primary);
  if (known) {
    if (primary === 'vi' && script.vietnamese < 0.05 && script.ascii > 0.8 && en) {
      return { code: 'en', locale: 'en', language: en };
    }
    return { code: primary, locale: primary, language: known };
  }
  if (primary) return { code: primary, locale: declared ?? primary, language: null };
  if (script.vietnamese > 0.15 && vi) return { code: 'vi', locale: 'vi', language: vi };
  if (script.ascii > 0.85 && en) return { code: 'en', locale: 'en', language: en };
  return { code: 'und', locale: 'en', language: null };
}
