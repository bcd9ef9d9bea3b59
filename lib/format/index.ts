import type { Section, Summary } from '../schema';
import { listSections } from './brief-outline';
import { formatHtml, formatHtmlSection } from './html';
import { formatMarkdown, formatMarkdownSection } from './markdown';
import type { FormatOptions } from './options';
import { pickStrings } from './options';
import { formatPlainSection, formatPlainText } from './plain-text';

export type BriefFormat = 'markdown' | 'plain' | 'html' | 'json';

/**
 * Returns the brief in the given clipboard format. JSON is the whole Summary as the schema defines
 * it (every section, every item, evidence included) so tools can parse it; the settings shape the
 * three reading formats only.
 */
export function formatBrief(summary: Summary, format: BriefFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'html':
      return formatHtml(summary, options);
    case 'plain':
      return formatPlainText(summary, options);
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'markdown':
      return formatMarkdown(summary, options);
  }
}

/** Returns one section (heading and items, capped by the options) in a reading format; '' when the section is not shown. */
export function formatSection(
  summary: Summary,
  section: Section,
  format: Exclude<BriefFormat, 'json'>,
  options: FormatOptions = {},
): string {
  const view = listSections(summary, { ...options, sections: [section] })[0];
  if (!view) return '';
  const strings = pickStrings(options);
  if (format === 'html') return formatHtmlSection(view, strings);
  const lines = format === 'plain' ? formatPlainSection(view, strings) : formatMarkdownSection(view, strings);
  return `${lines.join('\n')}\n`;
}

export type { FormatOptions } from './options';
export { escapeHtml } from './html';
export { escapeMarkdown } from './markdown';
export {
  capitalizeClause,
  shownAddressee,
  formatBriefDate,
  listMeta,
  listSections,
  type SectionView,
  type ViewOptions,
} from './brief-outline';
