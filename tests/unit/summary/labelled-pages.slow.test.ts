import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLabelled, scoreLabelled } from '../../../scripts/eval/labelled';
import { type PageScore, addScores, prf } from '../../../scripts/eval/score';

// The labelled pages the repo may keep (permissive licences) run through the whole pipeline in
// CI, and the quality targets are held per language: a change that makes the engine worse
// on real pages fails here, not in a reader's report. `npm run eval` prints the same figures.

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../pages');

// Issue 3's targets; figures only where no lexicon exists (officials/directives are empty there).
const TARGETS = { officials: 0.9, titles: 0.85, figures: 0.8, directives: 0.75, attribution: 0.8 };
const OTHER_FIGURES_FLOOR = 0.7;
// The state and government media pages (page.json "set": "state-media", issue 12) are held apart, at floors a
// little under what the engine scores on them today: they guard against a regression, they are not the targets.
const STATE_MEDIA_FLOORS: Record<string, Record<string, number>> = {
  // The five Vietnamese pages that may be kept (MIT) name only an analyst and shop owners, whom the engine does not
  // count as officials (a known miss): their officials are not held here. Their directives come from two former
  // holdout pages the engine reads badly (vistate-nld-1: a tax guide whose "hộ kinh doanh nên …" advice is labelled
  // and whose "phải nộp" rules are not; vistate-cafef-2: a broker's caveat), so that floor only guards a regression.
  vi: { titles: 0.9, figures: 0.85, directives: 0.2, attribution: 0.9 },
  en: { officials: 0.85, titles: 0.85, figures: 0.8, directives: 0.7, attribution: 0.9 },
};

function setOf(folder: string): string {
  const meta = join(folder, 'page.json');
  return existsSync(meta) ? ((JSON.parse(readFileSync(meta, 'utf8')) as { set?: string }).set ?? 'main') : 'main';
}

function scoreByLanguage(): Map<string, PageScore[]> {
  const byLang = new Map<string, PageScore[]>();
  for (const folder of findLabelled(PAGES).sort()) {
    const result = scoreLabelled(folder, null);
    if (!result) throw new Error(`${folder}: no source page`);
    // Languages without a lexicon are pooled: one or two pages each is too few to hold alone.
    const lang = result.lang === 'vi' || result.lang === 'en' ? result.lang : 'other';
    const key = setOf(folder) === 'state-media' ? `state-media ${lang}` : lang;
    byLang.set(key, [...(byLang.get(key) ?? []), result.score]);
  }
  return byLang;
}

describe('labelled pages kept in tests/pages', () => {
  it('meet the quality targets in each language, and the state-media pages their floors', () => {
    const byLang = scoreByLanguage();
    expect([...byLang.keys()]).toEqual(expect.arrayContaining(['vi', 'en', 'other', 'state-media vi', 'state-media en']));
    const report: Record<string, Record<string, number>> = {};
    for (const [lang, scores] of byLang) {
      const total = addScores(scores);
      report[lang] = {
        officials: prf(total.officials).f1,
        titles: prf(total.titles).f1,
        figures: prf(total.figures).f1,
        directives: prf(total.directives).f1,
        attribution: total.attribution.of ? total.attribution.right / total.attribution.of : 1,
      };
    }
    for (const [lang, got] of Object.entries(report)) {
      const floors = lang.startsWith('state-media ') ? STATE_MEDIA_FLOORS[lang.slice('state-media '.length)] : lang === 'other' ? null : TARGETS;
      if (floors) {
        for (const [field, target] of Object.entries(floors)) {
          expect(got[field], `${lang} ${field}`).toBeGreaterThanOrEqual(target);
        }
      } else {
        expect(got.figures, 'other languages: figures').toBeGreaterThanOrEqual(OTHER_FIGURES_FLOOR);
        expect(got.officials, 'other languages: no officials without a lexicon').toBe(1);
      }
    }
  }, 240_000);
});
