import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type BriefLayout, BriefView, type StepBar, formatOptionsOf } from '../../components/BriefView';
import type { ItemRef } from '../../components/locate-context';
import type { BriefSource, BriefState } from '../../lib/popup/brief-state';
import { shownEvidence, stepItem } from '../../lib/popup/panel';
import { MarkCleared } from '../../lib/protocol/messages';
import type { Settings } from '../../lib/storage/settings';
import { stringsFor } from './brief-requests';
import { copyBrief, copyJson, copySection } from './clipboard';
import { clearEvidenceInPage, openOptions, showEvidenceInPage } from './page-actions';
import { ReportControls } from './ReportControls';

// The brief view's glue, one for the popup and the side panel: the UI language from the settings,
// Copy, and pointing items into the page. The panel (`layout: 'panel'`) holds the mark until the
// reader moves on, steps through a section with Next/Previous, and clears the mark on Esc.

interface BriefScreenProps {
  layout: BriefLayout;
  tabId: number | null;
  state: BriefState;
  /** Null while the settings are being read: nothing is shown in a language until they are known. */
  settings: Settings | null;
  shortcut: string | null;
  onLoad: (source: BriefSource) => void;
  /** The popup's "Open in side panel": resolves to whether the panel opened. */
  onOpenPanel?: () => Promise<boolean>;
  /** The panel: told of every tab it marked, so the marks can be cleared when it closes. */
  onMarked?: (tabId: number) => void;
}

const NO_NOTICE = { text: '', problem: false };

export function BriefScreen({ layout, tabId, state, settings, shortcut, onLoad, onOpenPanel, onMarked }: BriefScreenProps) {
  const hold = layout === 'panel';
  const [notice, setNotice] = useState(NO_NOTICE);
  const [current, setCurrent] = useState<ItemRef | null>(null);
  const ui = useMemo(() => (settings ? stringsFor(settings) : null), [settings?.uiLanguage]);

  useEffect(() => {
    if (!ui) return;
    document.documentElement.lang = ui.lang;
    document.title = ui.actionTitle;
  }, [ui]);

  // Another brief, or another tab: no item is current and no notice stands, and the panel's mark
  // in the tab it leaves goes too, so the page never keeps a mark the panel no longer shows.
  const marked = useRef<number | null>(null);
  useEffect(() => {
    setCurrent(null);
    setNotice(NO_NOTICE);
    return () => {
      if (marked.current !== null) void clearEvidenceInPage(marked.current);
      marked.current = null;
    };
  }, [state, tabId]);

  const locate = useCallback(
    (sentence: string, at?: ItemRef) => {
      if (tabId === null || !ui) return;
      setNotice(NO_NOTICE);
      if (hold) {
        setCurrent(at ?? null);
        marked.current = tabId;
        onMarked?.(tabId);
      }
      void showEvidenceInPage(tabId, sentence, hold).then((result) =>
        setNotice(result.found ? { text: ui.highlightShown, problem: false } : { text: ui.highlightMissing, problem: true }),
      );
    },
    [tabId, ui, hold, onMarked],
  );

  const clear = useCallback(() => {
    setCurrent(null);
    marked.current = null;
    if (tabId === null || !ui) return;
    void clearEvidenceInPage(tabId).then(() => setNotice({ text: ui.markCleared, problem: false }));
  }, [tabId, ui]);

  // Esc in the page cleared the mark there (the highlighter says so): the panel stops showing it.
  useEffect(() => {
    if (!hold || tabId === null) return;
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (sender.tab?.id !== tabId || !MarkCleared.safeParse(message).success) return;
      setCurrent(null);
      marked.current = null;
      if (ui) setNotice({ text: ui.markCleared, problem: false });
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [hold, tabId, ui]);

  // Esc clears the mark, from anywhere in the panel (the page's own Esc is the highlighter's).
  useEffect(() => {
    if (!hold) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && current) clear();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hold, current, clear]);

  if (!settings || !ui) return <div class={hold ? 'popup panel' : 'popup'} aria-busy="true" />;
  const summary = state.kind === 'ready' ? state.brief.summary : null;
  const options = formatOptionsOf(ui, settings);

  let step: StepBar | null = null;
  if (hold && summary && current) {
    const evidence = shownEvidence(summary, current.section, options);
    step = {
      current,
      count: evidence.length,
      onStep: (direction) => {
        const index = stepItem(current.index, evidence.length, direction);
        const sentence = index === null ? undefined : evidence[index];
        if (index !== null && sentence !== undefined) locate(sentence, { section: current.section, index });
      },
      onClear: clear,
    };
  }

  return (
    <BriefView
      layout={layout}
      ui={ui}
      state={state}
      settings={settings}
      shortcut={shortcut}
      locate={tabId === null ? null : locate}
      pageNotice={notice}
      onCopyAll={(s) => copyBrief(s, settings.copyFormat, options)}
      onCopyJson={(s) => copyJson(s)}
      onCopySection={(s, section) => copySection(s, section, settings.copyFormat, options)}
      onRetry={() => onLoad('article')}
      onSummarizeSelection={() => onLoad('selection')}
      onOpenOptions={openOptions}
      onOpenPanel={
        onOpenPanel &&
        (() =>
          void onOpenPanel().then((opened) => {
            if (!opened) setNotice({ text: ui.openInPanelFailed, problem: true });
          }))
      }
      step={step}
      beforeBrief={summary && <ReportControls summary={summary} />}
    />
  );
}
