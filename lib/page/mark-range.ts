// Shows the reader a Range in the page: scrolled to the middle of the view and highlighted for a
// few seconds (the popup), or until cleared (the side panel, which stays open beside the page).
// One mark at a time: the highlighter clears the last before making a new one. The CSS Custom Highlight API paints without touching the page's DOM tree (so the
// site's scripts and styles see nothing change); where it is missing (Firefox before 140), a
// temporary <mark> with inline styles is wrapped around each text piece and unwrapped afterwards.

export const HIGHLIGHT_NAME = 'newsbrief-evidence';
export const HIGHLIGHT_MS = 4000;
const STYLE_ID = 'newsbrief-evidence-style';
const COLORS = 'background-color: #ffd54f; color: #111111;';

interface HighlightApi {
  highlights: { set(name: string, value: unknown): void; get(name: string): unknown; delete(name: string): void };
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** How the range was marked, for the caller's report. */
export type MarkMethod = 'css-highlight' | 'mark-element';

function highlightApiOf(doc: Document): { registry: HighlightApi['highlights']; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as (Window & { CSS?: Partial<HighlightApi>; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  mark.replaceWith(...mark.childNodes);
  parent?.normalize();
}

/** Returns whether the page shows an evidence mark now. */
export function hasMarks(doc: Document): boolean {
  return doc.getElementById(STYLE_ID) !== null || doc.querySelector('mark[data-newsbrief="evidence"]') !== null;
}

/** Removes every evidence mark from the page, whichever way it was made; does nothing where there is none. */
export function clearMarks(doc: Document): void {
  highlightApiOf(doc)?.registry.delete(HIGHLIGHT_NAME);
  doc.getElementById(STYLE_ID)?.remove();
  for (const mark of doc.querySelectorAll('mark[data-newsbrief="evidence"]')) unwrap(mark);
}

function markWithHighlightApi(doc: Document, range: Range, ms: number | null): boolean {
  const api = highlightApiOf(doc);
  if (!api) return false;
  const { registry, Highlight } = api;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `::highlight(${HIGHLIGHT_NAME}) { ${COLORS} }`;
    (doc.head ?? doc.documentElement).append(style);
  }
  const highlight = new Highlight(range);
  registry.set(HIGHLIGHT_NAME, highlight);
  if (ms !== null) {
    doc.defaultView?.setTimeout(() => {
      // A later mark replaced this one: it is not this timer's to remove.
      if (registry.get(HIGHLIGHT_NAME) !== highlight) return;
      registry.delete(HIGHLIGHT_NAME);
      doc.getElementById(STYLE_ID)?.remove();
    }, ms);
  }
  return true;
}

/** The text nodes the range covers, each cut to the covered part. */
function splitIntoTextPieces(doc: Document, range: Range): Text[] {
  const pieces: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4);
  const nodes: Text[] = [];
  if (range.commonAncestorContainer.nodeType === 3) nodes.push(range.commonAncestorContainer as Text);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) nodes.push(node as Text);
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (let node of nodes) {
    const start = node === startContainer ? startOffset : 0;
    const end = node === endContainer ? endOffset : node.data.length;
    if (end <= start) continue;
    if (end < node.data.length) node.splitText(end);
    if (start > 0) node = node.splitText(start);
    pieces.push(node);
  }
  return pieces;
}

function markWithElements(doc: Document, range: Range, ms: number | null): void {
  const marks = splitIntoTextPieces(doc, range).map((piece) => {
    const mark = doc.createElement('mark');
    mark.setAttribute('data-newsbrief', 'evidence');
    mark.setAttribute('style', `${COLORS} border-radius: 2px;`);
    piece.replaceWith(mark);
    mark.append(piece);
    return mark;
  });
  if (ms === null) return;
  doc.defaultView?.setTimeout(() => {
    for (const mark of marks) if (mark.isConnected) unwrap(mark);
  }, ms);
}

/** Scrolls the range into the middle of the view and highlights it for `ms` (until `clearMarks`
 *  when null); returns how it marked it. Call `clearMarks` before locating the range: unwrapping
 *  earlier <mark>s afterwards would move the text the range points into. */
export function markRange(doc: Document, range: Range, ms: number | null = HIGHLIGHT_MS): MarkMethod {
  const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  const method: MarkMethod = markWithHighlightApi(doc, range, ms) ? 'css-highlight' : 'mark-element';
  if (method === 'mark-element') markWithElements(doc, range, ms);
  const smooth = !doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  return method;
}
