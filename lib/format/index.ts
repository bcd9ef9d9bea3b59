import type { Summary } from '../schema';
import { formatHtml } from './html';
import { formatMarkdown } from './markdown';

export type BriefFormat = 'markdown' | 'html';

/** Returns the brief in the given clipboard format; Markdown doubles as the plain-text form. */
export function formatBrief(summary: Summary, format: BriefFormat): string {
  return format === 'html' ? formatHtml(summary) : formatMarkdown(summary);
}

export { escapeHtml } from './html';
export { escapeMarkdown } from './markdown';
export { capitalizeClause, shownAddressee, formatBriefDate, listMeta, listSections, type SectionView } from './brief-outline';
