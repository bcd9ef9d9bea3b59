import type { ComponentChildren } from 'preact';
import type { BriefState } from '../lib/popup/brief-state';
import type { FormatOptions } from '../lib/format';
import type { Section, Summary } from '../lib/schema';
import type { Settings } from '../lib/storage/settings';
import type { UiStrings } from '../lib/i18n/ui-strings';
import { Brief } from './Brief';
import { CopyButton } from './CopyButton';
import { ErrorState } from './ErrorState';
import { Footer } from './Footer';
import { Loading } from './Loading';
import { CurrentItemContext, type ItemRef, type LocateEvidence, LocateContext } from './locate-context';
import { UiContext } from './ui-context';

/** Where the brief is shown: the toolbar popup (420 px, closes on a click into the page) or the
 *  side panel (the panel's width, stays open beside the page). */
export type BriefLayout = 'popup' | 'panel';

/** The side panel's bar for the item marked in the page. */
export interface StepBar {
  current: ItemRef;
  /** Items shown in the current item's section. */
  count: number;
  onStep: (direction: 1 | -1) => void;
  onClear: () => void;
}

export interface BriefViewProps {
  layout: BriefLayout;
  ui: UiStrings;
  state: BriefState;
  settings: Settings;
  /** The keys that open the brief, '' when unset, null while unknown. */
  shortcut: string | null;
  /** Shows an item's sentence in the page; null where there is no page to point into. */
  locate: LocateEvidence | null;
  /** What the last locate said ("could not be found" is shown, success only announced). */
  pageNotice: { text: string; problem: boolean };
  onCopyAll: (summary: Summary) => Promise<boolean>;
  onCopyJson: (summary: Summary) => Promise<boolean>;
  onCopySection: (summary: Summary, section: Section) => Promise<boolean>;
  onRetry: () => void;
  onSummarizeSelection: () => void;
  onOpenOptions: () => void;
  /** The popup's "Open in side panel"; absent in the panel and where the browser has none. */
  onOpenPanel?: () => void;
  /** The panel's Next/Previous bar, when an item is marked in the page. */
  step?: StepBar | null;
  /** More controls beside Copy in the toolbar, shown with a brief. */
  toolbarActions?: ComponentChildren;
  /** A line above the brief, shown with it: the popup's and panel's "Add to report". */
  beforeBrief?: ComponentChildren;
}

/** Returns the format options the reader's settings give, in the UI language. */
export function formatOptionsOf(ui: UiStrings, settings: Settings): FormatOptions {
  return { strings: ui, sections: settings.sections, maxItems: settings.maxItems };
}

function StepBarView({ step, ui }: { step: StepBar; ui: UiStrings }) {
  const { current, count, onStep, onClear } = step;
  const name = ui.sections[current.section];
  return (
    <div class="step-bar" role="group" aria-label={ui.stepPosition(name, current.index + 1, count)}>
      <span class="step-position" aria-hidden="true">
        {ui.stepPosition(name, current.index + 1, count)}
      </span>
      <span class="step-actions">
        <button type="button" class="step-button" aria-label={ui.previousItemLabel(name)} disabled={current.index <= 0} onClick={() => onStep(-1)}>
          ‹ {ui.previousItem}
        </button>
        <button type="button" class="step-button" aria-label={ui.nextItemLabel(name)} disabled={current.index >= count - 1} onClick={() => onStep(1)}>
          {ui.nextItem} ›
        </button>
        <button type="button" class="step-button step-clear" aria-label={ui.clearMarkLabel} onClick={onClear}>
          {ui.clearMark}
        </button>
      </span>
    </div>
  );
}

/** The brief as the reader sees it, in the popup and in the side panel alike: toolbar with Copy,
 *  the brief (or loading, an error, the panel's idle line), the footer. Props in, events out. */
export function BriefView(props: BriefViewProps) {
  const { layout, ui, state, settings, shortcut, locate, pageNotice, step } = props;
  const options = formatOptionsOf(ui, settings);
  const summary = state.kind === 'ready' ? state.brief.summary : null;
  return (
    <UiContext.Provider value={ui}>
      <LocateContext.Provider value={locate}>
        <CurrentItemContext.Provider value={step?.current ?? null}>
          <div class={layout === 'panel' ? 'popup panel' : 'popup'} data-layout={layout}>
            <div class="top">
              <header class="toolbar">
                <span class="app-name">{ui.appName}</span>
                {summary && (
                  <div class="toolbar-actions">
                    {props.toolbarActions}
                    <CopyButton onCopy={() => props.onCopyAll(summary)} />
                    <CopyButton onCopy={() => props.onCopyJson(summary)} label={ui.copyJson} ariaLabel={ui.copyJsonLabel} />
                  </div>
                )}
              </header>
              {summary && step && <StepBarView step={step} ui={ui} />}
            </div>
            <main class="content" aria-busy={state.kind === 'loading'}>
              {state.kind === 'idle' && shortcut !== null && (
                <p class="panel-idle">{shortcut ? ui.panelIdle(shortcut) : ui.panelIdleNoShortcut}</p>
              )}
              {state.kind === 'loading' && <Loading selection={state.source === 'selection'} />}
              {state.kind === 'error' && (
                <ErrorState code={state.code} message={state.message} reason={state.reason} onRetry={props.onRetry} onSummarizeSelection={props.onSummarizeSelection} />
              )}
              {summary && props.beforeBrief}
              {summary && (
                <Brief
                  summary={summary}
                  options={options}
                  sectionAction={(section) => (
                    <CopyButton
                      small
                      label={ui.copySection}
                      ariaLabel={ui.copySectionLabel(ui.sections[section])}
                      onCopy={() => props.onCopySection(summary, section)}
                    />
                  )}
                />
              )}
              {state.kind === 'ready' && state.brief.article.truncated && <p class="page-notice truncated-note">{ui.truncatedNote}</p>}
              <p class={pageNotice.problem ? 'page-notice' : 'visually-hidden'} role="status" aria-live="polite">
                {pageNotice.text}
              </p>
            </main>
            <Footer shortcut={shortcut} onOpenOptions={props.onOpenOptions} onOpenPanel={props.onOpenPanel} />
          </div>
        </CurrentItemContext.Provider>
      </LocateContext.Provider>
    </UiContext.Provider>
  );
}
