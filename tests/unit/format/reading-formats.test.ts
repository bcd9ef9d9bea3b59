import { describe, expect, it } from 'vitest';
import { formatBrief, formatSection } from '../../../lib/format';
import { formatPlainText } from '../../../lib/format/plain-text';
import { Summary } from '../../../lib/schema';
import { UI_STRINGS } from '../../../lib/i18n/ui-strings';
import { makeSeedSummary } from './seed-summary.fixture';

describe('formatPlainText', () => {
  it('keeps the structure with blank lines, upper-case headings and bullets, and no Markdown marks', () => {
    const text = formatPlainText(makeSeedSummary());
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021',
      'Báo Nghệ An · 2021-03-12 · http://127.0.0.1/baonghean-seed/',
    ]);
    expect(text).toContain(
      '\n\nOFFICIALS (4)\n• Phạm Minh Chính — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương\n• Nguyễn Thanh Bình — ',
    );
    expect(text).toContain('\n\nDIRECTIVES (5)\n• Ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”');
    expect(text).toContain('— Phạm Minh Chính\n');
    expect(text).not.toMatch(/\*\*|^#|<[a-z]|\\/m);
  });

  it('writes headings in the UI language, upper-cased the Vietnamese way', () => {
    const text = formatPlainText(makeSeedSummary(), { strings: UI_STRINGS.vi });
    expect(text).toContain('\n\nCÁN BỘ, LÃNH ĐẠO (4)\n• Phạm Minh Chính');
    expect(text).toContain('\n\nSỐ LIỆU (6)\n');
    expect(text).toContain('\n\nVĂN BẢN (1)\n• Nghị quyết Đại hội XIII của Đảng\n');
  });

  it('leaves page text as it is: nothing in plain text interprets it', () => {
    const summary = { ...makeSeedSummary(), title: '**Not bold** <b>x</b>' };
    expect(formatPlainText(summary).split('\n')[0]).toBe('**Not bold** <b>x</b>');
  });
});

describe('settings in every reading format', () => {
  it.each(['markdown', 'plain', 'html'] as const)('%s keeps only the chosen sections, capped, with "shown of total"', (format) => {
    const text = formatBrief(makeSeedSummary(), format, { sections: ['figures', 'documents'], maxItems: 2 });
    expect(text).not.toMatch(/Officials|OFFICIALS|Directives|DIRECTIVES/);
    expect(text).toMatch(/Figures \(2 of 6\)|FIGURES \(2 OF 6\)/);
    expect(text).toContain('7.893');
    expect(text).toContain('1.423');
    expect(text).not.toContain('28');
    expect(text).toMatch(/Documents \(1\)|DOCUMENTS \(1\)/);
  });

  it('writes Vietnamese headings in Markdown and HTML', () => {
    const options = { strings: UI_STRINGS.vi };
    expect(formatBrief(makeSeedSummary(), 'markdown', options)).toContain('## Cán bộ, lãnh đạo (4)\n- **Phạm Minh Chính**');
    expect(formatBrief(makeSeedSummary(), 'html', options)).toContain('<h2>Chỉ đạo (5)</h2>');
    const empty = formatBrief({ ...makeSeedSummary(), figures: [] }, 'markdown', options);
    expect(empty).toContain('## Số liệu (0)\nKhông tìm thấy\n');
  });
});

describe('formatSection', () => {
  it.each([
    ['markdown', '## Officials (4)\n- **Phạm Minh Chính** — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương\n'],
    ['plain', 'OFFICIALS (4)\n• Phạm Minh Chính — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương\n'],
    ['html', '<h2>Officials (4)</h2>\n<ul><li><strong>Phạm Minh Chính</strong> — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương</li>'],
  ] as const)('%s gives the heading and that section’s items only', (format, opening) => {
    const text = formatSection(makeSeedSummary(), 'officials', format);
    expect(text.startsWith(opening)).toBe(true);
    expect(text).toContain('Lê Đức Cường');
    expect(text).not.toMatch(/Figures|FIGURES|7\.893|Ngành Tổ chức xây dựng Đảng triển khai/);
  });

  it('honours the cap and the language', () => {
    expect(formatSection(makeSeedSummary(), 'figures', 'markdown', { maxItems: 1, strings: UI_STRINGS.vi })).toBe(
      '## Số liệu (1/6)\n- **7.893** — chi bộ trực thuộc Đảng ủy cơ sở\n',
    );
  });

  it('says "Not available" for an unsupported section', () => {
    const summary = { ...makeSeedSummary(), unsupported: ['directives' as const] };
    expect(formatSection(summary, 'directives', 'plain')).toBe('DIRECTIVES\nNot available for this language\n');
  });
});

describe('JSON', () => {
  it('is the whole Summary, parseable by its schema, whatever the settings', () => {
    const summary = makeSeedSummary();
    const json = formatBrief(summary, 'json', { sections: ['figures'], maxItems: 1 });
    const parsed = Summary.parse(JSON.parse(json));
    expect(parsed).toEqual(summary);
    expect(parsed.officials[0]?.evidence).toBe(summary.officials[0]?.evidence);
  });
});
