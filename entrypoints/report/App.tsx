import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ExportKind, type ReportNotice, ReportView } from '../../components/ReportView';
import { ReportUiContext } from '../../components/report-ui-context';
import { UiContext } from '../../components/ui-context';
import { formatReportHtml, formatReportHtmlDocument, formatReportMarkdown } from '../../lib/report/export-text';
import { fileNameOf, outlineReport, parseReportDate } from '../../lib/report/outline';
import {
  type ReportArea,
  type ReportState,
  listReportKeys,
  moveEntry,
  readReport,
  removeKeys,
  restoreSnapshot,
  saveMeta,
  saveNote,
  takeSnapshot,
} from '../../lib/report/store';
import { type Settings, loadSettings } from '../../lib/storage/settings';
import { REPORT_META_KEY, isReportKey } from '../../lib/storage/storage-keys';
import { getReportUi } from '../../lib/report/strings';
import { pickUiLang } from '../../lib/i18n/ui-strings';
import { copyToClipboard, saveFile } from './files';

// The report page: reads the report from storage.local, re-reads it whenever any page changes it
// (an add from the popup, another report tab), and writes the reader's edits back one record at
// a time. Every decision is in lib/report/; this file wires the browser to it.

const area = (): ReportArea => browser.storage.local as unknown as ReportArea;

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; report: ReportState };

interface Undo {
  snapshot: Record<string, unknown>;
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [notice, setNotice] = useState<ReportNotice | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [now] = useState(() => Date.now());

  const refresh = useCallback(() => {
    readReport(area()).then(
      (report) => setLoad({ kind: 'ready', report }),
      () => setLoad({ kind: 'failed' }),
    );
  }, []);

  useEffect(() => {
    void loadSettings(browser.storage?.sync).then(setSettings);
    refresh();
    const onChanged = (changes: Record<string, unknown>, areaName: string) => {
      if (areaName === 'local' && Object.keys(changes).some((key) => isReportKey(key) || key === REPORT_META_KEY)) refresh();
      if (areaName === 'sync') void loadSettings(browser.storage?.sync).then(setSettings);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const ui = useMemo(
    () => (settings ? getReportUi(pickUiLang(settings.uiLanguage, [...navigator.languages, browser.i18n.getUILanguage()])) : null),
    [settings?.uiLanguage],
  );
  const report = load.kind === 'ready' ? load.report : null;
  const outline = useMemo(
    () =>
      report && ui && settings
        ? outlineReport(report.entries.map((item) => item.entry), report.meta, ui, { sections: settings.sections, maxItems: settings.maxItems }, now)
        : null,
    [report, ui, settings, now],
  );
  useEffect(() => {
    if (!ui) return;
    document.documentElement.lang = ui.lang;
    document.title = outline ? `${outline.title} · ${ui.appName}` : ui.report.pageTitle;
  }, [ui, outline?.title]);

  if (!ui || !settings) return <div class="report" aria-busy="true" />;
  if (load.kind === 'failed') return <p class="report-notice report-problem">{ui.report.readFailed}</p>;
  if (!report || !outline) return <div class="report" aria-busy="true" />;

  const r = ui.report;
  const failed = () => setNotice({ text: r.writeFailed, undo: false, problem: true });
  const run = (action: Promise<unknown>) => void action.catch(failed);

  const removeWithUndo = async (keys: string[], text: string) => {
    const snapshot = await takeSnapshot(area(), keys);
    await removeKeys(area(), keys);
    setUndo({ snapshot });
    setNotice({ text, undo: true });
  };

  const exportAs = async (kind: ExportKind) => {
    try {
      if (kind === 'docx') {
        // Loaded on first use: the Word writer is most of this page's code.
        const { packReportDocx } = await import('../../lib/report/docx');
        const bytes = await packReportDocx(outline, ui);
        saveFile(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), fileNameOf(outline, 'docx'));
      } else if (kind === 'markdown') {
        saveFile(new Blob([formatReportMarkdown(outline, ui)], { type: 'text/markdown;charset=utf-8' }), fileNameOf(outline, 'md'));
      } else {
        saveFile(new Blob([formatReportHtmlDocument(outline, ui)], { type: 'text/html;charset=utf-8' }), fileNameOf(outline, 'html'));
      }
    } catch {
      setNotice({ text: r.exportFailed, undo: false, problem: true });
    }
  };

  return (
    <UiContext.Provider value={ui}>
      <ReportUiContext.Provider value={ui}>
      <ReportView
        outline={outline}
        keys={report.entries.map((item) => item.key)}
        langs={report.entries.map((item) => item.entry.summary.lang)}
        unreadable={report.unreadable}
        notice={notice}
        focusKey={focusKey}
        onTitle={(title) => {
          const trimmed = title.trim();
          run(saveMeta(area(), { ...report.meta, title: trimmed && trimmed !== r.defaultTitle(outline.dateText) ? trimmed : null }));
        }}
        onDate={(text) => {
          const date = parseReportDate(text);
          if (date === null) setNotice({ text: r.dateInvalid(outline.dateText), undo: false, problem: true });
          else run(saveMeta(area(), { ...report.meta, date: date || null }));
        }}
        onNote={(key, note) => run(saveNote(area(), key, note.trim()))}
        onMove={(from, to) => {
          const moved = report.entries[from];
          if (!moved) return;
          setFocusKey(moved.key);
          setNotice({ text: r.moved(outline.articles[from]!.title, to + 1, report.entries.length), undo: false });
          run(moveEntry(area(), report.entries, from, to));
        }}
        onRemove={(key) => {
          const index = report.entries.findIndex((item) => item.key === key);
          const title = index >= 0 ? outline.articles[index]!.title : (report.unreadable.find((u) => u.key === key)?.url ?? key);
          run(removeWithUndo([key], r.removed(title)));
        }}
        onClear={() => run(area().get(null).then((stored) => removeWithUndo(listReportKeys(stored), r.cleared(report.entries.length + report.unreadable.length))))}
        onUndo={() => {
          if (!undo) return;
          setUndo(null);
          setNotice(null);
          run(restoreSnapshot(area(), undo.snapshot));
        }}
        onExport={(kind) => void exportAs(kind)}
        onCopy={() => copyToClipboard(formatReportMarkdown(outline, ui), formatReportHtml(outline, ui))}
      />
      </ReportUiContext.Provider>
    </UiContext.Provider>
  );
}
