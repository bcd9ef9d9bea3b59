import type { ErrorCode } from '../lib/protocol';
import { ui } from '../lib/ui-strings';

/** An error from the background, or 'unreadable-reply' when its answer did not parse. */
export type PopupErrorCode = ErrorCode | 'unreadable-reply';

interface ErrorStateProps {
  code: PopupErrorCode;
  message: string;
  onRetry?: () => void;
}

function describeError(code: PopupErrorCode, message: string): string {
  if (code === 'unreadable-reply') return ui.unreadableReply;
  // The background already words restricted pages for the reader (which page, what to do).
  if (code === 'restricted-page' && message.trim()) return message;
  return ui.errors[code];
}

/** One plain sentence saying why there is no brief; the technical detail only on demand. */
export function ErrorState({ code, message, onRetry }: ErrorStateProps) {
  const sentence = describeError(code, message);
  const detail = message.trim() && message !== sentence ? message : null;
  return (
    <div class="error" role="alert" data-error-code={code}>
      <p class="error-sentence">{sentence}</p>
      {detail && (
        <details class="error-details">
          <summary>{ui.errorDetails}</summary>
          <p>{detail}</p>
        </details>
      )}
      {onRetry && code !== 'not-article' && code !== 'restricted-page' && (
        <button type="button" class="retry-button" onClick={onRetry}>
          {ui.retry}
        </button>
      )}
    </div>
  );
}
