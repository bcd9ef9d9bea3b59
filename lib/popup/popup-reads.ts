import { PENDING_SELECTION_KEY, SETTINGS_KEY, cacheKeyOf } from '../storage/storage-keys';

// The popup's reads, started by a tiny classic script in the popup's <head> while the parser is
// still on the document (entrypoints/popup-reads.ts), and taken over by the popup's code when it
// has loaded: the browser answers the storage reads while the code that will use them is fetched
// and compiled, instead of after. No zod here and nothing that imports it, so that first script
// stays a few hundred bytes; the popup parses what was read (lib/popup/popup-start.ts).

/** The tab the popup opens over: its id, and its address when the browser lets the popup see it. */
export interface TabRef {
  id: number | null;
  url: string | null;
}

/** The slice of the extension API the reads need, passed in so this runs under vitest. */
export interface PopupApi {
  getTab(tabId: number): Promise<{ url?: string }>;
  queryActiveTab(): Promise<{ id?: number; url?: string } | undefined>;
  session?: { get(keys: string[]): Promise<Record<string, unknown>> };
  sync?: { get(key: string): Promise<Record<string, unknown>> };
}

/** What the popup reads as it opens; every promise resolves, an unreadable value is absent. */
export interface PopupReads {
  /** The address asked for the selection's brief (`?selection=1`: the context menu's window). */
  selectionAsked: boolean;
  tab: Promise<TabRef>;
  /** storage.session's selection note and the tab's cache entry, under their keys. */
  session: Promise<Record<string, unknown>>;
  /** storage.sync's settings value as stored, unparsed. */
  settings: Promise<unknown>;
}

/** The global the first script leaves its reads under for the popup's code. */
const EARLY_READS = '__newsbriefPopupReads';

const NO_TAB: TabRef = { id: null, url: null };

// `?tabId=N` names the tab explicitly: the e2e test, and the context menu's fallback window, open
// the popup as a page. A real click opens the popup over the active tab of its window.
function readTabIdParam(params: URLSearchParams): number | null | undefined {
  const param = params.get('tabId');
  if (param === null) return undefined;
  const tabId = Number(param);
  return Number.isInteger(tabId) && tabId >= 0 ? tabId : null;
}

/**
 * Starts the popup's reads for the page address `search` and returns them at once. A named tab's
 * cache entry is read at the same time as the tab; the active tab's once the tab is known. Never
 * throws, and no promise it returns rejects.
 */
export function startPopupReads(search: string, api: PopupApi): PopupReads {
  const params = new URLSearchParams(search);
  const named = readTabIdParam(params);
  const tab: Promise<TabRef> =
    named === undefined
      ? api.queryActiveTab().then((t) => ({ id: t?.id ?? null, url: t?.url ?? null }), () => NO_TAB)
      : named === null
        ? Promise.resolve(NO_TAB)
        : api.getTab(named).then((t) => ({ id: named, url: t.url ?? null }), () => ({ id: named, url: null }));
  const tabId = named === undefined ? tab.then((t) => t.id) : Promise.resolve(named);
  const session = tabId.then(async (id) => {
    const keys = id === null ? [PENDING_SELECTION_KEY] : [PENDING_SELECTION_KEY, cacheKeyOf(id)];
    return (await api.session?.get(keys)) ?? {};
  }).catch(() => ({}));
  const settings = Promise.resolve()
    .then(async () => (await api.sync?.get(SETTINGS_KEY))?.[SETTINGS_KEY])
    .catch(() => undefined);
  return { selectionAsked: params.get('selection') === '1', tab, session, settings };
}

/** Leaves the reads on `scope` (the popup's window) for the popup's code. */
export function leaveEarlyReads(scope: object, reads: PopupReads): void {
  (scope as Record<string, unknown>)[EARLY_READS] = reads;
}

/** Returns the reads the first script left on `scope` and removes them; undefined when there are none. */
export function takeEarlyReads(scope: object): PopupReads | undefined {
  const record = scope as Record<string, unknown>;
  const reads = record[EARLY_READS] as PopupReads | undefined;
  delete record[EARLY_READS];
  return reads;
}
