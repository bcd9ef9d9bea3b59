import type { Directive, DocumentRef, Figure, Official, Person } from '../schema';
import type { UiStrings } from '../i18n/ui-strings';
import { type SectionView, capitalizeClause, shownAddressee } from './brief-outline';

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

function formatDirective(directive: Directive, m: Markup, strings: UiStrings): string {
  const by = directive.by ? ` — ${m.em(m.escape(directive.by))}` : '';
  const addressee = shownAddressee(directive);
  const to = addressee ? `${by ? ',' : ' —'} ${strings.directiveTo} ${m.escape(addressee)}` : '';
  return `${m.escapeLineStart(capitalizeClause(directive.text))}${by}${to}`;
}

function formatDocument(document: DocumentRef, m: Markup): string {
  return m.escapeLineStart(document.text);
}

function formatPerson(person: Person, m: Markup): string {
  const role = person.role ? ` — ${m.escape(person.role)}` : '';
  return `${m.strong(m.escape(person.name))}${role}`;
}

/** Returns one formatted line per item shown in the section view, in the summary's order; none for an unsupported section. */
export function formatSectionItems(view: SectionView, m: Markup, strings: UiStrings): string[] {
  switch (view.section) {
    case 'officials':
      return (view.items ?? []).map((item) => formatOfficial(item, m));
    case 'figures':
      return (view.items ?? []).map((item) => formatFigure(item, m));
    case 'directives':
      return (view.items ?? []).map((item) => formatDirective(item, m, strings));
    case 'documents':
      return (view.items ?? []).map((item) => formatDocument(item, m));
    case 'people':
      return (view.items ?? []).map((item) => formatPerson(item, m));
  }
}
