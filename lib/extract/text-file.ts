import type { ExtractResult } from '../protocol/messages';
import { fail } from '../protocol/fail';
import { isDebrisLine, normalizeSpace } from './debris';
import { detectLang } from './detect-lang';
import { filterParagraphs } from './filter-paragraphs';
import { splitLead } from './lead';
import { judgeArticleText } from './not-article';

/** The headline is looked for among this many first lines; what precedes it is page debris. */
const HEADLINE_WINDOW = 6;
const TERMINAL = /[.!?…:;"”’)\]。！？]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** True for a line that reads as a headline: a few words, not a sentence, not debris. */
function isHeadline(line: string): boolean {
  const words = line.match(/\p{L}+/gu)?.length ?? 0;
  return words >= 3 && line.length <= 250 && !line.endsWith('.') && !isDebrisLine(line);
}

/** Returns the lines of the text, a hard-wrapped sentence rejoined, blank-line blocks kept apart. */
function readLines(text: string): string[] {
  const lines: string[] = [];
  let previousBlank = true;
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = normalizeSpace(raw);
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    // A line wrapped mid-sentence continues lowercase right under the previous one.
    if (!previousBlank && last !== undefined && !TERMINAL.test(last) && STARTS_LOWER.test(line)) {
      lines[lines.length - 1] = `${last} ${line}`;
    } else {
      lines.push(line);
    }
    previousBlank = false;
  }
  return lines;
}

/**
 * Returns the article in plain text copied from a page (headline among the first lines,
 * paragraphs on their own lines), with page debris dropped; does not guess a date or an author.
 */
export function articleFromText(text: string, url: string): ExtractResult {
  const lines = readLines(text);
  const at = lines.slice(0, HEADLINE_WINDOW).findIndex(isHeadline);
  const title = at >= 0 ? lines[at]! : '';
  const body = filterParagraphs(
    lines.slice(at + 1).map((line) => ({ text: line, linkDensity: 0 })),
    [title],
  );
  const { lead, paragraphs } = splitLead(body);
  const verdict = judgeArticleText([lead, ...paragraphs]);
  if (!verdict.ok) return fail('not-article', verdict.reason);
  return {
    ok: true,
    data: {
      url,
      title,
      byline: null,
      siteName: null,
      lang: detectLang(paragraphs.join('\n')),
      publishedTime: null,
      lead,
      paragraphs,
    },
  };
}
