import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locateSource } from '../../../scripts/eval/labelled';
import { extractFile } from '../../../scripts/lib/load-page';
import { Article, Summary } from '../../../lib/schema';
import { deriveSummary } from '../../../lib/summary';
import { RULES } from '../../../lib/summary/rules';

// Every page in tests/pages/<slug>/ keeps the engine's exact output beside it in
// `expected-summary.json` (a refused page keeps its refusal code), so no single page can change
// unseen behind an average. After an intended change, `UPDATE_FIXTURES=1` rewrites them and the diff
// is read like code. The hand labels the scores come from are `labels.json`, not these.

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../pages');
const FIXTURE = 'expected-summary.json';
const update = process.env.UPDATE_FIXTURES === '1';

function output(folder: string): unknown {
  const source = locateSource(folder, null);
  if (!source) throw new Error(`${folder}: no source page`);
  const extracted = extractFile(source.path, source.url);
  return extracted.ok ? Summary.parse(deriveSummary(Article.parse(extracted.data))) : { refused: extracted.error.code };
}

describe('engine output on every tests/pages fixture', () => {
  const slugs = readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

  it('covers every page folder', () => {
    expect(slugs.length).toBeGreaterThan(30);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const folder = join(PAGES, slug);
      const result = output(folder);
      const actual = `${JSON.stringify(result, null, 2)}\n`;
      // Every item names rules of the catalogue (lib/summary/rules.ts).
      const brief = result as Partial<Summary>;
      const items = [...brief.officials ?? [], ...brief.people ?? [], ...brief.figures ?? [], ...brief.directives ?? [], ...brief.documents ?? []];
      const rules = items.flatMap((i) => i.rules);
      for (const r of rules) expect(Object.keys(RULES), `${slug}: unknown rule ${r}`).toContain(r);
      const path = join(folder, FIXTURE);
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `${slug}: missing ${FIXTURE} (run with UPDATE_FIXTURES=1)`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    }, 30_000);
  }
});
