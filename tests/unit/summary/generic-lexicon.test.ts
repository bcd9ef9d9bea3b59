import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { getGenericLexicon } from '../../../lib/summary/lang/generic/intl-lexicon';
import { makeArticle } from './make-article';

const figuresOf = (lang: string | null, text: string) =>
  deriveSummary(makeArticle(lang, [text])).figures.map((f) => [f.text, f.value, f.unit, f.label]);

describe('figures in languages without a lexicon', () => {
  it('reads the French example: space-grouped thousands, labels, a note naming French', () => {
    const s = deriveSummary(makeArticle('fr', ['La commune compte 25 000 habitants et son budget atteint 1 200 000 euros cette année.']));
    expect(s.lang).toBe('fr');
    expect(s.notes).toEqual(['figures-only']);
    expect(s.figures.map((f) => [f.value, f.unit, f.kind, f.label]).sort()).toEqual([
      [1200000, 'euros', 'money', 'budget'],
      [25000, null, 'count', 'habitants'],
    ]);
  });

  it.each([
    ['fr', 'Le 1er mai, 3,5 % des électeurs ont voté.', [['3,5 %', 3.5, '%', 'électeurs ont voté']]],
    ['de', 'Am 12. September kamen mehr als 40.000 Besucher nach Köln.', [['40.000', 40000, null, 'Besucher nach Köln']]],
    ['de', 'Der 3. Platz ging an Berlin. Die Stadt erhielt 1,5 Millionen Euro.', [['1,5 Millionen Euro', 1.5, 'Millionen Euro', 'Stadt']]],
    ['ru', 'Это уже 3-й раз: в городе живут 12 345 человек.', [['12 345', 12345, null, 'человек']]],
    ['de-CH', "Der Kanton zahlte 1'200'000 Franken.", [["1'200'000", 1200000, null, 'Franken']]],
    ['ar', 'بلغ عدد السكان ٣٬٥٠٠ نسمة في المدينة.', [['٣٬٥٠٠', 3500, null, 'نسمة في المدينة']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(figuresOf(lang, text)).toEqual(expected);
  });

  it('never reads the group of an unjoined "25 000" as a figure 0', () => {
    const figures = deriveSummary(makeArticle('en', ['The town has 25 000 residents and 3 hospitals.'])).figures;
    expect(figures.map((f) => f.value)).not.toContain(0);
    expect(figures.map((f) => f.text)).not.toContain('000');
  });
});

describe('getGenericLexicon', () => {
  it.each([
    ['fr', 'euros', 'money'],
    ['fr', 'pour cent', 'percent'],
    ['de', 'Prozent', 'percent'],
    ['ru', 'километров', 'measure'],
    ['es', 'millones', 'number'],
    ['sw', 'shilingi', 'money'],
    ['de', 'Dollar', 'money'],
  ])('%s knows "%s" as %s from Intl', (code, text, kind) => {
    expect(getGenericLexicon(code, code).units).toContainEqual({ text, kind });
  });

  it('ends labels at the language’s function words, and knows no words for an unknown language', () => {
    expect(getGenericLexicon('fr', 'fr').labelStops).toContain('et');
    expect(getGenericLexicon('und', 'en').labelStops).toEqual([]);
  });
});
