import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type UiStrings, ui } from '../lib/i18n/ui-strings';

/** The UI language's strings, provided once by the page; English when nothing provides them (tests, scripts). */
export const UiContext = createContext<UiStrings>(ui);

/** Returns the strings of the UI language the page chose. */
export function useUi(): UiStrings {
  return useContext(UiContext);
}
