import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brief } from '../../components/Brief';
import { CopyButton } from '../../components/CopyButton';
import { ErrorState, type PopupErrorCode } from '../../components/ErrorState';
import { Footer } from '../../components/Footer';
import { Loading } from '../../components/Loading';
import { LocateContext } from '../../components/locate-context';
import { UiContext } from '../../components/ui-context';
import type { FormatOptions } from '../../lib/format';
import { startPopupReads, takeEarlyReads } from '../../lib/popup-reads';
import { type PopupStart, findPopupStart } from '../../lib/popup-start';
import { BriefReply, type Brief as BriefData, type Request, type RestrictedReason } from '../../lib/protocol';
import { DEFAULT_SETTINGS, type Settings, parseSettings } from '../../lib/settings';
import { type UiStrings, getUiStrings, pickUiLang } from '../../lib/ui-strings';
import { copyBrief, copyJson, copySection } from './clipboard';
import { openOptions, readShortcut, showEvidenceInPage } from './page-actions';
import { makePopupApi } from './popup-api';

type Source = 'article' | 'selection';

type PopupState =
  | { kind: 'loading'; source: Source }
  | { kind: 'error'; code: PopupErrorCode; message: string; reason?: RestrictedReason }
  | { kind: 'ready'; brief: BriefData };

/** The tab, and whether the popup was opened to brief its selection (the context menu's note, or `?selection=1`). */
type Target = Omit<PopupStart, 'cached'>;

/** What the popup asks the browser for as it starts, all at once: no request waits for another. */
interface Startup {
  settings: Promise<Settings>;
  target: Promise<Target>;
  /** The first brief, asked for as soon as the tab and the pending-selection note are known. */
  brief: Promise<PopupState>;
}

// "The browser language" is the reader's preferred languages (chrome://settings/languages, which
// start with the UI language), then the UI language: a Vietnamese reader on an English Chrome who
// put Vietnamese first gets Vietnamese.
function stringsFor(settings: Settings): UiStrings {
  return getUiStrings(pickUiLang(settings.uiLanguage, [...navigator.languages, browser.i18n.getUILanguage()]));
}

// Called during the first render, before the first paint. The tab, the selection note, the cached
// brief and the settings were asked for by the popup's first script (lib/popup-reads.ts) while this
// code loaded. A reopen on the same page shows the cached brief straight from storage.session;
// otherwise the background is asked (and extracts). The settings, which only choose the language
// and the sections shown, never hold the brief up.
function startPopup(): Startup {
  const reads = takeEarlyReads(globalThis) ?? startPopupReads(location.search, makePopupApi());
  const start = findPopupStart(reads, browser.storage?.session, Date.now());
  const target = start.then(({ tabId, selection }): Target => ({ tabId, selection }));
  return {
    settings: reads.settings.then(parseSettings),
    target,
    brief: start.then((s) =>
      s.cached ? { kind: 'ready', brief: s.cached } : requestBrief(s.tabId, s.selection ? 'selection' : 'article'),
    ),
  };
}

