import { describe, expect, it } from 'vitest';
import { capitalizeClause, formatBriefDate, shownAddressee, listMeta, listSections, pickLinkableUrl } from '../../../lib/format/brief-outline';
import { makeSeedSummary } from './seed-summary.fixture';

describe('formatBriefDate', () => {
  it.each([
    ['2021-03-12T10:30:00+07:00', '2021-03-12'],
    ['2021-03-12', '2021-03-12'],
    ['12/03/2021 10:30', '12/03/2021 10:30'],
    ['  ', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(formatBriefDate(input)).toBe(expected);
  });
});

describe('capitalizeClause', () => {
  it.each([
    ['ngành cần tiếp tục xây dựng đội ngũ cán bộ', 'Ngành cần tiếp tục xây dựng đội ngũ cán bộ'],
    ['đẩy mạnh cải cách hành chính', 'Đẩy mạnh cải cách hành chính'],
    ['Already capitalised', 'Already capitalised'],
    ['  ủy ban phải báo cáo ', 'Ủy ban phải báo cáo'],
    ['“5 hóa” phải được thực hiện', '“5 hóa” phải được thực hiện'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(capitalizeClause(input)).toBe(expected);
  });
});

describe('pickLinkableUrl', () => {
  it.each([
    ['https://baonghean.vn/a.html', 'https://baonghean.vn/a.html'],
    ['http://127.0.0.1:8080/seed/', 'http://127.0.0.1:8080/seed/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['file:///home/me/a.html', null],
    ['https://', null],
  ])('%j → %j', (input, expected) => {
    expect(pickLinkableUrl(input)).toBe(expected);
  });
});

describe('listSections', () => {
  it('lists the four main sections in order, with null items for unsupported ones', () => {
    const summary = { ...makeSeedSummary(), unsupported: ['directives' as const] };
    expect(listSections(summary).map((view) => [view.section, view.items?.length ?? null])).toEqual([
      ['officials', 4],
      ['figures', 6],
      ['directives', null],
      ['documents', 1],
    ]);
  });

  it('adds People last, only when someone is in it', () => {
    const person = { name: 'Jane Roe', role: null, mentions: 1, evidence: 'x', paragraph: 1, rules: [] };
    const summary = { ...makeSeedSummary(), people: [person] };
    expect(listSections(summary).map((view) => view.section)).toEqual(['officials', 'figures', 'directives', 'documents', 'people']);
  });
});

describe('listMeta', () => {
  it('gives site and date, skipping what is missing', () => {
    expect(listMeta(makeSeedSummary())).toEqual(['Báo Nghệ An', '2021-03-12']);
    expect(listMeta({ ...makeSeedSummary(), siteName: null, publishedTime: null })).toEqual([]);
  });
});

describe('shownAddressee', () => {
  const directive = (text: string, to: string | null) => ({ text, by: null, to, cue: 'giao', evidence: text, paragraph: 1, rules: [] });
  it.each([
    ['ngành cần tiếp tục xây dựng đội ngũ cán bộ', 'ngành', null],
    ['Ngành Tổ chức xây dựng Đảng phải thực hiện tốt', 'ngành Tổ chức xây dựng Đảng', null],
    ['chủ trì, phối hợp kiểm tra thị trường', 'Sở Công Thương', 'Sở Công Thương'],
    ['schools must close', null, null],
    // The order keeps its verb: the addressee right after it is named already.
    ['yêu cầu ngành Tổ chức xây dựng Đảng phải thực hiện tốt', 'ngành Tổ chức xây dựng Đảng', null],
    ['urged the  American public not to panic', 'the American public', null],
  ])('%s (to %s) → %s', (text, to, shown) => {
    expect(shownAddressee(directive(text, to))).toBe(shown);
  });
});
