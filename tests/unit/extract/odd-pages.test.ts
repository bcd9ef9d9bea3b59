import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { decodePage } from '../../../lib/background/page-source';
import { ExtractResult } from '../../../lib/protocol/messages';
import { Article, Summary } from '../../../lib/schema';
import { deriveSummary } from '../../../lib/summary';

// Odd pages (issue 6): iframes, shadow DOM, <base href>, malformed markup, right-to-left and
// mixed scripts, a GB2312 page. Each gives an article or a typed refusal, never an exception.

const PAGE_URL = 'https://example.org/news/odd.html';

const VI = [
  'Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025 với sự tham dự của 250 đại biểu.',
  'Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh, yêu cầu các sở, ngành khẩn trương hoàn thành kế hoạch trước ngày 30/6.',
  'Năm qua, tổng thu ngân sách trên địa bàn đạt 1.234,5 tỷ đồng, tăng 12,3% so với cùng kỳ năm trước.',
  'Hội nghị cũng thống nhất các giải pháp trọng tâm về chuyển đổi số, cải cách hành chính và thu hút đầu tư.',
];
const AR = [
  'أعلنت وزارة الصحة اليوم عن افتتاح 12 مستشفى جديدا في المحافظات الجنوبية بتكلفة بلغت 450 مليون دولار.',
  'وقال الوزير في مؤتمر صحفي إن المشروع سيخدم أكثر من مليوني مواطن خلال السنوات الخمس المقبلة.',
  'وأضاف أن الحكومة ستواصل دعم القطاع الصحي وتوفير المعدات الطبية الحديثة في جميع المدن والقرى.',
  'ومن المتوقع أن تبدأ المستشفيات الجديدة في استقبال المرضى بحلول نهاية العام الجاري وفق الخطة المعتمدة.',
];
const HE = [
  'משרד החינוך הודיע היום כי 35 בתי ספר חדשים ייפתחו בשנת הלימודים הבאה ברחבי הארץ כולה.',
  'לדברי המנכ"ל, התקציב לפרויקט עומד על 800 מיליון שקלים והוא יאפשר קליטה של אלפי תלמידים נוספים.',
  'בנוסף, המשרד יגייס מאות מורים חדשים ויפעיל תוכניות העשרה בשעות אחר הצהריים בכל היישובים.',
];

function paragraphs(texts: readonly string[]): string {
  return texts.map((text) => `<p>${text}</p>`).join('\n');
}

