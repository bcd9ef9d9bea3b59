import * as z from 'zod/mini';
import { PENDING_SELECTION_KEY } from './storage-keys';

// The context-menu item cannot hand the popup an argument when it opens it (action.openPopup
// takes none), so it leaves a note in storage.session: "brief the selection of tab N". The popup
// takes the note when it opens over that tab (lib/popup/popup-start.ts). Notes older than a minute are
// stale: a later click on the toolbar icon must brief the article, not a forgotten selection.

const MAX_AGE_MS = 60_000;

export const PendingSelection = z.object({ tabId: z.number(), at: z.number() });
export type PendingSelection = z.infer<typeof PendingSelection>;

/** Leaves the note for the popup in `storage.session`; resolves when stored. */
export async function leavePendingSelection(
  area: { set(items: Record<string, unknown>): Promise<void> },
  tabId: number,
  now: number,
): Promise<void> {
  await area.set({ [PENDING_SELECTION_KEY]: { tabId, at: now } satisfies PendingSelection });
}

/** Returns whether a stored note asks, still, to brief the selection of this tab; false for anything else. */
export function isPendingSelectionFor(stored: unknown, tabId: number | null, now: number): boolean {
  if (tabId === null) return false;
  const parsed = PendingSelection.safeParse(stored);
  return parsed.success && parsed.data.tabId === tabId && now - parsed.data.at >= 0 && now - parsed.data.at <= MAX_AGE_MS;
}
