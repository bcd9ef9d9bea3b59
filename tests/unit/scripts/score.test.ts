import { describe, expect, it } from 'vitest';
import { addScores, foldKey, prf, scorePage, tokenRecall, type ExpectedSummary } from '../../../scripts/eval/score';

const expected: ExpectedSummary = {
  lang: 'vi',
  officials: [{ name: 'Phạm Minh Chính', titles: ['Ủy viên Bộ Chính trị', 'Trưởng ban Tổ chức Trung ương'] }],
  figures: [{ text: '7.893', value: 7893, unit: null, label: 'chi bộ trực thuộc Đảng ủy cơ sở' }],
  directives: [{ text: 'ngành cần tiếp tục xây dựng đội ngũ cán bộ', by: 'Phạm Minh Chính' }],
  documents: [{ text: 'Nghị quyết Đại hội XIII của Đảng' }],
};

describe('foldKey', () => {
  it.each([
    ['Tỉnh uỷ', 'tinh uy'],
    ['Tỉnh ủy', 'tinh uy'],
    ['Đặng  Thị-Hoà', 'dang thi hoa'],
  ])('%s → %s', (input, key) => expect(foldKey(input)).toBe(key));
});

describe('scorePage', () => {
  it('scores a perfect answer as 1 everywhere, across spelling variants', () => {
    const score = scorePage(expected, {
      officials: [{ name: 'Phạm Minh Chính', titles: ['Uỷ viên Bộ Chính trị', 'Trưởng ban Tổ chức Trung ương'] }],
      figures: [{ text: '7.893', value: 7893, unit: null, label: 'chi bộ trực thuộc Đảng ủy cơ sở' }],
      directives: [{ text: 'Nhất là, ngành cần tiếp tục xây dựng đội ngũ cán bộ;', by: 'Phạm Minh Chính' }],
      documents: [{ text: 'Nghị quyết Đại hội XIII của Đảng' }],
    });
    const total = addScores([score]);
    for (const field of ['officials', 'titles', 'figures', 'directives', 'documents'] as const) expect(prf(total[field]).f1).toBe(1);
    expect(total.attribution).toEqual({ right: 1, of: 1 });
    expect(score.misses).toEqual([]);
  });

  it('counts spurious, missed and misattributed items', () => {
    const score = scorePage(expected, {
      officials: [{ name: 'Thành Duy', titles: [] }],
      figures: [{ text: '2020', value: 2020, unit: null, label: 'năm' }],
      directives: [{ text: 'ngành cần tiếp tục xây dựng đội ngũ cán bộ', by: null }],
      documents: [],
    });
    expect(score.officials).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.figures).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.directives).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.attribution).toEqual({ right: 0, of: 1 });
    expect(score.documents).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('pairs an official with the same name before one whose name only contains it', () => {
    const score = scorePage({ lang: 'en', officials: [{ name: 'Biden', titles: ['President'] }, { name: 'Jill Biden', titles: ['First Lady'] }], figures: [], directives: [], documents: [] }, {
      officials: [{ name: 'Biden', titles: ['President'] }, { name: 'Jill Biden', titles: ['First Lady'] }], figures: [], directives: [], documents: [],
    });
    expect(score.titles).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('tokenRecall', () => {
  it('is the share of expected words present', () => {
    expect(tokenRecall('a b c d', 'a b x')).toBe(0.5);
    expect(tokenRecall('', 'a')).toBe(0);
  });
});

describe('a figure labelled with no noun phrase (label null)', () => {
  const unlabelled: ExpectedSummary = { ...expected, figures: [{ text: 'Nearly half', value: 0.5, unit: null, label: null }] };
  const withLabel = (label: string) => ({ officials: [], directives: [], documents: [], figures: [{ text: 'Nearly half', value: 0.5, unit: null, label }] });

  it('counts an empty engine label as right', () => {
    const score = scorePage(unlabelled, withLabel(''));
    expect(score.figures.tp).toBe(1);
    expect(score.figureLabels).toEqual({ right: 1, of: 1 });
  });

  it('still matches the figure but counts any engine label as wrong', () => {
    const score = scorePage(unlabelled, withLabel('of Americans'));
    expect(score.figures.tp).toBe(1);
    expect(score.figureLabels).toEqual({ right: 0, of: 1 });
    expect(score.misses).toContain('label of Nearly half: expected (none) got (of Americans)');
  });
});
