import { useUi } from './ui-context';

/** What the last press of "Add to report" did. */
export type AddStatus = 'idle' | 'busy' | 'added' | 'updated' | 'full' | { failed: string };

interface AddToReportProps {
  /** Articles in the report; null while unknown. Shown on the button from 1 up. */
  count: number | null;
  /** Whether this page is already in the report: the button then updates it. */
  inReport: boolean;
  status: AddStatus;
  onAdd: () => void;
  onOpen: () => void;
}

/** The brief's "Add to report" (with the report's article count on it) and "Open report". */
export function AddToReport({ count, inReport, status, onAdd, onOpen }: AddToReportProps) {
  const ui = useUi();
  const r = ui.report;
  const message =
    status === 'added' ? r.addedToReport : status === 'updated' ? r.updatedInReport : status === 'full' ? r.full : typeof status === 'object' ? r.addFailed(status.failed) : '';
  const problem = status === 'full' || typeof status === 'object';
  return (
    <div class="add-to-report" lang={ui.lang}>
      <button type="button" class="report-button" onClick={onAdd} disabled={status === 'busy'}>
        {inReport ? r.updateInReport : r.addToReport}
        {count !== null && count > 0 && (
          <>
            <span class="report-count" aria-hidden="true">
              {count}
            </span>
            <span class="visually-hidden">{` (${r.countLabel(count)})`}</span>
          </>
        )}
      </button>
      <button type="button" class="link-button" onClick={onOpen}>
        {r.openReport}
      </button>
      <p class={problem ? 'report-status report-problem' : 'visually-hidden'} role={problem ? 'alert' : 'status'} aria-live="polite">
        {message}
      </p>
    </div>
  );
}
