import type { ComponentChildren } from 'preact';
import { type SectionView, type ViewOptions, listMeta, listSections } from '../lib/format';
import type { Section as SectionName, Summary } from '../lib/schema';
import { listNotes } from '../lib/i18n/ui-strings';
import { DirectiveItem } from './DirectiveItem';
import { DocumentItem } from './DocumentItem';
import { FigureItem } from './FigureItem';
import { OfficialItem } from './OfficialItem';
import { PersonItem } from './PersonItem';
import { Section } from './Section';
import { useUi } from './ui-context';

/** Returns the items of a section view as list items, each with its evidence. */
export function renderItems(view: SectionView) {
  switch (view.section) {
    case 'officials':
      return view.items?.map((item, i) => <OfficialItem key={i} official={item} at={{ section: view.section, index: i }} />);
    case 'figures':
      return view.items?.map((item, i) => <FigureItem key={i} figure={item} at={{ section: view.section, index: i }} />);
    case 'directives':
      return view.items?.map((item, i) => <DirectiveItem key={i} directive={item} at={{ section: view.section, index: i }} />);
    case 'documents':
      return view.items?.map((item, i) => <DocumentItem key={i} document={item} at={{ section: view.section, index: i }} />);
    case 'people':
      return view.items?.map((item, i) => <PersonItem key={i} person={item} at={{ section: view.section, index: i }} />);
  }
}

interface BriefProps {
  summary: Summary;
  /** Which sections and how many items: the reader's settings. All when absent. */
  options?: ViewOptions;
  /** A control for each section's heading (its Copy button), if any. */
  sectionAction?: (section: SectionName) => ComponentChildren;
}

/** The whole brief: title, site and date, lead, notes, then one section per kind of item. */
export function Brief({ summary, options, sectionAction }: BriefProps) {
  const ui = useUi();
  const meta = listMeta(summary);
  const lead = summary.lead.join(' ').trim();
  return (
    <article class="brief" lang={summary.lang}>
      <header class="brief-header">
        <h1 class="brief-title">{summary.title}</h1>
        {meta.length > 0 && <p class="brief-meta">{meta.join(' · ')}</p>}
        {lead && <p class="brief-lead">{lead}</p>}
        {listNotes(summary, ui).map((note, i) => (
          <p key={i} class="brief-note" lang={ui.lang}>
            {note}
          </p>
        ))}
      </header>
      {listSections(summary, options).map((view) => (
        <Section
          key={view.section}
          section={view.section}
          count={view.items ? view.items.length : null}
          total={view.total}
          action={view.items && view.items.length > 0 ? sectionAction?.(view.section) : undefined}
        >
          {renderItems(view)}
        </Section>
      ))}
    </article>
  );
}
