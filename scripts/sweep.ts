// `npm run sweep -- [folder ...]`: every saved page below the folders (default tests/pages) goes
// through extraction and the summary, as the CLI runs them. Prints how many became briefs, how
// many were refused with a typed reason, and how many failed (threw, or broke the schema).
// Exits 1 when anything failed.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listPages, sweep } from './lib/sweep';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
