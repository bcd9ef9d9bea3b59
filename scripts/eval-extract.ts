// `npm run eval:extract -- [folder] [--worst N] [--page ID] [--jobs N] [--dump FILE]`
// --dump writes every page's ground truth and both outputs as JSON, for looking at the losses.
// Scores the extractor on the article-extraction-benchmark folder (html/<id>.html.gz +
// ground-truth.json) with that benchmark's own metric, side by side with Readability's raw
// `textContent` on the same jsdom parse. Ours is `[lead, ...paragraphs].join('\n\n')`, the text
// `npm run summarize -- --article` prints and the summary stage reads.
//
// Metric (scrapinghub/article-extraction-benchmark evaluate.py, re-implemented): tokens are runs
// of Unicode letters, digits and `_` (Python's `\w+`); shingles are 4-token windows counted as a
// multiset (a text shorter than 4 tokens is one shorter shingle); per page tp/fp/fn are normalised
// by their sum; precision is averaged over pages with tp+fp > 0 (an empty output does not count),
// recall over pages with tp+fn > 0 (an empty output counts 0); F1 is the harmonic mean of the two
// averages; accuracy is the share of pages whose token sequence equals the ground truth.
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { articleText, extractArticle } from '../lib/extract';
import { parseHtml, readPage } from './lib/load-page';

const DEFAULT_FOLDER = '../shared/corpus/article-extraction-benchmark';
const SHINGLE = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

