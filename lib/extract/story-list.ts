// A section or home page of a news site is a column of story cards: a headline that links to the
// story, a time, a teaser. Readability keeps the teasers (they are the longest prose on the page)
// and drops the linked headlines, so the text alone reads like a short article of unrelated
// paragraphs. What gives the page away is in the DOM: each teaser sits in its own card beside a
// link to another page, and no two teasers share a card. An article's paragraphs share their body.

import { normalizeSpace } from './debris';
import type { TextVerdict } from './not-article';

/** Fewest teasers found in cards of their own. */
const MIN_TEASERS = 2;
/** Fewest items linking to distinct pages in the list that holds the cards. */
const MIN_ITEMS = 4;
/** How far above a card the list holding it may sit. */
const MAX_LIST_DEPTH = 4;
/** Shortest paragraph start worth finding in the page. */
const MIN_KEY = 24;
/** Share of the located paragraphs that sit in cards. */
const MIN_CARD_SHARE = 0.6;
/** How far up from a teaser's block its card may sit (block → header → card → list). */
const MAX_CARD_DEPTH = 4;
/** Characters of a paragraph used to find its text in the page. */
const KEY_LENGTH = 48;
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DD', 'TD', 'BLOCKQUOTE']);
/** A card holds its teaser, a headline and a line of metadata: not much more text than the teaser. */
const MAX_CARD_GROWTH = 2;
const CARD_EXTRA_CHARS = 300;
/** Links to a picture are a photo's zoom, not another story. */
const MEDIA_LINK = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
const NOT_A_PAGE = /^(?:javascript|mailto|tel|data|blob):$/i;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

function keyOf(text: string): string {
  return normalizeSpace(text).slice(0, KEY_LENGTH);
}

function pageAddress(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    if (NOT_A_PAGE.test(url.protocol)) return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && !BLOCK_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element;
}

/**
 * Returns the address of another page that `container` (or the link it is) points to, or null;
 * links inside `inside` (the teaser's own block) do not count.
 */
function storyLink(container: Element, page: string, inside: Element | null = null): string | null {
  const links = container.tagName.toUpperCase() === 'A' ? [container] : [...container.querySelectorAll('a[href]')];
  for (const link of links) {
    if (inside && link !== container && inside.contains(link)) continue;
    const href = link.getAttribute('href') ?? '';
    if (MEDIA_LINK.test(href)) continue;
    const target = pageAddress(href, link.baseURI);
    if (target && target !== page) return target;
  }
  return null;
}

/** Returns how many children of `list` hold a link to a distinct other page. */
function countStoryItems(list: Element, page: string): number {
  const targets = new Set<string>();
  for (const item of list.children) {
    const target = storyLink(item, page);
    if (target) targets.add(target);
  }
  return targets.size;
}

/**
 * Judges whether the extracted paragraphs are the teasers of a story list: most of them sit in a
 * card of their own beside a link to another page, and the list holding the cards has at least
 * four items linking to distinct pages. Returns null when they are not.
 */
export function judgeStoryList(doc: Document, paragraphs: readonly string[], url: string): TextVerdict | null {
  const page = pageAddress(url, url) ?? pageAddress(doc.URL, doc.URL) ?? url;
  const wanted = new Set(paragraphs.map(keyOf).filter((key) => key.length >= MIN_KEY));
  if (wanted.size < MIN_TEASERS || !doc.body) return null;
  const blocks: Element[] = [];
  const seen = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) continue;
    const key = keyOf((node as Text).data);
    if (key.length < MIN_KEY || !wanted.has(key) || seen.has(key)) continue;
    const block = blockOf(node);
    if (!block) continue;
    seen.add(key);
    blocks.push(block);
  }
  if (blocks.length < MIN_TEASERS) return null;
  let carded = 0;
  let items = 0;
  for (const block of blocks) {
    const card = findCard(block, blocks, page);
    if (!card) continue;
    carded++;
    const list = findList(card, block, blocks);
    if (list) items = Math.max(items, countStoryItems(list, page));
  }
  if (carded < MIN_TEASERS || carded / blocks.length < MIN_CARD_SHARE || items < MIN_ITEMS) return null;
  return { ok: false, reason: 'This page is a list of stories (a home or section page), not an article.' };
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function holdsOther(container: Element, block: Element, blocks: readonly Element[]): boolean {
  return blocks.some((other) => other !== block && container.contains(other));
}

/** Returns the nearest ancestor of `block` that links to another page and holds no other teaser. */
function findCard(block: Element, blocks: readonly Element[], page: string): Element | null {
  let card: Element | null = block;
  for (let depth = 0; card && depth <= MAX_CARD_DEPTH; depth++, card = card.parentElement) {
    // A container of two teasers is the list (or an article body), not one story's card.
    if (holdsOther(card, block, blocks)) return null;
    if (textLength(card) > MAX_CARD_GROWTH * textLength(block) + CARD_EXTRA_CHARS) return null;
    if (storyLink(card, page, block)) return card;
  }
  return null;
}

/** Returns the nearest ancestor above `card` that holds another teaser too (the list), or null. */
function findList(card: Element, block: Element, blocks: readonly Element[]): Element | null {
  let list = card.parentElement;
  for (let depth = 0; list && depth <= MAX_LIST_DEPTH; depth++, list = list.parentElement) {
    if (holdsOther(list, block, blocks)) return list;
  }
  return null;
}
