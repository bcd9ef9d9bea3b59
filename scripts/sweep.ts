// `npm run sweep -- [folder ...]`: every saved page below the folders (default tests/pages) goes
// through extraction and the summary, as the CLI runs them. Prints how many became briefs, how
// many were refused with a typed reason, and how many failed (threw, or broke the schema).
// Exits 1 when anything failed.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Article, Summary } from '../lib/schema';
import { deriveSummary } from '../lib/summary';
import { PAGE_FILE, extractFile } from './load-page';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Files in corpus folders that are not pages (expected outputs of other tools).
const NOT_A_PAGE = /(^|\/)expected[^/]*\.html$/;

export interface SweepResult {
  articles: number;
  refusals: Map<string, number>;
  failures: { file: string; reason: string }[];
  slowest: { file: string; ms: number };
}

/** Lists page files below the given folders (or the files themselves). */
export function listPages(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else if (PAGE_FILE.test(path) && !NOT_A_PAGE.test(path)) {
      out.push(path);
    }
  };
  for (const path of paths) walk(resolve(path));
  return out;
}

/** Runs every page through extraction and the summary; never throws. */
export function sweep(files: string[]): SweepResult {
  const result: SweepResult = { articles: 0, refusals: new Map(), failures: [], slowest: { file: '', ms: 0 } };
  for (const file of files) {
    const started = performance.now();
    try {
      const extracted = extractFile(file, pathToFileURL(file).href);
      if (!extracted.ok) {
        result.refusals.set(extracted.error.code, (result.refusals.get(extracted.error.code) ?? 0) + 1);
      } else {
        Summary.parse(deriveSummary(Article.parse(extracted.data)));
        result.articles++;
      }
    } catch (error) {
      result.failures.push({ file, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
    }
    const ms = performance.now() - started;
    if (ms > result.slowest.ms) result.slowest = { file, ms };
  }
  return result;
}

function main(): number {
  const args = process.argv.slice(2);
  const files = listPages(args.length ? args : [join(ROOT, 'tests/pages')]);
  const result = sweep(files);
  const refused = [...result.refusals.values()].reduce((a, b) => a + b, 0);
  const reasons = [...result.refusals].map(([code, n]) => `${code} ${n}`).join(', ');
  console.log(`pages ${files.length}: articles ${result.articles}, refusals ${refused}${reasons ? ` (${reasons})` : ''}, failures ${result.failures.length}`);
  console.log(`slowest: ${relative(process.cwd(), result.slowest.file)} ${result.slowest.ms.toFixed(0)} ms (jsdom parse included)`);
  for (const failure of result.failures) console.log(`FAIL ${relative(process.cwd(), failure.file)}: ${failure.reason}`);
  return result.failures.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main();
