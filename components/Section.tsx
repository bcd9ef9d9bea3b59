import type { ComponentChildren } from 'preact';
import type { Section as SectionName } from '../lib/schema';
import { useUi } from './ui-context';

interface SectionProps {
  section: SectionName;
  /** Items shown, or null when the engine cannot produce this section for the page's language. */
  count: number | null;
  /** Items the brief holds before the settings' cap; `count` when absent. */
  total?: number | null;
  /** A control beside the heading (the section's Copy button). */
  action?: ComponentChildren;
  children?: ComponentChildren;
}

/** A titled section of the brief: its items, "None found", or "Not available for this language". */
export function Section({ section, count, total = count, action, children }: SectionProps) {
  const ui = useUi();
  const headingId = `section-${section}`;
  const hidden = count !== null && total !== null && total > count ? total - count : 0;
  return (
    <section class="section" aria-labelledby={headingId} data-section={section}>
      <div class="section-head">
        <h2 id={headingId} lang={ui.lang}>
          {ui.sections[section]}
          {count !== null && <span class="count"> ({hidden > 0 && total !== null ? ui.countOf(count, total) : count})</span>}
        </h2>
        {action}
      </div>
      {count === null ? (
        <p class="section-empty" lang={ui.lang}>
          {ui.unsupported}
        </p>
      ) : count === 0 ? (
        <p class="section-empty" lang={ui.lang}>
          {ui.noneFound}
        </p>
      ) : (
        <ul class="items">{children}</ul>
      )}
      {hidden > 0 && (
        <p class="section-more" lang={ui.lang}>
          {ui.moreItems(hidden)}
        </p>
      )}
    </section>
  );
}
