import { useUi } from './ui-context';

export function Loading({ selection }: { selection?: boolean }) {
  const ui = useUi();
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>{selection ? ui.loadingSelection : ui.loading}</p>
    </div>
  );
}
