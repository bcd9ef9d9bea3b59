import { useUi } from './ui-context';

interface FooterProps {
  /** The keys that open the popup, '' when the reader removed them, null while unknown. */
  shortcut: string | null;
  onOpenOptions: () => void;
}

/** The popup's footer: the keyboard shortcut that opens it, and the way to the options page. */
export function Footer({ shortcut, onOpenOptions }: FooterProps) {
  const ui = useUi();
  return (
    <footer class="footer">
      <span class="shortcut">
        {shortcut === null ? '' : shortcut ? ui.shortcut(shortcut) : ui.shortcutUnset}
      </span>
      <button type="button" class="link-button" onClick={onOpenOptions}>
        {ui.openOptions}
      </button>
    </footer>
  );
}
