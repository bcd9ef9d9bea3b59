import { useUi } from './ui-context';

interface FooterProps {
  /** The keys that open the popup, '' when the reader removed them, null while unknown (or not shown). */
  shortcut: string | null;
  onOpenOptions: () => void;
  /** "Open in side panel", in the popup where the browser has a side panel. */
  onOpenPanel?: () => void;
}

/** The footer: the keyboard shortcut that opens the brief, the side panel, and the way to the options page. */
export function Footer({ shortcut, onOpenOptions, onOpenPanel }: FooterProps) {
  const ui = useUi();
  return (
    <footer class="footer">
      <span class="shortcut">
        {shortcut === null ? '' : shortcut ? ui.shortcut(shortcut) : ui.shortcutUnset}
      </span>
      <span class="footer-actions">
        {onOpenPanel && (
          <button type="button" class="link-button open-panel" onClick={onOpenPanel}>
            {ui.openInPanel}
          </button>
        )}
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {ui.openOptions}
        </button>
      </span>
    </footer>
  );
}
