import { type SectionView, type ViewOptions, listMeta, listSections, pickLinkableUrl } from '../format/brief-outline';
import type { Section, Summary } from '../schema';
import type { ReportUi } from './strings';
import { type AcrossArticles, mergeArticles } from './merge';
import type { ReportEntry, ReportMeta } from './schema';

// What every form of the report shares, the page and each export: its title and date, the
// articles in order with their notes and briefs, and the "Across articles" merge, cut to the
// sections the reader chose in the options.

export interface ReportArticle {
  /** 1-based, as the report numbers it. */
  number: number;
  title: string;
  /** Site and date, where the page gave them. */
  meta: string[];
  /** The address when it is an http(s) page to link to, else null. */
  link: string | null;
  url: string;
  note: string;
  lead: string;
  sections: SectionView[];
}

export interface ReportOutline {
  title: string;
  /** The report's date, ISO ("2026-12-02"): what the date field holds and file names carry. */
  date: string;
  /** The date as the UI language writes it ("02/12/2026", "2 December 2026"): what the document shows. */
  dateText: string;
  /** The line under the title: the date unless the title already holds it, and the article count. */
  subtitle: string;
  articles: ReportArticle[];
  across: AcrossArticles;
  /** Which parts of "Across articles" the chosen sections allow. */
  acrossShown: { officials: boolean; directives: boolean; figures: boolean };
}

/** Returns the local date of a time as ISO ("2026-12-02"). */
export function isoDateOf(time: number): string {
  const day = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Returns an ISO date as the UI language writes it: "02/12/2026" in Vietnamese, "2 December 2026" in English; other text as given. */
export function formatReportDate(iso: string, lang: string): string {
  const day = ISO_DAY.exec(iso);
  if (!day) return iso;
  const [, year, month, date] = day;
  return lang === 'vi' ? `${date}/${month}/${year}` : `${Number(date)} ${EN_MONTHS[Number(month) - 1] ?? month} ${year}`;
}

const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDED_DAY = /^(\d{1,2}) ([a-z]+),? (\d{4})$/i;

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Returns the ISO date of what the reader typed (ISO, day/month/year, "2 December 2026"), '' for nothing, null when it is no date. */
export function parseReportDate(text: string): string | null {
  const typed = text.trim();
  if (!typed) return '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DAY.exec(typed);
  if (numeric) return isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const worded = WORDED_DAY.exec(typed);
  const month = worded ? EN_MONTHS.findIndex((name) => name.toLowerCase().startsWith(worded[2]!.toLowerCase().slice(0, 3))) : -1;
  return worded && month >= 0 ? isoOf(Number(worded[3]), month + 1, Number(worded[1])) : null;
}

/** Returns the report's date, ISO: the reader's, else the day its first article was added, else `now`'s day. */
export function pickReportDate(meta: ReportMeta, entries: readonly ReportEntry[], now: number): string {
  const typed = meta.date?.trim();
  if (typed && ISO_DAY.test(typed)) return typed;
  const first = entries.reduce((min, entry) => Math.min(min, entry.addedAt), Number.POSITIVE_INFINITY);
  return isoDateOf(Number.isFinite(first) ? first : now);
}

/** Returns the report's title: the reader's, else the UI language's default for the date. */
export function pickReportTitle(meta: ReportMeta, date: string, strings: ReportUi): string {
  return meta.title?.trim() || strings.report.defaultTitle(date);
}

/** Returns the report as every form of it reads: articles in order, their chosen sections, and the merge. */
export function outlineReport(
  entries: readonly ReportEntry[],
  meta: ReportMeta,
  strings: ReportUi,
  options: ViewOptions,
  now: number,
): ReportOutline {
  const date = pickReportDate(meta, entries, now);
  const dateText = formatReportDate(date, strings.lang);
  const wanted = (section: Section) => !options.sections || options.sections.includes(section);
  const summaries: Summary[] = entries.map((entry) => entry.summary);
  const title = pickReportTitle(meta, dateText, strings);
  const count = strings.report.articleCount(entries.length);
  return {
    title,
    date,
    dateText,
    subtitle: title.includes(dateText) || title.includes(date) ? count : `${dateText} · ${count}`,
    articles: entries.map((entry, i) => ({
      number: i + 1,
      title: entry.summary.title.trim() || entry.url,
      meta: listMeta(entry.summary),
      link: pickLinkableUrl(entry.url),
      url: entry.url,
      note: entry.note.trim(),
      lead: entry.summary.lead.join(' ').trim(),
      sections: listSections(entry.summary, options),
    })),
    across: mergeArticles(summaries),
    acrossShown: { officials: wanted('officials'), directives: wanted('directives'), figures: wanted('figures') },
  };
}

const FRAGMENT_WORDS = 4;

function encodeFragmentPart(text: string): string {
  // Text fragments give "-", "," and "&" a meaning of their own: they must be percent-encoded.
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * Returns a link to the page that scrolls to the sentence where the browser supports text
 * fragments (Chrome, Edge, Firefox 131+), and opens the page at its top elsewhere; null for an
 * address that is not http(s).
 */
export function linkToSentence(url: string, sentence: string): string | null {
  const page = pickLinkableUrl(url);
  if (!page) return null;
  const base = page.split('#')[0]!;
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return base;
  const fragment =
    words.length <= FRAGMENT_WORDS * 2
      ? encodeFragmentPart(words.join(' '))
      : `${encodeFragmentPart(words.slice(0, FRAGMENT_WORDS).join(' '))},${encodeFragmentPart(words.slice(-FRAGMENT_WORDS).join(' '))}`;
  return `${base}#:~:text=${fragment}`;
}

/** Returns a file name for an export: the title, plus the date unless the title already holds it; characters no system allows removed. */
export function fileNameOf(outline: Pick<ReportOutline, 'title' | 'date' | 'dateText'>, extension: string): string {
  const dated = outline.title.includes(outline.date) || outline.title.includes(outline.dateText);
  const stem = dated ? outline.title : `${outline.title} ${outline.date}`;
  const safe = stem
    .normalize('NFC')
    .replace(/\//g, '-')
    .replace(/[\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return `${safe || 'report'}.${extension}`;
}
