import { useState } from 'preact/hooks';
import type { ReportOutline } from '../lib/report/outline';
import type { UnreadableItem } from '../lib/report/store';
import { CopyButton } from './CopyButton';
import { ReportAcross } from './ReportAcross';
import { ReportArticle } from './ReportArticle';
import { useReportUi } from './report-ui-context';

export type ExportKind = 'docx' | 'markdown' | 'html';

/** A line for the reader after an action, with an Undo when the action removed something. */
export interface ReportNotice {
  text: string;
  undo: boolean;
  problem?: boolean;
}

interface ReportViewProps {
  outline: ReportOutline;
  /** The storage key of each article, in `outline.articles` order. */
  keys: string[];
  /** The brief's language of each article, in the same order. */
  langs: string[];
  unreadable: UnreadableItem[];
  notice: ReportNotice | null;
  /** The key of the article whose handle should hold the focus (just moved by keyboard). */
  focusKey: string | null;
  /** The reader changed the title or date; '' asks for the default back. */
  onTitle: (title: string) => void;
  onDate: (date: string) => void;
  onNote: (key: string, note: string) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (key: string) => void;
  onClear: () => void;
  onUndo: () => void;
  onExport: (kind: ExportKind) => void;
  onCopy: () => Promise<boolean>;
}

/** The report page: title and date, export, the articles in order with notes, unreadable records, "Across articles". */
export function ReportView(props: ReportViewProps) {
  const { outline, keys, langs, unreadable, notice } = props;
  const ui = useReportUi();
  const r = ui.report;
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const count = outline.articles.length;
  const hasAny = count > 0 || unreadable.length > 0;

  return (
    <div class="report" lang={ui.lang}>
      <header class="report-header">
        <p class="app-name">{ui.appName}</p>
        <h1 class="report-title">
          <input
            class="title-input"
            value={outline.title}
            aria-label={r.titleLabel}
            onChange={(event) => props.onTitle(event.currentTarget.value)}
          />
        </h1>
        <p class="report-date">
          <label>
            {r.dateLabel}{' '}
            <input class="date-input" size={Math.max(10, outline.dateText.length + 1)} value={outline.dateText} onChange={(event) => props.onDate(event.currentTarget.value)} />
          </label>
          <span class="report-count-text"> · {r.articleCount(count)}</span>
        </p>
        <div class="export-bar" role="group" aria-label={r.exportHeading}>
          <span class="export-label">{r.exportHeading}:</span>
          <button type="button" class="action-button" disabled={count === 0} onClick={() => props.onExport('docx')}>
            {r.exportDocx}
          </button>
          <button type="button" class="small-button" disabled={count === 0} onClick={() => props.onExport('markdown')}>
            {r.exportMarkdown}
          </button>
          <button type="button" class="small-button" disabled={count === 0} onClick={() => props.onExport('html')}>
            {r.exportHtml}
          </button>
          {count > 0 && <CopyButton onCopy={props.onCopy} label={r.copyReport} ariaLabel={r.copyReportLabel} />}
          {hasAny && (
            <button type="button" class="small-button danger clear-all" onClick={props.onClear}>
              {r.clearAll}
            </button>
          )}
        </div>
        <div class={notice ? `report-notice${notice.problem ? ' report-problem' : ''}` : 'visually-hidden'} role="status" aria-live="polite">
          {notice?.text}
          {notice?.undo && (
            <button type="button" class="link-button undo" onClick={props.onUndo}>
              {r.undo}
            </button>
          )}
        </div>
      </header>

      <main class="report-main">
        {!hasAny && <p class="report-empty">{r.empty}</p>}
        {count > 0 && (
          <section aria-labelledby="articles-heading">
            <h2 id="articles-heading" class="part-heading">
              {r.articlesHeading}
            </h2>
            <ol class="report-articles">
              {outline.articles.map((article, i) => (
                <ReportArticle
                  key={keys[i]}
                  article={article}
                  lang={langs[i] ?? ui.lang}
                  count={count}
                  focused={props.focusKey === keys[i]}
                  dragging={dragFrom === i}
                  onNote={(note) => props.onNote(keys[i]!, note)}
                  onMove={(delta) => {
                    const to = i + delta;
                    if (to >= 0 && to < count) props.onMove(i, to);
                  }}
                  onRemove={() => props.onRemove(keys[i]!)}
                  onDragStart={() => setDragFrom(i)}
                  onDragEnd={() => setDragFrom(null)}
                  onDrop={() => {
                    if (dragFrom !== null && dragFrom !== i) props.onMove(dragFrom, i);
                    setDragFrom(null);
                  }}
                />
              ))}
            </ol>
          </section>
        )}
        {unreadable.length > 0 && (
          <ul class="unreadable-list">
            {unreadable.map((item) => (
              <li class="unreadable" key={item.key}>
                <p class="unreadable-title">
                  <strong>{r.unreadable}</strong>: <span class="article-address">{item.url}</span>
                </p>
                <p class="unreadable-help">{r.unreadableHelp}</p>
                <button type="button" class="small-button danger" onClick={() => props.onRemove(item.key)}>
                  {r.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ReportAcross across={outline.across} shown={outline.acrossShown} />
      </main>
    </div>
  );
}
