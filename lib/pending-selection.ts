import * as z from 'zod/mini';

// The context-menu item cannot hand the popup an argument when it opens it (action.openPopup
// takes none), so it leaves a note in storage.session: "brief the selection of tab N". The popup
// takes the note when it opens over that tab. Notes older than a minute are stale: a later click
// on the toolbar icon must brief the article, not a forgotten selection.

export const PENDING_SELECTION_KEY = 'pendingSelection';
const MAX_AGE_MS = 60_000;

export const PendingSelection = z.object({ tabId: z.number(), at: z.number() });
export type PendingSelection = z.infer<typeof PendingSelection>;

/** The slice of `browser.storage.session` the note needs. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Leaves the note for the popup; resolves when stored. */
export async function leavePendingSelection(area: SessionArea, tabId: number, now: number): Promise<void> {
  await area.set({ [PENDING_SELECTION_KEY]: { tabId, at: now } satisfies PendingSelection });
}

/**
 * Returns true and removes the note when a fresh one names this tab; false otherwise (and for no
 * tab). Never throws. The tab may be a promise: the popup reads the note while it still looks up
 * its tab, so the two storage round trips overlap.
 */
export async function takePendingSelection(
  area: SessionArea | undefined,
  tabId: number | null | PromiseLike<number | null>,
  now: number,
): Promise<boolean> {
  if (!area) return false;
  try {
    const [stored, id] = await Promise.all([area.get(PENDING_SELECTION_KEY), tabId]);
    if (id === null) return false;
    const parsed = PendingSelection.safeParse(stored[PENDING_SELECTION_KEY]);
    if (!parsed.success) return false;
    await area.remove(PENDING_SELECTION_KEY);
    return parsed.data.tabId === id && now - parsed.data.at >= 0 && now - parsed.data.at <= MAX_AGE_MS;
  } catch {
    return false;
  }
}
