import type { ComponentChildren } from 'preact';
import type { Section as SectionName } from '../lib/schema';
import { ui } from '../lib/ui-strings';

interface SectionProps {
  section: SectionName;
  /** Items found, or null when the engine cannot produce this section for the page's language. */
  count: number | null;
  children?: ComponentChildren;
}

/** A titled section of the brief: its items, "None found", or "Not available for this language". */
export function Section({ section, count, children }: SectionProps) {
  const headingId = `section-${section}`;
  return (
    <section class="section" aria-labelledby={headingId} data-section={section}>
      <h2 id={headingId} lang={ui.lang}>
        {ui.sections[section]}
        {count !== null && <span class="count"> ({count})</span>}
      </h2>
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
    </section>
  );
}
