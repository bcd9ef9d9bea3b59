import { en } from './lexicon/en';
import type { Lexicon } from './lexicon/types';
import { vi } from './lexicon/vi';

// Adding a language = writing lexicon/<code>.ts and listing it here.
const LEXICONS: Record<string, Lexicon> = { vi, en };

/** The language the engine will use for a page. */
export interface LanguageChoice {
  /** A lexicon code, or the page's primary subtag, or "und". */
  code: string;
  /** Tag for Intl number and sentence rules. */
  locale: string;
  lexicon: Lexicon | null;
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
  if (script.vietnamese > 0.3 && LEXICONS.vi) return { code: 'vi', locale: 'vi', lexicon: LEXICONS.vi };
  const known = LEXICONS[primary];
  if (known) {
    if (primary === 'vi' && script.vietnamese < 0.05 && script.ascii > 0.8 && LEXICONS.en) {
      return { code: 'en', locale: 'en', lexicon: LEXICONS.en };
    }
    return { code: primary, locale: primary, lexicon: known };
  }
  if (primary) return { code: primary, locale: declared ?? primary, lexicon: null };
  if (script.vietnamese > 0.15 && LEXICONS.vi) return { code: 'vi', locale: 'vi', lexicon: LEXICONS.vi };
  if (script.ascii > 0.85 && LEXICONS.en) return { code: 'en', locale: 'en', lexicon: LEXICONS.en };
  return { code: 'und', locale: 'en', lexicon: null };
}
