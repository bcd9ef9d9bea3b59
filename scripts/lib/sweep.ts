// Runs saved pages through extraction and the summary, as the CLI does: shared by `npm run sweep`,
// the bench scripts and the slow sweep test.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Article, Summary } from '../../lib/schema';
import { deriveSummary } from '../../lib/summary';
import { PAGE_FILE, extractFile } from './load-page';

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
