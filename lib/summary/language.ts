import { languageFor, type Language } from './lang';
import { resolveLanguage } from '../text/identify-lang';

/** The language the engine will use for a page. */
export interface LanguageChoice {
  /** A registered language's code, or the page's primary subtag, or "und". */
  code: string;
  /** Tag for Intl number and sentence rules. */
  locale: string;
  /** The registered language (lib/summary/lang), or null when the engine has none for the page. */
  language: Language | null;
}

const ASCII_WORD_RE = /^[A-Za-z'’-]+$/;
const WORD_SPLIT_RE = /[\s.,;:!?()"“”«»]+/;

/** Whether more than 85% of the first 600 words are ASCII letters only. */
function isMostlyAscii(text: string): boolean {
  const words = text.split(WORD_SPLIT_RE).filter(Boolean).slice(0, 600);
  return words.length > 0 && words.filter((w) => ASCII_WORD_RE.test(w)).length / words.length > 0.85;
}

/**
 * Returns the lexicon for a page: its declared language unless the text is plainly another
 * (lib/text/identify-lang.ts), else the language identified from the text; a null lexicon when
 * that language has none.
 */
export function chooseLanguage(declared: string | null, sample: string): LanguageChoice {
  // Text the identifier cannot place but written in plain ASCII is read as English, as before it existed.
  const code = resolveLanguage(declared, sample)?.toLowerCase() ?? (isMostlyAscii(sample) ? 'en' : null);
  const primary = code?.split(/[-_]/)[0] ?? 'und';
  const language = languageFor(primary);
  if (language) return { code: primary, locale: primary, language };
  if (!code) return { code: 'und', locale: 'en', language: null };
  // Keep the page's regional tag for Intl ("fr-CA", "de-CH") when it is the language chosen.
  const locale = declared && declared.toLowerCase().split(/[-_]/)[0] === primary ? declared : primary;
  return { code: primary, locale, language: null };
}
