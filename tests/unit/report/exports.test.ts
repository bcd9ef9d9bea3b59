import { describe, expect, it } from 'vitest';
import { packReportDocx } from '../../../lib/report/docx';
import { formatReportHtml, formatReportHtmlDocument, formatReportMarkdown } from '../../../lib/report/export-text';
import { type ReportOutline, fileNameOf, linkToSentence, outlineReport, parseReportDate } from '../../../lib/report/outline';
import type { ReportEntry } from '../../../lib/report/schema';
import { type Summary } from '../../../lib/schema';
import { getReportUi, reportUi } from '../../../lib/report/strings';
import { makeSeedSummary } from '../format/seed-summary.fixture';
import { readDocx } from './docx-xml';
import { brief, directive, official } from './report-fixtures';

const NOW = Date.UTC(2026, 11, 2, 3, 0);

function entry(summary: Summary, note = '', order = 0): ReportEntry {
  return { v: 1, url: summary.url, summary, note, order, addedAt: NOW };
}

function makeOutline(entries: ReportEntry[], strings = reportUi, title: string | null = null): ReportOutline {
  return outlineReport(entries, { title, date: '2026-12-02' }, strings, {}, NOW);
}

const SECOND = brief('https://vnexpress.net/bai-2', 'Thủ tướng chỉ đạo ứng phó bão', {
  officials: [official('Phạm Minh Chính', ['Thủ tướng Chính phủ'], 'Thủ tướng Phạm Minh Chính yêu cầu sơ tán dân.')],
  directives: [directive('Sơ tán dân khỏi vùng nguy hiểm', 'Thủ tướng', 'Thủ tướng yêu cầu sơ tán dân khỏi vùng nguy hiểm.')],
});

describe('report outline', () => {
  it('defaults the title by UI language and names files from the title and date', () => {
    const vi = makeOutline([], getReportUi('vi'));
    expect(vi.title).toBe('Báo cáo tổng hợp — 02/12/2026');
    expect(vi.subtitle).toBe('0 bài');
    expect(makeOutline([]).title).toBe('Daily brief — 2 December 2026');
    expect(makeOutline([], reportUi, 'Tin bão').subtitle).toBe('2 December 2026 · 0 articles');
    expect(fileNameOf(vi, 'docx')).toBe('Báo cáo tổng hợp — 02-12-2026.docx');
    expect(fileNameOf({ title: 'Tin: Bão/lũ <số 3>?', date: '2026-12-02', dateText: '02/12/2026' }, 'md')).toBe('Tin Bão-lũ số 3 2026-12-02.md');
  });

  it.each([
    ['2026-12-02', '2026-12-02'],
    ['02/12/2026', '2026-12-02'],
    ['2.12.2026', '2026-12-02'],
    ['2 December 2026', '2026-12-02'],
    ['2 dec 2026', '2026-12-02'],
    ['', ''],
    ['31/02/2026', null],
    ['hôm nay', null],
  ])('reads the typed date %j as %j', (typed, iso) => {
    expect(parseReportDate(typed)).toBe(iso);
  });

  it('links to a sentence with a text fragment, and never to a non-web address', () => {
    expect(linkToSentence('https://a.vn/x#top', 'Thủ tướng yêu cầu sơ tán dân khỏi vùng nguy hiểm trong hôm nay, chậm nhất 17 giờ.')).toBe(
      'https://a.vn/x#:~:text=Th%E1%BB%A7%20t%C6%B0%E1%BB%9Bng%20y%C3%AAu%20c%E1%BA%A7u,ch%E1%BA%ADm%20nh%E1%BA%A5t%2017%20gi%E1%BB%9D.',
    );
    expect(linkToSentence('https://a.vn/x', 'Đoàn kết - Trung thành')).toBe('https://a.vn/x#:~:text=%C4%90o%C3%A0n%20k%E1%BA%BFt%20%2D%20Trung%20th%C3%A0nh');
    expect(linkToSentence('javascript:alert(1)', 'x')).toBeNull();
  });
});

