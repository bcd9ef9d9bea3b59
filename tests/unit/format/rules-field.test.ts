import { describe, expect, it } from 'vitest';
import { formatBrief } from '../../../lib/format';
import { deriveSummary } from '../../../lib/summary';
import { RULES } from '../../../lib/summary/rules';
import { makeArticle } from '../summary/make-article';

// Every Summary item carries the ids of the rules that made it. They are for --explain and eval,
// not for the reader: the reading formats leave them out, the JSON copy (the whole Summary) keeps them.

const summary = deriveSummary(makeArticle('en', [
  'Secretary of State Antony Blinken urged allies to send 500 tanks, citing the Defence Act.',
]));
const ids = Object.keys(RULES);

describe('the rules field', () => {
  it('is filled on the items', () => {
    const rules = [...summary.officials, ...summary.figures, ...summary.directives].flatMap((i) => i.rules);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(ids).toContain(r);
  });

  it.each(['markdown', 'plain', 'html'] as const)('stays out of the %s brief', (format) => {
    const text = formatBrief(summary, format);
    for (const r of new Set([...summary.officials, ...summary.figures, ...summary.directives].flatMap((i) => i.rules))) {
      expect(text).not.toContain(r);
    }
  });

  it('is in the JSON copy', () => {
    expect(JSON.parse(formatBrief(summary, 'json')).officials[0].rules).toEqual(summary.officials[0]!.rules);
  });
});
