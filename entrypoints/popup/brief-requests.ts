import { browser } from 'wxt/browser';
import { type BriefSource, type BriefState, stateOfReply } from '../../lib/popup/brief-state';
import type { Request } from '../../lib/protocol/messages';
import type { Settings } from '../../lib/storage/settings';
import { type UiStrings, getUiStrings, pickUiLang } from '../../lib/i18n/ui-strings';

// What the popup and the side panel both ask the browser for their brief view.

// "The browser language" is the reader's preferred languages (chrome://settings/languages, which
// start with the UI language), then the UI language: a Vietnamese reader on an English Chrome who
// put Vietnamese first gets Vietnamese.
export function stringsFor(settings: Settings): UiStrings {
  return getUiStrings(pickUiLang(settings.uiLanguage, [...navigator.languages, browser.i18n.getUILanguage()]));
}

/** Asks the background for the tab's brief (its article or its selection); always resolves to a state. */
export async function requestBrief(tabId: number | null, source: BriefSource): Promise<BriefState> {
  try {
    if (tabId === null) return { kind: 'error', code: 'no-tab', message: '' };
    const request: Request = { type: source === 'selection' ? 'summarize-selection' : 'summarize-tab', tabId };
    return stateOfReply(await browser.runtime.sendMessage(request));
  } catch (error) {
    return { kind: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
