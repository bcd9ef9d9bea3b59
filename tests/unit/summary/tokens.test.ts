import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/summary/tokens';
import { getNumberStyle } from '../../../lib/text/numbers';

// The tokenizer is a hand-written scanner for speed; this regex is its specification (numbers in
// the default style: points join any digits; typeset spaces and apostrophes join 3-digit groups
// after a head of 1–3 digits, before any point).
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u09E6-\\u09EF\\u0E50-\\u0E59\\uFF10-\\uFF19]';
const NUMERAL_SPEC = `${D}{1,3}(?!${D})(?:(['’\\u066c\\u2009\\u202f])${D}{3}(?!${D})(?:\\1${D}{3}(?!${D}))*)?(?:[.,\\u066b]${D}+)*|${D}+(?:[.,\\u066b]${D}+)*`;
const TOKEN_SPEC_RE = new RegExp(`\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\p{N}]*|[\\p{L}\\p{M}]+|${NUMERAL_SPEC}|\\S`, 'gu');

const spans = (text: string) => tokenize(text).map((t) => [t.start, t.text]);
const specSpans = (text: string) => [...text.matchAll(TOKEN_SPEC_RE)].map((m) => [m.index, m[0]]);

describe('tokenize', () => {
  it.each([
    ['Thủ tướng Phạm Minh Chính', ['Thủ', 'tướng', 'Phạm', 'Minh', 'Chính']],
    ['đạt 1.234,5 tỷ đồng (12%)', ['đạt', '1.234,5', 'tỷ', 'đồng', '(', '12', '%', ')']],
    ['COVID19 và m2; 增长12.5%', ['COVID19', 'và', 'm2', ';', '增长', '12.5', '%']],
    ['1. 2, 3.x', ['1', '.', '2', ',', '3', '.', 'x']],
    ['e\u0301 😀 Ж-ж', ['e\u0301', '😀', 'Ж', '-', 'ж']],
    ['25 000 people', ['25', '000', 'people']],
    ['1\u202f200\u202f000 people', ['1\u202f200\u202f000', 'people']],
    ["1'200'000 CHF", ["1'200'000", 'CHF']],
    ['\u0663\u066c\u0665\u0660\u0660 دينار', ['\u0663\u066c\u0665\u0660\u0660', 'دينار']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it.each([
    ['fr', '25 000 habitants et 1 200 000 euros', ['25 000', 'habitants', 'et', '1 200 000', 'euros']],
    ['fr', 'en 2019 300 personnes', ['en', '2019', '300', 'personnes']],
    ['ru', '12\u00a0345,6 рубля', ['12\u00a0345,6', 'рубля']],
    ['vi', '15 000 người', ['15', '000', 'người']],
  ])('in %s, %s', (lang, text, expected) => {
    expect(tokenize(text, getNumberStyle(lang)).map((t) => t.text)).toEqual(expected);
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
    const alphabet = ['a', 'Z', 'é', 'Ệ', '\u0301', '1', '9', '.', ',', ' ', '\u00A0', '\n', '中', 'ж', '٣', '²', 'ⅰ', '😀', '\uD835\uDC00', '\uD800', '-', '"', 'ǅ', 'ʰ', '\u3000', '\u202F', '\u2009', "'", '’', '٫', '٬', '۵'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 })), (t) => {
      expect(spans(t)).toEqual(specSpans(t));
    }), { numRuns: 3000 });
  });
});
