// Finds an evidence sentence in a live page so the popup can point at it. The sentence is the
// engine's display form (NFC, spaces unified, invisible characters dropped) and may run across
// inline elements (<a>, <strong>), while the page may be NFD, hold NBSPs, soft hyphens or line
// breaks: both sides are folded to one key, and every key character remembers the text node and
// offsets it came from, so a match maps back to a DOM Range.

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD', 'TITLE']);
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /\s/;
// A base character and the combining marks after it: NFC composes within this cluster only.
const CLUSTER = /[\s\S][\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]*/g;
const LOOKALIKES: Record<string, string> = { '\u00D0': '\u0110', '\u0189': '\u0110', '\u00F0': '\u0111' };
// Long sentences are matched on their opening and closing words when the whole does not match
// (the page split it with an inline footnote, the engine joined a line break differently).
const PART_CHARS = 60;

interface KeyedText {
  key: string;
  /** For each key character: the text node and the offsets of the source characters it stands for. */
  nodes: Text[];
  starts: number[];
  ends: number[];
}

/** Returns a text folded for matching: NFC, lowercase, one space for any whitespace run, invisible characters dropped. */
export function foldForMatch(text: string): string {
  const parts: string[] = [];
  let afterSpace = true;
  for (const cluster of text.match(CLUSTER) ?? []) {
    const piece = foldCluster(cluster, afterSpace);
    if (piece) {
      parts.push(piece);
      afterSpace = piece === ' ';
    }
  }
  return parts.join('').trim();
}

/** One cluster's key: '' when it adds nothing (invisible, or a space after a space). */
function foldCluster(cluster: string, afterSpace: boolean): string {
  if (INVISIBLE.test(cluster)) return '';
  if (SPACE.test(cluster)) return afterSpace ? '' : ' ';
  return cluster
    .normalize('NFC')
    .replace(/[\u00D0\u0189\u00F0]/g, (c) => LOOKALIKES[c] ?? c)
    .toLowerCase();
}

function collectTextNodes(root: Node, doc: Document): Text[] {
  const showText = 4; // NodeFilter.SHOW_TEXT, spelled out: lib code gets no DOM globals.
  const walker = doc.createTreeWalker(root, showText);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIPPED_PARENTS.has(parent.tagName.toUpperCase())) continue;
    if (parent?.closest('[hidden], [aria-hidden="true"]')) continue;
    nodes.push(node as Text);
  }
  return nodes;
}

function keyTextNodes(nodes: Text[]): KeyedText {
  const parts: string[] = [];
  const keyed: KeyedText = { key: '', nodes: [], starts: [], ends: [] };
  let afterSpace = true;
  for (const node of nodes) {
    const data = node.data;
    CLUSTER.lastIndex = 0;
    for (let match = CLUSTER.exec(data); match; match = CLUSTER.exec(data)) {
      const piece = foldCluster(match[0], afterSpace);
      if (!piece) continue;
      afterSpace = piece === ' ';
      parts.push(piece);
      for (let i = 0; i < piece.length; i++) {
        keyed.nodes.push(node);
        keyed.starts.push(match.index);
        keyed.ends.push(match.index + match[0].length);
      }
    }
  }
  keyed.key = parts.join('');
  return keyed;
}

function toRange(doc: Document, keyed: KeyedText, from: number, to: number): Range {
  const range = doc.createRange();
  range.setStart(keyed.nodes[from]!, keyed.starts[from]!);
  range.setEnd(keyed.nodes[to - 1]!, keyed.ends[to - 1]!);
  return range;
}

/**
 * Returns a Range over the first place in `root` (default: the body) where `sentence` appears,
 * ignoring case, Unicode normal form, whitespace and element boundaries; when the whole sentence
 * is not there, the span from its opening to its closing words. Null when neither is found; never
 * changes the document.
 */
export function locateText(doc: Document, sentence: string, root: Node | null = doc.body): Range | null {
  const needle = foldForMatch(sentence);
  if (!needle || !root) return null;
  const keyed = keyTextNodes(collectTextNodes(root, doc));
  const whole = keyed.key.indexOf(needle);
  if (whole >= 0) return toRange(doc, keyed, whole, whole + needle.length);
  if (needle.length <= PART_CHARS * 2) return null;

  const head = needle.slice(0, PART_CHARS);
  const tail = needle.slice(-PART_CHARS);
  const from = keyed.key.indexOf(head);
  if (from < 0) return null;
  const tailAt = keyed.key.indexOf(tail, from + head.length);
  // The closing words must follow closely, or the head alone is what we found.
  const to = tailAt >= 0 && tailAt - from <= needle.length * 2 ? tailAt + tail.length : from + head.length;
  return toRange(doc, keyed, from, to);
}
