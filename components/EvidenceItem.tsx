import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type ItemRef, useIsCurrent, useLocate } from './locate-context';
import { useUi } from './ui-context';

interface EvidenceItemProps {
  /** The item's main line. */
  children: ComponentChildren;
  /** A second, quieter line (a directive's issuer), if any. */
  source?: ComponentChildren;
  /** The sentence the item came from, shown on demand. */
  evidence: string;
  /** Which item this is, for the side panel's current item and Next/Previous. */
  at?: ItemRef;
}

/**
 * A list item whose main line, when a page is open, is a button that shows its sentence in the page,
 * and a small "Source" toggle that reveals the evidence sentence here (and in the page too).
 */
export function EvidenceItem({ children, source, evidence, at }: EvidenceItemProps) {
  const ui = useUi();
  const locate = useLocate();
  const current = useIsCurrent(at);
  const item = useRef<HTMLLIElement>(null);
  // Next/Previous make another item current: it scrolls into the panel's view too.
  useEffect(() => {
    if (current) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const [open, setOpen] = useState(false);
  const quoteId = useId();
  const hasEvidence = Boolean(evidence.trim());
  const canLocate = hasEvidence && locate !== null;
  const toggle = hasEvidence ? (
    <button
      type="button"
      class="source-toggle"
      lang={ui.lang}
      aria-expanded={open}
      aria-controls={quoteId}
      onClick={() => {
        if (!open) locate?.(evidence, at);
        setOpen(!open);
      }}
    >
      {ui.showSource}
    </button>
  ) : null;
  const main = canLocate ? (
    <button
      type="button"
      class="item-text item-jump"
      title={ui.showInPage}
      aria-current={current ? 'true' : undefined}
      onClick={() => locate?.(evidence, at)}
    >
      {children}
    </button>
  ) : (
    <span class="item-text">{children}</span>
  );
  return (
    <li class={current ? 'item item-current' : 'item'} ref={item}>
      <p class="item-line">
        {main}
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
