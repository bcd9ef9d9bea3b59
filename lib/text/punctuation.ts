// The quote, apostrophe and dash characters the engine tells apart, in one place. Tokens keep their
// text as written, so the stages compare written characters; a token's key has them unified
// (normalize.ts), for lexicon matching.

/** Double quotes that open a quotation ('"', “, «, „). */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', '«', '„']);
/** Double quotes that close one ('"', ”, »). */
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '”', '»']);
/** Any double quote. */
export const QUOTES: ReadonlySet<string> = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES]);
/** Apostrophes of a possessive or a contraction. */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
/** The hyphen that joins the words of a compound ("self-directed"). */
export const HYPHEN = '-';
/** Dashes between clauses or list items (hyphen, en and em dash). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** Dashes of a numeric range ("10–15%"), the minus sign included. */
export const RANGE_DASHES: ReadonlySet<string> = new Set([...DASHES, '−']);
