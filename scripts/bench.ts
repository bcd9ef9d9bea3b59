// `npm run bench -- [folder ...] [--json]`: times each stage of the pipeline in Node on every saved
// page below the folders (default ../shared/corpus when present, else tests/pages), then on
// synthetic stress inputs. Prints figures; asserts nothing (timings belong to the machine).
//
// Stages: DOM parse (jsdom), Readability + clean-up (`extractArticle`), summary (`deriveSummary`).
// `extractArticle` clones the document before Readability touches it, so one parse per page
// serves every extraction run. Text files (.txt) have no DOM: only their summary is timed.
import { existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractArticle } from '../lib/extract';
import { articleFromText } from '../lib/extract/text-file';
import type { Article } from '../lib/schema';
import { deriveSummary } from '../lib/summary';
import { parseHtml, readPage } from './lib/load-page';
import { quantile } from './lib/stats';
import { listPages } from './lib/sweep';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');
const SEED_TEXT = join(SHARED_CORPUS, 'seed/baonghean-to-chuc-xay-dung-dang-2021.txt');
const SEED_FIXTURE = join(ROOT, 'tests/pages/baonghean-seed/source.html');

// Repetitions: one warm-up run (whose result the next stage uses), then up to MAX_RUNS timed
// runs, stopping once a stage has spent STAGE_BUDGET_MS on the page, so a 1 MB page costs one
// timed run per stage and a 10 KB one five.
const MAX_RUNS = 5;
const STAGE_BUDGET_MS = 250;

type Stage = 'parse' | 'extract' | 'summary';

export interface PageTiming {
  file: string;
  bytes: number;
  /** Characters of article text (lead + paragraphs), 0 when the page is refused. */
  articleChars: number;
  /** Median wall-clock ms per stage; null when the stage does not apply (text files, refused pages). */
  parse: number | null;
  extract: number | null;
  summary: number | null;
  /** Median CPU ms of this process per stage, all its threads (GC helpers too, so it can exceed the
   *  wall clock on an idle machine): the steadier figure when other processes share the cores. */
  cpu: Record<Stage, number | null>;
  refused: string | null;
}


/** Returns the median wall-clock and CPU ms of `run`, repeated within the budget; the caller warms it up. */
function timeRuns(run: () => unknown): { wall: number; cpu: number } {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let spent = 0;
  while (times.length < MAX_RUNS && (times.length === 0 || spent < STAGE_BUDGET_MS)) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    run();
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStart);
    times.push(ms);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    spent += ms;
  }
  return { wall: quantile(times, 0.5), cpu: quantile(cpuTimes, 0.5) };
}

function charsOf(article: Article): number {
  return article.lead.length + article.paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
}

function benchPage(file: string): PageTiming {
  const url = pathToFileURL(file).href;
  const text = readPage(file);
  const timing: PageTiming = {
    file, bytes: statSync(file).size, articleChars: 0, parse: null, extract: null, summary: null, refused: null,
    cpu: { parse: null, extract: null, summary: null },
  };
  let article: Article;
  if (/\.txt(\.gz)?$/i.test(file)) {
    const result = articleFromText(text, url);
    if (!result.ok) return { ...timing, refused: result.error.code };
    article = result.data;
  } else {
    const dom = parseHtml(text, url);
    try {
      ({ wall: timing.parse, cpu: timing.cpu.parse } = timeRuns(() => parseHtml(text, url).window.close()));
      const doc = dom.window.document;
      const result = extractArticle(doc, url);
      ({ wall: timing.extract, cpu: timing.cpu.extract } = timeRuns(() => extractArticle(doc, url)));
      if (!result.ok) return { ...timing, refused: result.error.code };
      article = result.data;
    } finally {
      dom.window.close();
    }
  }
  timing.articleChars = charsOf(article);
  deriveSummary(article);
  ({ wall: timing.summary, cpu: timing.cpu.summary } = timeRuns(() => deriveSummary(article)));
  return timing;
}

// --- synthetic stress -------------------------------------------------------------------------

/** Paragraphs of the seed article (or the fixture's text), the numbers varied per copy so no
 *  later stage can collapse the copies into one. */
function readSeedParagraphs(): string[] {
  if (existsSync(SEED_TEXT)) {
    const result = articleFromText(readPage(SEED_TEXT), 'https://example.org/seed');
    if (result.ok) return [result.data.lead, ...result.data.paragraphs].filter(Boolean);
  }
  const dom = parseHtml(readPage(SEED_FIXTURE), 'https://example.org/seed');
  const result = extractArticle(dom.window.document, 'https://example.org/seed');
  dom.window.close();
  if (!result.ok) throw new Error('The seed fixture no longer extracts; the stress input needs its text.');
  return [result.data.lead, ...result.data.paragraphs].filter(Boolean);
}

function varyNumbers(paragraph: string, copy: number): string {
  return paragraph.replace(/\d+/g, (digits) => String(Number(digits) + copy));
}

