import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { judgeStoryList } from '../../../lib/extract/story-list';
import { loadPage, parseHtml } from './load-page';

const URL = 'https://tin-tuc.example/thoi-su.htm';
const teaser = (i: number) =>
  `Bộ trưởng Bộ số ${i} vừa ban hành Thông tư số ${i}/2026/TT-B quy định chi tiết một số điều về chế độ làm việc của cán bộ, công chức cấp xã trong năm tới.`;
const card = (i: number) =>
  `<div class="item"><a href="/bai-${i}.htm"><img src="/anh-${i}.jpg"></a><div class="content"><h3><a href="/bai-${i}.htm">Tiêu đề bài ${i}</a></h3><span class="time">22/01/2026 15:39</span><p class="sapo">${teaser(i)}</p></div></div>`;
const paragraphsOf = (count: number) => Array.from({ length: count }, (_, i) => teaser(i));

describe('judgeStoryList', () => {
  it('refuses a column of story cards, each teaser beside its linked headline', () => {
    const doc = parseHtml(`<html><body><div class="list">${Array.from({ length: 6 }, (_, i) => card(i)).join('')}</div></body></html>`, URL);
    expect(judgeStoryList(doc, paragraphsOf(6), URL)).toMatchObject({ ok: false });
  });

  it('refuses it when Readability kept only two of the teasers', () => {
    const doc = parseHtml(`<html><body><div class="list">${Array.from({ length: 6 }, (_, i) => card(i)).join('')}</div></body></html>`, URL);
    expect(judgeStoryList(doc, paragraphsOf(2), URL)).toMatchObject({ ok: false });
  });

  it('accepts an article whose paragraphs carry links inside their sentences', () => {
    const body = paragraphsOf(6).map((text, i) => `<p>${text} Xem <a href="/bai-${i}.htm">bài ${i}</a> để biết thêm.</p>`).join('');
    const doc = parseHtml(`<html><body><article><h1>Tiêu đề</h1>${body}</article></body></html>`, URL);
    expect(judgeStoryList(doc, paragraphsOf(6).map((t, i) => `${t} Xem bài ${i} để biết thêm.`), URL)).toBeNull();
  });

  it('accepts a photo story whose paragraphs sit under pictures that link to the full-size image', () => {
    const body = paragraphsOf(6)
      .map((text, i) => `<div class="photo"><a href="/anh-${i}-lon.jpg"><img src="/anh-${i}.jpg"></a><p>${text}</p></div>`)
      .join('');
    const doc = parseHtml(`<html><body><article><h1>Ảnh</h1>${body}</article></body></html>`, URL);
    expect(judgeStoryList(doc, paragraphsOf(6), URL)).toBeNull();
  });

  it('accepts an article with a box of related links beside one paragraph', () => {
    const related = `<ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/khac-${i}.htm">Tin khác ${i}</a></li>`).join('')}</ul>`;
    const body = paragraphsOf(6).map((text) => `<p>${text}</p>`).join('');
    const doc = parseHtml(`<html><body><article><h1>Tiêu đề</h1>${body}${related}</article></body></html>`, URL);
    expect(judgeStoryList(doc, paragraphsOf(6), URL)).toBeNull();
  });
});

describe('baochinhphu-list', () => {
  it('is refused as a list of stories, not briefed as an article', () => {
    const { doc, url } = loadPage('baochinhphu-list');
    const result = extractArticle(doc, url);
    expect(result.ok ? 'accepted' : result.error.code).toBe('not-article');
    if (!result.ok) expect(result.error.message).toMatch(/list of stories/);
  });
});
