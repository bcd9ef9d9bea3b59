import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickCachedBrief } from '../../lib/storage/brief-cache';
import type { BriefSource, BriefState } from '../../lib/popup/brief-state';
import { type PanelPlace, addMarkedTab, followActivation, isNavigation, readPanelRequest } from '../../lib/popup/panel-tabs';
import { type Settings, loadSettings, parseSettings } from '../../lib/storage/settings';
import { PANEL_MARKS_KEY, PANEL_REQUEST_KEY, SETTINGS_KEY, cacheKeyOf } from '../../lib/storage/storage-keys';
import { BriefScreen } from '../popup/BriefScreen';
import { requestBrief } from '../popup/brief-requests';
import { readShortcut } from '../popup/page-actions';

// The side panel (Chrome) or sidebar (Firefox): the same brief view as the popup, which stays
// beside the page. It follows the active tab of its window: a tab whose brief was asked for shows
// it, any other says which click or shortcut briefs it. A tab that navigates loses its brief. It
// briefs a tab only when asked (the note left by the popup's button, the toolbar click or the
// shortcut: lib/popup/panel.ts), because only such a gesture grants activeTab on the tab.
//
// `?tabId=N` (`&selection=1`) opens it as a page aimed at tab N and briefs it at once, like the
// popup's page: the e2e tests and the benchmark open it that way.

const IDLE: BriefState = { kind: 'idle' };
const session = () => browser.storage?.session;

function readTabParam(): { tabId: number; source: BriefSource } | null {
  const params = new URLSearchParams(location.search);
  const tabId = Number(params.get('tabId') ?? NaN);
  if (!Number.isInteger(tabId) || tabId < 0) return null;
  return { tabId, source: params.get('selection') === '1' ? 'selection' : 'article' };
}

async function findPlace(): Promise<PanelPlace> {
  const [win, own] = await Promise.all([
    browser.windows.getCurrent().catch(() => null),
    browser.tabs.getCurrent().catch(() => undefined),
  ]);
  return { windowId: win?.id ?? null, ownTabId: own?.id ?? null };
}

/** The tab's brief from the warm cache, when the tab shows the page it was made from (its address is
 *  visible only where NewsBrief may read the tab); null otherwise. */
async function readCached(tabId: number): Promise<BriefState | null> {
  try {
    const [tab, stored] = await Promise.all([browser.tabs.get(tabId), session()?.get(cacheKeyOf(tabId)) ?? {}]);
    const brief = tab.url ? pickCachedBrief(stored[cacheKeyOf(tabId)], tab.url) : null;
    return brief ? { kind: 'ready', brief } : null;
  } catch {
    return null;
  }
}

// Closing the panel removes every mark it left: the background clears the tabs listed under
// PANEL_MARKS_KEY when it hears the panel close. Chrome's side panel says so itself
// (sidePanel.onClosed, which wakes a stopped worker); elsewhere (Firefox's sidebar, the panel's
// page in a tab) the panel keeps a port open to the background and its closing is the signal. A
// worker Chrome stopped drops the port; it is opened again.
function hasPanelClosedEvent(place: PanelPlace): boolean {
  const sidePanel = (browser as unknown as { sidePanel?: { onClosed?: unknown } }).sidePanel;
  return place.ownTabId === null && sidePanel?.onClosed !== undefined;
}

function keepPanelPort(): () => void {
  let closed = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const connect = () => {
    if (closed) return;
    try {
      port = browser.runtime.connect({ name: 'panel' });
      port.onDisconnect.addListener(() => setTimeout(connect, 100));
    } catch {
      port = null;
    }
  };
  connect();
  return () => {
    closed = true;
    port?.disconnect();
  };
}