describe('report as Markdown and HTML', () => {
  const outline = makeOutline([entry(makeSeedSummary(), 'Cần báo cáo *gấp* <b>lãnh đạo</b>'), entry(SECOND)]);

  it('writes the articles in order with their notes, then each official once across articles', () => {
    const md = formatReportMarkdown(outline, reportUi);
    expect(md.startsWith('# Daily brief — 2 December 2026\n2 articles\n\n## Articles\n\n### 1. Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021\n')).toBe(true);
    expect(md).toContain('**Note:** Cần báo cáo \\*gấp\\* \\<b\\>lãnh đạo\\</b\\>');
    expect(md.indexOf('### 1. ')).toBeLessThan(md.indexOf('### 2. Thủ tướng chỉ đạo'));
    expect(md).toContain('#### Officials (4)\n- **Phạm Minh Chính** — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương');
    const across = md.slice(md.indexOf('## Across articles'));
    expect(across.match(/\*\*Phạm Minh Chính\*\*/g)).toHaveLength(1);
    expect(across).toContain(
      '- **Phạm Minh Chính** — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương; Thủ tướng Chính phủ · 2 articles: [[1]](<http://127.0.0.1/baonghean-seed/#:~:text=',
    );
    // "Thủ tướng" alone is resolved to the article's Prime Minister and grouped under him.
    expect(across).toMatch(/#### Phạm Minh Chính — [^\n]+\n(- [^\n]+\n){5}- Sơ tán dân khỏi vùng nguy hiểm \[\[2\]\]/);
    expect(across).toContain('### Figures by article\n\n#### [1. Ngành Tổ chức');
  });

  it('escapes page text and notes in HTML, and links only web addresses', () => {
    const hostile = brief('javascript:alert(1)', '<img src=x onerror=alert(1)>', {
      officials: [official('<script>x</script>', ['"Bộ trưởng" & đồng sự'])],
    });
    const out = formatReportHtml(makeOutline([entry(hostile, '</p><script>alert(2)</script>')]), reportUi);
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(out).toContain('&quot;Bộ trưởng&quot; &amp; đồng sự');
    expect(out).not.toContain('href="javascript');
    const page = formatReportHtmlDocument(makeOutline([entry(hostile)]), reportUi);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Daily brief — 2 December 2026<\/title>/);
  });

  it('writes the Vietnamese UI strings when the report is in Vietnamese', () => {
    const md = formatReportMarkdown(makeOutline([entry(SECOND, 'ghi chú')], getReportUi('vi')), getReportUi('vi'));
    expect(md).toContain('## Các bài báo');
    expect(md).toContain('**Ghi chú:** ghi chú');
    expect(md).toContain('## Tổng hợp các bài');
    expect(md).toContain('· 1 bài: [[1]]');
  });
});

describe('report as a Word file', () => {
  it('has a title, real headings, list items and hyperlinks, in report order', async () => {
    const outline = makeOutline([entry(makeSeedSummary(), 'Ghi chú một'), entry(SECOND, 'Ghi chú hai')]);
    const { paragraphs, files } = readDocx(new Uint8Array(await packReportDocx(outline, reportUi)));
    expect(files).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', '[Content_Types].xml']));
    const headings = paragraphs.filter((p) => p.style && /^(Title|Heading\d)$/.test(p.style)).map((p) => `${p.style}: ${p.text}`);
    expect(headings.slice(0, 4)).toEqual([
      'Title: Daily brief — 2 December 2026',
      'Heading1: Articles',
      'Heading2: 1. Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021',
      'Heading3: Officials (4)',
    ]);
    expect(headings).toContain('Heading2: 2. Thủ tướng chỉ đạo ứng phó bão');
    expect(headings).toContain('Heading1: Across articles');
    expect(headings).toContain('Heading2: Directives by issuer');

    const texts = paragraphs.map((p) => p.text);
    expect(texts.indexOf('Note: Ghi chú một')).toBeGreaterThan(-1);
    expect(texts.indexOf('Note: Ghi chú một')).toBeLessThan(texts.indexOf('Note: Ghi chú hai'));

    const official = paragraphs.find((p) => p.listItem && p.text.startsWith('Phạm Minh Chính — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương; Thủ tướng'));
    expect(official?.text).toMatch(/· 2 articles: \[1\] \[2\]$/);
    expect(official?.links.map((l) => l.split('#')[0])).toEqual(['http://127.0.0.1/baonghean-seed/', 'https://vnexpress.net/bai-2']);
    expect(official?.links[1]).toContain('#:~:text=');
    expect(paragraphs.filter((p) => p.listItem).length).toBeGreaterThan(20);
    const meta = paragraphs.find((p) => p.text.startsWith('Báo Nghệ An · 2021-03-12 · '));
    expect(meta?.links).toEqual(['http://127.0.0.1/baonghean-seed/']);
  });

  it('escapes markup and drops characters XML cannot hold, so the file stays well-formed', async () => {
    const hostile = brief('https://a.vn/x?a=1&b=<2>', 'A & B <w:p> "quoted" \u0001\u0008 end', {
      officials: [official('Nguyễn <Văn> & "A"', ["O'Brien & co"])],
    });
    const bytes = new Uint8Array(await packReportDocx(makeOutline([entry(hostile, '</w:t><w:t>injected \uFFFF')]), reportUi));
    const { paragraphs, documentXml } = readDocx(bytes);
    expect(documentXml).not.toContain('<w:p> "quoted"');
    expect(documentXml).toContain('A &amp; B &lt;w:p&gt;');
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('1. A & B <w:p> "quoted" end');
    expect(texts).toContain('Note: </w:t><w:t>injected');
    expect(paragraphs.find((p) => p.text.startsWith('Nguyễn <Văn> & "A" — O\'Brien & co'))).toBeDefined();
    expect(paragraphs.find((p) => p.text.endsWith(' · https://a.vn/x?a=1&b=<2>'))?.links).toEqual(['https://a.vn/x?a=1&b=%3C2%3E']);
  });
});
