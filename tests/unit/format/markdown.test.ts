import { describe, expect, it } from 'vitest';
import { formatBrief } from '../../../lib/format';
import { escapeMarkdown, formatMarkdown } from '../../../lib/format/markdown';
import type { Summary } from '../../../lib/schema';
import { UI_STRINGS } from '../../../lib/i18n/ui-strings';
import { makeSeedSummary } from './seed-summary.fixture';

function makeEmptySummary(overrides: Partial<Summary> = {}): Summary {
  return {
    url: 'https://example.com/news/a',
    title: 'A title',
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: 'en',
    lead: [],
    officials: [],
    people: [],
    figures: [],
    directives: [],
    documents: [],
    unsupported: [],
    notes: [],
    ...overrides,
  };
}

describe('formatMarkdown', () => {
  it('writes the seed brief as readable Markdown', () => {
    expect(formatMarkdown(makeSeedSummary())).toBe(`# Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021
Báo Nghệ An · 2021-03-12 · <http://127.0.0.1/baonghean-seed/>

Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương yêu cầu ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”: hạt nhân hóa lãnh đạo, chuẩn hóa văn bản pháp quy, đơn giản hóa thủ tục hành chính, tự động hóa tổ chức thực hiện, tối ưu hóa kết quả hoạt động.

## Officials (4)
- **Phạm Minh Chính** — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương
- **Nguyễn Thanh Bình** — Phó Trưởng ban Thường trực Ban Tổ chức Trung ương
- **Thái Thanh Quý** — Ủy viên Ban Chấp hành Trung ương Đảng; Bí thư Tỉnh ủy
- **Lê Đức Cường** — Ủy viên Ban Thường vụ Tỉnh ủy; Trưởng ban Tổ chức Tỉnh ủy

## Figures (6)
- **7.893** — chi bộ trực thuộc Đảng ủy cơ sở
- **1.423** — tổ chức cơ sở đảng
- **28** — đảng bộ trực thuộc
- **5 hóa** — hóa
- **6** — nhiệm vụ trọng tâm
- **3** — đột phá chiến lược

## Directives (5)
- Ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”: hạt nhân hóa lãnh đạo, chuẩn hóa văn bản pháp quy, đơn giản hóa thủ tục hành chính, tự động hóa tổ chức thực hiện, tối ưu hóa kết quả hoạt động. — *Phạm Minh Chính*
- Ngành cần tiếp tục xây dựng đội ngũ cán bộ. — *Phạm Minh Chính*
- Ngành cần tập trung tham mưu cụ thể hóa và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng. — *Phạm Minh Chính*
- Ngành cần tiếp tục phối hợp chuẩn bị, tổ chức thành công bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026. — *Phạm Minh Chính*
- Cán bộ ngành cần thực hiện tốt phương châm xây dựng cán bộ của ngành. — *Phạm Minh Chính*

## Documents (1)
- Nghị quyết Đại hội XIII của Đảng
`);
  });

  it('is what formatBrief returns for "markdown"', () => {
    const summary = makeSeedSummary();
    expect(formatBrief(summary, 'markdown')).toBe(formatMarkdown(summary));
  });

  it('says "None found" under every empty section, with a zero count', () => {
    const text = formatMarkdown(makeEmptySummary());
    for (const heading of ['Officials', 'Figures', 'Directives', 'Documents']) {
      expect(text).toContain(`## ${heading} (0)\nNone found\n`);
    }
  });

  it('shows People only when someone is in it', () => {
    expect(formatMarkdown(makeEmptySummary())).not.toContain('People');
    const withPerson = makeEmptySummary({
      people: [{ name: 'Jane Roe', role: 'resident', mentions: 1, evidence: 'Jane Roe, a resident, said so.', paragraph: 1, rules: [] }],
    });
    expect(formatMarkdown(withPerson)).toContain('## People (1)\n- **Jane Roe** — resident\n');
  });

  it('marks unsupported sections as not available rather than none found, and prints notes', () => {
    const text = formatMarkdown(
      makeEmptySummary({
        lang: 'zh',
        unsupported: ['officials', 'directives'],
        notes: ['figures-only'],
      }),
    );
    expect(text).toContain('## Officials\nNot available for this language\n');
    expect(text).toContain('## Directives\nNot available for this language\n');
    expect(text).toContain('## Figures (0)\nNone found\n');
    expect(text).toContain('Note: Officials and directives are not available for Chinese; figures are shown.');
  });

  it.each([
    ['markdown', 'en', 'Note: Officials and directives are not available for French; figures are shown.'],
    ['plain', 'en', 'Note: Officials and directives are not available for French; figures are shown.'],
    ['html', 'en', 'Note: Officials and directives are not available for French; figures are shown.'],
    ['markdown', 'vi', 'Lưu ý: Chưa nhận diện được cán bộ và chỉ đạo cho tiếng Pháp; chỉ hiển thị số liệu.'],
    ['plain', 'vi', 'Lưu ý: Chưa nhận diện được cán bộ và chỉ đạo cho tiếng Pháp; chỉ hiển thị số liệu.'],
    ['html', 'vi', 'Lưu ý: Chưa nhận diện được cán bộ và chỉ đạo cho tiếng Pháp; chỉ hiển thị số liệu.'],
  ] as const)('a %s copy in the %s UI words the figures-only note and names the language', (format, lang, note) => {
    const summary = makeEmptySummary({ lang: 'fr', unsupported: ['officials', 'people', 'directives'], notes: ['figures-only'] });
    expect(formatBrief(summary, format, { strings: UI_STRINGS[lang] })).toContain(note);
  });

  it('leaves out the site, date and URL it was not given, and never links a javascript: URL', () => {
    const text = formatMarkdown(makeEmptySummary({ url: 'javascript:alert(1)' }));
    expect(text.split('\n').slice(0, 3)).toEqual(['# A title', '', '## Officials (0)']);
    expect(text).not.toContain('javascript');
  });

  it('writes a directive with no issuer but an addressee', () => {
    const text = formatMarkdown(
      makeEmptySummary({
        directives: [{ text: 'schools must close.', by: null, to: 'the county', cue: 'must', evidence: 'x', paragraph: 1, rules: [] }],
      }),
    );
    expect(text).toContain('- Schools must close. — to the county\n');
  });

  it('keeps hostile page text from changing the structure', () => {
    const text = formatMarkdown(
      makeEmptySummary({
        title: 'Breaking **news** [x](javascript:alert(1))',
        lead: ['# Not a heading', 'second <b>line</b>\n## nor this'],
        officials: [
          {
            name: '**Bold** [x](javascript:alert(1))',
            titles: ['Chair_of_board', 'Mayor\n- injected item'],
            mentions: 1,
            evidence: 'x',
            paragraph: 1,
            rules: [],
          },
        ],
        directives: [{ text: '1. Not a list', by: '<script>alert(1)</script>', to: null, cue: 'must', evidence: 'x', paragraph: 1, rules: [] }],
      }),
    );
    expect(text).toContain('# Breaking \\*\\*news\\*\\* \\[x\\](javascript:alert(1))\n');
    expect(text).toContain('\n\\# Not a heading second \\<b\\>line\\</b\\> ## nor this\n');
    expect(text).toContain(
      '- **\\*\\*Bold\\*\\* \\[x\\](javascript:alert(1))** — Chair\\_of\\_board; Mayor - injected item\n',
    );
    expect(text).toContain('- 1\\. Not a list — *\\<script\\>alert(1)\\</script\\>*\n');
    const itemLines = text.split('\n').filter((line) => line.startsWith('- '));
    expect(itemLines).toHaveLength(2);
    expect(text.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(5);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain Vietnamese', 'Ủy viên Bộ Chính trị', 'Ủy viên Bộ Chính trị'],
    ['numbers and punctuation', '7.893 chi bộ, 25% (tăng 3,5%)', '7.893 chi bộ, 25% (tăng 3,5%)'],
    ['curly quotes and dashes', '“5 hóa” – đột phá', '“5 hóa” – đột phá'],
    ['emphasis', '**a** _b_', '\\*\\*a\\*\\* \\_b\\_'],
    ['a link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['an image', '![x](http://e.com/a.png)', '!\\[x\\](http://e.com/a.png)'],
    ['html', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['code', '`rm -rf`', '\\`rm -rf\\`'],
    ['strikethrough', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['an entity', 'AT&amp;T & co', 'AT\\&amp;T & co'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['newlines', 'one\n\n# two', 'one # two'],
  ])('%s', (_, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
