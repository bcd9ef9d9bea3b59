// Scoring a Summary against a hand-labelled expected summary. Pure: no I/O.
// Matching is deliberately tolerant of spelling variants (tone placement, diacritics, case) and
// strict on substance: an official is the same person, a figure the same number, a directive
// the same instruction by word overlap.

export interface ExpectedSummary {
  lang: string;
  officials: { name: string; titles: string[] }[];
  /** `label` null: the labeller found no noun phrase the number counts; then only no label is right. */
  figures: { text: string; value: number; unit?: string | null; label: string | null }[];
  directives: { text: string; by: string | null }[];
  documents: { text: string }[];
}

/** The slice of a Summary the scorer reads (so label files and old outputs stay comparable). */
export interface ScoredSummary {
  officials: { name: string; titles: string[] }[];
  figures: { text: string; value: number; unit: string | null; label: string }[];
  directives: { text: string; by: string | null }[];
  documents: { text: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Share-style tallies: `right` out of `of`. */
export interface Share {
  right: number;
  of: number;
}

/** Says why an item was missed or spurious (rules and dropped candidates), for `eval -v`; text appended to the miss. */
export interface MissExplainer {
  spurious(field: 'officials' | 'figures' | 'directives', index: number): string;
  missed(field: 'officials' | 'figures' | 'directives', expected: { name?: string; text?: string; value?: number }): string;
  attribution(index: number): string;
}

export interface PageScore {
  officials: Counts;
  titles: Counts;
  figures: Counts;
  figureLabels: Share;
  directives: Counts;
  attribution: Share;
  documents: Counts;
  misses: string[];
}

const DIRECTIVE_OVERLAP = 0.5;
const LABEL_OVERLAP = 0.5;

/** Lowercase, NFD without marks, đ→d, punctuation to spaces: the key two spellings of a name share. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(text: string): string[] {
  const key = foldKey(text);
  return key ? key.split(' ') : [];
}

/** Share of `expected`'s tokens that `actual` contains (multiset). */
export function tokenRecall(expected: string, actual: string): number {
  const want = tokens(expected);
  if (want.length === 0) return 0;
  const have = new Map<string, number>();
  for (const token of tokens(actual)) have.set(token, (have.get(token) ?? 0) + 1);
  let hit = 0;
  for (const token of want) {
    const left = have.get(token) ?? 0;
    if (left > 0) {
      hit++;
      have.set(token, left - 1);
    }
  }
  return hit / want.length;
}

function sameName(expected: string, actual: string): boolean {
  const a = foldKey(expected);
  const b = foldKey(actual);
  if (a === b) return true;
  // "Dr. Nigel Clarke" vs "Nigel Clarke": one name inside the other, at word boundaries.
  return ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `);
}

function sameTitle(expected: string, actual: string): boolean {
  const a = foldKey(expected);
  const b = foldKey(actual);
  return a === b || (a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6);
}

/** How well a figure's label fits the labelled one, 0..1: the share of its words, or 1 for no label where none was labelled. */
function labelFit(expected: string | null, actual: string): number {
  if (!expected || tokens(expected).length === 0) return tokens(actual).length === 0 ? 1 : 0;
  return tokenRecall(expected, actual);
}

/** A figure's label is right when it holds half the labelled words, or is empty where the labeller found none. */
function labelRight(expected: string | null, actual: string): boolean {
  return labelFit(expected, actual) >= LABEL_OVERLAP;
}

function sameDoc(expected: string, actual: string): boolean {
  return tokenRecall(expected, actual) >= 0.8 || tokenRecall(actual, expected) >= 0.8;
}

/** Greedy one-to-one matching: for each expected item, the best unused actual item that passes. */
function match<E, A>(expected: E[], actual: A[], score: (e: E, a: A) => number, threshold: number): [E, A][] {
  const used = new Set<number>();
  const pairs: [E, A][] = [];
  for (const e of expected) {
    let best = -1;
    let bestScore = threshold;
    actual.forEach((a, i) => {
      if (used.has(i)) return;
      const s = score(e, a);
      if (s >= bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([e, actual[best]!]);
    }
  }
  return pairs;
}

function counts(matched: number, expected: number, actual: number): Counts {
  return { tp: matched, fp: actual - matched, fn: expected - matched };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Scores one page. `misses` lists what was missed or spurious, for a reader. */
export function scorePage(expected: ExpectedSummary, actual: ScoredSummary, why?: MissExplainer): PageScore {
  const misses: string[] = [];
  const because = (text: string): string => (why ? `  ← ${text}` : '');

  // An exact name first: "Biden" pairs with "Biden", not with "Jill Biden" listed before him.
  const officialPairs = match(expected.officials, actual.officials, (e, a) => (foldKey(e.name) === foldKey(a.name) ? 2 : sameName(e.name, a.name) ? 1 : 0), 1);
  for (const e of expected.officials) if (!officialPairs.some(([x]) => x === e)) misses.push(`official missed: ${e.name}${because(why?.missed('officials', e) ?? '')}`);
  actual.officials.forEach((a, i) => {
    if (!officialPairs.some(([, y]) => y === a)) misses.push(`official spurious: ${a.name}${because(why?.spurious('officials', i) ?? '')}`);
  });

  const titles: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [e, a] of officialPairs) {
    const pairs = match(e.titles, a.titles, (x, y) => (sameTitle(x, y) ? 1 : 0), 1);
    titles.tp += pairs.length;
    titles.fp += a.titles.length - pairs.length;
    titles.fn += e.titles.length - pairs.length;
    if (pairs.length !== e.titles.length || pairs.length !== a.titles.length) {
      misses.push(`titles of ${e.name}: expected [${e.titles.join('; ')}] got [${a.titles.join('; ')}]`);
    }
  }

  const figurePairs = match(expected.figures, actual.figures, (e, a) => (sameValue(e.value, a.value) ? 1 + labelFit(e.label, a.label) : 0), 1);
  for (const e of expected.figures) if (!figurePairs.some(([x]) => x === e)) misses.push(`figure missed: ${e.text} (${e.label})${because(why?.missed('figures', e) ?? '')}`);
  actual.figures.forEach((a, i) => {
    if (!figurePairs.some(([, y]) => y === a)) misses.push(`figure spurious: ${a.text} (${a.label})${because(why?.spurious('figures', i) ?? '')}`);
  });
  const figureLabels = { right: figurePairs.filter(([e, a]) => labelRight(e.label, a.label)).length, of: figurePairs.length };
  for (const [e, a] of figurePairs) if (!labelRight(e.label, a.label)) misses.push(`label of ${e.text}: expected (${e.label ?? 'none'}) got (${a.label})`);

  const directivePairs = match(expected.directives, actual.directives, (e, a) => tokenRecall(e.text, a.text), DIRECTIVE_OVERLAP);
  for (const e of expected.directives) if (!directivePairs.some(([x]) => x === e)) misses.push(`directive missed: ${e.text.slice(0, 90)}${because(why?.missed('directives', e) ?? '')}`);
  actual.directives.forEach((a, i) => {
    if (!directivePairs.some(([, y]) => y === a)) misses.push(`directive spurious: ${a.text.slice(0, 90)}${because(why?.spurious('directives', i) ?? '')}`);
  });
  let attributed = 0;
  for (const [e, a] of directivePairs) {
    const right = e.by === null ? a.by === null : a.by !== null && sameName(e.by, a.by);
    if (right) attributed++;
    else misses.push(`directive by ${e.by ?? 'nobody'} attributed to ${a.by ?? 'nobody'}: ${e.text.slice(0, 60)}${because(why?.attribution(actual.directives.indexOf(a)) ?? '')}`);
  }

  const documentPairs = match(expected.documents, actual.documents, (e, a) => (sameDoc(e.text, a.text) ? 1 : 0), 1);
  for (const e of expected.documents) if (!documentPairs.some(([x]) => x === e)) misses.push(`document missed: ${e.text}`);
  for (const a of actual.documents) if (!documentPairs.some(([, y]) => y === a)) misses.push(`document spurious: ${a.text}`);

  return {
    officials: counts(officialPairs.length, expected.officials.length, actual.officials.length),
    titles,
    figures: counts(figurePairs.length, expected.figures.length, actual.figures.length),
    figureLabels,
    directives: counts(directivePairs.length, expected.directives.length, actual.directives.length),
    attribution: { right: attributed, of: directivePairs.length },
    documents: counts(documentPairs.length, expected.documents.length, actual.documents.length),
    misses,
  };
}

/** Adds page scores field by field (micro-averaging). */
export function addScores(scores: PageScore[]): Omit<PageScore, 'misses'> {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const total = { officials: zero(), titles: zero(), figures: zero(), figureLabels: { right: 0, of: 0 }, directives: zero(), attribution: { right: 0, of: 0 }, documents: zero() };
  for (const s of scores) {
    for (const key of ['officials', 'titles', 'figures', 'directives', 'documents'] as const) {
      total[key].tp += s[key].tp;
      total[key].fp += s[key].fp;
      total[key].fn += s[key].fn;
    }
    for (const key of ['figureLabels', 'attribution'] as const) {
      total[key].right += s[key].right;
      total[key].of += s[key].of;
    }
  }
  return total;
}

/** Precision, recall and F1 of a tally; 1 for a field with nothing expected and nothing found. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
