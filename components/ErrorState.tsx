import type { ViewErrorCode } from '../lib/popup/brief-state';
import type { RestrictedReason } from '../lib/protocol/messages';
import type { UiStrings } from '../lib/i18n/ui-strings';
import { useUi } from './ui-context';

/** An error from the background, or 'unreadable-reply' when its answer did not parse (lib/popup/brief-state.ts). */
export type PopupErrorCode = ViewErrorCode;

interface ErrorStateProps {
  code: PopupErrorCode;
  message: string;
  /** Why a page is restricted ('restricted-page'), when the background knows. */
  reason?: RestrictedReason;
  onRetry?: () => void;
  /** Offered where the page is not an article or has no selection: brief the selected text instead. */
  onSummarizeSelection?: () => void;
}

function describeError(code: PopupErrorCode, reason: RestrictedReason | undefined, ui: UiStrings): string {
  if (code === 'unreadable-reply') return ui.unreadableReply;
  if (code === 'restricted-page' && reason) return ui.restrictedReasons[reason];
  return ui.errors[code];
}

const SELECTION_CODES: ReadonlySet<PopupErrorCode> = new Set(['not-article', 'no-selection', 'too-large']);

/** One plain sentence saying why there is no brief; the technical detail only on demand. */
export function ErrorState({ code, message, reason, onRetry, onSummarizeSelection }: ErrorStateProps) {
  const ui = useUi();
  const sentence = describeError(code, reason, ui);
  // The message is technical detail (a browser error, the refused URL), shown as it is on demand.
  const detail = message.trim() && message !== sentence ? message : null;
  const offerSelection = onSummarizeSelection && SELECTION_CODES.has(code);
  return (
    <div class="error" role="alert" data-error-code={code}>
      <p class="error-sentence">{sentence}</p>
      {detail && (
        <details class="error-details">
          <summary>{ui.errorDetails}</summary>
          <p>{detail}</p>
        </details>
      )}
      {offerSelection && (
        <div class="selection-offer">
          <p class="selection-hint">{ui.selectionHint}</p>
          <button type="button" class="action-button" onClick={onSummarizeSelection}>
            {ui.summarizeSelection}
          </button>
        </div>
      )}
      {onRetry && !SELECTION_CODES.has(code) && code !== 'restricted-page' && (
        <button type="button" class="action-button" onClick={onRetry}>
          {ui.retry}
        </button>
      )}
    </div>
  );
}