function page(body: string, head = '', lang = 'vi', dir = 'ltr'): string {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Tin tức</title>${head}</head><body>${body}</body></html>`;
}

function parse(html: string): Document {
  return new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() }).window.document;
}

/** Extracts, checks the result against the schemas (and summarizes an article), returns it. */
function extract(doc: Document): ExtractResult {
  const result = ExtractResult.parse(extractArticle(doc, PAGE_URL));
  if (result.ok) Summary.parse(deriveSummary(Article.parse(result.data)));
  return result;
}

function articleOf(doc: Document): Article {
  const result = extract(doc);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe('odd pages', () => {
  it('reads the article beside an iframe, not the iframe', () => {
    const doc = parse(page(`<article><h1>Tin tức</h1>${paragraphs(VI)}<iframe srcdoc="<p>Quảng cáo trong khung</p>" src="https://ads.example/"></iframe></article>`));
    const article = articleOf(doc);
    expect(article.paragraphs.join(' ')).toContain('1.234,5 tỷ đồng');
    expect(article.paragraphs.join(' ')).not.toContain('Quảng cáo');
  });

  it('reads the light DOM of a page with shadow roots, and refuses one whose text lives only in a shadow root', () => {
    const withShadow = parse(page(`<article><h1>Tin tức</h1>${paragraphs(VI)}<div id="host"></div></article>`));
    withShadow.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nội dung trong shadow root</p>';
    expect(articleOf(withShadow).paragraphs.join(' ')).toContain('1.234,5 tỷ đồng');
    expect(articleOf(withShadow).paragraphs.join(' ')).not.toContain('shadow root');

    const onlyShadow = parse(page('<news-app></news-app>'));
    onlyShadow.querySelector('news-app')!.attachShadow({ mode: 'open' }).innerHTML = `<article>${paragraphs(VI)}</article>`;
    expect(extract(onlyShadow)).toMatchObject({ ok: false, error: { code: 'not-article' } });
  });

  it('keeps the tab’s address whatever <base href> says', () => {
    const doc = parse(page(`<article><h1>Tin tức</h1>${paragraphs(VI)}<p><a href="/khac">Xem thêm</a></p></article>`, '<base href="https://cdn.example.net/static/">'));
    expect(articleOf(doc).url).toBe(PAGE_URL);
  });

  it.each([
    ['unclosed paragraphs and divs', `<div><article><h1>Tin tức</h1><div><p>${VI.join('<p>')}<div><span>`],
    ['stray closing tags', `</div></p></article><article><h1>Tin tức</h1>${paragraphs(VI)}</td></tr></table></span>`],
    ['a truncated comment', `<article><h1>Tin tức</h1>${paragraphs(VI)}<!-- cắt ngang`],
    ['misnested inline tags', `<article><h1>Tin tức</h1><p><b><i>${VI[0]}</b></i></p>${paragraphs(VI.slice(1))}</article>`],
  ])('reads malformed markup: %s', (_, body) => {
    expect(articleOf(parse(page(body))).paragraphs.join(' ')).toContain('12,3%');
  });

  it.each([
    ['Arabic', AR, 'ar', '450'],
    ['Hebrew', HE, 'he', '800'],
  ])('reads a right-to-left %s article and finds its figures', (_, texts, lang, figure) => {
    const article = articleOf(parse(page(`<article><h1>${texts[0]!.slice(0, 30)}</h1>${paragraphs(texts)}</article>`, '', lang, 'rtl')));
    expect(article.lang).toBe(lang);
    expect(deriveSummary(article).figures.map((f) => f.text).join(' ')).toContain(figure);
  });

  it('reads mixed scripts in one article', () => {
    const mixed = [VI[0]!, `${AR[0]} ${HE[0]}`, '中华人民共和国国务院今天发布了新的经济政策，预计将带动投资增长。', VI[2]!, VI[1]!];
    const article = articleOf(parse(page(`<article><h1>Tin tức</h1>${paragraphs(mixed)}</article>`)));
    expect(article.paragraphs.join(' ')).toContain('中华人民共和国');
    expect(article.paragraphs.join(' ')).toContain('وزارة');
  });

  it('reads a GB2312 page decoded from its bytes', () => {
    // "中国人民政府经济发展。" in GB2312, repeated into an article-sized body.
    const sentence = [0xd6, 0xd0, 0xb9, 0xfa, 0xc8, 0xcb, 0xc3, 0xf1, 0xd5, 0xfe, 0xb8, 0xae, 0xbe, 0xad, 0xbc, 0xc3, 0xb7, 0xa2, 0xd5, 0xb9, 0xa1, 0xa3];
    const ascii = (text: string) => [...new TextEncoder().encode(text)];
    const paragraph = [...ascii('<p>'), ...Array.from({ length: 8 }, () => sentence).flat(), ...ascii('2025</p>')];
    const bytes = new Uint8Array([
      ...ascii('<!doctype html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>Zh</title></head><body><article><h1>Zh</h1>'),
      ...Array.from({ length: 6 }, () => paragraph).flat(),
      ...ascii('</article></body></html>'),
    ]);
    const article = articleOf(parse(decodePage(bytes)));
    expect(article.lang).toMatch(/^zh/);
    expect(article.paragraphs[0]).toContain('中国人民政府经济发展。');
    expect(article.paragraphs.join('')).not.toContain('\ufffd');
  });
});
