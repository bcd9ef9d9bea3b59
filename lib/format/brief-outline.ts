import type { Directive, Section, Summary } from '../schema';

// What the popup and every clipboard format share: which sections a brief shows, in which order,
// and how its header reads, so what Copy pastes follows what the popup shows.

const MAIN_SECTIONS: readonly Section[] = ['officials', 'figures', 'directives', 'documents'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const WEB_URL = /^https?:\/\//i;

/** A section as shown: its items (capped by the settings), or null when the engine cannot produce it for this language. */
export type SectionView = {
  [S in Section]: {
    section: S;
    items: Summary[S] | null;
    /** Items the brief holds before the cap, or null for an unsupported section. */
    total: number | null;
  };
}[Section];

/** Which sections to show and how many items each: what the reader's settings choose. */
export interface ViewOptions {
  /** Sections to include; all when absent. Their order is always the brief's. */
  sections?: readonly Section[];
  /** Items per section; 0 or absent for all. */
  maxItems?: number;
}

function viewSection<S extends Section>(summary: Summary, section: S, maxItems: number): SectionView {
  if (summary.unsupported.includes(section)) return { section, items: null, total: null } as SectionView;
  const all = summary[section];
  const items = maxItems > 0 ? all.slice(0, maxItems) : all;
  return { section, items, total: all.length } as SectionView;
}

/** Returns the sections to show, in reading order; People only when it has someone. Never reorders items. */
export function listSections(summary: Summary, options: ViewOptions = {}): SectionView[] {
  const shown: Section[] = [...MAIN_SECTIONS];
  if (summary.people.length > 0) shown.push('people');
  const wanted = options.sections;
  return shown
    .filter((section) => !wanted || wanted.includes(section))
    .map((section) => viewSection(summary, section, options.maxItems ?? 0));
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

/** Returns the directive's addressee when it adds something: null when the clause already names it ("urged the public to …"). */
export function shownAddressee(directive: Directive): string | null {
  if (!directive.to) return null;
  const named = squashSpace(directive.text).toLocaleLowerCase().includes(squashSpace(directive.to).toLocaleLowerCase());
  return named ? null : directive.to;
}

/** Returns a directive clause as a list item reads it: first letter capitalised, nothing else changed. */
export function capitalizeClause(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
