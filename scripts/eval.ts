// `npm run eval -- [folder ...] [--corpus DIR] [--verbose]`
// With --verbose (-v) each miss says why: the rules behind a spurious item, and for a missed one the
// stage and rule that dropped it, or that nothing matched.
// Scores the engine against hand-labelled pages: every folder below the given ones that holds a
// `labels.json`. The page is `source.html|.txt|.html.gz` beside it, or `page.json`'s
// `source` resolved against the corpus (default ../shared/corpus, when present).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLabelled, scoreLabelled } from './eval/labelled';
import { type PageScore, addScores, prf } from './eval/score';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
    const result = scoreLabelled(folder, args.corpus, args.verbose);
    if (!result) {
      skipped++;
      console.log(`skip ${slug}: source not found (pass --corpus)`);
      continue;
    }
    const { lang, score } = result;
    byLang.set(lang, [...(byLang.get(lang) ?? []), score]);
    const line = (['officials', 'figures', 'directives'] as const).map((k) => `${k} ${pct(prf(score[k]).f1)}`).join('  ');
    console.log(`${result.extracted ? 'page' : 'NOT-ARTICLE'} ${lang} ${slug.padEnd(28)} ${line}`);
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
