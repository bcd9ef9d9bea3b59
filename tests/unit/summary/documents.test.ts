import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

describe('documents', () => {
  it.each([
    ['vi', 'Thực hiện Chỉ thị số 22/CT-TTg của Thủ tướng, tỉnh đã triển khai.', 'Chỉ thị số 22/CT-TTg', '22/CT-TTg', 'directive'],
    ['vi', 'Theo Quyết định 1526/QĐ-TTg, dự án được phê duyệt.', 'Quyết định 1526/QĐ-TTg', '1526/QĐ-TTg', 'decision'],
    ['vi', 'Các cấp quán triệt Nghị quyết Đại hội XIII của Đảng.', 'Nghị quyết Đại hội XIII của Đảng', null, 'resolution'],
    ['en', 'The president signed Executive Order 14110 on AI safety.', 'Executive Order 14110', '14110', 'order'],
    ['en', 'Funds come from the Inflation Reduction Act.', 'Inflation Reduction Act', null, 'law'],
  ])('%s: %s', (lang, text, written, code, kind) => {
    const docs = deriveSummary(makeArticle(lang, [text])).documents;
    expect(docs).toEqual([expect.objectContaining({ text: written, code, kind })]);
  });

  it('lists a document cited twice once and skips generic mentions', () => {
    const docs = deriveSummary(makeArticle('vi', [
      'Triển khai Chỉ thị số 22/CT-TTg ngay.', 'Chỉ thị số 22/CT-TTg yêu cầu rõ.', 'Kết luận hội nghị, các nghị quyết được thông qua.',
    ])).documents;
    expect(docs.map((d) => d.text)).toEqual(['Chỉ thị số 22/CT-TTg']);
  });
});
