import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { formatBrief } from '../../../lib/format';
import { escapeHtml, formatHtml } from '../../../lib/format/html';
import type { Summary } from '../../../lib/schema';
import { makeSeedSummary } from './seed-summary.fixture';

function parse(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

function texts(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((el) => el.textContent ?? '');
}

describe('formatHtml', () => {
  it('gives the seed brief the same structure as the Markdown', () => {
    const doc = parse(formatHtml(makeSeedSummary()));
    expect(texts(doc, 'h1')).toEqual(['Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021']);
    expect(texts(doc, 'h2')).toEqual(['Officials (4)', 'Figures (6)', 'Directives (5)', 'Documents (1)']);
    expect(texts(doc, 'ul:nth-of-type(1) li strong')).toEqual([
      'Phạm Minh Chính',
      'Nguyễn Thanh Bình',
      'Thái Thanh Quý',
      'Lê Đức Cường',
    ]);
    expect(texts(doc, 'li')[0]).toBe('Phạm Minh Chính — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương');
    expect(texts(doc, 'ul:nth-of-type(2) li')[0]).toBe('7.893 — chi bộ trực thuộc Đảng ủy cơ sở');
    expect(texts(doc, 'ul:nth-of-type(3) li em')).toEqual(Array(5).fill('Phạm Minh Chính'));
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('http://127.0.0.1/baonghean-seed/');
    expect(texts(doc, 'p')[0]).toBe('Báo Nghệ An · 2021-03-12 · http://127.0.0.1/baonghean-seed/');
  });

  it('is what formatBrief returns for "html"', () => {
    const summary = makeSeedSummary();
    expect(formatBrief(summary, 'html')).toBe(formatHtml(summary));
  });

  it('escapes all page text: no element, attribute or link comes from the page', () => {
    const hostile = '<script>alert("x")</script> & \'q\' <img src=x onerror=alert(1)> [x](javascript:alert(1)) **b**';
    const summary: Summary = {
      ...makeSeedSummary(),
      url: 'javascript:alert(1)',
      title: hostile,
      siteName: '<b>site</b>',
      lead: [hostile],
      officials: [{ name: hostile, titles: [hostile], mentions: 1, evidence: hostile, paragraph: 0, rules: [] }],
      figures: [{ text: '<i>1</i>', value: 1, valueMax: null, unit: null, kind: 'number', label: hostile, evidence: hostile, paragraph: 0, rules: [] }],
      directives: [{ text: hostile, by: hostile, to: hostile, cue: 'x', evidence: hostile, paragraph: 0, rules: [] }],
      documents: [{ text: hostile, kind: 'other', code: null, evidence: hostile, paragraph: 0, rules: [] }],
      lang: hostile,
      notes: ['figures-only'],
    };
    const html = formatHtml(summary);
    const doc = parse(html);
    const tags = new Set([...doc.body.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
    expect([...tags].sort()).toEqual(['em', 'h1', 'h2', 'li', 'p', 'strong', 'ul']);
    expect(doc.body.querySelectorAll('[onerror], [src], [href]')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
  });

  it('says "None found" for empty sections and marks unsupported ones', () => {
    const summary: Summary = { ...makeSeedSummary(), lang: 'zh', figures: [], unsupported: ['officials'], notes: ['figures-only'] };
    const doc = parse(formatHtml(summary));
    expect(texts(doc, 'h2')).toEqual(['Officials', 'Figures (0)', 'Directives (5)', 'Documents (1)']);
    expect(texts(doc, 'p')).toContain('Not available for this language');
    expect(texts(doc, 'p')).toContain('None found');
    expect(texts(doc, 'p em')).toEqual(['Note: Officials and directives are not available for Chinese; figures are shown.']);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['Ủy viên Bộ Chính trị', 'Ủy viên Bộ Chính trị'],
    ['a & b', 'a &amp; b'],
    ['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
    ['"double" \'single\'', '&quot;double&quot; &#39;single&#39;'],
    ['&amp;', '&amp;amp;'],
    ['line\nbreak', 'line break'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
