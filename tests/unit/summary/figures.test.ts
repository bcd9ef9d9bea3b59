import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

const figuresOf = (lang: string, text: string) => deriveSummary(makeArticle(lang, [text])).figures;

describe('figures', () => {
  it.each([
    ['vi', 'Tổng thu ngân sách đạt 1.234,5 tỷ đồng.', '1.234,5 tỷ đồng', 1234.5, null, 'tỷ đồng', 'money'],
    ['vi', 'Dân số tỉnh khoảng 15,4 triệu người.', '15,4 triệu', 15.4, null, 'triệu', 'count'],
    ['vi', 'Tăng trưởng dự kiến 20-30% trong năm.', '20-30%', 20, 30, '%', 'percent'],
    ['vi', 'Dự án rộng 120 ha ở ven biển.', '120 ha', 120, null, 'ha', 'measure'],
    ['vi', 'Có 7.893 chi bộ tham gia.', '7.893', 7893, null, null, 'count'],
    ['en', 'Congress approved $1.2 billion in aid.', '$1.2 billion', 1.2, null, '$ billion', 'money'],
    ['en', 'The firm paid $1,250 to each worker.', '$1,250', 1250, null, '$', 'money'],
    ['en', 'Some 2,300 troops were deployed.', '2,300', 2300, null, null, 'count'],
    ['en', 'Unemployment rose to 3.7% in May.', '3.7%', 3.7, null, '%', 'percent'],
    ['en', 'Prices rose 25% last year.', '25%', 25, null, '%', 'percent'],
  ])('%s: %s', (lang, text, written, value, valueMax, unit, kind) => {
    const [f] = figuresOf(lang, text);
    expect(f).toMatchObject({ text: written, value, valueMax, unit, kind });
  });

  it.each([
    ['vi', 'Sáng 12/3, hội nghị khai mạc.'],
    ['vi', 'Năm 2020, toàn ngành hoàn thành kế hoạch.'],
    ['vi', 'Bầu cử đại biểu Quốc hội nhiệm kỳ 2021 - 2026 diễn ra tốt.'],
    ['vi', 'Thực hiện Chỉ thị số 22/CT-TTg của Thủ tướng.'],
    ['vi', 'Theo Quyết định 1526/QĐ-TTg, dự án được duyệt.'],
    ['vi', 'Đại hội lần thứ XIX thành công tốt đẹp.'],
    ['vi', 'Hội nghị bắt đầu lúc 8h30 tại hội trường.'],
    ['vi', 'Liên hệ đường dây nóng 0912.345.678 để phản ánh.'],
    ['vi', 'Ông Nguyễn Văn A (SN 1985) bị bắt.'],
    ['vi', 'Xem chi tiết tại https://example.vn/tin-123456.html nhé.'],
    ['vi', 'Mô hình “đại hội 4 không” được đánh giá cao.'],
    ['en', 'The meeting started at 10:30 on March 3, 2024.'],
    ['en', 'He signed Executive Order 14110 in 2023.'],
    ['en', 'John Smith, 45, said he was tired.'],
  ])('%s: no figure in %s', (lang, text) => {
    expect(figuresOf(lang, text)).toEqual([]);
  });

  it('takes the label from the noun the number counts', () => {
    const figures = figuresOf('vi', 'Đại hội với 7.893 chi bộ trực thuộc Đảng ủy cơ sở, 1.423 tổ chức cơ sở đảng và 28 đảng bộ trực thuộc.');
    expect(figures.map((f) => f.label)).toEqual(['chi bộ trực thuộc Đảng ủy cơ sở', 'tổ chức cơ sở đảng', 'đảng bộ trực thuộc']);
  });

  it('lists a numbered slogan when the article spells out its items', () => {
    const [f] = figuresOf('vi', 'Ngành phải thực hiện tốt “3 tốt”: học tốt, làm tốt, sống tốt.');
    expect(f).toMatchObject({ text: '3 tốt', value: 3, label: 'học tốt, làm tốt, sống tốt' });
  });

  it('lists the same figure stated twice once', () => {
    const s = deriveSummary(makeArticle('vi', ['Tỉnh có 28 đảng bộ trực thuộc.', 'Toàn bộ 28 đảng bộ trực thuộc đã hoàn thành.']));
    expect(s.figures).toHaveLength(1);
  });

  it('ranks the lead, money and percentages first', () => {
    const s = deriveSummary(makeArticle('vi', ['Có 12 xã tham gia, vốn 300 tỷ đồng.'], 'Tăng trưởng đạt 8,5%.'));
    expect(s.figures.map((f) => f.text)).toEqual(['8,5%', '300 tỷ đồng', '12']);
  });

  it.each([
    ['de', 'Die Regierung stellt 1.250,5 Millionen Euro bereit.', 1250.5],
    ['tr', 'Bakanlık 2.500 konut inşa edecek.', 2500],
    ['sw', 'Serikali imetenga shilingi 1,500 milioni.', 1500],
  ])('other languages use Intl separators (%s)', (lang, text, value) => {
    const s = deriveSummary(makeArticle(lang, [text]));
    expect(s.figures.map((f) => f.value)).toContain(value);
  });

  it('finds percentages in Chinese', () => {
    const s = deriveSummary(makeArticle('zh', ['今年经济增长 5.2% ，高于预期。']));
    expect(s.figures[0]).toMatchObject({ value: 5.2, unit: '%', kind: 'percent' });
  });
});
