// `npm run summarize -- [--json | --article | --explain] <file.html|file.html.gz|file.txt> [--url URL]`
// Runs the same lib/ as the extension, under Node with jsdom, and prints the brief as Copy would.
// `--explain` prints each item with the ids of the rules that made it (lib/summary/rules.ts), then
// how many candidates each rule dropped.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleText } from '../lib/extract';
import { formatBrief } from '../lib/format';
import type { ExtractResult } from '../lib/protocol/messages';
import { Article, Summary } from '../lib/schema';
import { deriveSummary } from '../lib/summary';
import type { Trace } from '../lib/summary/rules';
import { extractFile } from './lib/load-page';
import { explainSummary } from './lib/explain';

const USAGE = 'usage: npm run summarize -- [--json | --article | --explain] <file.html|file.html.gz|file.txt> [--url URL]';

interface Options {
  file: string;
  url: string | null;
  output: 'brief' | 'json' | 'article' | 'explain';
}

function parseArgs(argv: string[]): Options | null {
  let file: string | null = null;
  let url: string | null = null;
  let output: Options['output'] = 'brief';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') output = 'json';
    else if (arg === '--article') output = 'article';
    else if (arg === '--explain') output = 'explain';
    else if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) return null;
    else if (file === null) file = arg;
    else return null;
  }
  return file ? { file, url, output } : null;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (!options) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const path = resolve(options.file);
  let result: ExtractResult;
  try {
    result = extractFile(path, options.url ?? pathToFileURL(path).href);
  } catch (error) {
    process.stderr.write(`cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 66;
  }
  if (!result.ok) {
    process.stderr.write(`${result.error.code}: ${result.error.message}\n`);
    return 2;
  }
  const article = Article.parse(result.data);
  if (options.output === 'article') {
    process.stdout.write(`${articleText(article)}\n`);
    return 0;
  }
  const trace: Trace = { drops: [] };
  const summary = Summary.parse(deriveSummary(article, trace));
  if (options.output === 'explain') {
    process.stdout.write(`${explainSummary(summary, trace).join('\n')}\n`);
    return 0;
  }
  process.stdout.write(
    options.output === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : `${formatBrief(summary, 'markdown')}\n`,
  );
  return 0;
}

process.exitCode = main();