async function requestBrief(tabId: number | null, source: Source): Promise<PopupState> {
  try {
    if (tabId === null) return { kind: 'error', code: 'no-tab', message: '' };
    const request: Request = { type: source === 'selection' ? 'summarize-selection' : 'summarize-tab', tabId };
    const reply = BriefReply.safeParse(await browser.runtime.sendMessage(request));
    if (!reply.success) return { kind: 'error', code: 'unreadable-reply', message: '' };
    if (!reply.data.ok) return { kind: 'error', ...reply.data.error };
    return { kind: 'ready', brief: reply.data.data };
  } catch (error) {
    return { kind: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}

export function App() {
  const [startup] = useState(startPopup);
  const [storedSettings, setStoredSettings] = useState<Settings | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [state, setState] = useState<PopupState>({ kind: 'loading', source: 'article' });
  const [shortcut, setShortcut] = useState<string | null>(null);
  // What "Show in page" did: the sentence highlighted, not found, or nothing yet. Worded at render.
  const [pageNotice, setPageNotice] = useState<'shown' | 'missing' | null>(null);

  const load = useCallback((tabId: number | null, source: Source) => {
    setState({ kind: 'loading', source });
    setPageNotice(null);
    void requestBrief(tabId, source).then(setState);
  }, []);

  // Subscribed before the first paint (a plain effect waits for the next frame): the requests are
  // already in flight, and a warm brief may be back within that frame.
  useLayoutEffect(() => {
    void startup.settings.then(setStoredSettings);
    void startup.target.then((t) => {
      setTarget(t);
      if (t.selection) setState({ kind: 'loading', source: 'selection' });
    });
    void startup.brief.then(setState);
    // The footer's shortcut waits for the brief: one browser call fewer in the way of a warm open.
    void startup.brief.then(readShortcut).then(setShortcut);
  }, [startup]);

  // Nothing in a language until the settings say which: no flash of the other language. They come
  // from storage.sync within a few ms, before the brief; a brief that comes first is not held back
  // and shows in the default language until they arrive.
  const settings = storedSettings ?? (state.kind === 'loading' ? null : DEFAULT_SETTINGS);
  const ui = useMemo(() => (settings ? stringsFor(settings) : null), [settings?.uiLanguage]);
  useEffect(() => {
    if (!ui) return;
    document.documentElement.lang = ui.lang;
    document.title = ui.actionTitle;
  }, [ui]);
  const tabId = target?.tabId ?? null;

  const locate = useCallback(
    (sentence: string) => {
      if (tabId === null || !ui) return;
      setPageNotice(null);
      void showEvidenceInPage(tabId, sentence).then((result) => setPageNotice(result.found ? 'shown' : 'missing'));
    },
    [tabId, ui],
  );

  if (!settings || !ui) return <div class="popup" aria-busy="true" />;
  const options: FormatOptions = { strings: ui, sections: settings.sections, maxItems: settings.maxItems };
  const summary = state.kind === 'ready' ? state.brief.summary : null;

  return (
    <UiContext.Provider value={ui}>
      <LocateContext.Provider value={tabId === null ? null : locate}>
        <div class="popup">
          <header class="toolbar">
            <span class="app-name">{ui.appName}</span>
            {summary && (
              <div class="toolbar-actions">
                <CopyButton onCopy={() => copyBrief(summary, settings.copyFormat, options)} />
                <CopyButton onCopy={() => copyJson(summary)} label={ui.copyJson} ariaLabel={ui.copyJsonLabel} />
              </div>
            )}
          </header>
          <main class="content" aria-busy={state.kind === 'loading'}>
            {state.kind === 'loading' && <Loading selection={state.source === 'selection'} />}
            {state.kind === 'error' && (
              <ErrorState
                code={state.code}
                message={state.message}
                reason={state.reason}
                onRetry={() => load(tabId, 'article')}
                onSummarizeSelection={() => load(tabId, 'selection')}
              />
            )}
            {summary && (
              <Brief
                summary={summary}
                options={options}
                sectionAction={(section) => (
                  <CopyButton
                    small
                    label={ui.copySection}
                    ariaLabel={ui.copySectionLabel(ui.sections[section])}
                    onCopy={() => copySection(summary, section, settings.copyFormat, options)}
                  />
                )}
              />
            )}
            {state.kind === 'ready' && state.brief.article.truncated && <p class="page-notice truncated-note">{ui.truncatedNote}</p>}
            <p class={pageNotice === 'missing' ? 'page-notice' : 'visually-hidden'} role="status" aria-live="polite">
              {pageNotice === 'missing' ? ui.highlightMissing : pageNotice === 'shown' ? ui.highlightShown : ''}
            </p>
          </main>
          <Footer shortcut={shortcut} onOpenOptions={openOptions} />
        </div>
      </LocateContext.Provider>
    </UiContext.Provider>
  );
}
