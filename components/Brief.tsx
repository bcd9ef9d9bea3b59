import { listMeta, listSections, type SectionView } from '../lib/format';
import type { Summary } from '../lib/schema';
import { ui } from '../lib/ui-strings';
import { DirectiveItem } from './DirectiveItem';
import { DocumentItem } from './DocumentItem';
import { FigureItem } from './FigureItem';
import { OfficialItem } from './OfficialItem';
import { PersonItem } from './PersonItem';
import { Section } from './Section';

function renderItems(view: SectionView, summary: Summary) {
  if (!view.items) return null;
  switch (view.section) {
    case 'officials':
      return summary.officials.map((item, i) => <OfficialItem key={i} official={item} />);
    case 'figures':
      return summary.figures.map((item, i) => <FigureItem key={i} figure={item} />);
    case 'directives':
      return summary.directives.map((item, i) => <DirectiveItem key={i} directive={item} />);
    case 'documents':
      return summary.documents.map((item, i) => <DocumentItem key={i} document={item} />);
    case 'people':
      return summary.people.map((item, i) => <PersonItem key={i} person={item} />);
  }
}

/** The whole brief: title, site and date, lead, notes, then one section per kind of item. */
export function Brief({ summary }: { summary: Summary }) {
  const meta = listMeta(summary);
  const lead = summary.lead.join(' ').trim();
  return (
    <article class="brief" lang={summary.lang}>
      <header class="brief-header">
        <h1 class="brief-title">{summary.title}</h1>
        {meta.length > 0 && <p class="brief-meta">{meta.join(' · ')}</p>}
        {lead && <p class="brief-lead">{lead}</p>}
        {summary.notes.map((note, i) => (
          <p key={i} class="brief-note" lang={ui.lang}>
            {note}
          </p>
        ))}
      </header>
      {listSections(summary).map((view) => (
        <Section key={view.section} section={view.section} count={view.items ? view.items.length : null}>
          {renderItems(view, summary)}
        </Section>
      ))}
    </article>
  );
}
