import type { Summary } from '../schema';
import { reportKeyOf, urlOfReportKey } from '../storage/storage-keys';
import { REPORT_ENTRY_VERSION, ReportEntry } from './schema';

// Adding an article to the report: all the popup loads of lib/report/, kept apart from the report
// page's reading and editing (lib/report/store.ts) so the popup stays within its size budget. It
// writes the article's own key only, whole: two popups adding at once write two keys.

/** The slice of `browser.storage.local` the report needs, passed in so this runs under vitest. */
export interface ReportArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome's; absent in Firefox's storage.local, where `navigator.storage.estimate()` is asked instead. */
  getBytesInUse?(keys: null): Promise<number>;
  QUOTA_BYTES?: number;
}

/** `navigator.storage`, where the browser has it. */
export interface StorageEstimator {
  estimate(): Promise<{ usage?: number; quota?: number }>;
}

export interface Room {
  used: number;
  quota: number;
}

export type AddResult =
  | { ok: true; updated: boolean }
  | { ok: false; reason: 'full'; room: Room | null }
  | { ok: false; reason: 'failed'; message: string };

/** Room kept free beyond the record itself, so the reader's settings and notes still fit. */
const HEADROOM_BYTES = 64 * 1024;

function byteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Returns the bytes used and the quota of the area, or null when the browser tells neither. Never throws. */
export async function measureRoom(area: ReportArea, estimator?: StorageEstimator): Promise<Room | null> {
  try {
    if (area.getBytesInUse && area.QUOTA_BYTES) return { used: await area.getBytesInUse(null), quota: area.QUOTA_BYTES };
    const estimate = await estimator?.estimate();
    if (estimate?.usage !== undefined && estimate.quota !== undefined) return { used: estimate.usage, quota: estimate.quota };
  } catch {
    // No measure: the write itself still fails loudly when the store is full.
  }
  return null;
}

/** Returns whether `bytes` more fit in the room, with headroom kept; true when the room is unknown. */
export function hasRoom(room: Room | null, bytes: number): boolean {
  return room === null || room.used + bytes + HEADROOM_BYTES <= room.quota;
}

function isQuotaError(error: unknown): boolean {
  return /quota|full|space/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * Adds the brief to the report, or updates it when its address is already there (its note and
 * place kept). Checks the quota first and refuses, saying so, when the record would not fit.
 * Writes this article's key only. Never throws.
 */
export async function addToReport(area: ReportArea, summary: Summary, now: number, estimator?: StorageEstimator): Promise<AddResult> {
  const key = reportKeyOf(summary.url);
  try {
    const existing = ReportEntry.safeParse((await area.get(key))[key]);
    const kept = existing.success ? existing.data : null;
    const entry: ReportEntry = {
      v: REPORT_ENTRY_VERSION,
      url: urlOfReportKey(key),
      summary,
      note: kept?.note ?? '',
      order: kept?.order ?? now,
      addedAt: kept?.addedAt ?? now,
    };
    const grows = byteLength({ [key]: entry }) - (kept ? byteLength({ [key]: kept }) : 0);
    const room = await measureRoom(area, estimator);
    if (!hasRoom(room, Math.max(grows, 0))) return { ok: false, reason: 'full', room };
    try {
      await area.set({ [key]: entry });
    } catch (error) {
      if (isQuotaError(error)) return { ok: false, reason: 'full', room };
      throw error;
    }
    return { ok: true, updated: kept !== null };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

