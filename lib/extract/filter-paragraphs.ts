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
/**
 * A repeat this long is a copy (the sapo printed twice, a pull quote); a shorter one is structure
 * that recurs on purpose ("Drink during your workout" under each meal of a plan) and stays.
 */
const MIN_REPEAT = 60;
/** Ahead of the first real paragraph, lines this short without a full stop are labels (section, agency, "Sign In"). */
const MAX_LEADING_LABEL = 50;
const MIN_OPENING = 100;
const MAX_LEADING_LABELS = 4;
/** A block this long, unlinked and ending a sentence after a related heading means the article goes on. */
const MIN_PROSE = 80;

/** True for a short line without a full stop, as a linked headline in a news list reads. */
function isHeadlineLike(block: TextBlock): boolean {
  return block.linkDensity > 0.5 || (block.text.length <= 160 && !TERMINAL.test(block.text));
}

/** True for a paragraph of running text: long, mostly unlinked, ending a sentence. */
function isProse(block: TextBlock): boolean {
  return block.text.length >= MIN_PROSE && block.linkDensity < 0.3 && TERMINAL.test(block.text);
}

/**
 * Returns the body paragraphs without captions, credits, image labels, widget labels, related-news
 * blocks, repeats, or copies of `skip` (title, lead). Will not split or merge blocks.
 */
export function filterParagraphs(blocks: readonly TextBlock[], skip: readonly string[] = []): string[] {
  const skipped = new Set(skip.filter(Boolean).map(toParagraphKey));
  const seen = new Set(skipped);
  const items = blocks.map((b) => ({ text: normalizeSpace(b.text), linkDensity: b.linkDensity }));
  const total = items.reduce((n, b) => n + b.text.length, 0);
  const kept: string[] = [];
  let consumed = 0;
  for (let i = 0; i < items.length; i++) {
    const block = items[i]!;
    consumed += block.text.length;
    if (!block.text) continue;
    if (isRelatedHeading(block.text)) {
      // Skip the block's linked headlines. Near the end, the article is over unless prose follows
      // (an inline "Don't miss" box sits between paragraphs, and the article goes on after it).
      while (i + 1 < items.length && isHeadlineLike(items[i + 1]!)) consumed += items[++i]!.text.length;
      const next = items[i + 1];
      if (total - consumed < total * TAIL_SHARE && !(next && isProse(next))) break;
      continue;
    }
    if ((block.linkDensity > 0.8 && block.text.length < 300) || isDebrisLine(block.text)) continue;
    const text = stripCreditTail(block.text);
    const key = toParagraphKey(text);
    if (!key || (seen.has(key) && (text.length >= MIN_REPEAT || skipped.has(key)))) continue;
    seen.add(key);
    kept.push(text);
  }
  const opening = kept.findIndex((p) => p.length >= MIN_OPENING);
  const labels = kept.slice(0, Math.max(0, opening));
  if (opening <= MAX_LEADING_LABELS && labels.every((p) => p.length <= MAX_LEADING_LABEL && !TERMINAL.test(p))) kept.splice(0, labels.length);
  return kept;
}
