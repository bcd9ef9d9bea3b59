import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brief } from '../../components/Brief';
import { CopyButton } from '../../components/CopyButton';
import { ErrorState, type PopupErrorCode } from '../../components/ErrorState';
import { Footer } from '../../components/Footer';
import { Loading } from '../../components/Loading';
import { LocateContext } from '../../components/locate-context';
import { UiContext } from '../../components/ui-context';
import type { FormatOptions } from '../../lib/format';
import { takePendingSelection } from '../../lib/pending-selection';
import { BriefReply, type Brief as BriefData, type Request } from '../../lib/protocol';
import { type Settings, loadSettings } from '../../lib/settings';
import { type UiStrings, getUiStrings, pickUiLang } from '../../lib/ui-strings';
import { copyBrief, copyJson, copySection } from './clipboard';
import { openOptions, readShortcut, showEvidenceInPage } from './page-actions';

type Source = 'article' | 'selection';

type PopupState =
  | { kind: 'loading'; source: Source }
  | { kind: 'error'; code: PopupErrorCode; message: string }
  | { kind: 'ready'; brief: BriefData };

interface Setup {
  settings: Settings;
  strings: UiStrings;
  tabId: number | null;
  /** Opened to brief the selection: by the context menu (a note, or `?selection=1` in a window). */
  selection: boolean;
}

// `?tabId=N` names the tab explicitly: the e2e test, and the context menu's fallback window, open
// the popup as a page. A real click opens the popup over the active tab of its window.
async function findTargetTabId(params: URLSearchParams): Promise<number | null> {
  const param = params.get('tabId');
  if (param !== null) {
    const tabId = Number(param);
    return Number.isInteger(tabId) && tabId >= 0 ? tabId : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// "The browser language" is the reader's preferred languages (chrome://settings/languages, which
// start with the UI language), then the UI language: a Vietnamese reader on an English Chrome who
// put Vietnamese first gets Vietnamese.
async function prepare(): Promise<Setup> {
  const params = new URLSearchParams(location.search);
  const [settings, tabId] = await Promise.all([
    loadSettings(browser.storage?.sync),
    findTargetTabId(params).catch(() => null),
  ]);
  const strings = getUiStrings(pickUiLang(settings.uiLanguage, [...navigator.languages, browser.i18n.getUILanguage()]));
  const noted = tabId !== null && (await takePendingSelection(browser.storage?.session, tabId, Date.now()));
  return { settings, strings, tabId, selection: params.get('selection') === '1' || noted };
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
  const [setup, setSetup] = useState<Setup | null>(null);
  const [state, setState] = useState<PopupState>({ kind: 'loading', source: 'article' });
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [pageNotice, setPageNotice] = useState('');

  const load = useCallback((tabId: number | null, source: Source) => {
    setState({ kind: 'loading', source });
    setPageNotice('');
    void requestBrief(tabId, source).then(setState);
  }, []);

  useEffect(() => {
    void prepare().then((ready) => {
      document.documentElement.lang = ready.strings.lang;
      document.title = ready.strings.actionTitle;
      setSetup(ready);
      load(ready.tabId, ready.selection ? 'selection' : 'article');
    });
    void readShortcut().then(setShortcut);
  }, [load]);

  const locate = useCallback(
    (sentence: string) => {
      if (setup?.tabId == null) return;
      const strings = setup.strings;
      setPageNotice('');
      void showEvidenceInPage(setup.tabId, sentence).then((result) =>
        setPageNotice(result.found ? strings.highlightShown : strings.highlightMissing),
      );
    },
    [setup],
  );

  // Nothing in a language until the settings say which: no flash of the other language.
  if (!setup) return <div class="popup" aria-busy="true" />;
  const { settings, strings: ui, tabId } = setup;
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
            <p class={pageNotice === ui.highlightMissing ? 'page-notice' : 'visually-hidden'} role="status" aria-live="polite">
              {pageNotice}
            </p>
          </main>
          <Footer shortcut={shortcut} onOpenOptions={openOptions} />
        </div>
      </LocateContext.Provider>
    </UiContext.Provider>
  );
}
