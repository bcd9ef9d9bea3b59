// `npm run eval:lang -- [corpus dir]` (default ../shared/corpus): how often the language
// identifier (lib/text/identify-lang.ts) names the language of a corpus page whose language is
// known, with the page's declared language withheld, and how often the engine's choice with the
// declared language (chooseLanguage) is right. Known languages come from the corpus folders
// (vi/, seed/, en-gov/, official-multilang/<site>-<lang>-N) and MANIFEST.md's tables for the
// article-extraction benchmark and the Readability test pages.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseLanguage } from '../lib/summary/language';
import { identifyLanguage } from '../lib/text/identify-lang';
import { extractFile } from './lib/load-page';
import { listPages } from './lib/sweep';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// MANIFEST.md guessed these pages' languages from their ground-truth text, wrongly: the article
// text is plainly in the language given here (read while measuring the identifier).
const MANIFEST_CORRECTIONS: Record<string, string> = {
  '21486419': 'id',
  '8cad00dc': 'en',
  f6ac15a4: 'pt',
  '57b4dafd': 'de',
  ba07d1e6: 'de',
  cc03ddb5: 'pt',
};

function readManifest(corpus: string): { aeb: [string, string][]; moz: Map<string, string> } {
  const aeb: [string, string][] = [];
  const moz = new Map<string, string>();
  const path = join(corpus, 'MANIFEST.md');
  if (!existsSync(path)) return { aeb, moz };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const file = /^\| `([0-9a-f]+)…` \| \S+ \| (\w+) \|/.exec(line);
    if (file) aeb.push([file[1]!, MANIFEST_CORRECTIONS[file[1]!.slice(0, 8)] ?? file[2]!]);
    const folder = /^\| ([a-z0-9-]+) \| [^|]+ \| ([a-z-]+) \|/i.exec(line);
    if (folder) moz.set(folder[1]!, folder[2]!.split('-')[0]!);
  }
  return { aeb, moz };
}

function knownLanguage(file: string, manifest: ReturnType<typeof readManifest>): string | null {
  const name = file.split('/').pop() ?? '';
  if (file.includes('/article-extraction-benchmark/')) return manifest.aeb.find(([prefix]) => name.startsWith(prefix))?.[1] ?? null;
  if (file.includes('/readability-test-pages/')) return manifest.moz.get(file.split('/').at(-2) ?? '') ?? null;
  if (/\/(vi|seed)\//.test(file)) return 'vi';
  if (file.includes('/en-gov/')) return 'en';
  return /official-multilang\/[a-z]+-([a-z]{2})-/.exec(file)?.[1] ?? null;
}

function main(): void {
  const corpus = resolve(process.argv[2] ?? join(ROOT, '../shared/corpus'));
  const manifest = readManifest(corpus);
  let pages = 0;
  let identified = 0;
  let chosen = 0;
  const misses: string[] = [];
  for (const file of listPages([corpus])) {
    const truth = knownLanguage(file, manifest);
    if (!truth) continue;
    const extracted = extractFile(file, pathToFileURL(file).href);
    if (!extracted.ok) continue;
    const a = extracted.data;
    const sample = [a.title, a.lead, ...a.paragraphs.slice(0, 12)].join(' ');
    pages++;
    const guess = identifyLanguage(sample)?.code ?? 'none';
    if (guess === truth) identified++;
    else misses.push(`identify ${relative(corpus, file)}: ${truth}, got ${guess}`);
    const choice = chooseLanguage(a.lang, sample).code;
    if (choice === truth) chosen++;
    else misses.push(`choose   ${relative(corpus, file)}: ${truth}, got ${choice} (page says ${a.lang})`);
  }
  console.log(`pages with a known language: ${pages}`);
  console.log(`identified from the text alone: ${identified}/${pages}`);
  console.log(`engine's choice with the declared language: ${chosen}/${pages}`);
  for (const miss of misses) console.log(miss);
}

main();
