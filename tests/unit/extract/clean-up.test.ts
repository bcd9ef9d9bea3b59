import { describe, expect, it } from 'vitest';
import { removeMedia, removePageChrome } from '../../../lib/extract/clean-up';
import { extractArticle } from '../../../lib/extract';
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

describe('a photo story: each paragraph set under its picture', () => {
  const body = (i: number) =>
    `Đoạn ${i}: sáng nay, hàng nghìn người dân đã đổ về quảng trường trung tâm để dự lễ khai mạc lễ hội, trong khi lực lượng chức năng phân luồng giao thông từ sớm.`;
  const page = (caption: (i: number) => string) =>
    `<html lang="vi"><head><title>Lễ hội mùa xuân - Báo X</title><meta name="description" content="Hàng nghìn người dân dự lễ khai mạc lễ hội mùa xuân."></head><body><article><h1>Lễ hội mùa xuân</h1><p class="sapo">Hàng nghìn người dân dự lễ khai mạc lễ hội mùa xuân.</p><div class="photo-story">${Array.from(
      { length: 8 },
      (_, i) => `<div class="photo-item"><img src="/a${i}.jpg">${caption(i)}<p>${body(i)}</p></div>`,
    ).join('')}</div></article></body></html>`;

  it.each([
    ['a caption marked by its class', (i: number) => `<p class="caption">Ảnh ${i}: người dân tại quảng trường. Ảnh: Thành Duy</p>`],
    ['an unmarked caption just under the picture', (i: number) => `<p>Ảnh ${i}: người dân tại quảng trường trung tâm sáng nay.</p>`],
  ])('keeps the headline, the lead and every paragraph, without the captions (%s)', (_name, caption) => {
    const url = 'https://bao-x.example/le-hoi-xuan-123.htm';
    const result = extractArticle(parseHtml(page(caption), url), url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.title).toBe('Lễ hội mùa xuân');
    expect(result.data.lead).toBe('Hàng nghìn người dân dự lễ khai mạc lễ hội mùa xuân.');
    expect(result.data.paragraphs).toEqual(Array.from({ length: 8 }, (_, i) => body(i)));
  });
});
