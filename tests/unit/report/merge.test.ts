import { describe, expect, it } from 'vitest';
import { mergeArticles } from '../../../lib/report/merge';
import { brief, directive, official } from './report-fixtures';

describe('mergeArticles: officials', () => {
  it('lists a person named in three articles once, with every title and a link to each article', () => {
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', { officials: [official('Phạm Minh Chính', ['Thủ tướng Chính phủ'], 'Câu một.')] }),
      brief('https://a.vn/2', 'Hai', { officials: [official('Nguyễn Văn Thắng', ['Bộ trưởng Bộ Tài chính']), official('Phạm Minh Chính', ['Thủ tướng'], 'Câu hai.')] }),
      brief('https://a.vn/3', 'Ba', { officials: [official('Phạm Minh Chính', ['Thủ tướng Chính phủ', 'Ủy viên Bộ Chính trị'], 'Câu ba.')] }),
    ]);
    expect(across.officials.map((o) => o.name)).toEqual(['Phạm Minh Chính', 'Nguyễn Văn Thắng']);
    const pm = across.officials[0]!;
    expect(pm.titles).toEqual(['Thủ tướng Chính phủ', 'Thủ tướng', 'Ủy viên Bộ Chính trị']);
    expect(pm.sightings.map((s) => [s.article.url, s.evidence])).toEqual([
      ['https://a.vn/1', 'Câu một.'],
      ['https://a.vn/2', 'Câu hai.'],
      ['https://a.vn/3', 'Câu ba.'],
    ]);
  });

  it('knows one full name through case, spacing and Unicode form, and lists a title once', () => {
    const decomposed = 'Phạm Minh Chính'.normalize('NFD');
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', { officials: [official('Phạm Minh Chính', ['Thủ tướng'])] }),
      brief('https://a.vn/2', 'Hai', { officials: [official(`  ${decomposed.toUpperCase()} `, ['thủ tướng'])] }),
    ]);
    expect(across.officials).toHaveLength(1);
    expect(across.officials[0]!.titles).toEqual(['Thủ tướng']);
    expect(across.officials[0]!.sightings).toHaveLength(2);
  });

  it.each([
    ['Vietnamese, one surname', 'Nguyễn Văn Thắng', 'Nguyễn Hòa Bình'],
    ['Vietnamese, names one tone apart', 'Lê Văn Thành', 'Lê Văn Thanh'],
    ['English, one surname', 'Joe Biden', 'Jill Biden'],
    ['a surname alone is not the full name', 'Barack Obama', 'Obama'],
  ])('keeps apart different people: %s', (_, first, second) => {
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', { officials: [official(first, ['Bộ trưởng'])] }),
      brief('https://a.vn/2', 'Hai', { officials: [official(second, ['Bộ trưởng'])] }),
    ]);
    expect(across.officials.map((o) => o.name)).toEqual([first, second]);
  });

  it('folds an official written only by a title into the one official of that article who holds it', () => {
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', { officials: [official('Thái Thanh Quý', ['Bí thư Tỉnh ủy']), official('Bí thư Tỉnh ủy', [])] }),
    ]);
    expect(across.officials.map((o) => o.name)).toEqual(['Thái Thanh Quý']);
  });

  it('orders officials by how many articles name them, then by first mention', () => {
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', { officials: [official('A Một', []), official('B Hai', [])] }),
      brief('https://a.vn/2', 'Hai', { officials: [official('B Hai', [])] }),
    ]);
    expect(across.officials.map((o) => o.name)).toEqual(['B Hai', 'A Một']);
  });
});

describe('mergeArticles: directives and figures', () => {
  it('groups directives by issuer across articles, the unattributed last', () => {
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', {
        officials: [official('Phạm Minh Chính', ['Thủ tướng'])],
        directives: [directive('Khẩn trương sơ tán dân', 'Phạm Minh Chính'), directive('Giữ ổn định giá', null)],
      }),
      brief('https://a.vn/2', 'Hai', {
        officials: [official('Hồ Đức Phớc', ['Bộ trưởng Tài chính'])],
        directives: [directive('Sửa luật thuế', 'Bộ Tài chính'), directive('Tăng giảm trừ gia cảnh', 'Hồ Đức Phớc')],
      }),
      brief('https://a.vn/3', 'Ba', { directives: [directive('Báo cáo trước ngày 15', 'phạm minh chính')] }),
    ]);
    expect(across.directives.map((g) => [g.issuer, g.items.map((i) => [i.directive.text, i.article.index])])).toEqual([
      ['Phạm Minh Chính', [['Khẩn trương sơ tán dân', 0], ['Báo cáo trước ngày 15', 2]]],
      ['Bộ Tài chính', [['Sửa luật thuế', 1]]],
      ['Hồ Đức Phớc', [['Tăng giảm trừ gia cảnh', 1]]],
      [null, [['Giữ ổn định giá', 0]]],
    ]);
    expect(across.directives[0]!.titles).toEqual(['Thủ tướng']);
    expect(across.directives[1]!.titles).toEqual([]);
  });

  it('resolves an issuer given by title alone within its own article, never across articles', () => {
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', {
        officials: [official('Phạm Minh Chính', ['Thủ tướng'])],
        directives: [directive('Khẩn trương sơ tán dân', 'Thủ tướng')],
      }),
      // Another article, another holder of the same title: not Phạm Minh Chính.
      brief('https://a.vn/2', 'Hai', { officials: [official('Lê Văn Thành', ['Phó Thủ tướng'])], directives: [directive('Rà soát đê điều', 'Thủ tướng')] }),
      // Two officials hold the title: ambiguous, left as written.
      brief('https://a.vn/3', 'Ba', {
        officials: [official('Trần Hồng Hà', ['Phó Thủ tướng']), official('Lê Thành Long', ['Phó Thủ tướng'])],
        directives: [directive('Hoàn thành trước quý II', 'Phó Thủ tướng')],
      }),
    ]);
    expect(across.directives.map((g) => [g.issuer, g.items.map((i) => i.article.index)])).toEqual([
      ['Phạm Minh Chính', [0]],
      ['Thủ tướng', [1]],
      ['Phó Thủ tướng', [2]],
    ]);
  });

  it('resolves a title written short ("Thủ tướng" for "Thủ tướng Chính phủ") to its sole holder in the article', () => {
    const across = mergeArticles([
      brief('https://a.vn/1', 'Một', {
        officials: [official('Phạm Minh Chính', ['Thủ tướng Chính phủ']), official('Trần Hồng Hà', ['Phó Thủ tướng Chính phủ'])],
        directives: [directive('Khẩn trương sơ tán dân', 'Thủ tướng'), directive('Rà soát đê điều', 'Phó Thủ tướng')],
      }),
    ]);
    expect(across.directives.map((g) => g.issuer)).toEqual(['Phạm Minh Chính', 'Trần Hồng Hà']);
  });

  it('keeps each figure with its article, articles without figures left out', () => {
    const figure = { text: '7.893', value: 7893, valueMax: null, unit: null, kind: 'count' as const, label: 'chi bộ', evidence: 'Có 7.893 chi bộ.', paragraph: 3, rules: [] };
    const across = mergeArticles([brief('https://a.vn/1', 'Một'), brief('https://a.vn/2', 'Hai', { figures: [figure] })]);
    expect(across.figures).toEqual([{ article: { index: 1, url: 'https://a.vn/2', title: 'Hai' }, figures: [figure] }]);
  });
});
