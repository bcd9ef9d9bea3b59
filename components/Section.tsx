import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
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
  /** The heading's level: 2 in a brief of its own, 3 inside the report's article. */
  level?: 2 | 3;
}

/** A titled section of the brief: its items, "None found", or "Not available for this language". */
export function Section({ section, count, total = count, action, children, level = 2 }: SectionProps) {
  const ui = useUi();
  // Unique per instance: the report page shows one brief per article.
  const headingId = `section-${section}-${useId()}`;
  const Heading = level === 3 ? 'h3' : 'h2';
  const hidden = count !== null && total !== null && total > count ? total - count : 0;
  return (
    <section class="section" aria-labelledby={headingId} data-section={section}>
      <div class="section-head">
        <Heading id={headingId} lang={ui.lang}>
          {ui.sections[section]}
          {count !== null && <span class="count"> ({hidden > 0 && total !== null ? ui.countOf(count, total) : count})</span>}
        </Heading>
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