/** An article of about `chars` characters built from copies of the seed's paragraphs. */
function makeLongArticle(seed: readonly string[], chars: number): Article {
  const paragraphs: string[] = [];
  let total = 0;
  for (let copy = 0; total < chars; copy++) {
    for (const paragraph of seed) {
      const varied = varyNumbers(paragraph, copy);
      paragraphs.push(varied);
      total += varied.length + 2;
      if (total >= chars) break;
    }
  }
  return {
    url: 'https://example.org/stress', title: 'Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021',
    byline: null, siteName: null, lang: 'vi', publishedTime: null, lead: '', paragraphs,
  };
}

/** An article of `count` short paragraphs (a comment thread, a live blog): the first words of
 *  the seed's sentences, about 40 characters each, so 50,000 of them make about 2 MB. */
function makeManyParagraphs(seed: readonly string[], count: number): Article {
  const sentences = seed
    .flatMap((p) => p.split(/(?<=[.!?])\s+/))
    .map((s) => `${s.split(/\s+/).slice(0, 9).join(' ').replace(/[,;:.]$/, '')}.`);
  const paragraphs = Array.from({ length: count }, (_, i) => varyNumbers(sentences[i % sentences.length]!, i));
  return { ...makeLongArticle(seed, 0), paragraphs };
}

function timeOnce(run: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  run();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

interface StressRow {
  input: string;
  chars: number;
  paragraphs: number;
  summaryMs: number;
  msPer100KB: number;
  cpuMs: number;
  cpuMsPer100KB: number;
}

function benchStress(): StressRow[] {
  const seed = readSeedParagraphs();
  const inputs: [string, Article][] = [
    ['long article 250 KB', makeLongArticle(seed, 250_000)],
    ['long article 1 MB', makeLongArticle(seed, 1_000_000)],
    ['long article 2 MB', makeLongArticle(seed, 2_000_000)],
    ['50,000 paragraphs', makeManyParagraphs(seed, 50_000)],
  ];
  deriveSummary(inputs[0]![1]);
  return inputs.map(([input, article]) => {
    const chars = charsOf(article);
    // Two runs, the faster kept: a GC pause in one run is not the algorithm's growth.
    const runs = [timeOnce(() => deriveSummary(article)), timeOnce(() => deriveSummary(article))];
    const best = runs[0]!.wall <= runs[1]!.wall ? runs[0]! : runs[1]!;
    const per100KB = chars / 100_000;
    return {
      input, chars, paragraphs: article.paragraphs.length,
      summaryMs: best.wall, msPer100KB: best.wall / per100KB, cpuMs: best.cpu, cpuMsPer100KB: best.cpu / per100KB,
    };
  });
}

// --- report -----------------------------------------------------------------------------------

interface StageStats { pages: number; median: number; p95: number; max: number }

function statsOf(values: number[]): StageStats {
  return { pages: values.length, median: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) };
}

export interface BenchReport {
  folders: string[];
  pages: number;
  refused: number;
  stages: Record<Stage, StageStats>;
  cpuStages: Record<Stage, StageStats>;
  /** summary / Readability on the same page, from CPU times (wall-clock median beside it). */
  ratio: { median: number; wallMedian: number; worst: { file: string; ratio: number; summary: number; extract: number } | null };
  largestPage: PageTiming | null;
  largestArticle: PageTiming | null;
  slowestSummary: PageTiming | null;
  memory: { rssMB: number; heapUsedMB: number; peakRssMB: number };
  stress: StressRow[];
  seconds: number;
  /** CPU seconds this process used: far below `seconds` means other processes shared the cores. */
  cpuSeconds: number;
  /** 1-minute load average at the start and the end: timings from a busy machine run long. */
  load: [number, number];
}

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

