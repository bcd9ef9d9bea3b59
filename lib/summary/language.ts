import { en } from './lexicon/en';
import { resolveLanguage } from '../text/identify-lang';
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

/**
 * Returns the lexicon for a page: its declared language unless the text is plainly another
 * (lib/text/identify-lang.ts), else the language identified from the text; a null lexicon when
 * that language has none.
 */
export function chooseLanguage(declared: string | null, sample: string): LanguageChoice {
  const code = resolveLanguage(declared, sample)?.toLowerCase() ?? null;
  const primary = code?.split(/[-_]/)[0] ?? 'und';
  const lexicon = LEXICONS[primary] ?? null;
  if (lexicon) return { code: primary, locale: primary, lexicon };
  if (!code) return { code: 'und', locale: 'en', lexicon: null };
  // Keep the page's regional tag for Intl ("fr-CA", "de-CH") when it is the language chosen.
  const locale = declared && declared.toLowerCase().split(/[-_]/)[0] === primary ? declared : primary;
  return { code: primary, locale, lexicon: null };
}
