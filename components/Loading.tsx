import { useEffect, useState } from 'preact/hooks';
import { useUi } from './ui-context';

/** How long a brief usually takes at most; past it the reader is told the page is large, not stuck. */
export const SLOW_AFTER_MS = 1_500;

export function Loading({ selection, slowAfterMs = SLOW_AFTER_MS }: { selection?: boolean; slowAfterMs?: number }) {
  const ui = useUi();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [slowAfterMs]);
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>{selection ? ui.loadingSelection : ui.loading}</p>
      {slow && <p class="loading-slow">{ui.loadingSlow}</p>}
    </div>
  );
}
