// The keys the extension stores under, in a module with no dependencies: the popup's first script
// (lib/popup/popup-reads.ts) reads them before the rest of the popup's code, zod included, has loaded.

/** storage.sync: the reader's settings (lib/storage/settings.ts). */
export const SETTINGS_KEY = 'settings';

/** storage.session: the context menu's note "brief the selection of tab N" (lib/storage/pending-selection.ts). */
export const PENDING_SELECTION_KEY = 'pendingSelection';

/** storage.session: the note "show tab N's brief in the side panel" (lib/popup/panel.ts). */
export const PANEL_REQUEST_KEY = 'panelRequest';

/** storage.session: the tabs where the side panel left an evidence mark, cleared when it closes (lib/popup/panel.ts). */
export const PANEL_MARKS_KEY = 'panelMarks';

const BRIEF_KEY_PREFIX = 'brief:';

/** Returns the storage.session key of a tab's cached brief (lib/storage/brief-cache.ts). */
export function cacheKeyOf(tabId: number): string {
  return `${BRIEF_KEY_PREFIX}${tabId}`;
}

/** Returns whether a storage.session key holds a cached brief. */
export function isCacheKey(key: string): boolean {
  return key.startsWith(BRIEF_KEY_PREFIX);
}

const REPORT_ENTRY_PREFIX = 'report:entry:';

/** storage.local: the report's title and date (lib/report/store.ts). */
export const REPORT_META_KEY = 'report:meta';

/** Returns the storage.local key of a page's record in the report: one key per address, #fragment dropped. */
export function reportKeyOf(url: string): string {
  const hash = url.indexOf('#');
  return `${REPORT_ENTRY_PREFIX}${hash === -1 ? url : url.slice(0, hash)}`;
}

/** Returns whether a storage.local key holds an article of the report. */
export function isReportKey(key: string): boolean {
  return key.startsWith(REPORT_ENTRY_PREFIX);
}

/** Returns the address a report key was made from. */
export function urlOfReportKey(key: string): string {
  return key.slice(REPORT_ENTRY_PREFIX.length);
}

/** Returns how many articles the report holds, given the keys of storage.local (unreadable records count: they are still in it). */
export function countReportKeys(keys: readonly string[]): number {
  return keys.filter(isReportKey).length;
}

/** The part of a storage area `readStoredKeys` needs. */
export interface KeyedArea {
  get(keys: null): Promise<Record<string, unknown>>;
  getKeys?(): Promise<string[]>;
}

/** Returns every key an area holds: `getKeys` where the browser has it (Chrome 130+), else from reading every value. */
export async function readStoredKeys(area: KeyedArea): Promise<string[]> {
  return area.getKeys ? area.getKeys() : Object.keys(await area.get(null));
}
