import type { Directive, Section, Summary } from '../schema';

// What the popup and every clipboard format share: which sections a brief shows, in which order,
// and how its header reads, so what Copy pastes follows what the popup shows.

const MAIN_SECTIONS: readonly Section[] = ['officials', 'figures', 'directives', 'documents'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const WEB_URL = /^https?:\/\//i;

/** A section as shown: its items, or null when the engine cannot produce it for this language. */
export interface SectionView<S extends Section = Section> {
  section: S;
  items: Summary[S] | null;
}

/** Returns the sections to show, in reading order; People only when it has someone. Never reorders items. */
export function listSections(summary: Summary): SectionView[] {
  const shown: Section[] = [...MAIN_SECTIONS];
  if (summary.people.length > 0) shown.push('people');
  return shown.map((section) => ({
    section,
    items: summary.unsupported.includes(section) ? null : summary[section],
  }));
}

/** Returns the date part of a published time ("2021-03-12"), the text as given if not ISO, or null. */
export function formatBriefDate(publishedTime: string | null): string | null {
  const trimmed = publishedTime?.trim();
  if (!trimmed) return null;
  const iso = ISO_DATE.exec(trimmed);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : trimmed;
}

/** Returns the header's site and date, skipping what the page did not give. */
export function listMeta(summary: Summary): string[] {
  const date = formatBriefDate(summary.publishedTime);
  return [summary.siteName?.trim(), date].filter((part): part is string => Boolean(part));
}

/** Returns the URL when it is an http(s) address safe to link to, else null; never links javascript: or data:. */
export function pickLinkableUrl(url: string): string | null {
  if (!WEB_URL.test(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** Returns text with runs of whitespace (newlines included) collapsed to one space, trimmed. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Returns a directive clause as a list item reads it: first letter capitalised, nothing else changed. */
/** Returns the directive's addressee when it adds something: null when the clause already opens with it. */
export function shownAddressee(directive: Directive): string | null {
  if (!directive.to) return null;
  const opens = directive.text.trim().toLocaleLowerCase().startsWith(directive.to.trim().toLocaleLowerCase());
  return opens ? null : directive.to;
}

export function capitalizeClause(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
