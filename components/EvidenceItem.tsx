import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { ui } from '../lib/ui-strings';

interface EvidenceItemProps {
  /** The item's main line. */
  children: ComponentChildren;
  /** A second, quieter line (a directive's issuer), if any. */
  source?: ComponentChildren;
  /** The sentence the item came from, shown on demand. */
  evidence: string;
}

/** A list item with a small "Source" toggle at the end of its last line that reveals the evidence sentence. */
export function EvidenceItem({ children, source, evidence }: EvidenceItemProps) {
  const [open, setOpen] = useState(false);
  const quoteId = useId();
  const toggle = evidence.trim() ? (
    <button
      type="button"
      class="source-toggle"
      lang={ui.lang}
      aria-expanded={open}
      aria-controls={quoteId}
      onClick={() => setOpen(!open)}
    >
      {ui.showSource}
    </button>
  ) : null;
  return (
    <li class="item">
      <p class="item-line">
        <span class="item-text">{children}</span>
        {!source && toggle}
      </p>
      {source && (
        <p class="item-source">
          {source}
          {toggle}
        </p>
      )}
      {toggle && (
        <blockquote id={quoteId} class="evidence" hidden={!open}>
          {evidence}
        </blockquote>
      )}
    </li>
  );
}
