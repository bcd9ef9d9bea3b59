import { identifyLanguage, resolveLanguage } from '../text/identify-lang';

// A page that declares no language (a .txt copy, a bare HTML page) or the wrong one still needs
// one so the summary picks a lexicon: lib/text/identify-lang.ts tells it from the text.

/** Returns a guessed primary language subtag ("vi", "en", "zh"…) from the text, or null when unsure. */
export function detectLang(text: string): string | null {
  return identifyLanguage(text)?.code ?? null;
}

/**
 * Returns the page's declared language unless the text plainly is another one (a Vietnamese page
 * left with the CMS default lang="en-us"), then the detected one; null when neither is known.
 */
export function resolveLang(declared: string | null, text: string): string | null {
  return resolveLanguage(declared, text);
}
