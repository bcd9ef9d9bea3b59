import * as z from 'zod/mini';
import { Summary } from '../schema';

// The day's report, as kept in storage.local: one record per article under its own key (so two
// pages adding at once never overwrite each other), and one small record for the report's own
// title and date. Every read parses; a record that does not parse is shown, not dropped.

/** Version of the stored article record; a record of another version is shown as unreadable. */
export const REPORT_ENTRY_VERSION = 1;

/** One article in the report: its brief, the reader's note, and where it stands in the order. */
export const ReportEntry = z.object({
  v: z.literal(REPORT_ENTRY_VERSION),
  /** The page's address without its #fragment: also what the storage key is made from. */
  url: z.string(),
  /** The brief as the popup made it; its title, site, date and address are the article's. */
  summary: Summary,
  /** The reader's free-text note on the article, '' when none. */
  note: z.string(),
  /** Sort key: the time it was added (ms), or a value between two neighbours after a reorder. */
  order: z.number(),
  /** When the article was first added (ms since the epoch): the report's default date comes from the earliest. */
  addedAt: z.number(),
});
export type ReportEntry = z.infer<typeof ReportEntry>;

/** The report's own fields; null means "the default" (today's date, the language's default title). */
export const ReportMeta = z.object({
  title: z.nullable(z.string()),
  /** An ISO date, "2026-12-02", or what the reader typed. */
  date: z.nullable(z.string()),
});
export type ReportMeta = z.infer<typeof ReportMeta>;

export const EMPTY_META: ReportMeta = { title: null, date: null };
