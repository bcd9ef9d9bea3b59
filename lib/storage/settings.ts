import * as z from 'zod/mini';
import { Section } from '../schema';
import { SETTINGS_KEY } from './storage-keys';

// The reader's settings, kept in storage.sync under one key. Parsed on every read, field by field:
// a value written by an older or newer version, or edited by hand, falls back to its default
// without resetting the fields that are still valid.

export const CopyFormat = z.enum(['markdown', 'plain', 'html']);
export type CopyFormat = z.infer<typeof CopyFormat>;

export const UiLanguageSetting = z.enum(['auto', 'vi', 'en']);
export type UiLanguageSetting = z.infer<typeof UiLanguageSetting>;

/** What a click on the toolbar icon opens: the popup, or the brief in the side panel (sidebar in Firefox). */
export const ToolbarClick = z.enum(['popup', 'panel']);
export type ToolbarClick = z.infer<typeof ToolbarClick>;

/** Item caps offered on the options page; 0 means every item. */
export const MAX_ITEMS_CHOICES = [0, 3, 5, 10] as const;

const MaxItems = z.number().check(z.int(), z.gte(0), z.lte(100));

export const Settings = z.object({
  copyFormat: CopyFormat,
  /** Sections shown and copied, in the brief's own order whatever order they are stored in. */
  sections: z.array(Section),
  /** Items shown and copied per section; 0 for all. */
  maxItems: MaxItems,
  uiLanguage: UiLanguageSetting,
  toolbarClick: ToolbarClick,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  copyFormat: 'markdown',
  sections: ['officials', 'people', 'figures', 'directives', 'documents'],
  maxItems: 0,
  uiLanguage: 'auto',
  toolbarClick: 'popup',
};

function readField<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Returns valid settings from whatever storage held: each absent or invalid field takes its default; never throws. */
export function parseSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const sections = readField(z.array(z.unknown()), record.sections, null);
  return {
    copyFormat: readField(CopyFormat, record.copyFormat, DEFAULT_SETTINGS.copyFormat),
    // Unknown section names (from a newer version) are dropped, not a reason to reset the list.
    sections: sections
      ? [...new Set(sections.filter((name): name is Section => Section.safeParse(name).success))]
      : DEFAULT_SETTINGS.sections,
    maxItems: readField(MaxItems, record.maxItems, DEFAULT_SETTINGS.maxItems),
    uiLanguage: readField(UiLanguageSetting, record.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
    toolbarClick: readField(ToolbarClick, record.toolbarClick, DEFAULT_SETTINGS.toolbarClick),
  };
}

/** The slice of a `browser.storage` area the settings need, passed in so this runs under vitest. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Returns the stored settings, parsed; the defaults when storage is empty, invalid or unreadable. Never throws. */
export async function loadSettings(area: SettingsArea | undefined): Promise<Settings> {
  try {
    return parseSettings(area ? (await area.get(SETTINGS_KEY))[SETTINGS_KEY] : undefined);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores the settings after parsing them, so storage never holds a value `parseSettings` would reject. */
export async function saveSettings(area: SettingsArea, settings: Settings): Promise<Settings> {
  const valid = parseSettings(settings);
  await area.set({ [SETTINGS_KEY]: valid });
  return valid;
}