export type Counts = readonly [tp: number, fp: number, fn: number];
export interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** Returns the text's tokens: runs of letters, digits and `_`. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Returns the multiset of 4-token shingles; a text of 1–3 tokens is one short shingle, no tokens none. */
function countShingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE);
    if (shingle.length === 0) continue;
    // U+0001 cannot occur inside a token, so joined shingles stay distinct.
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Returns tp/fp/fn over shingles, normalised by their sum (all 0 when both texts are empty). */
export function matchShingles(truth: string, predicted: string): Counts {
  const want = countShingles(tokenize(truth));
  const got = countShingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of want) {
    const m = got.get(key) ?? 0;
    tp += Math.min(n, m);
    fn += Math.max(0, n - m);
  }
  for (const [key, m] of got) fp += Math.max(0, m - (want.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precisionOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Returns the benchmark's averaged precision and recall, their F1, and exact-token accuracy. */
export function scorePages(pages: readonly { truth: string; predicted: string }[]): Scores {
  const counts = pages.map((p) => matchShingles(p.truth, p.predicted));
  const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const exact = pages.map((p) => {
    const a = tokenize(p.truth);
    const b = tokenize(p.predicted);
    return a.length === b.length && a.every((t, i) => t === b[i]) ? 1 : 0;
  });
  return { f1: (2 * precision * recall) / (precision + recall || 1), precision, recall, accuracy: mean(exact) };
}

/** The benchmark's per-page F1 of one page, used to rank the pages that lose the most. */
function pageF1(truth: string, predicted: string): { p: number; r: number; f1: number } {
  const counts = matchShingles(truth, predicted);
  const p = counts[0] + counts[1] > 0 ? precisionOf(counts) : 0;
  const r = recallOf(counts);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

interface Options {
  folder: string;
  worst: number;
  only: string | null;
  jobs: number;
  dump: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { folder: DEFAULT_FOLDER, worst: 10, only: null, dump: null, jobs: Math.min(2, availableParallelism()) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--worst') options.worst = Number(argv[++i] ?? 10);
    else if (arg === '--page') options.only = argv[++i] ?? null;
    else if (arg === '--dump') options.dump = argv[++i] ?? null;
    else if (arg === '--jobs') options.jobs = Math.max(1, Number(argv[++i] ?? 1));
    else options.folder = arg;
  }
  return options;
}

interface PageResult {
  id: string;
  url: string;
  truth: string;
  ours: string;
  readability: string;
  refused: string | null;
}

/** Runs both extractors on one page from a single jsdom parse; Readability gets its own clone. */
function runPage(folder: string, id: string, url: string, truth: string): PageResult {
  const dom = parseHtml(readPage(join(folder, 'html', `${id}.html.gz`)), url);
  try {
    const doc = dom.window.document;
    let readability = '';
    try {
      readability = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      // Readability throwing is an empty output, as in the published run.
    }
    const result = extractArticle(doc, url);
    return {
      id,
      url,
      truth,
      readability,
      ours: result.ok ? articleText(result.data) : '',
      refused: result.ok ? null : `${result.error.code}: ${result.error.message}`,
    };
  } finally {
    dom.window.close();
  }
}

const fixed = (n: number) => n.toFixed(3);

/** Set in a child process: "k/n" runs every n-th page from the k-th and sends the results back. */
const SHARD_ENV = 'EVAL_EXTRACT_SHARD';

/** Runs the pages, split over `jobs` child processes (jsdom parsing is CPU-bound and single-threaded). */
async function runPages(folder: string, ids: string[], truth: Record<string, { articleBody?: string; url: string }>, jobs: number): Promise<PageResult[]> {
  const run = (id: string) => runPage(folder, id, truth[id]!.url, truth[id]!.articleBody ?? '');
  if (jobs <= 1 || ids.length < 2) return ids.map(run);
  const shards = await Promise.all(
    Array.from({ length: jobs }, (_, k) =>
      new Promise<PageResult[]>((done, fail) => {
        // The child inherits tsx's loader through execArgv.
        const child = fork(process.argv[1]!, process.argv.slice(2), { env: { ...process.env, [SHARD_ENV]: `${k}/${jobs}` } });
        let results: PageResult[] | null = null;
        child.on('message', (message) => (results = message as PageResult[]));
        child.on('error', fail);
        child.on('exit', (code) => (results ? done(results) : fail(new Error(`shard ${k} exited with ${code}`))));
      }),
    ),
  );
  const byId = new Map(shards.flat().map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const folder = resolve(options.folder);
  const truthFile = join(folder, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    process.stderr.write(`no ground-truth.json in ${folder}\n`);
    return 66;
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string; url: string }>;
  const ids = Object.keys(truth).filter((id) => !options.only || id.startsWith(options.only));
  const shard = process.env[SHARD_ENV];
  if (shard && process.send) {
    const [k, n] = shard.split('/').map(Number) as [number, number];
    const mine = ids.filter((_, i) => i % n === k);
    const results = mine.map((id) => runPage(folder, id, truth[id]!.url, truth[id]!.articleBody ?? ''));
    // The IPC channel keeps the child alive: let go of it once the results are out.
    process.send(results, () => process.disconnect());
    return 0;
  }
  const started = performance.now();
  const results = await runPages(folder, ids, truth, options.jobs);
  const seconds = (performance.now() - started) / 1000;
  if (options.dump) writeFileSync(options.dump, JSON.stringify(results, null, 1));

  if (options.only && results.length === 1) {
    const page = results[0]!;
    console.log(`# ${page.id} ${page.url}${page.refused ? `\n# refused: ${page.refused}` : ''}`);
    console.log(`# ours ${JSON.stringify(pageF1(page.truth, page.ours))}  readability ${JSON.stringify(pageF1(page.truth, page.readability))}`);
    console.log('--- ours\n' + page.ours + '\n--- truth\n' + page.truth);
    return 0;
  }

  const ours = scorePages(results.map((r) => ({ truth: r.truth, predicted: r.ours })));
  const readability = scorePages(results.map((r) => ({ truth: r.truth, predicted: r.readability })));
  const row = (name: string, s: Scores) =>
    `${name.padEnd(22)} ${fixed(s.f1).padStart(6)} ${fixed(s.precision).padStart(9)} ${fixed(s.recall).padStart(6)} ${fixed(s.accuracy).padStart(8)}`;
  console.log(`article-extraction-benchmark: ${results.length} pages, ${seconds.toFixed(1)} s on ${options.jobs} process(es) (one jsdom parse per page)`);
  console.log(`${'extractor'.padEnd(22)} ${'F1'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(6)} ${'accuracy'.padStart(8)}`);
  console.log(row('newsbrief', ours));
  console.log(row('readability textContent', readability));
  const published = join(folder, 'output', 'readability_js.json');
  if (existsSync(published) && !options.only) {
    // The published Readability.js output, scored by this script: checks the metric itself.
    const { output } = JSON.parse(readFileSync(published, 'utf8')) as { output: Record<string, { articleBody?: string }> };
    console.log(row('published readability', scorePages(ids.map((id) => ({ truth: truth[id]!.articleBody ?? '', predicted: output[id]?.articleBody ?? '' })))));
  }
  const refused = results.filter((r) => r.refused);
  console.log(`refused by ours: ${refused.length}${refused.map((r) => `\n  ${r.id.slice(0, 12)} ${r.refused}`).join('')}`);

  const losses = results
    .map((r) => ({ r, ours: pageF1(r.truth, r.ours), base: pageF1(r.truth, r.readability) }))
    .sort((a, b) => a.ours.f1 - b.ours.f1)
    .slice(0, options.worst);
  console.log(`\n${options.worst} pages that lose the most (ours vs ground truth; readability F1 for comparison):`);
  for (const { r, ours: s, base } of losses) {
    console.log(`  ${r.id.slice(0, 12)}  F1 ${fixed(s.f1)}  P ${fixed(s.p)}  R ${fixed(s.r)}  (readability ${fixed(base.f1)})  ${r.url}`);
  }
  return 0;
}

if (process.argv[1] && /eval-extract\.ts$/.test(process.argv[1])) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
