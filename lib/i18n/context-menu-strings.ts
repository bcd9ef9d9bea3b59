import type { UiLang } from './ui-strings';

// The background's one string: the title of the context menu item on a selection. A module apart
// from lib/i18n/ui-strings.ts, so the background carries no popup strings and the popup not this one.

/** The "Summarize selection" context menu item's title, in each UI language. */
export const CONTEXT_MENU_SELECTION: Record<UiLang, string> = {
  en: 'Summarize selection with NewsBrief',
  vi: 'Tóm tắt đoạn đã chọn bằng NewsBrief',
};
