// Labelled pages on disk: finding them, finding the page each label belongs to, and scoring the
// engine on one. Shared by `npm run eval` and the CI test that holds the quality targets.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Summary } from '../../lib/schema';
import { deriveSummary } from '../../lib/summary';
import { extractFile } from '../lib/load-page';
import type { Trace } from '../../lib/summary/rules';
import { type ExpectedSummary, type PageScore, type ScoredSummary, scorePage } from './score';
import { explainMisses } from './why';

const SOURCES = ['source.html', 'source.txt', 'source.html.gz'];
/** The hand labels of a page (what the engine should find), beside its `page.json`. */
export const LABELS_FILE = 'labels.json';
const EMPTY: ScoredSummary = { officials: [], figures: [], directives: [], documents: [] };

export interface LabelledResult {
  slug: string;
  /** Primary language subtag of the label ("vi", "en", "de"). */
  lang: string;
  /** False when the extractor refused the page (it then scores as an empty brief). */
  extracted: boolean;
  score: PageScore;
}

/** Returns every folder at or below `folder` that holds a `labels.json` (hand labels). */
export function findLabelled(folder: string, out: string[] = []): string[] {
  if (!existsSync(folder)) return out;
  if (existsSync(join(folder, LABELS_FILE))) out.push(folder);
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) findLabelled(path, out);
  }
  return out;
}

/** Returns the labelled page's file (beside the label, else `page.json`'s `source` in the corpus) and URL, or null. */
export function locateSource(folder: string, corpus: string | null): { path: string; url: string } | null {
  const meta = existsSync(join(folder, 'page.json')) ? JSON.parse(readFileSync(join(folder, 'page.json'), 'utf8')) : {};
  const url: string = meta.url ?? `https://example.invalid/${basename(folder)}`;
  for (const name of SOURCES) if (existsSync(join(folder, name))) return { path: join(folder, name), url };
  if (meta.source && corpus && existsSync(join(corpus, meta.source))) return { path: join(corpus, meta.source), url };
  return null;
}

/**
 * Runs extraction and the engine on one labelled page and scores it; null when its page is not found.
 * With `explain`, each miss says why: the rules behind a spurious item, the rule that dropped a missed one.
 */
export function scoreLabelled(folder: string, corpus: string | null, explain = false): LabelledResult | null {
  const source = locateSource(folder, corpus);
  if (!source) return null;
  const expected: ExpectedSummary = JSON.parse(readFileSync(join(folder, LABELS_FILE), 'utf8'));
  const extracted = extractFile(source.path, source.url);
  const trace: Trace = { drops: [] };
  const summary = extracted.ok ? Summary.parse(deriveSummary(extracted.data, trace)) : null;
  const actual: ScoredSummary = summary ?? EMPTY;
  return {
    slug: basename(folder),
    lang: expected.lang.split('-')[0]!.toLowerCase(),
    extracted: extracted.ok,
    score: scorePage(expected, actual, explain && summary ? explainMisses(summary, trace) : undefined),
  };
}
