import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AddStatus, AddToReport } from '../../components/AddToReport';
import { type ReportArea, addToReport } from '../../lib/report/add';
import type { Summary } from '../../lib/schema';
import { type KeyedArea, countReportKeys, isReportKey, readStoredKeys, reportKeyOf } from '../../lib/storage/storage-keys';

// The brief's "Add to report": glue between the AddToReport component and storage.local. The
// popup writes the article's own key directly (no message to the background), so two popups
// adding at once never touch the same record. It reads only the keys, never the stored briefs,
// so a full report does not slow the popup.

type LocalArea = ReportArea & KeyedArea;

function localArea(): LocalArea | null {
  return (browser.storage?.local as unknown as LocalArea | undefined) ?? null;
}

/** Keeps the report's article count and whether this page is in it, as storage.local changes. */
function useReportCount(url: string): { count: number | null; inReport: boolean } {
  const [state, setState] = useState<{ count: number | null; inReport: boolean }>({ count: null, inReport: false });
  useEffect(() => {
    const area = localArea();
    if (!area) return;
    const key = reportKeyOf(url);
    const read = () =>
      readStoredKeys(area).then(
        (keys) => setState({ count: countReportKeys(keys), inReport: keys.includes(key) }),
        () => undefined,
      );
    void read();
    const onChanged = (changes: Record<string, unknown>, areaName: string) => {
      if (areaName === 'local' && Object.keys(changes).some(isReportKey)) void read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [url]);
  return state;
}

/** "Add to report" for the brief shown, with the report's count, and "Open report". */
export function ReportControls({ summary }: { summary: Summary }) {
  const { count, inReport } = useReportCount(summary.url);
  const [status, setStatus] = useState<AddStatus>('idle');
  const area = localArea();
  if (!area) return null;

  const add = () => {
    setStatus('busy');
    void addToReport(area, summary, Date.now(), navigator.storage).then((result) =>
      setStatus(result.ok ? (result.updated ? 'updated' : 'added') : result.reason === 'full' ? 'full' : { failed: result.message }),
    );
  };
  const open = () => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
  return <AddToReport count={count} inReport={inReport} status={status} onAdd={add} onOpen={open} />;
}
