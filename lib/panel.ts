import * as z from 'zod/mini';
import { type ViewOptions, listSections } from './format/brief-outline';
import type { Section, Summary } from './schema';
import { PANEL_REQUEST_KEY } from './storage-keys';

// The side panel's decisions, apart from the browser: which tab it shows, when a tab's brief is
// stale, which request to take, where Next/Previous go, and which tabs hold a mark to clear when
// the panel closes. The panel itself (entrypoints/sidepanel/) only wires browser events to these.

const MAX_REQUEST_AGE_MS = 60_000;

/**
 * The note "brief tab N in the panel", left in storage.session by whatever opened the panel inside
 * a user gesture (the popup's button, the toolbar click or the shortcut when they open the panel):
 * sidePanel.open takes no argument, and the gesture's activeTab grant lets the panel read that tab.
 */
export const PanelRequest = z.object({ tabId: z.number(), source: z.enum(['article', 'selection']), at: z.number() });
export type PanelRequest = z.infer<typeof PanelRequest>;

/** Leaves the note for the panel in `storage.session`; resolves when stored. */
export async function leavePanelRequest(
  area: { set(items: Record<string, unknown>): Promise<void> },
  request: PanelRequest,
): Promise<void> {
  await area.set({ [PANEL_REQUEST_KEY]: request });
}

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

/** Returns the item Next (+1) or Previous (−1) goes to from `current` among `count` items: from
 *  none, Next is the first and Previous the last; at either end it stays. Null when there are none. */
export function stepItem(current: number | null, count: number, direction: 1 | -1): number | null {
  if (count <= 0) return null;
  if (current === null || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
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

/** Returns the evidence sentences of the items a section shows, in order, as the brief view lists
 *  them with the reader's settings: what Next/Previous step through. [] for a section not shown. */
export function shownEvidence(summary: Summary, section: Section, options: ViewOptions = {}): string[] {
  const view = listSections(summary, options).find((v) => v.section === section);
  return (view?.items ?? []).map((item) => item.evidence);
}
