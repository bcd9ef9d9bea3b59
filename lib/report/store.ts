import { REPORT_META_KEY, isReportKey, urlOfReportKey } from '../storage/storage-keys';
import type { ReportArea } from './add';
import { EMPTY_META, ReportEntry, ReportMeta } from './schema';

// The report in storage.local, as the report page reads and edits it (adding is lib/report/add.ts,
// which the popup loads alone). Each article is its own key, written whole by whoever adds it, so
// two popups adding at the same moment write two keys and neither is lost; nothing ever reads one
// list, changes it and writes it back. The order is a number in each record: adding stamps the
// time, moving one article writes that article alone with a number between its new neighbours.

/** An article record that parsed. */
export interface ReadableItem {
  kind: 'entry';
  key: string;
  entry: ReportEntry;
}

/** A record under a report key that no longer parses (an older format, a damaged value): shown with its address. */
export interface UnreadableItem {
  kind: 'unreadable';
  key: string;
  url: string;
}

export interface ReportState {
  /** The readable articles, in the report's order. */
  entries: ReadableItem[];
  /** Records that could not be read, by address: never dropped without the reader's say. */
  unreadable: UnreadableItem[];
  meta: ReportMeta;
}

function compareEntries(a: ReadableItem, b: ReadableItem): number {
  return a.entry.order - b.entry.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Returns the report as stored: readable articles in order, unreadable records by address, the meta or its defaults. Never throws on bad data. */
export function parseReport(stored: Record<string, unknown>): ReportState {
  const entries: ReadableItem[] = [];
  const unreadable: UnreadableItem[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!isReportKey(key)) continue;
    const parsed = ReportEntry.safeParse(value);
    if (parsed.success) entries.push({ kind: 'entry', key, entry: parsed.data });
    else unreadable.push({ kind: 'unreadable', key, url: urlOfReportKey(key) });
  }
  entries.sort(compareEntries);
  unreadable.sort((a, b) => (a.key < b.key ? -1 : 1));
  const meta = ReportMeta.safeParse(stored[REPORT_META_KEY]);
  return { entries, unreadable, meta: meta.success ? meta.data : EMPTY_META };
}

/** Returns the report as stored; a storage error propagates (the page says it could not read the report). */
export async function readReport(area: ReportArea): Promise<ReportState> {
  return parseReport(await area.get(null));
}

async function rewriteEntry(area: ReportArea, key: string, change: (entry: ReportEntry) => ReportEntry): Promise<boolean> {
  const current = ReportEntry.safeParse((await area.get(key))[key]);
  if (!current.success) return false;
  await area.set({ [key]: change(current.data) });
  return true;
}

/** Stores the reader's note on one article; false when the record is gone or unreadable. */
export function saveNote(area: ReportArea, key: string, note: string): Promise<boolean> {
  return rewriteEntry(area, key, (entry) => ({ ...entry, note }));
}

/**
 * Returns the order values to write so that the article at `from` stands at `to`: usually one
 * record, given a number between its new neighbours; every record when the numbers ran too close.
 */
export function planMove(entries: readonly ReadableItem[], from: number, to: number): Array<{ key: string; order: number }> {
  const moving = entries[from];
  if (!moving || from === to || to < 0 || to >= entries.length) return [];
  const rest = entries.filter((_, i) => i !== from);
  const prev = rest[to - 1]?.entry.order;
  const next = rest[to]?.entry.order;
  const order = prev !== undefined && next !== undefined ? (prev + next) / 2 : prev !== undefined ? prev + 1 : (next ?? 0) - 1;
  if (order !== prev && order !== next) return [{ key: moving.key, order }];
  const placed = [...rest.slice(0, to), moving, ...rest.slice(to)];
  return placed.map((item, i) => ({ key: item.key, order: i }));
}

/** Moves one article to a new place in the order, writing only the records whose place changed. */
export async function moveEntry(area: ReportArea, entries: readonly ReadableItem[], from: number, to: number): Promise<void> {
  for (const { key, order } of planMove(entries, from, to)) await rewriteEntry(area, key, (entry) => ({ ...entry, order }));
}

/** Returns the raw stored values under the keys, for an undo; keys with nothing stored are left out. */
export async function takeSnapshot(area: ReportArea, keys: readonly string[]): Promise<Record<string, unknown>> {
  return keys.length ? area.get([...keys]) : {};
}

/** Removes records from the report (one article, or every key and the meta for "clear all"). */
export async function removeKeys(area: ReportArea, keys: readonly string[]): Promise<void> {
  if (keys.length) await area.remove([...keys]);
}

/** Puts back what a snapshot held: the undo of a remove or a clear, unreadable records included. */
export async function restoreSnapshot(area: ReportArea, snapshot: Record<string, unknown>): Promise<void> {
  if (Object.keys(snapshot).length) await area.set(snapshot);
}

/** Returns every key the report occupies in `stored`: its articles and its meta. */
export function listReportKeys(stored: Record<string, unknown>): string[] {
  return Object.keys(stored).filter((key) => isReportKey(key) || key === REPORT_META_KEY);
}

/** Stores the report's title and date after parsing them. */
export async function saveMeta(area: ReportArea, meta: ReportMeta): Promise<void> {
  await area.set({ [REPORT_META_KEY]: ReportMeta.parse(meta) });
}

export { type AddResult, type ReportArea, type Room, type StorageEstimator, addToReport, hasRoom, measureRoom } from './add';
