import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/summary/tokens';

// The tokenizer is a hand-written scanner for speed; this regex is its specification.
const TOKEN_SPEC_RE = /\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}]*|[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S/gu;

const spans = (text: string) => tokenize(text).map((t) => [t.start, t.text]);
const specSpans = (text: string) => [...text.matchAll(TOKEN_SPEC_RE)].map((m) => [m.index, m[0]]);

describe('tokenize', () => {
  it.each([
    ['Thủ tướng Phạm Minh Chính', ['Thủ', 'tướng', 'Phạm', 'Minh', 'Chính']],
    ['đạt 1.234,5 tỷ đồng (12%)', ['đạt', '1.234,5', 'tỷ', 'đồng', '(', '12', '%', ')']],
    ['COVID19 và m2; 增长12.5%', ['COVID19', 'và', 'm2', ';', '增长', '12.5', '%']],
    ['1. 2, 3.x', ['1', '.', '2', ',', '3', '.', 'x']],
    ['e\u0301 😀 Ж-ж', ['e\u0301', '😀', 'Ж', '-', 'ж']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('marks kind, capital, spacing and offsets', () => {
    const toks = tokenize('Ông A,12 Ánh');
    expect(toks.map((t) => [t.kind, t.cap, t.spaced, t.start, t.end])).toEqual([
      ['word', true, false, 0, 3],
      ['word', true, true, 4, 5],
      ['punct', false, false, 5, 6],
      ['num', false, false, 6, 8],
      ['word', true, true, 9, 12],
    ]);
  });

  it('finds exactly the matches of its specification regex', () => {
    const alphabet = ['a', 'Z', 'é', 'Ệ', '\u0301', '1', '9', '.', ',', ' ', '\u00A0', '\n', '中', 'ж', '٣', '²', 'ⅰ', '😀', '\uD835\uDC00', '\uD800', '-', '"', 'ǅ', 'ʰ', '\u3000'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 })), (t) => {
      expect(spans(t)).toEqual(specSpans(t));
    }), { numRuns: 3000 });
  });
});
