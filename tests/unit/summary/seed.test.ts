import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/text-file';
import { Summary } from '../../../lib/schema';
import { deriveSummary } from '../../../lib/summary';

const source = readFileSync(fileURLToPath(new URL('../../pages/baonghean-seed/source.txt', import.meta.url)), 'utf8');

function loadSummary() {
  const result = articleFromText(source, 'https://baonghean.vn/nganh-to-chuc-xay-dung-dang-trien-khai-nhiem-vu-nam-2021');
  if (!result.ok) throw new Error(`seed not read as an article: ${JSON.stringify(result)}`);
  return deriveSummary(result.data);
}

describe('seed article (Báo Nghệ An, 2021)', () => {
  const summary = loadSummary();

  it('is a valid Summary in Vietnamese', () => {
    expect(Summary.safeParse(summary).success).toBe(true);
    expect(summary.lang).toBe('vi');
    expect(summary.unsupported).toEqual([]);
    expect(summary.lead.length).toBeGreaterThanOrEqual(1);
    expect(summary.lead.length).toBeLessThanOrEqual(3);
    expect(summary.lead[0]).toMatch(/^Đồng chí Phạm Minh Chính/);
  });

  it('lists exactly the four officials with their titles', () => {
    expect(summary.officials.map((o) => [o.name, o.titles])).toEqual([
      ['Phạm Minh Chính', ['Ủy viên Bộ Chính trị', 'Trưởng ban Tổ chức Trung ương']],
      ['Nguyễn Thanh Bình', ['Phó Trưởng ban Thường trực Ban Tổ chức Trung ương']],
      ['Thái Thanh Quý', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy']],
      ['Lê Đức Cường', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng ban Tổ chức Tỉnh ủy']],
    ]);
    const chinh = summary.officials[0];
    // Full name three times, plus "Trưởng ban Tổ chức Trung ương cũng yêu cầu…".
    expect(chinh?.mentions).toBeGreaterThanOrEqual(4);
  });

  it('lists exactly the six figures with values and labels', () => {
    const figures = summary.figures.map((f) => [f.text, f.value, f.label]);
    expect(figures).toHaveLength(6);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['7.893', 7893, 'chi bộ trực thuộc Đảng ủy cơ sở'],
        ['1.423', 1423, 'tổ chức cơ sở đảng'],
        ['28', 28, 'đảng bộ trực thuộc'],
        ['6', 6, 'nhiệm vụ trọng tâm'],
        ['3', 3, 'đột phá chiến lược'],
      ]),
    );
    const slogan = summary.figures.find((f) => f.text === '5 hóa');
    expect(slogan?.value).toBe(5);
    expect(slogan?.label).toMatch(/^hạt nhân hóa lãnh đạo/);
    // The lead's figure ranks first.
    expect(summary.figures[0]?.text).toBe('5 hóa');
  });

  it('lists exactly the five directives, all by Phạm Minh Chính', () => {
    const texts = summary.directives.map((d) => d.text);
    expect(texts).toHaveLength(5);
    expect(summary.directives.every((d) => d.by === 'Phạm Minh Chính')).toBe(true);
    expect(texts.filter((t) => t.includes('5 hóa'))).toHaveLength(1);
    expect(texts.some((t) => t.startsWith('ngành cần tiếp tục xây dựng đội ngũ cán bộ'))).toBe(true);
    expect(texts.some((t) => t.includes('cần tập trung tham mưu cụ thể hóa'))).toBe(true);
    expect(texts.some((t) => t.includes('cần tiếp tục phối hợp chuẩn bị, tổ chức thành công bầu cử'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Cán bộ ngành cần thực hiện tốt phương châm'))).toBe(true);
    expect(texts.some((t) => t.includes('đáp ứng được yêu cầu'))).toBe(false);
    expect(texts.some((t) => t.includes('đánh giá cao'))).toBe(false);
    expect(summary.directives[0]?.to).toBe('ngành Tổ chức xây dựng Đảng');
  });

  it('cites the Party Congress resolution', () => {
    expect(summary.documents.map((d) => d.text)).toContain('Nghị quyết Đại hội XIII của Đảng');
  });

  it.each(['mask', 'ảnh 1', 'Ảnh:', 'Tin mới', 'Thành Duy', 'Thành Cường'])('carries no page debris: %s', (debris) => {
    expect(JSON.stringify(summary)).not.toContain(debris);
  });
});
