import { describe, expect, it } from 'vitest';
import { removeMedia, removePageChrome } from '../../../lib/extract/clean-up';
import { parseHtml } from './load-page';

describe('removePageChrome', () => {
  it('keeps a chrome-named keyword link inside a sentence', () => {
    const doc = parseHtml(
      '<html><body><article><p>Ông Nguyễn Văn A, Phó <a class="cms-relate" href="/tu-khoa?q=chu-tich">Chủ tịch UBND</a> thành phố, dự lễ.</p><div class="related"><a href="/x">Tin khác</a></div></article></body></html>',
    );
    removePageChrome(doc);
    expect(doc.querySelector('p')!.textContent).toBe('Ông Nguyễn Văn A, Phó Chủ tịch UBND thành phố, dự lễ.');
    expect(doc.querySelector('.related')).toBeNull();
  });

  it('still removes a chrome-named inline element that stands alone', () => {
    const prose = '<p>Bài viết dài về công tác xây dựng Đảng và hệ thống chính trị ở địa phương trong năm qua.</p>'.repeat(4);
    const doc = parseHtml(`<html><body><article>${prose}<p><span class="share">Chia sẻ</span></p></article></body></html>`);
    removePageChrome(doc);
    expect(doc.querySelector('.share')).toBeNull();
  });
});

describe('removeMedia', () => {
  it('keeps a tag link inside running text', () => {
    const doc = parseHtml('<html><body><div id="c"><p>Vụ <a class="tag" href="/t">tranh chấp</a> hợp đồng tín dụng.</p></div></body></html>');
    const root = doc.getElementById('c')!;
    removeMedia(root);
    expect(root.textContent).toBe('Vụ tranh chấp hợp đồng tín dụng.');
  });
});
