import { describe, expect, it } from 'vitest';
import { makeSeedSummary } from '../format/seed-summary.fixture';
import { CONTEXT_MENU_SELECTION } from '../../../lib/i18n/context-menu-strings';
import { OPTIONS_STRINGS } from '../../../lib/i18n/options-strings';
import { REPORT_PAGE_STRINGS } from '../../../lib/report/strings';
import { UI_LANGS, UI_STRINGS, type UiLang, formatSectionHeading, listNotes, pickUiLang } from '../../../lib/i18n/ui-strings';

type Leaf = [path: string, value: unknown];

function listLeaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => listLeaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

// Strings that are the same in both languages on purpose: the product name, format names and
// each language's own name.
const SAME_IN_BOTH = new Set(['appName', 'copyJson', 'languages.vi', 'languages.en', 'exportDocx', 'exportMarkdown', 'exportHtml']);

// Each page's dictionary, both languages: the brief view's, and those of the pages the popup never shows.
const DICTIONARIES: [name: string, strings: Record<UiLang, unknown>][] = [
  ['brief view (lib/i18n/ui-strings)', UI_STRINGS],
  ['options page', OPTIONS_STRINGS],
  ['report page', REPORT_PAGE_STRINGS],
  ['context menu', CONTEXT_MENU_SELECTION],
];

describe.each(DICTIONARIES)('UI strings: %s', (_name, strings) => {
  const en = new Map(listLeaves(strings.en));

  it.each(UI_LANGS.map((lang) => [lang]))('%s has every key, each a non-empty string or template', (lang) => {
    const leaves = new Map(listLeaves(strings[lang]));
    expect([...leaves.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, value] of leaves) {
      const text = typeof value === 'function' ? String((value as (...args: unknown[]) => unknown)('1', '2')) : value;
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  it('translates every Vietnamese string rather than copying the English', () => {
    const untranslated = listLeaves(strings.vi)
      .filter(([path, value]) => typeof value === 'string' && !SAME_IN_BOTH.has(path) && en.get(path) === value)
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });
});

describe('UI strings', () => {
  it.each([
    ['auto', 'vi', 'vi'],
    ['auto', 'vi-VN', 'vi'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr', 'en'],
    ['auto', '', 'en'],
    ['auto', null, 'en'],
    ['en', 'vi', 'en'],
    ['vi', 'en-GB', 'vi'],
    ['auto', ['vi-VN', 'en-US'], 'vi'],
    ['auto', ['fr', 'en-US', 'vi'], 'en'],
    ['auto', ['fr', 'de'], 'en'],
    ['auto', [], 'en'],
  ] as const)('choice %s with browser %j → %s', (choice, browserLang, expected) => {
    expect(pickUiLang(choice, browserLang)).toBe(expected);
  });

  it('writes headings with counts, and caps as "shown of total"', () => {
    expect(formatSectionHeading('officials', 4)).toBe('Officials (4)');
    expect(formatSectionHeading('officials', 3, UI_STRINGS.en, 8)).toBe('Officials (3 of 8)');
    expect(formatSectionHeading('figures', 3, UI_STRINGS.vi, 8)).toBe('Số liệu (3/8)');
    expect(formatSectionHeading('directives', null, UI_STRINGS.vi)).toBe('Chỉ đạo');
  });

  it.each([
    ['en', 'fr', 'Officials and directives are not available for French; figures are shown.'],
    ['vi', 'fr', 'Chưa nhận diện được cán bộ và chỉ đạo cho tiếng Pháp; chỉ hiển thị số liệu.'],
    ['en', 'zh', 'Officials and directives are not available for Chinese; figures are shown.'],
    ['vi', 'zh', 'Chưa nhận diện được cán bộ và chỉ đạo cho tiếng Trung; chỉ hiển thị số liệu.'],
    ['en', 'und', 'The language of this page could not be told, so officials and directives are not available; figures are shown.'],
    ['vi', 'und', 'Không xác định được ngôn ngữ của trang nên chưa nhận diện được cán bộ và chỉ đạo; chỉ hiển thị số liệu.'],
    ['en', '<b>x', 'The language of this page could not be told, so officials and directives are not available; figures are shown.'],
  ] as const)('words the figures-only note in %s for %s', (ui, lang, expected) => {
    expect(listNotes({ lang, notes: ['figures-only'] }, UI_STRINGS[ui])).toEqual([expected]);
  });

  it('words no note when the brief has none', () => {
    expect(listNotes({ lang: 'fr', notes: [] }, UI_STRINGS.vi)).toEqual([]);
  });
});
