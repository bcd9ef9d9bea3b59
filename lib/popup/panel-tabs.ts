import { PanelRequest } from './panel';

// The side panel's decisions about tabs, apart from the browser: which tab it shows, when a tab's
// brief is stale, which request to take, and which tabs hold a mark to clear when the panel
// closes. The panel itself (entrypoints/sidepanel/) only wires browser events to these; the
// brief view's own (Next/Previous, the request note) are in lib/popup/panel.ts.

const MAX_REQUEST_AGE_MS = 60_000;

/** Returns the stored note when it is valid and less than a minute old; null for anything else. */
export function readPanelRequest(stored: unknown, now: number): PanelRequest | null {
  const parsed = PanelRequest.safeParse(stored);
  if (!parsed.success) return null;
  const age = now - parsed.data.at;
  return age >= 0 && age <= MAX_REQUEST_AGE_MS ? parsed.data : null;
}

/** Returns whether a `tabs.onUpdated` change means the tab is leaving the page it showed (a
 *  navigation or a reload). The address is only visible with access to the tab; the loading
 *  status is always reported, so either is enough. */
export function isNavigation(change: { status?: string; url?: string }): boolean {
  return change.status === 'loading' || change.url !== undefined;
}

/** Where the panel lives: its window, and its own tab when it is open as a page rather than in the side panel. */
export interface PanelPlace {
  windowId: number | null;
  ownTabId: number | null;
}

/** Returns the tab the panel should show after `activated` became active, or null when the panel
 *  ignores it (another window, or the panel's own tab). */
export function followActivation(activated: { tabId: number; windowId: number }, place: PanelPlace): number | null {
  if (place.windowId !== null && activated.windowId !== place.windowId) return null;
  if (activated.tabId === place.ownTabId) return null;
  return activated.tabId;
}

/** Returns the ids of the tabs where the panel left a mark, from what storage holds; [] for anything invalid. */
export function parseMarkedTabs(stored: unknown): number[] {
  return Array.isArray(stored) ? [...new Set(stored.filter((id): id is number => Number.isInteger(id) && id >= 0))] : [];
}

/** Returns the marked tabs with `tabId` added (once). */
export function addMarkedTab(stored: unknown, tabId: number): number[] {
  const tabs = parseMarkedTabs(stored);
  return tabs.includes(tabId) ? tabs : [...tabs, tabId];
}
