// Bounds on what the extractor reads, so a 10 MB page, 100,000 paragraphs or 5,000 nested divs
// cost the same as a long article rather than freezing the tab (issue 6). The largest real page in
// ../shared/corpus has ~2,200 elements, nesting 62 deep and 51,000 characters of article text; the
// limits sit well above that, so ordinary pages never reach them and go through unchanged.

export interface PageLimits {
  /** Elements read from the page (head and body); Readability's cost grows with this. */
  maxElements: number;
  /** Characters of text read from the page; script and style contents do not count. */
  maxTextChars: number;
  /** Nesting depth kept; deeper elements are unwrapped into their ancestor at this depth (their text stays). */
  maxDepth: number;
  /** Characters of article text (lead and paragraphs) handed to the summary. */
  maxArticleChars: number;
}

export const PAGE_LIMITS: PageLimits = {
  maxElements: 8_000,
  maxTextChars: 1_500_000,
  // Chromium's parser stops nesting at 512; a script can nest deeper, and recursive DOM code with it.
  maxDepth: 256,
  maxArticleChars: 150_000,
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Text that is not page prose: a site's inline JSON or CSS can run to megabytes without the page being long. */
const CODE_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Returns the length of a text node's prose, 0 for script and style contents. */
function proseLength(text: Text): number {
  const parent = text.parentNode as Element | null;
  return parent && CODE_PARENTS.has(parent.nodeName.toUpperCase()) ? 0 : text.data.length;
}

/** Returns the node after `node` in document order below `root`, skipping its children when `skipChildren`. */
function nextInOrder(node: Node, root: Node, skipChildren: boolean): { node: Node | null; up: number } {
  if (!skipChildren && node.firstChild) return { node: node.firstChild, up: -1 };
  let up = 0;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode, up++) {
    if (at.nextSibling) return { node: at.nextSibling, up };
  }
  return { node: null, up };
}

/**
 * Returns true when the page fits the limits; walks only until a limit is passed, so a huge page
 * costs no more than the limit to measure. Iterative: no nesting depth can overflow the stack.
 */
export function fitsLimits(doc: Document, limits: PageLimits = PAGE_LIMITS): boolean {
  const root = doc.documentElement;
  if (!root) return true;
  let elements = 0;
  let chars = 0;
  let depth = 1;
  for (let node: Node | null = root; node; ) {
    if (node.nodeType === ELEMENT_NODE) {
      if (++elements > limits.maxElements || depth > limits.maxDepth) return false;
    } else if (node.nodeType === TEXT_NODE) {
      chars += proseLength(node as Text);
      if (chars > limits.maxTextChars) return false;
    }
    const step = nextInOrder(node, root, false);
    depth -= step.up;
    node = step.node;
  }
  return true;
}

/**
 * Returns a copy of the page holding its first part within the limits (document order, so the
 * head, the headline and the opening paragraphs come first); never changes `doc`. Elements deeper
 * than `maxDepth` are unwrapped, their text kept. Shallow copies node by node: the cost follows the
 * limits, not the page.
 */
export function cropPage(doc: Document, limits: PageLimits = PAGE_LIMITS): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  if (!root) return copy;
  const copyRoot = copy.importNode(root, false);
  copy.appendChild(copyRoot);
  // `parents[d]` is the copy's node that takes the source's nodes at depth d + 1; an unwrapped
  // element passes its parent's on, so its children land one level up.
  const parents: Node[] = [copyRoot];
  let elements = 1;
  let chars = 0;
  let depth = 0;
  let step = nextInOrder(root, root, false);
  while (step.node) {
    const node: Node = step.node;
    depth -= step.up;
    const parent = parents[depth - 1]!;
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      if (elements >= limits.maxElements) break;
      if (depth >= limits.maxDepth) {
        parents[depth] = parent;
      } else {
        const element = copy.importNode(node, false);
        parent.appendChild(element);
        parents[depth] = element;
        elements++;
      }
      descend = true;
    } else if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const length = proseLength(node as Text);
      const room = limits.maxTextChars - chars;
      parent.appendChild(copy.createTextNode(length > room ? data.slice(0, room) : data));
      chars += length;
      if (chars >= limits.maxTextChars) break;
    }
    step = nextInOrder(node, root, !descend);
  }
  return copy;
}

/**
 * Returns the paragraphs cut to fit `maxChars` together with the lead (whole paragraphs, the last
 * one cut at a space), and whether anything was cut. Does not reorder or rewrite them.
 */
export function capParagraphs(
  lead: string,
  paragraphs: readonly string[],
  maxChars: number,
): { paragraphs: string[]; truncated: boolean } {
  let room = maxChars - lead.length;
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.length <= room) {
      kept.push(paragraph);
      room -= paragraph.length;
      continue;
    }
    const cut = paragraph.slice(0, Math.max(0, room - 1)); // room for the ellipsis
    const atSpace = cut.lastIndexOf(' ');
    const part = (atSpace > 0 ? cut.slice(0, atSpace) : cut).trim();
    if (part) kept.push(`${part}…`);
    return { paragraphs: kept, truncated: true };
  }
  return { paragraphs: kept, truncated: false };
}
