import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/text-file';

const seed = readFileSync(new URL('../../pages/baonghean-seed/source.txt', import.meta.url), 'utf8');
const url = 'https://baonghean.vn/seed.html';

describe('articleFromText on the seed .txt', () => {
  const result = articleFromText(seed, url);
  if (!result.ok) throw new Error(result.error.message);
  const article = result.data;
  const body = article.paragraphs.join('\n');

  it('finds the headline after the stray "mask" line', () => {
    expect(article.title).toBe('Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021');
  });
  it('takes the sapo as the lead without the agency prefix', () => {
    expect(article.lead.startsWith('Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị')).toBe(true);
    expect(article.lead).not.toContain('Baonghean');
    expect(article.paragraphs[0]).toMatch(/^Sáng 12\/3, Ban Tổ chức Trung ương/);
  });
  it('detects Vietnamese', () => {
    expect(article.lang).toBe('vi');
  });
  it.each(['mask', 'ảnh 1', 'Ảnh:', 'Ảnh tư liệu', 'Tin mới', 'Thành Duy', 'Thành Cường'])('drops %s', (debris) => {
    expect(body).not.toContain(debris);
  });
  it('keeps subheadings as their own paragraphs and the last paragraph', () => {
    expect(article.paragraphs).toContain('THAM MƯU CHUẨN BỊ, TỔ CHỨC THÀNH CÔNG ĐẠI HỘI ĐẢNG BỘ CÁC CẤP');
    expect(article.paragraphs.at(-1)).toMatch(/^Trưởng ban Tổ chức Trung ương cũng yêu cầu/);
    expect(article.paragraphs).toHaveLength(15);
  });
  it('keeps figures intact with no-break spaces collapsed', () => {
    expect(body).toContain('7.893 chi bộ trực thuộc Đảng ủy cơ sở, 1.423 tổ chức cơ sở đảng');
  });
});

describe('articleFromText on other copies', () => {
  it('rejoins a hard-wrapped sentence and cuts a trailing related block', () => {
    const text = [
      'Tỉnh khởi công tuyến đường ven biển mới',
      '',
      'TTO - Sáng nay tỉnh khởi công tuyến đường ven biển dài 20 km, vốn đầu tư 3.500 tỷ đồng.',
      '',
      'Theo kế hoạch, công trình hoàn thành vào năm 2026 và',
      'giúp giảm tải cho quốc lộ hiện nay.',
      '',
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành phối hợp giải phóng mặt bằng, bảo đảm tiến độ và chất lượng công trình, không để xảy ra sai phạm.',
      '',
      'Người dân trong vùng dự án bày tỏ đồng tình vì tuyến đường sẽ giúp việc đi lại, buôn bán thuận lợi hơn nhiều so với trước đây.',
      '',
      'Đơn vị thi công cho biết sẽ huy động hơn 200 công nhân và 50 máy móc, thiết bị để bảo đảm tiến độ ngay trong những tháng đầu năm.',
      '',
      'Tin liên quan',
      'Khánh thành cầu mới',
      'Tăng tốc giải ngân vốn',
    ].join('\n');
    const result = articleFromText(text, 'https://example.vn/a.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.lead).toBe('Sáng nay tỉnh khởi công tuyến đường ven biển dài 20 km, vốn đầu tư 3.500 tỷ đồng.');
    expect(result.data.paragraphs[0]).toBe('Theo kế hoạch, công trình hoàn thành vào năm 2026 và giúp giảm tải cho quốc lộ hiện nay.');
    expect(result.data.paragraphs.join(' ')).not.toMatch(/Tin liên quan|Khánh thành cầu mới/);
  });

  it.each([
    ['an empty file', ''],
    ['a few words', 'Trang chủ\n\nLiên hệ\n\nGiới thiệu'],
    ['a list of headlines', Array.from({ length: 12 }, (_, i) => `Tin số ${i + 1} về tình hình kinh tế xã hội`).join('\n\n')],
  ])('rejects %s as not an article', (_name, text) => {
    const result = articleFromText(text, 'https://example.vn/x.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-article');
  });
});
