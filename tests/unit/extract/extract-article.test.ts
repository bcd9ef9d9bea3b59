import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { articleFromText } from '../../../lib/extract/text-file';
import { Article } from '../../../lib/schema';
import { loadPage, parseHtml } from './load-page';

/** Extracts a fixture page and fails the test with the reason when it is not an article. */
function extractPage(slug: string): Article {
  const { doc, url } = loadPage(slug);
  const result = extractArticle(doc, url);
  if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
  return Article.parse(result.data);
}

describe('seed fixture (baonghean-seed)', () => {
  const article = extractPage('baonghean-seed');
  const body = article.paragraphs.join('\n');

  it('title without the site suffix', () => {
    expect(article.title).toBe('Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021');
  });
  it('siteName', () => expect(article.siteName).toBe('Báo Nghệ An'));
  it('lang', () => expect(article.lang).toBe('vi'));
  it('publishedTime', () => expect(article.publishedTime).toMatch(/^2021-03-12/));
  it('byline from the author line', () => expect(article.byline).toBe('Nhóm PV'));
  it('lead without the "(Baonghean.vn) - " prefix, not repeated as a paragraph', () => {
    expect(article.lead).toMatch(/^Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương yêu cầu/);
    expect(article.paragraphs[0]).toMatch(/^Sáng 12\/3/);
  });
  it.each([
    ['photo credit', 'Ảnh:'],
    ['archive photo credit', 'Ảnh tư liệu'],
    ['image label', 'ảnh 1'],
    ['repeated caption', 'Các đại biểu bỏ phiếu'],
    ['related-news heading', 'Tin mới'],
    ['inline related box', 'Tin liên quan'],
    ['related headline', 'Khai mạc lớp bồi dưỡng cán bộ nguồn'],
    ['menu', 'Thời sự'],
    ['breadcrumb', 'Xây dựng Đảng\n'],
    ['share widget', 'Chia sẻ'],
    ['tags', 'Từ khóa'],
    ['footer', 'Cơ quan của Đảng bộ'],
  ])('no %s in the body', (_name, text) => {
    expect(body).not.toContain(text);
  });
  it('keeps subheadings as their own entries', () => {
    expect(article.paragraphs).toContain('THAM MƯU CHUẨN BỊ, TỔ CHỨC THÀNH CÔNG ĐẠI HỘI ĐẢNG BỘ CÁC CẤP');
    expect(article.paragraphs).toContain('THỰC HIỆN TỐT "5 HÓA" TRONG NGÀNH TỔ CHỨC XÂY DỰNG ĐẢNG');
  });
  it('gives the same lead and paragraphs as the .txt copy of the same article', () => {
    const text = readFileSync(new URL('../../pages/baonghean-seed/source.txt', import.meta.url), 'utf8');
    const fromText = articleFromText(text, 'https://baonghean.vn/seed.txt');
    if (!fromText.ok) throw new Error(fromText.error.message);
    expect(article.lead).toBe(fromText.data.lead);
    expect(article.paragraphs).toEqual(fromText.data.paragraphs);
  });
  it('does not change the document it reads', () => {
    const { doc, url } = loadPage('baonghean-seed');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('permissively licensed pages', () => {
  it('vnexpress-1: sapo as lead, no breadcrumb or dateline in the body', () => {
    const article = extractPage('vnexpress-1');
    expect(article.lang).toBe('vi');
    expect(article.lead).toMatch(/^Bộ trưởng Tài chính Hồ Đức Phớc thừa nhận/);
    expect(article.paragraphs[0]).toMatch(/^Thông tin trên được Bộ trưởng/);
    expect(article.paragraphs.join('\n')).not.toMatch(/Thứ năm, 2\/11\/2023|Kinh doanhVĩ mô/);
    expect(article.paragraphs.join('\n')).toContain('15,4 triệu');
  });
  it('reuters-2: the article, not the cookie notice Readability alone picks', () => {
    const { doc } = loadPage('reuters-2');
    const raw = new Readability(doc.cloneNode(true) as Document).parse();
    expect(raw?.textContent ?? '').toMatch(/cookie/i);
    const article = extractPage('reuters-2');
    expect(article.title).toBe("Nepal says 'no proof' flydubai plane suffered bird strike");
    expect(article.lead).toMatch(/^Nepal's civil aviation authority disputed/);
    expect(article.paragraphs.join('\n')).not.toMatch(/cookie/i);
  }, 20_000); // two jsdom parses of a 1 MB page: slow on a busy machine
  it('politico-1: the header block (section + headline) is not the lead', () => {
    const article = extractPage('politico-1');
    expect(article.title).toBe('Biden’s student debt relief draws 8M+ applications in first two days');
    expect(article.lead).not.toContain(article.title);
    expect(article.paragraphs.join('\n')).toContain('More than 8 million Americans have applied');
  });
  it('whitehouse-1: an official statement is accepted in full', () => {
    const article = extractPage('whitehouse-1');
    expect(article.lang).toBe('en');
    expect(article.paragraphs.length).toBeGreaterThan(20);
    expect(article.paragraphs.at(-1)).toMatch(/God bless you all/);
  });
});

describe('lead kept where Readability drops it', () => {
  // Dân trí's layout: the sapo is an <h2> beside, not inside, the body container.
  const sentences = [
    'Thủ tướng Chính phủ vừa ký chỉ thị về việc tăng cường các biện pháp bảo đảm đón Tết vui tươi, lành mạnh, an toàn.',
    'Theo chỉ thị, các bộ, ngành chuẩn bị đủ nguồn cung hàng hóa thiết yếu, nhất là xăng dầu, lương thực và thực phẩm.',
    'Bộ Công Thương chủ trì theo dõi sát diễn biến thị trường, kịp thời có giải pháp bình ổn giá trong mọi tình huống.',
    'Bộ Tài chính kiểm soát chặt chẽ thu, chi ngân sách, kịp thời xuất cấp hàng dự trữ quốc gia theo đúng quy định.',
    'Các địa phương bảo đảm mọi người dân, nhất là người nghèo và người có công, đều được đón Tết đầy đủ, đầm ấm.',
  ];
  const sapo = '(Dân trí) - Thủ tướng giao Bộ Công Thương chỉ đạo doanh nghiệp bảo đảm nguồn cung xăng dầu dịp cuối năm và Tết Nguyên đán.';
  const html = `<!DOCTYPE html><html lang="vi"><head><title>Thủ tướng chỉ đạo bảo đảm xăng dầu dịp Tết | Báo Dân trí</title>
    <meta property="og:site_name" content="Báo Dân trí"></head><body>
    <nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-doanh">Kinh doanh</a></nav>
    <article class="singular-container"><h1 class="title-page">Thủ tướng chỉ đạo bảo đảm xăng dầu dịp Tết</h1>
    <h2 class="singular-sapo">${sapo}</h2>
    <div class="singular-content">${sentences.map((s) => `<p>${s} ${s}</p>`).join('')}</div></article></body></html>`;

  it('Readability alone drops the sapo', () => {
    const raw = new Readability(parseHtml(html)).parse();
    expect(raw?.textContent ?? '').not.toContain('bảo đảm nguồn cung xăng dầu dịp cuối năm');
  });
  it('extractArticle keeps it as the lead, prefix removed', () => {
    const result = extractArticle(parseHtml(html), 'https://dantri.com.vn/x.htm');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.lead).toBe(sapo.replace('(Dân trí) - ', ''));
    expect(result.data.title).toBe('Thủ tướng chỉ đạo bảo đảm xăng dầu dịp Tết');
    expect(result.data.paragraphs).toHaveLength(sentences.length);
  });
  it('does not add a meta description the page does not show', () => {
    const page = html
      .replace(`<h2 class="singular-sapo">${sapo}</h2>`, '')
      .replace('</head>', `<meta name="description" content="${sapo}"></head>`);
    const result = extractArticle(parseHtml(page), 'https://dantri.com.vn/x.htm');
    if (!result.ok) throw new Error(result.error.message);
    const text = [result.data.lead, ...result.data.paragraphs].join('\n');
    expect(text).not.toContain('bảo đảm nguồn cung xăng dầu dịp cuối năm');
    expect(result.data.paragraphs).toHaveLength(sentences.length - 1);
  });
  it('takes the first paragraph as the lead when the meta description opens it', () => {
    const page = html
      .replace(`<h2 class="singular-sapo">${sapo}</h2>`, '')
      .replace('</head>', `<meta name="description" content="${sentences[0]!.slice(0, 60)}…"></head>`);
    const result = extractArticle(parseHtml(page), 'https://dantri.com.vn/x.htm');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.lead).toBe(`${sentences[0]} ${sentences[0]}`);
    expect(result.data.paragraphs).toHaveLength(sentences.length - 1);
  });
});

describe('not an article', () => {
  const paragraph = (n: number) =>
    `<p>Đây là đoạn văn thứ ${n} của bài viết, kể lại diễn biến của sự việc với đầy đủ chi tiết, số liệu và nhận định của các bên liên quan.</p>`;
  it.each([
    ['an empty page', '<html><body></body></html>'],
    ['a page with one short paragraph', `<html><body>${paragraph(1)}</body></html>`],
    [
      'a list of headline links',
      `<html><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Tiêu đề tin tức số ${i} về tình hình kinh tế xã hội trong nước</a></li>`).join('')}</ul></body></html>`,
    ],
    [
      'a forum thread of one-line posts',
      `<html><body><div class="thread">${Array.from({ length: 40 }, (_, i) => `<div class="post"><p>Bài trả lời số ${i}: hay quá bạn ơi!</p></div>`).join('')}</div></body></html>`,
    ],
    [
      'a cookie notice',
      `<html><body><div class="notice">${Array.from({ length: 6 }, () => '<p>We use cookies and similar technologies to personalise content and ads. You can manage your cookie preferences and opt out of the sale of personal information at any time under our privacy policy and consent settings.</p>').join('')}</div></body></html>`,
    ],
  ])('rejects %s', (_name, html) => {
    const result = extractArticle(parseHtml(html), 'https://example.vn/');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-article');
  });
  it('rejects the synthetic homepage fixture', () => {
    const { doc, url } = loadPage('homepage-negative');
    const result = extractArticle(doc, url);
    expect(result.ok ? 'accepted' : result.error.code).toBe('not-article');
  });
  it('accepts the same page shape when it holds prose', () => {
    const html = `<html lang="vi"><body><article>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;
    expect(extractArticle(parseHtml(html), 'https://example.vn/').ok).toBe(true);
  });
});
