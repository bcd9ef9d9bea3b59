import * as z from 'zod/mini';
import { type ViewOptions, listSections } from '../format/brief-outline';
import type { Section, Summary } from '../schema';
import { PANEL_REQUEST_KEY } from '../storage/storage-keys';

// The side panel's decisions that the brief view and the popup share, apart from the browser: the
// note that asks the panel for a tab, and where Next/Previous go. Those only the panel page and
// the background make are in lib/popup/panel-tabs.ts, out of the popup's bundle.

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

/** Returns the item Next (+1) or Previous (−1) goes to from `current` among `count` items: from
 *  none, Next is the first and Previous the last; at either end it stays. Null when there are none. */
export function stepItem(current: number | null, count: number, direction: 1 | -1): number | null {
  if (count <= 0) return null;
  if (current === null || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
}

/** Returns the evidence sentences of the items a section shows, in order, as the brief view lists
 *  them with the reader's settings: what Next/Previous step through. [] for a section not shown. */
export function shownEvidence(summary: Summary, section: Section, options: ViewOptions = {}): string[] {
  const view = listSections(summary, options).find((v) => v.section === section);
  return (view?.items ?? []).map((item) => item.evidence);
}
