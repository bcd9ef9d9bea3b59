// `npm run snapshot -- <out-dir> [folder ...]`: writes the engine's Summary JSON for every saved page
// below the folders (default tests/pages and ../shared/corpus) to `<out-dir>`, one file a page, so
// two runs of the engine can be compared with `diff -r` (a regression check while refactoring).
// `--no-rules` leaves out each item's `rules` field, to compare with output from before it existed;
// `--cache DIR` keeps each page's extracted Article there and reuses it (extraction is the slow part).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExtractResult } from '../lib/protocol/messages';
import { Article } from '../lib/schema';
import { deriveSummary } from '../lib/summary';
import { extractFile } from './lib/load-page';
import { listPages } from './lib/sweep';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run snapshot -- [--no-rules] [--cache DIR] <out-dir> [folder ...]';

function withoutRules(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRules);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'rules').map(([k, v]) => [k, withoutRules(v)]));
  }
  return value;
}

function main(): number {
  const argv = process.argv.slice(2);
  const noRules = argv.includes('--no-rules');
  const at = argv.indexOf('--cache');
  const cache = at >= 0 ? argv[at + 1] : undefined;
  const rest = argv.filter((a, i) => a !== '--no-rules' && (at < 0 || (i !== at && i !== at + 1)));
  const [out, ...folders] = rest;
  if (!out) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const roots = folders.length ? folders : [join(ROOT, 'tests/pages'), resolve(ROOT, '../shared/corpus')];
  mkdirSync(out, { recursive: true });
  if (cache) mkdirSync(cache, { recursive: true });
  let pages = 0;
  for (const root of roots) {
    for (const file of listPages([root])) {
      const name = relative(resolve(root, '..'), file).replace(/[/\\]/g, '__');
      let result: unknown;
      try {
        const cached = cache ? join(cache, `${name}.json`) : null;
        const extracted: ExtractResult = cached && existsSync(cached)
          ? JSON.parse(readFileSync(cached, 'utf8'))
          : extractFile(file, pathToFileURL(file).href);
        if (cached && !existsSync(cached)) writeFileSync(cached, JSON.stringify(extracted));
        result = extracted.ok ? deriveSummary(Article.parse(extracted.data)) : { refused: extracted.error.code };
      } catch (error) {
        result = { threw: error instanceof Error ? error.message : String(error) };
      }
      writeFileSync(join(out, `${name}.json`), `${JSON.stringify(noRules ? withoutRules(result) : result, null, 2)}\n`);
      pages++;
    }
  }
  console.log(`${pages} pages written to ${out}`);
  return 0;
}

process.exitCode = main();
