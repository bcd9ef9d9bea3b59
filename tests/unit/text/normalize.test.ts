import { describe, expect, it } from 'vitest';
import { prepareDisplayText, toAsciiKey, toMatchForm, toMatchKey } from '../../../lib/text/normalize';

describe('toMatchKey', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Thái Hoà', 'thái hòa'],
    ['Tỉnh uỷ', 'tỉnh ủy'],
    ['Uỷ ban', 'ủy ban'],
    ['khoẻ', 'khỏe'],
    ['Thuý', 'thúy'],
    ['khoá XIX', 'khóa xix'],
    ['quý', 'quý'],
    ['hoàng', 'hoàng'],
    ['Nguyễn', 'nguyễn'],
  ])('canonicalises tone placement: %s → %s', (input, expected) => {
    expect(toMatchKey(input)).toBe(expected);
  });

  it('keeps the length of the display text so offsets carry over', () => {
    const text = 'Đồng chí Nguyễn Thị Hoà – Uỷ viên “Ban” Thường vụ';
    expect(toMatchForm(text)).toHaveLength(text.length);
    expect(toMatchKey(text)).toHaveLength(text.length);
  });

  it.each([
    ['a – b', 'a - b'],
    ['a — b', 'a - b'],
    ['a − b', 'a - b'],
    ['“5 hóa”', '"5 hóa"'],
    ['‘x’', "'x'"],
  ])('unifies dashes and quotes: %s', (input, expected) => {
    expect(toMatchForm(input)).toBe(expected);
  });
});

describe('prepareDisplayText', () => {
  it.each([
    ['\u00D0ặng', 'Đặng'],
    ['\u0189ảng', 'Đảng'],
    ['\u00F0ồng chí', 'đồng chí'],
    ['Nguye\u0302\u0303n', 'Nguyễn'],
    ['a\u00A0b\u200Bc  d', 'a bc d'],
  ])('fixes %j', (input, expected) => {
    expect(prepareDisplayText(input)).toBe(expected);
  });

  it('does not rewrite tone placement in display text', () => {
    expect(prepareDisplayText('Thái Hoà')).toBe('Thái Hoà');
  });
});

describe('toAsciiKey', () => {
  it.each([
    ['Đặng', 'dang'],
    ['Phạm Minh Chính', 'pham minh chinh'],
    ['Pham Minh Chinh', 'pham minh chinh'],
  ])('folds %s', (input, expected) => {
    expect(toAsciiKey(input)).toBe(expected);
  });
});
