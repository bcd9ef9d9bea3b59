// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../components/Brief';
import type { Summary } from '../../../lib/schema';
import { makeSeedSummary } from '../format/seed-summary.fixture';
import { renderInto, textsOf } from './render';

describe('Brief', () => {
  it('shows the header: title, site and date, lead', () => {
    const root = renderInto(<Brief summary={makeSeedSummary()} />);
    expect(textsOf(root, 'h1')).toEqual(['Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021']);
    expect(textsOf(root, '.brief-meta')).toEqual(['Báo Nghệ An · 2021-03-12']);
    expect(textsOf(root, '.brief-lead')[0]).toMatch(/^Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị/);
  });

  it('shows each section with its count, in order', () => {
    const root = renderInto(<Brief summary={makeSeedSummary()} />);
    expect(textsOf(root, 'h2')).toEqual(['Officials (4)', 'Figures (6)', 'Directives (5)', 'Documents (1)']);
  });

  it('shows officials as "name — titles", figures as "number — label", directives with their issuer', () => {
    const root = renderInto(<Brief summary={makeSeedSummary()} />);
    expect(textsOf(root, '[data-section="officials"] .item-line .item-text')).toEqual([
      'Phạm Minh Chính — Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương',
      'Nguyễn Thanh Bình — Phó Trưởng ban Thường trực Ban Tổ chức Trung ương',
      'Thái Thanh Quý — Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy',
      'Lê Đức Cường — Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy',
    ]);
    expect(textsOf(root, '[data-section="figures"] .item-line .item-text')[0]).toBe('7.893 — chi bộ trực thuộc Đảng ủy cơ sở');
    const sources = textsOf(root, '[data-section="directives"] .item-attribution');
    expect(sources[0]).toBe('— Phạm Minh Chính'); // the clause opens with its addressee: not repeated
    expect(sources.slice(1)).toEqual(Array(4).fill('— Phạm Minh Chính'));
  });

  it('keeps each evidence sentence hidden until its Source button is pressed', async () => {
    const root = renderInto(<Brief summary={makeSeedSummary()} />);
    const toggles = [...root.querySelectorAll<HTMLButtonElement>('button.source-toggle')];
    expect(toggles).toHaveLength(4 + 6 + 5 + 1);
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    const first = toggles[0]!;
    const quote = document.getElementById(first.getAttribute('aria-controls') ?? '');
    expect(quote?.hidden).toBe(true);
    expect(quote?.textContent).toBe(makeSeedSummary().officials[0]?.evidence);

    first.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(quote?.hidden).toBe(false);
    expect(root.querySelectorAll('blockquote:not([hidden])')).toHaveLength(1);
  });

  it('says "None found" for an empty section and "Not available" for an unsupported one, People only when present', () => {
    const summary: Summary = { ...makeSeedSummary(), figures: [], unsupported: ['directives'], people: [] };
    const root = renderInto(<Brief summary={summary} />);
    expect(textsOf(root, '[data-section="figures"] .section-empty')).toEqual(['None found']);
    expect(textsOf(root, '[data-section="directives"] h2')).toEqual(['Directives']);
    expect(textsOf(root, '[data-section="directives"] .section-empty')).toEqual(['Not available for this language']);
    expect(root.querySelector('[data-section="people"]')).toBeNull();

    const withPeople: Summary = {
      ...summary,
      people: [{ name: 'Nguyễn Văn A', role: 'bác sĩ', mentions: 1, evidence: 'Bác sĩ Nguyễn Văn A cho biết.', paragraph: 3, rules: [] }],
    };
    const again = renderInto(<Brief summary={withPeople} />);
    expect(textsOf(again, '[data-section="people"] .item-line .item-text')).toEqual(['Nguyễn Văn A — bác sĩ']);
  });

  it('capitalises a directive clause that starts lower-case', () => {
    const seed = makeSeedSummary();
    const directive = { ...seed.directives[0]!, text: 'ngành cần tiếp tục xây dựng đội ngũ cán bộ' };
    const root = renderInto(<Brief summary={{ ...seed, directives: [directive] }} />);
    expect(textsOf(root, '[data-section="directives"] .item-text')).toEqual(['Ngành cần tiếp tục xây dựng đội ngũ cán bộ']);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';
    const summary: Summary = {
      ...makeSeedSummary(),
      title: hostile,
      lead: [hostile],
      officials: [{ name: hostile, titles: [hostile], mentions: 1, evidence: hostile, paragraph: 0, rules: [] }],
    };
    const root = renderInto(<Brief summary={summary} />);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.querySelector('h1')?.textContent).toBe(hostile);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
