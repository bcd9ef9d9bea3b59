import type { Summary } from '../schema';
import { type UiStrings, formatSectionHeading, listNotes } from '../i18n/ui-strings';
import { type SectionView, listMeta, listSections, pickLinkableUrl, squashSpace } from './brief-outline';
import { type Markup, formatSectionItems } from './brief-items';
import { type FormatOptions, pickStrings } from './options';

// Markdown that also reads as plain text: it is what Copy puts on the clipboard as text/plain, so
// it must paste cleanly into Word, Zalo and Slack. Page text is escaped only where it would change
// the structure (emphasis, links, HTML, a line that would become a heading or a list), so ordinary
// Vietnamese or English text pastes without stray backslashes.

const INLINE_MARKUP = /[\\`*_[\]<>~]/g;
const ENTITY_START = /&(?=#?[a-z0-9]+;)/gi;
// A line opening with these would become a heading, list item or rule.
const BLOCK_MARKER = /^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|-{3,})/;
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=\s|$)/;

/** Returns page text safe to place inline in Markdown: one line, markup characters escaped. */
export function escapeMarkdown(text: string): string {
  return squashSpace(text).replace(INLINE_MARKUP, '\\$&').replace(ENTITY_START, '\\&');
}

/** Returns escaped Markdown with a line-opening heading, list or rule marker defused. */
export function defuseLineStart(escaped: string): string {
  return escaped.replace(BLOCK_MARKER, '\\$&').replace(ORDERED_MARKER, '$1\\$2');
}

/** Markdown's escaping and marks, for formats that build on the brief's (the report). */
export const markdown: Markup = {
  escape: escapeMarkdown,
  escapeLineStart: (text) => defuseLineStart(escapeMarkdown(text)),
  strong: (escaped) => `**${escaped}**`,
  em: (escaped) => `*${escaped}*`,
};

/** Returns one section as Markdown lines: its heading (level 2 unless told), then its items, "None found" or "Not available". */
export function formatMarkdownSection(view: SectionView, strings: UiStrings, level = 2): string[] {
  const lines = [`${'#'.repeat(level)} ${formatSectionHeading(view.section, view.items ? view.items.length : null, strings, view.total)}`];
  if (!view.items) lines.push(strings.unsupported);
  else if (view.items.length === 0) lines.push(strings.noneFound);
  else lines.push(...formatSectionItems(view, markdown, strings).map((item) => `- ${item}`));
  return lines;
}

/** Returns the brief as Markdown (also its plain-text form); evidence sentences are left out to keep it pasteable. */
export function formatMarkdown(summary: Summary, options: FormatOptions = {}): string {
  const strings = pickStrings(options);
  const lines: string[] = [`# ${escapeMarkdown(summary.title)}`];
  const url = pickLinkableUrl(summary.url);
  // An autolink keeps "_" and "*" in the address literal, and <…> is how plain text marks a URL.
  const meta = [...listMeta(summary).map(escapeMarkdown), ...(url ? [`<${url}>`] : [])];
  if (meta.length > 0) lines.push(defuseLineStart(meta.join(' · ')));

  const lead = summary.lead.join(' ');
  if (squashSpace(lead)) lines.push('', markdown.escapeLineStart(lead));
  const notes = listNotes(summary, strings).map(squashSpace).filter(Boolean);
  if (notes.length > 0) lines.push('', ...notes.map((note) => `${strings.notePrefix} ${escapeMarkdown(note)}`));

  for (const view of listSections(summary, options)) lines.push('', ...formatMarkdownSection(view, strings));
  return `${lines.join('\n')}\n`;
}
