import { grammar as enGrammar } from './en/grammar';
import { en } from './en/lexicon';
import { grammar as genericGrammar } from './generic/grammar';
import { generic } from './generic/lexicon';
import type { Language } from './types';
import { grammar as viGrammar } from './vi/grammar';
import { vi } from './vi/lexicon';

// The one place that maps a language code to its folder. Adding a language = a folder
// lang/<code>/ with lexicon.ts (and grammar.ts) and one line here; see lang/README.md.

export type { Grammar, Language, Lexicon } from './types';

/** Figures-only reading for pages in a language without a folder: language-neutral units, no grammar. */
export const GENERIC: Language = { code: generic.code, lexicon: generic, grammar: genericGrammar };

const registry = new Map<string, Language>([
  ['vi', { code: 'vi', lexicon: vi, grammar: viGrammar }],
  ['en', { code: 'en', lexicon: en, grammar: enGrammar }],
]);

/** Returns the language registered for a primary subtag ("vi", "en"), or null. */
export function languageFor(code: string): Language | null {
  return registry.get(code) ?? null;
}

/**
 * Registers a language under its code (replacing one of the same code) and returns a function that
 * removes it again; how a test adds a toy language without touching the engine.
 */
export function registerLanguage(language: Language): () => void {
  const before = registry.get(language.code);
  registry.set(language.code, language);
  return () => {
    if (before) registry.set(language.code, before);
    else registry.delete(language.code);
  };
}
