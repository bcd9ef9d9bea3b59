import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportArticle as ArticleView } from '../lib/report/outline';
import { renderItems } from './Brief';
import { Section } from './Section';
import { useReportUi } from './report-ui-context';

interface ReportArticleProps {
  article: ArticleView;
  /** The brief's language, for the browser's spelling and fonts. */
  lang: string;
  count: number;
  /** True right after this article was moved: its handle takes the focus back. */
  focused: boolean;
  dragging: boolean;
  onNote: (note: string) => void;
  /** Asks to move the article by `delta` places (−1 up, +1 down). */
  onMove: (delta: number) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  /** Another article was dropped on this one. */
  onDrop: () => void;
}

const NOTE_SAVE_MS = 500;

/** One article of the report: number, title, site and date, address, the reader's note, its brief; move and remove controls. */
export function ReportArticle(props: ReportArticleProps) {
  const { article, lang, count, focused, dragging, onNote, onMove, onRemove } = props;
  const ui = useReportUi();
  const r = ui.report;
  const [draft, setDraft] = useState(article.note);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const handle = useRef<HTMLButtonElement>(null);
  const [over, setOver] = useState(false);

  // The stored note wins unless the reader is typing in this box right now.
  useEffect(() => {
    if (!editing.current) setDraft(article.note);
  }, [article.note]);
  useEffect(() => {
    if (focused) handle.current?.focus();
  }, [focused, article.number]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = (value: string) => {
    clearTimeout(timer.current);
    if (value.trim() !== article.note) onNote(value);
  };
  const titleId = `article-${article.number}-title`;

  return (
    <li
      class={`report-article${dragging ? ' is-dragging' : ''}${over ? ' is-drop-target' : ''}`}
      aria-labelledby={titleId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        props.onDrop();
      }}
    >
      <div class="article-controls">
        <button
          ref={handle}
          type="button"
          class="drag-handle"
          draggable
          title={r.dragHandle}
          aria-label={`${r.dragHandle}: ${article.title}`}
          onDragStart={(event) => {
            event.dataTransfer?.setData('text/plain', String(article.number));
            props.onDragStart();
          }}
          onDragEnd={props.onDragEnd}
          onKeyDown={(event) => {
            if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
            event.preventDefault();
            onMove(event.key === 'ArrowUp' ? -1 : 1);
          }}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <button type="button" class="small-button" disabled={article.number === 1} aria-label={r.moveLabel(article.title, r.moveUp)} onClick={() => onMove(-1)}>
          ↑ {r.moveUp}
        </button>
        <button type="button" class="small-button" disabled={article.number === count} aria-label={r.moveLabel(article.title, r.moveDown)} onClick={() => onMove(1)}>
          ↓ {r.moveDown}
        </button>
        <button type="button" class="small-button danger" aria-label={r.removeLabel(article.title)} onClick={onRemove}>
          {r.remove}
        </button>
      </div>
      <article class="brief report-brief" lang={lang}>
        <h2 class="brief-title" id={titleId}>
          <span class="article-number">{article.number}.</span> {article.title}
        </h2>
        <p class="brief-meta">
          {article.meta.length > 0 && `${article.meta.join(' · ')} · `}
          {article.link ? (
            <a href={article.link} target="_blank" rel="noopener noreferrer" class="article-address">
              {article.url}
            </a>
          ) : (
            <span class="article-address">{article.url}</span>
          )}
        </p>
        <label class="note" lang={ui.lang}>
          <span class="note-label">{r.notePrefix}</span>
          <textarea
            class="note-input"
            rows={2}
            value={draft}
            placeholder={r.notePlaceholder}
            aria-label={r.noteLabel(article.title)}
            onFocus={() => (editing.current = true)}
            onBlur={(event) => {
              editing.current = false;
              flush(event.currentTarget.value);
            }}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setDraft(value);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => flush(value), NOTE_SAVE_MS);
            }}
          />
        </label>
        {article.lead && <p class="brief-lead">{article.lead}</p>}
        {article.sections.map((view) => (
          <Section key={view.section} section={view.section} count={view.items ? view.items.length : null} total={view.total} level={3}>
            {renderItems(view)}
          </Section>
        ))}
      </article>
    </li>
  );
}
