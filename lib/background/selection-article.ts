import type { SelectionResult } from '../protocol/messages';
import type { Article } from '../schema';

// A selection is briefed as an article of its own: the reader chose the text, so nothing is
// stripped as boilerplate. Its paragraphs are the selection's lines, as the page laid them out.

/** Characters of selected text the engine reads: as much as a long article, so a select-all stays bounded. */
export const MAX_SELECTION_CHARS = 200_000;

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/;

/** Returns the selection as an Article (paragraphs split on line breaks, blanks dropped), or null when nothing is selected. Never reads past the cap. */
export function buildSelectionArticle(selection: SelectionResult): Article | null {
  const paragraphs = selection.text
    .slice(0, MAX_SELECTION_CHARS)
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return {
    url: selection.url,
    title: selection.title.trim() || paragraphs[0]!.slice(0, 120),
    byline: null,
    siteName: null,
    lang: selection.lang?.trim() || null,
    publishedTime: null,
    lead: '',
    paragraphs,
  };
}

/** Returns whether the selection is longer than the engine reads. */
export function isSelectionTooLarge(selection: SelectionResult): boolean {
  return selection.text.length > MAX_SELECTION_CHARS;
}
