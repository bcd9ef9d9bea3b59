import { useEffect, useRef, useState } from 'preact/hooks';
import { useUi } from './ui-context';

type CopyStatus = 'idle' | 'copied' | 'failed';

const CONFIRM_MS = 2500;

interface CopyButtonProps {
  /** Writes the clipboard; resolves true when it did. Called inside the click so the browser allows it. */
  onCopy: () => Promise<boolean>;
  /** Visible label; "Copy" when absent. */
  label?: string;
  /** Accessible name; the whole-brief wording when absent. */
  ariaLabel?: string;
  /** A smaller button, for section headings. */
  small?: boolean;
}

/** A Copy button that confirms through an ARIA live region, so screen readers hear it too. */
export function CopyButton({ onCopy, label, ariaLabel, small }: CopyButtonProps) {
  const ui = useUi();
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    const copied = await onCopy().catch(() => false);
    setStatus(copied ? 'copied' : 'failed');
    timer.current = setTimeout(() => setStatus('idle'), CONFIRM_MS);
  };

  return (
    <span class={small ? 'copy copy-small' : 'copy'}>
      <button
        type="button"
        class={small ? 'copy-button copy-button-small' : 'copy-button'}
        aria-label={ariaLabel ?? ui.copyLabel}
        onClick={copy}
      >
        {status === 'copied' ? ui.copied : (label ?? ui.copy)}
      </button>
      <span class="visually-hidden" role="status" aria-live="polite">
        {status === 'copied' ? ui.copiedAnnouncement : ''}
      </span>
      {status === 'failed' && (
        <span class="copy-failed" role="alert">
          {ui.copyFailed}
        </span>
      )}
    </span>
  );
}
