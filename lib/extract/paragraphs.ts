import type { TextBlock } from './filter-paragraphs';

// Readability's content element → text blocks in reading order. Every block element (p, li,
// h2–h6, blockquote, tr…) and every <br> ends a block, so a subheading stays its own entry and
// text loose in a <div> is not glued to the paragraph after it. A table row is one block, its
// cells separated by spaces: "1 Kyle Busch 5040", not four one-word lines the filters would drop. One pass, explicit stack: deep
// nesting cannot overflow the call stack.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'MATH',
]);
/** Table cells: inline within their row, but never glued to the next cell's text. */
const CELL_TAGS = new Set(['TD', 'TH']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Count of visible characters: link density compares these, not raw whitespace. */
function countVisible(text: string): number {
  return text.replace(/\s+/g, '').length;
}

type Step = Node | 'block-end' | 'link-end';

/** Returns the text blocks under `root` with their link density; does not filter or normalise them. */
export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let linked = 0;
  let inLink = 0;
  const flush = () => {
    const trimmed = text.trim();
    if (trimmed) blocks.push({ text: trimmed, linkDensity: Math.min(1, linked / Math.max(1, countVisible(trimmed))) });
    text = '';
    linked = 0;
  };
  const stack: Step[] = [root];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step === 'block-end') flush();
    else if (step === 'link-end') inLink--;
    else if (step.nodeType === TEXT_NODE) {
      const data = (step as Text).data;
      text += data;
      if (inLink > 0) linked += countVisible(data);
    } else if (step.nodeType === ELEMENT_NODE) {
      const tag = (step as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push('block-end');
      }
      if (CELL_TAGS.has(tag)) text += ' ';
      if (tag === 'A') {
        inLink++;
        stack.push('link-end');
      }
      for (let child = step.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  flush();
  return blocks;
}
