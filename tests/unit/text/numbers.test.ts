import { describe, expect, it } from 'vitest';
import { POINT_STYLE, getNumberStyle, getSeparators, numeralEnd, pageNumberStyle, parseLocaleNumber } from '../../../lib/text/numbers';

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
    ['25 000', 'fr', 25000],
    ['1 200 000', 'fr', 1200000],
    ['1\u202f200\u202f000', 'fr', 1200000],
    ['1\u00a0200,5', 'fr', 1200.5],
    ['3,75', 'fr', 3.75],
    ['1\u2009200', 'en', 1200],
    ['12 345,6', 'ru', 12345.6],
    ['1.200.000', 'de', 1200000],
    ['1.200.000', 'es', 1200000],
    ["1'200'000", 'de-CH', 1200000],
    ['1\u2019200\u2019000', 'de-CH', 1200000],
    ["1'200.50", 'en', 1200.5],
    ['\u0663\u066c\u0665\u0660\u0660', 'ar', 3500],
    ['\u0661\u0662\u066b\u0665', 'ar', 12.5],
    ['\u06f1\u06f2\u06f3', 'fa', 123],
    ['\u0967\u0968', 'hi', 12],
  ])('%s in %s → %d', (raw, lang, value) => {
    expect(parseLocaleNumber(raw, lang)).toBe(value);
  });

  it.each([['0238.3844.555', 'vi'], ['1,2,3', 'en'], ['abc', 'en'], ['', 'vi'], ['25 0000', 'fr'], ['1 2000', 'fr']])('rejects %s', (raw, lang) => {
    expect(parseLocaleNumber(raw, lang)).toBeNull();
  });

  it('reads separators from Intl', () => {
    expect(getSeparators('vi')).toEqual({ group: '.', decimal: ',' });
    expect(getSeparators('en')).toEqual({ group: ',', decimal: '.' });
  });
});

describe('numeralEnd', () => {
  // The numeral is the part of the text before '|'.
  it.each([
    ['1.200.000| người', 'vi', '1.200.000'],
    ['12,5|%', 'vi', '12,5'],
    ['25 000| habitants', 'fr', '25 000'],
    ['1 200 000| euros', 'fr', '1 200 000'],
    ['1\u00a0200\u00a0000| euros', 'fr', '1\u00a0200\u00a0000'],
    ['3 500,5| km', 'fr', '3 500,5'],
    ['25| 0001', 'fr', '25'],
    ['2019| 300 personnes', 'fr', '2019'],
    ['25| 000 people', 'en', '25'],
    ['March 15| 200 people', 'en', '15'],
    ['1\u202f200\u202f000| people', 'en', '1\u202f200\u202f000'],
    ['1\u2009200| people', 'en', '1\u2009200'],
    ["1'200'000| Franken", 'de-CH', "1'200'000"],
    ['1\u2019200| Franken', 'de-CH', '1\u2019200'],
    ['1990|’s', 'en', '1990'],
    ['15| 000 người', 'vi', '15'],
    ['\u0663\u066c\u0665\u0660\u0660| دينار', 'ar', '\u0663\u066c\u0665\u0660\u0660'],
    ['1.200| 000', 'fr', '1.200'],
  ])('%s (%s)', (marked, lang, numeral) => {
    const text = marked.replace('|', '');
    const start = /\d|[\u0660-\u0669]/.exec(text)!.index;
    expect(text.slice(start, numeralEnd(text, start, getNumberStyle(lang)))).toBe(numeral);
  });

  it('joins only points and typeset spaces without a style', () => {
    expect(numeralEnd('25 000', 0, POINT_STYLE)).toBe(2);
    expect(numeralEnd('25\u202f000', 0)).toBe(6);
  });
});

describe('getNumberStyle', () => {
  it.each([
    ['fr', true, false],
    ['ru', true, false],
    ['sv', true, false],
    ['de', false, true],
    ['tr', false, true],
    ['pl', true, true],
    ['vi', false, false],
    ['en', false, false],
    ['en-US', false, false],
  ])('%s: space groups %s, ordinal dot %s', (lang, spaceGroups, ordinalDot) => {
    expect(getNumberStyle(lang)).toEqual({ spaceGroups, ordinalDot });
  });
});

describe('pageNumberStyle: a page that groups thousands with a space, whatever its language', () => {
  it('turns space grouping on where a group opens with a zero ("13 014", "635 000"), and only there', () => {
    expect(pageNumberStyle(['Australia granted 13 014 visas last year.'], 'en').spaceGroups).toBe(true);
    expect(pageNumberStyle(['Over 635 000 people were resettled.'], 'en').spaceGroups).toBe(true);
    expect(pageNumberStyle(['In 2019 300 people came; on March 15 200 more.'], 'en').spaceGroups).toBe(false);
    expect(pageNumberStyle(['Tỷ lệ đạt 12,045 điểm.'], 'vi').spaceGroups).toBe(false);
  });
});
