// `npm run eval -- [folder ...] [--corpus DIR] [--verbose]`
// Scores the engine against hand-labelled pages: every folder below the given ones that holds an
// `expected-summary.json`. The page is `source.html|.txt|.html.gz` beside it, or `page.json`'s
// `source` resolved against the corpus (default ../shared/corpus, when present).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Summary } from '../lib/schema';
import { deriveSummary } from '../lib/summary';
import { type ExpectedSummary, type PageScore, type ScoredSummary, addScores, prf } from './eval/score';
import { scorePage } from './eval/score';
import { extractFile } from './load-page';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['source.html', 'source.txt', 'source.html.gz'];

interface Args {
  folders: string[];
  corpus: string | null;
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const folders: string[] = [];
  let corpus: string | null = null;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--corpus') corpus = argv[++i] ?? null;
    else if (arg === '--verbose' || arg === '-v') verbose = true;
    else folders.push(arg);
  }
  if (folders.length === 0) folders.push(join(ROOT, 'tests/labels'), join(ROOT, 'tests/pages'));
  const fallback = resolve(ROOT, '../shared/corpus');
  return { folders, corpus: corpus ?? (existsSync(fallback) ? fallback : null), verbose };
}

function findLabelled(folder: string, out: string[] = []): string[] {
  if (!existsSync(folder)) return out;
  if (existsSync(join(folder, 'expected-summary.json'))) out.push(folder);
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) findLabelled(path, out);
  }
  return out;
}

function locateSource(folder: string, corpus: string | null): { path: string; url: string } | null {
  const meta = existsSync(join(folder, 'page.json')) ? JSON.parse(readFileSync(join(folder, 'page.json'), 'utf8')) : {};
  const url: string = meta.url ?? `https://example.invalid/${folder.split('/').pop()}`;
  for (const name of SOURCES) if (existsSync(join(folder, name))) return { path: join(folder, name), url };
  if (meta.source && corpus && existsSync(join(corpus, meta.source))) return { path: join(corpus, meta.source), url };
  return null;
}

const EMPTY: ScoredSummary = { officials: [], figures: [], directives: [], documents: [] };

function pct(x: number): string {
  return x.toFixed(3);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const folders = [...new Set(args.folders.flatMap((f) => findLabelled(resolve(f))))];
  const byLang = new Map<string, PageScore[]>();
  const seen = new Set<string>();
  let skipped = 0;
  for (const folder of folders) {
    const slug = folder.split('/').pop()!;
    if (seen.has(slug)) continue;
    seen.add(slug);
    const expected: ExpectedSummary = JSON.parse(readFileSync(join(folder, 'expected-summary.json'), 'utf8'));
    const source = locateSource(folder, args.corpus);
    if (!source) {
      skipped++;
      console.log(`skip ${slug}: source not found (pass --corpus)`);
      continue;
    }
    const extracted = extractFile(source.path, source.url);
    const actual: ScoredSummary = extracted.ok ? Summary.parse(deriveSummary(extracted.data)) : EMPTY;
    const score = scorePage(expected, actual);
    const lang = expected.lang.split('-')[0]!.toLowerCase();
    byLang.set(lang, [...(byLang.get(lang) ?? []), score]);
    const line = (['officials', 'figures', 'directives'] as const).map((k) => `${k} ${pct(prf(score[k]).f1)}`).join('  ');
    console.log(`${extracted.ok ? 'page' : 'NOT-ARTICLE'} ${lang} ${slug.padEnd(28)} ${line}`);
    if (args.verbose) for (const miss of score.misses) console.log(`    ${miss}`);
  }

  console.log('');
  console.log('lang  pages  field          P      R      F1     (share right)');
  for (const [lang, scores] of [...byLang].sort()) {
    const total = addScores(scores);
    for (const field of ['officials', 'titles', 'figures', 'directives', 'documents'] as const) {
      const { p, r, f1 } = prf(total[field]);
      console.log(`${lang.padEnd(5)} ${String(scores.length).padStart(5)}  ${field.padEnd(13)}  ${pct(p)}  ${pct(r)}  ${pct(f1)}`);
    }
    for (const field of ['figureLabels', 'attribution'] as const) {
      const share = total[field];
      console.log(`${lang.padEnd(5)} ${String(scores.length).padStart(5)}  ${field.padEnd(13)}  ${' '.repeat(20)} ${share.of ? pct(share.right / share.of) : '  n/a'}  (${share.right}/${share.of})`);
    }
  }
  if (skipped) console.log(`\n${skipped} labelled page(s) skipped: source not found`);
  return 0;
}

process.exitCode = main();
