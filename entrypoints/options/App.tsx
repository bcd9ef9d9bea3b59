import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Section } from '../../lib/schema';
import {
  type CopyFormat,
  DEFAULT_SETTINGS,
  MAX_ITEMS_CHOICES,
  type Settings,
  type ToolbarClick,
  type UiLanguageSetting,
  loadSettings,
  saveSettings,
} from '../../lib/storage/settings';
import { getOptionsStrings } from '../../lib/i18n/options-strings';
import { getUiStrings, pickUiLang } from '../../lib/i18n/ui-strings';

type SaveStatus = 'idle' | 'saved' | 'failed';

const FORMATS: CopyFormat[] = ['markdown', 'plain', 'html'];
const LANGUAGES: UiLanguageSetting[] = ['auto', 'vi', 'en'];
const SECTIONS = Section.options;
const TOOLBAR_CLICKS: ToolbarClick[] = ['popup', 'panel'];

// Every change is saved at once (no Save button to forget); the page's own language follows the
// language setting as soon as it changes, like the popup will.
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');

  useEffect(() => {
    void loadSettings(browser.storage.sync).then(setSettings);
  }, []);

  const lang = pickUiLang(settings?.uiLanguage ?? 'auto', [...navigator.languages, browser.i18n.getUILanguage()]);
  const ui = getOptionsStrings(lang);
  // The sections are named as the brief names them.
  const sectionNames = getUiStrings(lang).sections;
  useEffect(() => {
    document.documentElement.lang = ui.lang;
    document.title = ui.title;
  }, [ui]);

  if (!settings) return <main class="options" aria-busy="true" />;

  const update = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    saveSettings(browser.storage.sync, next).then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  };
  const toggleSection = (section: Section, on: boolean) =>
    update({ sections: SECTIONS.filter((s) => (s === section ? on : settings.sections.includes(s))) });

  return (
    <main class="options">
      <h1>{ui.title}</h1>
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{ui.uiLanguage}</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang} lang={lang === 'auto' ? undefined : lang}>
              <input
                type="radio"
                name="uiLanguage"
                value={lang}
                checked={settings.uiLanguage === lang}
                onChange={() => update({ uiLanguage: lang })}
              />
              {ui.languages[lang]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{ui.toolbarClick}</legend>
          {TOOLBAR_CLICKS.map((click) => (
            <label key={click}>
              <input
                type="radio"
                name="toolbarClick"
                value={click}
                checked={settings.toolbarClick === click}
                onChange={() => update({ toolbarClick: click })}
              />
              {ui.toolbarChoices[click]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{ui.copyFormat}</legend>
          {FORMATS.map((format) => (
            <label key={format}>
              <input
                type="radio"
                name="copyFormat"
                value={format}
                checked={settings.copyFormat === format}
                onChange={() => update({ copyFormat: format })}
              />
              {ui.formats[format]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{ui.sections}</legend>
          {SECTIONS.map((section) => (
            <label key={section}>
              <input
                type="checkbox"
                name="sections"
                value={section}
                checked={settings.sections.includes(section)}
                onChange={(event) => toggleSection(section, event.currentTarget.checked)}
              />
              {sectionNames[section]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{ui.maxItems}</legend>
          <select
            name="maxItems"
            aria-label={ui.maxItems}
            value={String(settings.maxItems)}
            onChange={(event) => update({ maxItems: Number(event.currentTarget.value) })}
          >
            {MAX_ITEMS_CHOICES.map((count) => (
              <option key={count} value={String(count)}>
                {count === 0 ? ui.allItems : String(count)}
              </option>
            ))}
          </select>
        </fieldset>
        <button type="button" class="reset" onClick={() => update(DEFAULT_SETTINGS)}>
          {ui.reset}
        </button>
      </form>
      <p class="status" role="status" aria-live="polite">
        {status === 'saved' ? ui.saved : status === 'failed' ? ui.saveFailed : ''}
      </p>
    </main>
  );
}
