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
  ])('%s + text → %s', (declared, text, code) => {
    expect(chooseLanguage(declared, text).code).toBe(code);
  });
});

describe('languages without a lexicon', () => {
  it.each([
    ['zh', 'Chinese (zh)'],
    ['de', 'German (de)'],
    ['tr', 'Turkish (tr)'],
  ])('%s: figures only, with a plain note', (lang, name) => {
    const s = deriveSummary(makeArticle(lang, ['Eine Zahl: 12%.']));
    expect(s.unsupported).toEqual(['officials', 'people', 'directives']);
    expect(s.notes).toEqual([`Officials and directives are not available for ${name}; figures are shown.`]);
    expect(s.officials).toEqual([]);
  });

  it('keeps the lead to three sentences', () => {
    const s = deriveSummary(makeArticle('en', ['Body text here.'], 'One. Two. Three. Four.'));
    expect(s.lead).toEqual(['One.', 'Two.', 'Three.']);
  });
});
