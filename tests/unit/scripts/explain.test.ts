import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import type { Trace } from '../../../lib/summary/rules';
import { scorePage } from '../../../scripts/eval/score';
import { explainMisses } from '../../../scripts/eval/why';
import { explainSummary } from '../../../scripts/lib/explain';
import { makeArticle } from '../summary/make-article';

const article = makeArticle('en', [
  'Secretary of State Antony Blinken urged allies to send 500 tanks.',
  'The meeting was held on 12/3 in the capital.',
]);

describe('summarize --explain', () => {
  it('prints each item with the rules that made it, and what was dropped', () => {
    const trace: Trace = { drops: [] };
    const lines = explainSummary(deriveSummary(article, trace), trace);
    expect(lines).toContain('  Antony Blinken — Secretary of State  [person.title-name]');
    expect(lines.some((l) => l.includes('500 (tanks)') && l.includes('figure.number') && l.includes('label.after'))).toBe(true);
    expect(lines.some((l) => l.startsWith('  Antony Blinken: urged allies to send 500 tanks') && l.includes('cue.command-need-to'))).toBe(true);
    expect(lines).toContain('dropped');
    expect(lines.some((l) => l.startsWith('  figure.drop.date-code'))).toBe(true);
  });
});

describe('eval -v', () => {
  it('names the rules behind a spurious item and the rule that dropped a miss', () => {
    const trace: Trace = { drops: [] };
    const summary = deriveSummary(article, trace);
    const expected = {
      lang: 'en',
      officials: [{ name: 'Jane Roe', titles: [] }],
      figures: [{ text: '12/3', value: 12, label: 'meeting date' }],
      directives: [],
      documents: [],
    };
    const { misses } = scorePage(expected, summary, explainMisses(summary, trace));
    expect(misses).toContain('official missed: Jane Roe  ← officials: never matched');
    expect(misses).toContain('official spurious: Antony Blinken  ← rules [person.title-name]');
    expect(misses).toContain('figure missed: 12/3 (meeting date)  ← figures: number found, dropped by figure.drop.date-code');
    expect(misses.some((m) => m.startsWith('directive spurious: urged allies to send 500 tanks  ← rules [cue.command-need-to, issuer.subject]'))).toBe(true);
  });

  it('leaves the miss lines as they were without an explainer', () => {
    const summary = deriveSummary(article);
    const { misses } = scorePage({ lang: 'en', officials: [], figures: [], directives: [], documents: [] }, summary);
    expect(misses).toContain('official spurious: Antony Blinken');
  });
});
