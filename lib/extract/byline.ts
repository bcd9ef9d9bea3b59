// Pages end the body with the author's name on its own line ("Thành Duy", "Nhóm PV", "By Jane
// Doe") and often a source line ("Theo Infonet", "Nguồn: TTXVN"). Left in, they read as one-line
// paragraphs; the first is the byline, the second is dropped.

/** A short line of capitalised words, optionally after "By"/"Bài:", with no sentence punctuation. */
const AUTHOR_LINE =
  /^(?:(?:by|bài(?: và ảnh)?|tác giả)\s?:?\s)?[\p{Lu}][\p{L}.'’-]*(?:\s(?:[\p{Lu}][\p{L}.'’-]*|and|và|-|–|,))*$/u;
const AUTHOR_LABEL = /^(?:by|bài(?: và ảnh)?|tác giả)\s?:?\s/iu;
/** "Theo Infonet", "Theo Minh Nguyễn/Vcamp.vn", "Nguồn: TTXVN", "Source: Reuters". */
const SOURCE_LINE = /^(?:theo|nguồn|source)\s?:?\s[^.!?]{1,60}\.?$/iu;
const MAX_AUTHOR = 60;

/** Returns the paragraphs without trailing author and source lines, and the author line as the byline (or null). */
export function splitTrailingByline(paragraphs: readonly string[]): { paragraphs: string[]; byline: string | null } {
  const kept = [...paragraphs];
  let byline: string | null = null;
  for (let i = 0; i < 2 && kept.length > 1; i++) {
    const last = kept[kept.length - 1]!;
    if (last.length > MAX_AUTHOR + 20) break;
    if (SOURCE_LINE.test(last)) kept.pop();
    else if (!byline && last.length <= MAX_AUTHOR && AUTHOR_LINE.test(last) && (last.match(/\p{L}+/gu)?.length ?? 0) <= 6) {
      byline = last.replace(AUTHOR_LABEL, '');
      kept.pop();
    } else break;
  }
  return { paragraphs: kept, byline };
}
