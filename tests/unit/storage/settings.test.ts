import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings } from '../../../lib/storage/settings';
import { SETTINGS_KEY } from '../../../lib/storage/storage-keys';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'markdown', DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    [
      'a full valid value',
      { copyFormat: 'plain', sections: ['figures', 'officials'], maxItems: 5, uiLanguage: 'vi', toolbarClick: 'panel' },
      { copyFormat: 'plain', sections: ['figures', 'officials'], maxItems: 5, uiLanguage: 'vi', toolbarClick: 'panel' },
    ],
    ['an unknown toolbar click', { toolbarClick: 'window', maxItems: 3 }, { ...DEFAULT_SETTINGS, maxItems: 3 }],
    ['an unknown format', { copyFormat: 'docx', uiLanguage: 'en' }, { ...DEFAULT_SETTINGS, uiLanguage: 'en' }],
    ['an unknown language', { uiLanguage: 'fr', maxItems: 3 }, { ...DEFAULT_SETTINGS, maxItems: 3 }],
    ['a negative cap', { maxItems: -1 }, DEFAULT_SETTINGS],
    ['a fractional cap', { maxItems: 2.5 }, DEFAULT_SETTINGS],
    ['a cap as a string', { maxItems: '5' }, DEFAULT_SETTINGS],
    ['sections not an array', { sections: 'officials' }, DEFAULT_SETTINGS],
    ['unknown and repeated sections', { sections: ['quotes', 'figures', 'figures'] }, { ...DEFAULT_SETTINGS, sections: ['figures'] }],
    ['no sections at all', { sections: [] }, { ...DEFAULT_SETTINGS, sections: [] }],
  ])('%s', (_, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});

function makeArea(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('loadSettings / saveSettings', () => {
  it('returns the defaults when storage is missing or throws', async () => {
    expect(await loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const broken = { get: async () => Promise.reject(new Error('quota')), set: async () => undefined };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('stores a parsed value under one key and reads it back', async () => {
    const area = makeArea();
    await saveSettings(area, { ...DEFAULT_SETTINGS, maxItems: 3, copyFormat: 'html' });
    expect(area.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, maxItems: 3, copyFormat: 'html' });
    expect(await loadSettings(area)).toEqual({ ...DEFAULT_SETTINGS, maxItems: 3, copyFormat: 'html' });
  });
});
