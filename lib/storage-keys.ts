// The keys the extension stores under, in a module with no dependencies: the popup's first script
// (lib/popup-reads.ts) reads them before the rest of the popup's code, zod included, has loaded.

/** storage.sync: the reader's settings (lib/settings.ts). */
export const SETTINGS_KEY = 'settings';

/** storage.session: the context menu's note "brief the selection of tab N" (lib/pending-selection.ts). */
export const PENDING_SELECTION_KEY = 'pendingSelection';

/** storage.session: the note "show tab N's brief in the side panel" (lib/panel.ts). */
export const PANEL_REQUEST_KEY = 'panelRequest';

/** storage.session: the tabs where the side panel left an evidence mark, cleared when it closes (lib/panel.ts). */
export const PANEL_MARKS_KEY = 'panelMarks';

const BRIEF_KEY_PREFIX = 'brief:';

/** Returns the storage.session key of a tab's cached brief (lib/brief-cache.ts). */
export function cacheKeyOf(tabId: number): string {
  return `${BRIEF_KEY_PREFIX}${tabId}`;
}

/** Returns whether a storage.session key holds a cached brief. */
export function isCacheKey(key: string): boolean {
  return key.startsWith(BRIEF_KEY_PREFIX);
}
