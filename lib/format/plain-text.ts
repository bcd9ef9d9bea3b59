import type { Summary } from '../schema';
import { type UiStrings, formatSectionHeading, listNotes } from '../i18n/ui-strings';
import { type SectionView, listMeta, listSections, pickLinkableUrl, squashSpace } from './brief-outline';
import { type Markup, formatSectionItems } from './brief-items';
import { type FormatOptions, pickStrings } from './options';

// Plain text for apps that show exactly what they get (Zalo, SMS, a plain e-mail): the structure
// is carried by blank lines, upper-case headings and "•" bullets, never by marks a reader would
// see as stray asterisks or hashes. Page text needs no escaping: nothing here interprets it.

const BULLET = '• ';

const plain: Markup = {
  escape: squashSpace,
  escapeLineStart: squashSpace,
  strong: (text) => text,
  em: (text) => text,
};

/** Returns one section as plain-text lines: an upper-case heading, then "•" items or the empty-state line. */
export function formatPlainSection(view: SectionView, strings: UiStrings): string[] {
  const heading = formatSectionHeading(view.section, view.items ? view.items.length : null, strings, view.total);
  const lines = [heading.toLocaleUpperCase(strings.lang)];
  if (!view.items) lines.push(strings.unsupported);
  else if (view.items.length === 0) lines.push(strings.noneFound);
  else lines.push(...formatSectionItems(view, plain, strings).map((item) => `${BULLET}${item}`));
  return lines;
}

/** Returns the brief as plain text with its structure kept by layout alone; never emits Markdown or HTML marks. */
export function formatPlainText(summary: Summary, options: FormatOptions = {}): string {
  const strings = pickStrings(options);
  const lines: string[] = [squashSpace(summary.title)];
  const url = pickLinkableUrl(summary.url);
  const meta = [...listMeta(summary).map(squashSpace), ...(url ? [url] : [])];
  if (meta.length > 0) lines.push(meta.join(' · '));

  const lead = squashSpace(summary.lead.join(' '));
  if (lead) lines.push('', lead);
  const notes = listNotes(summary, strings).map(squashSpace).filter(Boolean);
  if (notes.length > 0) lines.push('', ...notes.map((note) => `${strings.notePrefix} ${note}`));

  for (const view of listSections(summary, options)) lines.push('', ...formatPlainSection(view, strings));
  return `${lines.join('\n')}\n`;
}
