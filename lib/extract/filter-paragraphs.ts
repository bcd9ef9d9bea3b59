import { isDebrisLine, isRelatedHeading, normalizeSpace, stripCreditTail, toParagraphKey } from './debris';

/** One block of text in reading order, with the share of its text that sits inside links. */
export interface TextBlock {
  text: string;
  /** 0–1: characters inside <a> over all characters; 0 for plain text. */
  linkDensity: number;
}

/** Past this point of the body a related-news heading ends the article: everything after it goes. */
const TAIL_SHARE = 0.35;
const TERMINAL = /[.!?…:;"”’)\]。！？]$/u;

/** True for a short line without a full stop, as a linked headline in a news list reads. */
function isHeadlineLike(block: TextBlock): boolean {
  return block.linkDensity > 0.5 || (block.text.length <= 160 && !TERMINAL.test(block.text));
}

/**
 * Returns the body paragraphs without captions, credits, image labels, widget labels, related-news
 * blocks, repeats, or copies of `skip` (title, lead). Will not split or merge blocks.
 */
export function filterParagraphs(blocks: readonly TextBlock[], skip: readonly string[] = []): string[] {
  const seen = new Set(skip.filter(Boolean).map(toParagraphKey));
  const items = blocks.map((b) => ({ text: normalizeSpace(b.text), linkDensity: b.linkDensity }));
  const total = items.reduce((n, b) => n + b.text.length, 0);
  const kept: string[] = [];
  let consumed = 0;
  for (let i = 0; i < items.length; i++) {
    const block = items[i]!;
    consumed += block.text.length;
    if (!block.text) continue;
    if (isRelatedHeading(block.text)) {
      if (total - consumed < total * TAIL_SHARE) break;
      // An inline related block mid-article: skip its linked headlines, resume at the prose.
      while (i + 1 < items.length && isHeadlineLike(items[i + 1]!)) consumed += items[++i]!.text.length;
      continue;
    }
    if ((block.linkDensity > 0.8 && block.text.length < 300) || isDebrisLine(block.text)) continue;
    const text = stripCreditTail(block.text);
    const key = toParagraphKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}
