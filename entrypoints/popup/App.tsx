import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BriefSource, BriefState } from '../../lib/popup/brief-state';
import { type PopupReads, takeEarlyReads } from '../../lib/popup/popup-reads';
import { type PopupStart, findPopupStart } from '../../lib/popup/popup-start';
import { DEFAULT_SETTINGS, type Settings, parseSettings } from '../../lib/storage/settings';
import { BriefScreen } from './BriefScreen';
import { requestBrief } from './brief-requests';
import { canOpenPanel, openPanel, readShortcut } from './page-actions';

/** The tab, and whether the popup was opened to brief its selection (the context menu's note, or `?selection=1`). */
type Target = Omit<PopupStart, 'cached'>;

/** What the popup asks the browser for as it starts, all at once: no request waits for another. */
interface Startup {
  settings: Promise<Settings>;
  target: Promise<Target>;
  /** The first brief, asked for as soon as the tab and the pending-selection note are known. */
  brief: Promise<BriefState>;
}

/** The popup's first script, which popup.html loads as a classic script in its <head>. */
const FIRST_SCRIPT = '/popup-reads.js';

/** No tab and nothing stored: the reads when even the first script cannot be loaded. */
const NO_READS: PopupReads = {
  selectionAsked: false,
  tab: Promise.resolve({ id: null, url: null }),
  session: Promise.resolve({}),
  settings: Promise.resolve(undefined),
};

// The reads the first script left. When it did not run, the popup runs that same script (already
// loaded by popup.html, so no second copy of its code is in the popup's bundle) and takes them.
function takeReads(): Promise<PopupReads> {
  const early = takeEarlyReads(globalThis);
  if (early) return Promise.resolve(early);
  return import(/* @vite-ignore */ FIRST_SCRIPT).then(
    () => takeEarlyReads(globalThis) ?? NO_READS,
    () => NO_READS,
  );
}

// Called during the first render, before the first paint. The tab, the selection note, the cached
// brief and the settings were asked for by the popup's first script (lib/popup/popup-reads.ts) while this
// code loaded. A reopen on the same page shows the cached brief straight from storage.session;
// otherwise the background is asked (and extracts). The settings, which only choose the language
// and the sections shown, never hold the brief up.
function startPopup(): Startup {
  const reads = takeReads();
  const start = reads.then((r) => findPopupStart(r, browser.storage?.session, Date.now()));
  const target = start.then(({ tabId, selection }): Target => ({ tabId, selection }));
  return {
    settings: reads.then((r) => r.settings).then(parseSettings),
    target,
    brief: start.then((s) =>
      s.cached ? { kind: 'ready', brief: s.cached } : requestBrief(s.tabId, s.selection ? 'selection' : 'article'),
    ),
  };
}

/** The toolbar popup: the brief of the tab it opened over, in the shared brief view (BriefScreen). */
export function App() {
  const [startup] = useState(startPopup);
  const [storedSettings, setStoredSettings] = useState<Settings | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [state, setState] = useState<BriefState>({ kind: 'loading', source: 'article' });
  const [shortcut, setShortcut] = useState<string | null>(null);
  /** What the brief shown (or coming) is of: the panel is asked for the same. */
  const [source, setSource] = useState<BriefSource>('article');

  const tabId = target?.tabId ?? null;
  const load = useCallback(
    (source: BriefSource) => {
      setSource(source);
      setState({ kind: 'loading', source });
      void requestBrief(tabId, source).then(setState);
    },
    [tabId],
  );

  // Subscribed before the first paint (a plain effect waits for the next frame): the requests are
  // already in flight, and a warm brief may be back within that frame.
  useLayoutEffect(() => {
    void startup.settings.then(setStoredSettings);
    void startup.target.then((t) => {
      setTarget(t);
      if (t.selection) {
        setSource('selection');
        setState({ kind: 'loading', source: 'selection' });
      }
    });
    void startup.brief.then(setState);
    // The footer's shortcut waits for the brief: one browser call fewer in the way of a warm open.
    void startup.brief.then(readShortcut).then(setShortcut);
  }, [startup]);

  // Nothing in a language until the settings say which: no flash of the other language. They come
  // from storage.sync within a few ms, before the brief; a brief that comes first is not held back
  // and shows in the default language until they arrive.
  const settings = storedSettings ?? (state.kind === 'loading' ? null : DEFAULT_SETTINGS);

  // "Open in side panel": sidePanel.open must run inside this click, synchronously, so that it
  // counts as the user's gesture; the panel then briefs the tab with the activeTab grant the
  // toolbar click gave. The popup closes: the brief has moved.
  const onOpenPanel =
    tabId !== null && canOpenPanel()
      ? () =>
          openPanel(tabId, source).then((opened) => {
            if (opened) window.close();
            return opened;
          })
      : undefined;

  return <BriefScreen layout="popup" tabId={tabId} state={state} settings={settings} shortcut={shortcut} onLoad={load} onOpenPanel={onOpenPanel} />;
}
