import { describe, expect, it } from 'vitest';
import {
  type ReportArea,
  addToReport,
  listReportKeys,
  moveEntry,
  planMove,
  readReport,
  removeKeys,
  restoreSnapshot,
  saveMeta,
  saveNote,
  takeSnapshot,
} from '../../../lib/report/store';
import { REPORT_META_KEY, countReportKeys, reportKeyOf } from '../../../lib/storage/storage-keys';
import { brief } from './report-fixtures';

/** An in-memory storage area that answers asynchronously, like the browser's, with an optional quota. */
function makeArea(options: { quota?: number; measured?: boolean } = {}): ReportArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const tick = () => new Promise((done) => setTimeout(done, Math.random() * 3));
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
  const area: ReportArea & { data: Map<string, unknown> } = {
    data,
    async get(keys) {
      await tick();
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      await tick();
      const grown = Object.entries(items).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
      if (options.quota !== undefined && used() + grown > options.quota) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      await tick();
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
  if (options.measured && options.quota !== undefined) {
    area.getBytesInUse = async () => used();
    area.QUOTA_BYTES = options.quota;
  }
  return area;
}

describe('report store', () => {
  it('keeps both articles when two pages add at the same moment', async () => {
    const area = makeArea();
    const results = await Promise.all([
      addToReport(area, brief('https://a.vn/1', 'Một'), 1000),
      addToReport(area, brief('https://a.vn/2', 'Hai'), 1000),
      addToReport(area, brief('https://a.vn/3', 'Ba'), 1001),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const report = await readReport(area);
    expect(report.entries.map((e) => e.entry.summary.title)).toEqual(['Một', 'Hai', 'Ba']);
  });

  it('updates an address added twice, keeping its note and its place; a #fragment is the same page', async () => {
    const area = makeArea();
    await addToReport(area, brief('https://a.vn/1', 'Một'), 1000);
    await addToReport(area, brief('https://a.vn/2', 'Hai'), 2000);
    expect(await saveNote(area, reportKeyOf('https://a.vn/1'), 'Gửi lãnh đạo')).toBe(true);
    const again = await addToReport(area, brief('https://a.vn/1#binh-luan', 'Một (sửa)'), 3000);
    expect(again).toEqual({ ok: true, updated: true });
    const report = await readReport(area);
    expect(report.entries.map((e) => [e.entry.summary.title, e.entry.note])).toEqual([
      ['Một (sửa)', 'Gửi lãnh đạo'],
      ['Hai', ''],
    ]);
    expect(countReportKeys([...area.data.keys()])).toBe(2);
  });

  it('shows a record that no longer parses as unreadable, with its address, and still reads the rest', async () => {
    const area = makeArea();
    await addToReport(area, brief('https://a.vn/1', 'Một'), 1000);
    area.data.set(reportKeyOf('https://old.vn/bai-cu'), { title: 'format of an older version' });
    area.data.set(reportKeyOf('https://broken.vn/x'), 'garbage');
    area.data.set(REPORT_META_KEY, { title: 42 });
    const report = await readReport(area);
    expect(report.entries.map((e) => e.entry.url)).toEqual(['https://a.vn/1']);
    expect(report.unreadable.map((u) => u.url)).toEqual(['https://broken.vn/x', 'https://old.vn/bai-cu']);
    expect(report.meta).toEqual({ title: null, date: null });
    expect(countReportKeys([...area.data.keys()])).toBe(3);
  });

  it('refuses an add, saying the store is full, before writing when the quota would be passed', async () => {
    const area = makeArea({ quota: 80_000, measured: true });
    area.data.set('other', 'x'.repeat(70_000));
    const result = await addToReport(area, brief('https://a.vn/1', 'Một'), 1000);
    expect(result).toMatchObject({ ok: false, reason: 'full', room: { quota: 80_000 } });
    expect(area.data.has(reportKeyOf('https://a.vn/1'))).toBe(false);
  });

  it('says the store is full when the browser gives no measure and the write fails on the quota', async () => {
    const area = makeArea({ quota: 300 });
    const result = await addToReport(area, brief('https://a.vn/1', 'Một'), 1000);
    expect(result).toMatchObject({ ok: false, reason: 'full', room: null });
  });

  it('asks navigator.storage.estimate where the area has no getBytesInUse', async () => {
    const area = makeArea();
    const result = await addToReport(area, brief('https://a.vn/1', 'Một'), 1000, { estimate: async () => ({ usage: 999_990, quota: 1_000_000 }) });
    expect(result).toMatchObject({ ok: false, reason: 'full', room: { used: 999_990, quota: 1_000_000 } });
  });

  it('moves one article by writing its record alone, and the order survives a new add', async () => {
    const area = makeArea();
    for (const [i, title] of ['Một', 'Hai', 'Ba'].entries()) await addToReport(area, brief(`https://a.vn/${i}`, title), 1000 + i);
    const before = await readReport(area);
    expect(planMove(before.entries, 2, 0)).toHaveLength(1);
    await moveEntry(area, before.entries, 2, 0);
    await addToReport(area, brief('https://a.vn/9', 'Bốn'), 5000);
    const after = await readReport(area);
    expect(after.entries.map((e) => e.entry.summary.title)).toEqual(['Ba', 'Một', 'Hai', 'Bốn']);
    await moveEntry(area, after.entries, 0, 3);
    expect((await readReport(area)).entries.map((e) => e.entry.summary.title)).toEqual(['Một', 'Hai', 'Bốn', 'Ba']);
  });

  it('renumbers every record when the numbers between two neighbours run out', () => {
    const item = (key: string, order: number) => ({ kind: 'entry' as const, key, entry: { v: 1 as const, url: key, summary: brief(key, key), note: '', order, addedAt: 0 } });
    const entries = [item('k0', 1), item('k1', 1 + Number.EPSILON)];
    const third = item('k2', 5);
    expect(planMove([...entries, third], 2, 1)).toEqual([
      { key: 'k0', order: 0 },
      { key: 'k2', order: 1 },
      { key: 'k1', order: 2 },
    ]);
  });

  it('clears everything and puts it all back on undo, unreadable records included', async () => {
    const area = makeArea();
    await addToReport(area, brief('https://a.vn/1', 'Một'), 1000);
    await saveMeta(area, { title: 'Báo cáo ngày', date: '2026-12-02' });
    area.data.set(reportKeyOf('https://old.vn/x'), { v: 0 });
    area.data.set('settings', { keep: true });
    const keys = listReportKeys(Object.fromEntries(area.data));
    const snapshot = await takeSnapshot(area, keys);
    await removeKeys(area, keys);
    expect([...area.data.keys()]).toEqual(['settings']);
    await restoreSnapshot(area, snapshot);
    const report = await readReport(area);
    expect(report.entries).toHaveLength(1);
    expect(report.unreadable).toHaveLength(1);
    expect(report.meta).toEqual({ title: 'Báo cáo ngày', date: '2026-12-02' });
  });
});
