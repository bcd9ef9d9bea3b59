import type { Directive, DocumentRef, Figure, Official, Person, Section, Summary } from '../schema';
import { ui } from '../ui-strings';
import { capitalizeClause, shownAddressee } from './brief-outline';

// One line per item, written once for every clipboard format: a format supplies how it escapes
// page text and marks strong/emphasis, and gets the same wording as the popup shows.

/** How a clipboard format escapes page text and marks it up. */
export interface Markup {
  /** Page text placed inline. */
  escape(text: string): string;
  /** Page text that opens a line (Markdown must defuse "# ", "- ", "1. "). */
  escapeLineStart(text: string): string;
  strong(escaped: string): string;
  em(escaped: string): string;
}

function formatOfficial(official: Official, m: Markup): string {
  const titles = official.titles.map(m.escape).join('; ');
  return `${m.strong(m.escape(official.name))}${titles ? ` — ${titles}` : ''}`;
}

function formatFigure(figure: Figure, m: Markup): string {
  const label = m.escape(figure.label);
  return `${m.strong(m.escape(figure.text))}${label ? ` — ${label}` : ''}`;
}

function formatDirective(directive: Directive, m: Markup): string {
  const by = directive.by ? ` — ${m.em(m.escape(directive.by))}` : '';
  const addressee = shownAddressee(directive);
  const to = addressee ? `${by ? ',' : ' —'} ${ui.directiveTo} ${m.escape(addressee)}` : '';
  return `${m.escapeLineStart(capitalizeClause(directive.text))}${by}${to}`;
}

function formatDocument(document: DocumentRef, m: Markup): string {
  return m.escapeLineStart(document.text);
}

function formatPerson(person: Person, m: Markup): string {
  const role = person.role ? ` — ${m.escape(person.role)}` : '';
  return `${m.strong(m.escape(person.name))}${role}`;
}

/** Returns one formatted line per item of the section, in the summary's order. */
export function formatSectionItems(section: Section, summary: Summary, m: Markup): string[] {
  switch (section) {
    case 'officials':
      return summary.officials.map((item) => formatOfficial(item, m));
    case 'figures':
      return summary.figures.map((item) => formatFigure(item, m));
    case 'directives':
      return summary.directives.map((item) => formatDirective(item, m));
    case 'documents':
      return summary.documents.map((item) => formatDocument(item, m));
    case 'people':
      return summary.people.map((item) => formatPerson(item, m));
  }
}