async function runBench(folders: string[], progress: (line: string) => void): Promise<BenchReport> {
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const files = listPages(folders);
  const timings: PageTiming[] = [];
  let peakRss = 0;
  for (const [i, file] of files.entries()) {
    try {
      timings.push(benchPage(file));
    } catch (error) {
      progress(`skip ${relative(process.cwd(), file)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    // jsdom frees a closed window from a timer: without a turn of the event loop between pages,
    // every parsed page stays in memory (gigabytes over the corpus) and GC skews the timings.
    await new Promise((done) => setImmediate(done));
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if ((i + 1) % 25 === 0) progress(`${i + 1}/${files.length} pages`);
  }
  const pick = (stage: Stage) => timings.map((t) => t[stage]).filter((v): v is number => v !== null);
  const pickCpu = (stage: Stage) => timings.map((t) => t.cpu[stage]).filter((v): v is number => v !== null);
  const ratios = timings
    .filter((t) => t.cpu.summary !== null && t.cpu.extract)
    .map((t) => ({ file: t.file, ratio: t.cpu.summary! / t.cpu.extract!, summary: t.cpu.summary!, extract: t.cpu.extract! }));
  const wallRatios = timings.filter((t) => t.summary !== null && t.extract).map((t) => t.summary! / t.extract!);
  const briefed = timings.filter((t) => t.summary !== null);
  const maxBy = (list: PageTiming[], key: (t: PageTiming) => number) =>
    list.reduce<PageTiming | null>((best, t) => (!best || key(t) > key(best) ? t : best), null);
  progress('stress inputs…');
  const stress = benchStress();
  const memory = process.memoryUsage();
  return {
    folders,
    pages: timings.length,
    refused: timings.filter((t) => t.refused).length,
    stages: { parse: statsOf(pick('parse')), extract: statsOf(pick('extract')), summary: statsOf(pick('summary')) },
    cpuStages: { parse: statsOf(pickCpu('parse')), extract: statsOf(pickCpu('extract')), summary: statsOf(pickCpu('summary')) },
    ratio: {
      median: quantile(ratios.map((r) => r.ratio), 0.5),
      wallMedian: quantile(wallRatios, 0.5),
      worst: ratios.reduce<(typeof ratios)[number] | null>((w, r) => (!w || r.ratio > w.ratio ? r : w), null),
    },
    largestPage: maxBy(timings, (t) => t.bytes),
    largestArticle: maxBy(briefed, (t) => t.articleChars),
    slowestSummary: maxBy(briefed, (t) => t.summary!),
    memory: { rssMB: mb(memory.rss), heapUsedMB: mb(memory.heapUsed), peakRssMB: mb(Math.max(peakRss, memory.rss)) },
    stress,
    seconds: Math.round((performance.now() - started) / 1000),
    cpuSeconds: Math.round(process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6),
    load: [loadAtStart, loadavg()[0]!].map((l) => Math.round(l * 10) / 10) as [number, number],
  };
}

const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1));

function describePage(label: string, t: PageTiming | null): string {
  if (!t) return `${label}: —`;
  return `${label}: ${relative(process.cwd(), t.file)} (${Math.round(t.bytes / 1024)} KB file, ${Math.round(t.articleChars / 1024)} KB text)` +
    ` parse ${ms(t.parse)} ms, extract ${ms(t.extract)} ms, summary ${ms(t.summary)} ms` +
    ` (CPU: ${ms(t.cpu.parse)} / ${ms(t.cpu.extract)} / ${ms(t.cpu.summary)} ms)` +
    (t.cpu.summary !== null && t.cpu.extract ? `, summary/extract ${(t.cpu.summary / t.cpu.extract).toFixed(2)}` : '') +
    (t.refused ? `, refused: ${t.refused}` : '');
}

function printReport(report: BenchReport): void {
  const line = (text = '') => console.log(text);
  line(`bench: ${report.pages} pages (${report.refused} refused) from ${report.folders.map((f) => relative(process.cwd(), f) || '.').join(', ')}; node ${process.version}; ${report.seconds} s (${report.cpuSeconds} s CPU); load average ${report.load[0]} → ${report.load[1]}`);
  line();
  line('stage                      pages   median ms   p95 ms   max ms │ CPU median   p95 ms   max ms');
  const names: Record<Stage, string> = { parse: 'DOM parse (jsdom)', extract: 'Readability + clean-up', summary: 'summary' };
  for (const stage of ['parse', 'extract', 'summary'] as const) {
    const s = report.stages[stage];
    const c = report.cpuStages[stage];
    line(`${names[stage].padEnd(26)} ${String(s.pages).padStart(5)} ${ms(s.median).padStart(11)} ${ms(s.p95).padStart(8)} ${ms(s.max).padStart(8)} │ ${ms(c.median).padStart(10)} ${ms(c.p95).padStart(8)} ${ms(c.max).padStart(8)}`);
  }
  line('(CPU: this process\'s CPU time, all threads; it exceeds wall-clock when GC runs beside the code, and is the steadier figure on a busy machine)');
  line();
  const worst = report.ratio.worst;
  line(`summary / Readability (CPU): median ${report.ratio.median.toFixed(3)} (wall-clock ${report.ratio.wallMedian.toFixed(3)})` +
    (worst ? `, worst ${worst.ratio.toFixed(2)} on ${relative(process.cwd(), worst.file)} (${ms(worst.summary)} vs ${ms(worst.extract)} ms)` : ''));
  line(describePage('largest page', report.largestPage));
  line(describePage('largest article', report.largestArticle));
  line(describePage('slowest summary', report.slowestSummary));
  line(`memory: rss ${report.memory.rssMB} MB (peak ${report.memory.peakRssMB} MB), heap used ${report.memory.heapUsedMB} MB`);
  line();
  line('summary on synthetic input      KB text   paragraphs   ms   ms per 100 KB │ CPU ms   per 100 KB');
  for (const row of report.stress) {
    line(`${row.input.padEnd(30)} ${String(Math.round(row.chars / 1000)).padStart(8)} ${String(row.paragraphs).padStart(12)} ${ms(row.summaryMs).padStart(6)} ${ms(row.msPer100KB).padStart(15)} │ ${ms(row.cpuMs).padStart(6)} ${ms(row.cpuMsPer100KB).padStart(12)}`);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const folders = args.filter((a) => a !== '--json');
  const defaults = existsSync(SHARED_CORPUS) ? [SHARED_CORPUS] : [join(ROOT, 'tests/pages')];
  const report = await runBench(folders.length ? folders.map((f) => resolve(f)) : defaults, (text) => process.stderr.write(`${text}\n`));
  if (json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then((code) => {
    process.exitCode = code;
  });
}
