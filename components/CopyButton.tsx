import { useEffect, useRef, useState } from 'preact/hooks';
import { ui } from '../lib/ui-strings';

type CopyStatus = 'idle' | 'copied' | 'failed';

const CONFIRM_MS = 2500;

interface CopyButtonProps {
  /** Writes the clipboard; resolves true when it did. Called inside the click so the browser allows it. */
  onCopy: () => Promise<boolean>;
}

/** A Copy button that confirms through an ARIA live region, so screen readers hear it too. */
export function CopyButton({ onCopy }: CopyButtonProps) {
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
    <div class="copy">
      <button type="button" class="copy-button" aria-label={ui.copyLabel} onClick={copy}>
        {status === 'copied' ? ui.copied : ui.copy}
      </button>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status === 'copied' ? ui.copiedAnnouncement : ''}
      </p>
      {status === 'failed' && (
        <p class="copy-failed" role="alert">
          {ui.copyFailed}
        </p>
      )}
    </div>
  );
}
