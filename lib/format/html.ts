import type { Summary } from '../schema';
import { formatSectionHeading, ui } from '../ui-strings';
import { listMeta, listSections, pickLinkableUrl, squashSpace } from './brief-outline';
import { type Markup, formatSectionItems } from './brief-items';

// The text/html flavour of Copy: the same structure as the Markdown, for editors that keep
// headings and bold (Word, Google Docs, Gmail). Every piece of page text goes through escapeHtml.

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Returns text with HTML's special characters as entities, whitespace collapsed; never returns markup. */
export function escapeHtml(text: string): string {
  return squashSpace(text).replace(HTML_SPECIAL, (char) => HTML_ENTITY[char] ?? char);
}

const html: Markup = {
  escape: escapeHtml,
  escapeLineStart: escapeHtml,
  strong: (escaped) => `<strong>${escaped}</strong>`,
  em: (escaped) => `<em>${escaped}</em>`,
};

/** Returns the brief as an HTML fragment with all page text escaped; links only http(s) URLs. */
export function formatHtml(summary: Summary): string {
  const parts: string[] = [`<h1>${escapeHtml(summary.title)}</h1>`];
  const url = pickLinkableUrl(summary.url);
  const meta = listMeta(summary).map(escapeHtml);
  if (url) meta.push(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`);
  if (meta.length > 0) parts.push(`<p>${meta.join(' · ')}</p>`);

  const lead = escapeHtml(summary.lead.join(' '));
  if (lead) parts.push(`<p>${lead}</p>`);
  for (const note of summary.notes.map(squashSpace).filter(Boolean)) {
    parts.push(`<p><em>${escapeHtml(`${ui.notePrefix} ${note}`)}</em></p>`);
  }

  for (const { section, items } of listSections(summary)) {
    parts.push(`<h2>${escapeHtml(formatSectionHeading(section, items ? items.length : null))}</h2>`);
    if (!items) parts.push(`<p>${escapeHtml(ui.unsupported)}</p>`);
    else if (items.length === 0) parts.push(`<p>${escapeHtml(ui.noneFound)}</p>`);
    else parts.push(`<ul>${formatSectionItems(section, summary, html).map((item) => `<li>${item}</li>`).join('')}</ul>`);
  }
  return parts.join('\n');
}
