import { type UiStrings, ui } from '../i18n/ui-strings';
import type { ViewOptions } from './brief-outline';

/** What every clipboard format takes from the reader's settings: the UI language and the section view. */
export interface FormatOptions extends ViewOptions {
  /** Headings, "None found" and notes in this UI language; English when absent. */
  strings?: UiStrings;
}

/** Returns the strings a format writes with: the chosen ones, else English. */
export function pickStrings(options: FormatOptions): UiStrings {
  return options.strings ?? ui;
}
