// A page that declares no language (a .txt copy, a bare HTML page) still needs one so the summary
// picks a lexicon. Script and a handful of very frequent words are enough for that choice.

/** Letters only Vietnamese uses among Latin scripts (horn, breve, đ and stacked tone marks). */
const VI_LETTERS = /[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const EN_WORDS = /(?<!\p{L})(?:the|of|and|to|in|is|that|for|was|said|with)(?!\p{L})/giu;
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ja', /[\u3040-\u30ff]/gu],
  ['ko', /[\uac00-\ud7af]/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['th', /\p{Script=Thai}/gu],
];

/** Returns a guessed primary language subtag ("vi", "en", "zh"…) from the text, or null when unsure. */
export function detectLang(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  for (const [lang, script] of SCRIPTS) {
    if ((sample.match(script)?.length ?? 0) / letters > 0.3) return lang;
  }
  if ((sample.match(VI_LETTERS)?.length ?? 0) / letters > 0.03) return 'vi';
  if (englishShare(sample) > 0.08) return 'en';
  return null;
}

/**
 * Returns the page's declared language unless the text plainly is another one (a Vietnamese page
 * left with the CMS default lang="en-us"), then the detected one; null when neither is known.
 */
export function resolveLang(declared: string | null, text: string): string | null {
  const detected = detectLang(text);
  if (!declared) return detected;
  const primary = declared.split('-')[0];
  if (detected && detected !== primary) return detected;
  // Declared English with almost no English function words: a template default, not the text's language.
  if (primary === 'en' && !detected && englishShare(text) < 0.02) return null;
  return declared;
}

/** Share of words that are frequent English function words. */
function englishShare(text: string): number {
  const sample = text.slice(0, 5000);
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  return words === 0 ? 0 : (sample.match(EN_WORDS)?.length ?? 0) / words;
}
