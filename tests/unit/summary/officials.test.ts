import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

const officialsOf = (lang: string, paragraphs: string[]) =>
  deriveSummary(makeArticle(lang, paragraphs)).officials.map((o) => [o.name, o.titles]);

describe('officials: Vietnamese forms', () => {
  it.each([
    ['Đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.', 'Nguyễn Đức Trung', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
    ['Dự có đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.', 'Nguyễn Hương Giang', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
    ['Thủ tướng Phạm Minh Chính chủ trì hội nghị.', 'Phạm Minh Chính', ['Thủ tướng']],
    ['Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung phát biểu.', 'Nguyễn Đức Trung', ['Bí thư Tỉnh ủy Nghệ An']],
    ['Ông Thái Thanh Quý (bìa trái), Chủ tịch UBND tỉnh Nghệ An trao quà.', 'Thái Thanh Quý', ['Chủ tịch UBND tỉnh Nghệ An']],
    ['Đại tá Nguyễn Thanh Trường, Giám đốc Công an tỉnh dự buổi lễ.', 'Nguyễn Thanh Trường', ['Đại tá', 'Giám đốc Công an tỉnh']],
    ['Đồng chí Nguyễn Thành Tâm-Uỷ viên Trung ương Đảng phát biểu.', 'Nguyễn Thành Tâm', ['Uỷ viên Trung ương Đảng']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('vi', [text])).toEqual([[name, titles]]);
  });

  it('reads the list form "Các đồng chí: X - …; Y - …"', () => {
    const text = 'Các đồng chí: Trần Tuấn Anh - Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương; Nguyễn Hồng Sơn - Phó Trưởng Ban Kinh tế Trung ương chủ trì.';
    expect(officialsOf('vi', [text])).toEqual([
      ['Trần Tuấn Anh', ['Ủy viên Bộ Chính trị', 'Trưởng Ban Kinh tế Trung ương']],
      ['Nguyễn Hồng Sơn', ['Phó Trưởng Ban Kinh tế Trung ương']],
    ]);
  });

  it('merges later mentions by given name and by title', () => {
    const s = deriveSummary(makeArticle('vi', [
      'Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy chủ trì.',
      'Bí thư Tỉnh ủy yêu cầu các sở khẩn trương hoàn thành.',
      'Theo ông Trung, tỉnh sẽ tiếp tục cải cách.',
    ]));
    expect(s.officials).toHaveLength(1);
    expect(s.officials[0]?.mentions).toBe(3);
  });

  it.each([
    ['Toàn cảnh hội nghị. Ảnh: Thành Duy'],
    ['Học tập theo tấm gương Chủ tịch Hồ Chí Minh.'],
    ['Đoàn đến thăm tỉnh Hà Tĩnh và huyện Thanh Chương.'],
    ['Anh Nguyễn Văn Nam cho biết năm nay được mùa.'],
    ['Các đồng chí Phó Chủ tịch UBND tỉnh dự họp.'],
  ])('no official in: %s', (text) => {
    expect(officialsOf('vi', [text])).toEqual([]);
  });

  it('keeps a named citizen in people, not officials', () => {
    const s = deriveSummary(makeArticle('vi', ['Anh Nguyễn Văn Nam cho biết năm nay được mùa.']));
    expect(s.people.map((p) => p.name)).toEqual(['Nguyễn Văn Nam']);
  });

  it('matches titles whatever the tone placement', () => {
    const s = deriveSummary(makeArticle('vi', ['Đồng chí Lê Đức Cường - Trưởng ban Tổ chức Tỉnh uỷ phát biểu.', 'Trưởng ban Tổ chức Tỉnh ủy đề nghị các cấp ủy rà soát nhân sự.']));
    expect(s.officials[0]?.mentions).toBe(2);
    expect(s.directives[0]?.by).toBe('Lê Đức Cường');
  });
});

describe('officials: English forms', () => {
  it.each([
    ['Secretary of State Antony Blinken arrived in Hanoi on Monday.', 'Antony Blinken', ['Secretary of State']],
    ['The budget was presented by the Minister of Finance and the Public Service, Dr. the Hon. Nigel Clarke, on Tuesday.', 'Nigel Clarke', ['Minister of Finance and the Public Service']],
    ['Jane Roe, the chief executive of the Port Authority, said traffic was up.', 'Jane Roe', ['chief executive of the Port Authority']],
    ["The agency's director, John Doe, declined to comment.", 'John Doe', ["agency's director"]],
    ['Prime Minister Pham Minh Chinh met investors.', 'Pham Minh Chinh', ['Prime Minister']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('en', [text])).toEqual([[name, titles]]);
  });

  it('merges "Blinken said" into the official', () => {
    const s = deriveSummary(makeArticle('en', ['Secretary of State Antony Blinken arrived on Monday.', 'Blinken said talks would continue.']));
    expect(s.officials[0]?.mentions).toBe(2);
  });

  it('does not take organisations for people', () => {
    expect(officialsOf('en', ["The UAE's General Civil Aviation Authority said 72 people were aboard."])).toEqual([]);
  });
});
