import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { chooseLanguage } from '../../../lib/summary/language';
import { makeArticle } from './make-article';

describe('chooseLanguage', () => {
  it.each([
    ['vi', 'Đồng chí Phạm Minh Chính phát biểu tại hội nghị tổng kết.', 'vi'],
    ['en-US', 'The president spoke on Monday.', 'en'],
    [null, 'Đồng chí Phạm Minh Chính phát biểu tại hội nghị tổng kết công tác.', 'vi'],
    [null, 'The president spoke to reporters on Monday about the budget.', 'en'],
    ['en', 'Đồng chí Phạm Minh Chính phát biểu tại hội nghị tổng kết công tác năm.', 'vi'],
    ['zh-CN', '今年经济增长。', 'zh'],
    [null, 'Serikali imesema kuwa itaongeza fedha kwa ajili ya barabara na shule katika maeneo ya kaskazini.', 'sw'],
    ['en', 'Die Regierung hat am Montag angekündigt, dass sie mehr Geld für Straßen und Schulen ausgeben wird.', 'de'],
    [null, 'La commune compte 25 000 habitants et son budget atteint 1 200 000 euros cette année.', 'fr'],
  ])('%s + text → %s', (declared, text, code) => {
    expect(chooseLanguage(declared, text).code).toBe(code);
  });
});

describe('languages without a lexicon', () => {
  it.each(['zh', 'de', 'tr'])('%s: figures only, with a note the UI words', (lang) => {
    const s = deriveSummary(makeArticle(lang, ['Eine Zahl: 12%.']));
    expect(s.lang).toBe(lang);
    expect(s.unsupported).toEqual(['officials', 'people', 'directives']);
    expect(s.notes).toEqual(['figures-only']);
    expect(s.officials).toEqual([]);
  });

  it('keeps the lead to three sentences', () => {
    const s = deriveSummary(makeArticle('en', ['Body text here.'], 'One. Two. Three. Four.'));
    expect(s.lead).toEqual(['One.', 'Two.', 'Three.']);
  });
});
