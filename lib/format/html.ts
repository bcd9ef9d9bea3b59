import type { Summary } from '../schema';
import { type UiStrings, formatSectionHeading, listNotes } from '../i18n/ui-strings';
import { type SectionView, listMeta, listSections, pickLinkableUrl, squashSpace } from './brief-outline';
import { type Markup, formatSectionItems } from './brief-items';
import { type FormatOptions, pickStrings } from './options';

// The text/html flavour of Copy: the same structure as the Markdown, for editors that keep
// headings and bold (Word, Google Docs, Gmail). Every piece of page text goes through escapeHtml.

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Returns text with HTML's special characters as entities, whitespace collapsed; never returns markup. */
export function escapeHtml(text: string): string {
  return squashSpace(text).replace(HTML_SPECIAL, (char) => HTML_ENTITY[char] ?? char);
}

/** HTML's escaping and marks, for formats that build on the brief's (the report). */
export const html: Markup = {
  escape: escapeHtml,
  escapeLineStart: escapeHtml,
  strong: (escaped) => `<strong>${escaped}</strong>`,
  em: (escaped) => `<em>${escaped}</em>`,
};

/** Returns one section as HTML: a heading (h2 unless told), then a list, "None found" or "Not available"; page text escaped. */
export function formatHtmlSection(view: SectionView, strings: UiStrings, level = 2): string {
  const heading = `<h${level}>${escapeHtml(formatSectionHeading(view.section, view.items ? view.items.length : null, strings, view.total))}</h${level}>`;
  if (!view.items) return `${heading}\n<p>${escapeHtml(strings.unsupported)}</p>`;
  if (view.items.length === 0) return `${heading}\n<p>${escapeHtml(strings.noneFound)}</p>`;
  return `${heading}\n<ul>${formatSectionItems(view, html, strings).map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** Returns the brief as an HTML fragment with all page text escaped; links only http(s) URLs. */
export function formatHtml(summary: Summary, options: FormatOptions = {}): string {
  const strings = pickStrings(options);
  const parts: string[] = [`<h1>${escapeHtml(summary.title)}</h1>`];
  const url = pickLinkableUrl(summary.url);
  const meta = listMeta(summary).map(escapeHtml);
  if (url) meta.push(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`);
  if (meta.length > 0) parts.push(`<p>${meta.join(' · ')}</p>`);

  const lead = escapeHtml(summary.lead.join(' '));
  if (lead) parts.push(`<p>${lead}</p>`);
  for (const note of listNotes(summary, strings).map(squashSpace).filter(Boolean)) {
    parts.push(`<p><em>${escapeHtml(`${strings.notePrefix} ${note}`)}</em></p>`);
  }
  for (const view of listSections(summary, options)) parts.push(formatHtmlSection(view, strings));
  return parts.join('\n');
}
