import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { toMatchKey } from '../../../lib/text/normalize';
import { makeArticle } from './make-article';
import { CASES } from './vi-state-media.cases';

// Runs the Vietnamese state-media set (vi-state-media.cases.ts): one `it` per article and field.

const same = (a: string, b: string) => toMatchKey(a) === toMatchKey(b);
const oneOf = (want: string | string[], got: string) => (Array.isArray(want) ? want : [want]).some((w) => same(w, got));
const squash = (s: string) => toMatchKey(s).replace(/\s+/g, ' ');

describe.each(CASES)('vi state media: $slug', (c) => {
  const s = deriveSummary(makeArticle('vi', c.paragraphs, c.lead));

  it('officials', () => {
    expect(s.officials.map((o) => o.name).sort()).toEqual(c.officials.map((o) => o.name).sort());
    for (const want of c.officials) {
      const got = s.officials.find((o) => o.name === want.name);
      const ok = !!got && got.titles.length === want.titles.length && want.titles.every((t, i) => oneOf(t, got.titles[i] ?? ''));
      expect(ok ? want.titles : got?.titles, want.name).toEqual(want.titles);
    }
  });

  it('figures', () => {
    const got = s.figures.map((f) => f.text);
    const missing = c.figures.filter((w) => !got.some((g) => oneOf(w, g)));
    const spurious = got.filter((g) => !c.figures.some((w) => oneOf(w, g)) && !(c.figuresMay ?? []).some((m) => same(m, g)));
    expect({ missing, spurious }).toEqual({ missing: [], spurious: [] });
  });

  it('directives', () => {
    const problems: string[] = [];
    for (const want of c.directives) {
      const d = s.directives.find((x) => squash(x.text).includes(squash(want.has)));
      if (!d) problems.push(`missing: ${want.has}`);
      else if (Array.isArray(want.by) ? !want.by.includes(d.by ?? '') : d.by !== want.by) problems.push(`by ${d.by} for: ${want.has}`);
      else if (want.without && squash(d.text).includes(squash(want.without))) problems.push(`not split from "${want.without}": ${want.has}`);
      else if (want.to !== undefined && !(d.to && same(d.to, want.to ?? ''))) problems.push(`to ${d.to} for: ${want.has}`);
    }
    for (const not of c.notDirectives ?? []) {
      if (s.directives.some((x) => squash(x.text).includes(squash(not)))) problems.push(`spurious: ${not}`);
    }
    const max = c.directives.length + (c.directivesSlack ?? 0);
    if (s.directives.length > max) problems.push(`too many: ${s.directives.map((d) => d.text).join(' | ')}`);
    expect(problems).toEqual([]);
  });

  it('documents', () => {
    const got = s.documents.map((d) => d.code ?? d.text);
    const missing = c.documents.filter((w) => !s.documents.some((d) => (d.code && same(d.code, w)) || squash(d.text).startsWith(squash(w))));
    expect({ missing, count: got.length }).toEqual({ missing: [], count: c.documents.length });
  });
});