async function rememberMarkedTab(tabId: number): Promise<void> {
  const area = session();
  if (!area) return;
  const stored = (await area.get(PANEL_MARKS_KEY))[PANEL_MARKS_KEY];
  await area.set({ [PANEL_MARKS_KEY]: addMarkedTab(stored, tabId) });
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<BriefState>({ kind: 'loading', source: 'article' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  // Nothing is shown until the panel knows which tab it is on: no spinner for a brief nobody asked for.
  const [started, setStarted] = useState(false);
  // Each tab's state as the panel last knew it, kept while the tab shows the same page.
  const memory = useRef(new Map<number, BriefState>());
  const shown = useRef<number | null>(null);
  const place = useRef<PanelPlace>({ windowId: null, ownTabId: null });
  const closePort = useRef<() => void>(() => undefined);

  const setTabState = useCallback((id: number, next: BriefState) => {
    if (next.kind === 'idle') memory.current.delete(id);
    else memory.current.set(id, next);
    if (shown.current === id) setState(next);
  }, []);

  const show = useCallback(async (id: number) => {
    shown.current = id;
    setTabId(id);
    const known = memory.current.get(id);
    if (known) return setState(known);
    setState(IDLE);
    const cached = await readCached(id);
    if (cached && shown.current === id && !memory.current.has(id)) setTabState(id, cached);
  }, [setTabState]);

  const brief = useCallback((id: number, source: BriefSource) => {
    const loading: BriefState = { kind: 'loading', source };
    shown.current = id;
    setTabId(id);
    setTabState(id, loading);
    void requestBrief(id, source).then((result) => {
      // Dropped when the tab navigated (or was asked again) meanwhile: never shown against another page.
      if (memory.current.get(id) === loading) setTabState(id, result);
    });
  }, [setTabState]);

  // Takes a note left for a tab of this window, once.
  const takeRequest = useCallback(async (stored: unknown) => {
    const request = readPanelRequest(stored, Date.now());
    if (!request) return false;
    const tab = await browser.tabs.get(request.tabId).catch(() => null);
    if (!tab || (place.current.windowId !== null && tab.windowId !== place.current.windowId)) return false;
    await session()?.remove(PANEL_REQUEST_KEY).catch(() => undefined);
    brief(request.tabId, request.source);
    return true;
  }, [brief]);

  useEffect(() => {
    const named = readTabParam();
    void (async () => {
      place.current = await findPlace();
      if (!hasPanelClosedEvent(place.current)) closePort.current = keepPanelPort();
      if (named) return brief(named.tabId, named.source);
      const stored = (await session()?.get(PANEL_REQUEST_KEY).catch(() => undefined)) ?? {};
      if (await takeRequest(stored[PANEL_REQUEST_KEY])) return;
      const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      if (active?.id !== undefined && active.id !== place.current.ownTabId) await show(active.id);
      else setState(IDLE);
    })().finally(() => setStarted(true));
    void loadSettings(browser.storage?.sync).then(setSettings);
    void readShortcut().then(setShortcut);

    const onActivated = (info: { tabId: number; windowId: number }) => {
      const next = followActivation(info, place.current);
      if (next !== null) void show(next);
    };
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (isNavigation(change) && memory.current.has(id)) setTabState(id, IDLE);
    };
    const onRemoved = (id: number) => {
      memory.current.delete(id);
      if (shown.current === id) setState(IDLE);
    };
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && SETTINGS_KEY in changes) setSettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
      if (area !== 'session') return;
      if (changes[PANEL_REQUEST_KEY]?.newValue !== undefined) void takeRequest(changes[PANEL_REQUEST_KEY].newValue);
      // The popup briefed the shown tab (a toolbar click while the panel is open): show it here too.
      const id = shown.current;
      if (id !== null && changes[cacheKeyOf(id)]?.newValue !== undefined && !memory.current.has(id)) {
        void readCached(id).then((cached) => {
          if (cached && shown.current === id && !memory.current.has(id)) setTabState(id, cached);
        });
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.storage.onChanged.removeListener(onStorage);
      closePort.current();
    };
  }, [brief, show, takeRequest, setTabState]);

  const onMarked = useCallback((id: number) => void rememberMarkedTab(id).catch(() => undefined), []);

  return (
    <BriefScreen
      layout="panel"
      tabId={tabId}
      state={state}
      settings={started ? settings : null}
      shortcut={shortcut}
      onLoad={(source) => tabId !== null && brief(tabId, source)}
      onMarked={onMarked}
    />
  );
}
