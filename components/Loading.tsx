import { ui } from '../lib/ui-strings';

export function Loading() {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>{ui.loading}</p>
    </div>
  );
}
