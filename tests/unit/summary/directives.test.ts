import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

const directivesOf = (lang: string, paragraphs: string[]) => deriveSummary(makeArticle(lang, paragraphs)).directives;

describe('directives: Vietnamese', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Lê Hồng Vinh giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh.', 'giao', 'Lê Hồng Vinh', 'Sở Y tế'],
    ['Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy yêu cầu các cấp ủy phải tập trung chỉ đạo.', 'yêu cầu', 'Nguyễn Đức Trung', 'các cấp ủy'],
    ['UBND tỉnh đề nghị các địa phương chủ động phòng chống bão.', 'đề nghị', 'UBND tỉnh', 'các địa phương'],
  ])('%s', (text, cue, by, to) => {
    const [d] = directivesOf('vi', [text]);
    expect(d).toMatchObject({ cue, by, to });
  });

  it.each([
    ['Qua đó, ngành đáp ứng được yêu cầu, nhiệm vụ đặt ra.'],
    ['Tình hình giao thông trên địa bàn ổn định.'],
    ['Việc sắp xếp bộ máy là cần thiết.'],
    ['Nghệ An được Ban Tổ chức Trung ương đánh giá cao trên nhiều mặt công tác.'],
    ['Thực hiện theo yêu cầu của cấp trên, xã đã hoàn thành.'],
    ['Người dân đã phải sơ tán khỏi vùng lũ.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf('vi', [text])).toEqual([]);
  });

  it('carries a speech frame over the following paragraphs until a new speaker', () => {
    const ds = directivesOf('vi', [
      'Phát biểu kết luận, đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy nhấn mạnh một số nhiệm vụ.',
      'Các cấp ủy cần tiếp tục rà soát nhân sự.',
      'Ngành y tế phải bảo đảm thuốc men; tăng cường kiểm tra.',
      'Phát biểu tại hội nghị, đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh đề nghị các sở chủ động.',
    ]);
    expect(ds.map((d) => [d.by, d.to])).toEqual([
      ['Nguyễn Đức Trung', 'Các cấp ủy'],
      ['Nguyễn Đức Trung', 'Ngành y tế'],
      ['Lê Hồng Vinh', 'các sở'],
    ]);
    expect(ds[1]?.text).toBe('Ngành y tế phải bảo đảm thuốc men; tăng cường kiểm tra');
  });

  it('splits clauses that carry their own cue', () => {
    const ds = directivesOf('vi', ['Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy nhấn mạnh: các sở cần rà soát thủ tục; các xã phải công khai ngân sách.']);
    expect(ds.map((d) => d.to)).toEqual(['các sở', 'các xã']);
  });

  it('lists a lead that restates the body once', () => {
    const s = deriveSummary(makeArticle('vi', [
      'Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy yêu cầu các sở phải hoàn thành cải cách thủ tục trước tháng 6.',
    ], 'Bí thư Tỉnh ủy Nguyễn Đức Trung yêu cầu các sở phải hoàn thành cải cách thủ tục trước tháng 6.'));
    expect(s.directives).toHaveLength(1);
  });
});

describe('directives: English', () => {
  it.each([
    ['President Joe Biden ordered federal agencies to review their security plans.', 'ordered', 'Joe Biden', 'federal agencies'],
    ['Secretary of State Antony Blinken urged both sides to return to talks.', 'urged', 'Antony Blinken', 'both sides'],
    ['The ministry instructed schools to close early.', 'instructed', 'The ministry', 'schools'],
  ])('%s', (text, cue, by, to) => {
    const [d] = directivesOf('en', [text]);
    expect(d).toMatchObject({ cue, by, to });
  });

  it.each([
    ['The airline ordered 100 jets from Boeing.'],
    ['He told reporters the talks went well.'],
    ['Analysts asked whether rates would rise.'],
    ['The film was directed by a newcomer.'],
    ['It must have been a mistake, the report said.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf('en', [text])).toEqual([]);
  });
});
