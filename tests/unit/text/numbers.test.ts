import { describe, expect, it } from 'vitest';
import { findNumerals, getSeparators, parseLocaleNumber } from '../../../lib/text/numbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['7.893', 'vi', 7893],
    ['12,5', 'vi', 12.5],
    ['15,4', 'vi', 15.4],
    ['1.234,5', 'vi', 1234.5],
    ['1.234.567', 'vi', 1234567],
    ['1,234', 'vi', 1.234],
    ['04', 'vi', 4],
    ['2,300', 'en', 2300],
    ['3.7', 'en', 3.7],
    ['1.2', 'en', 1.2],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'de', 1234.5],
    ['2.500', 'tr', 2500],
    ['12.5', 'vi', 12.5],
  ])('%s in %s → %d', (raw, lang, value) => {
    expect(parseLocaleNumber(raw, lang)).toBe(value);
  });

  it.each([['0238.3844.555', 'vi'], ['1,2,3', 'en'], ['abc', 'en'], ['', 'vi']])('rejects %s', (raw, lang) => {
    expect(parseLocaleNumber(raw, lang)).toBeNull();
  });

  it('reads separators from Intl', () => {
    expect(getSeparators('vi')).toEqual({ group: '.', decimal: ',' });
    expect(getSeparators('en')).toEqual({ group: ',', decimal: '.' });
  });
});

describe('findNumerals', () => {
  it('finds numerals with offsets', () => {
    const found = findNumerals('thu 1.234,5 tỷ đồng, tăng 9,1%', 'vi');
    expect(found.map((n) => n.value)).toEqual([1234.5, 9.1]);
    expect(found[0]?.start).toBe(4);
  });
});
