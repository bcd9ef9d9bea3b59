// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { AddToReport } from '../../../components/AddToReport';
import { ReportView } from '../../../components/ReportView';
import { UiContext } from '../../../components/ui-context';
import { ReportUiContext } from '../../../components/report-ui-context';
import { outlineReport } from '../../../lib/report/outline';
import type { ReportEntry } from '../../../lib/report/schema';
import { getReportUi, reportUi } from '../../../lib/report/strings';
import { makeSeedSummary } from '../format/seed-summary.fixture';
import { brief, official } from '../report/report-fixtures';
import { renderInto, textsOf } from './render';

const HOSTILE = '<img src=x onerror="window.pwned=1">';

function entry(summary = makeSeedSummary(), note = ''): ReportEntry {
  return { v: 1, url: summary.url, summary, note, order: 0, addedAt: Date.UTC(2026, 11, 2) };
}

function renderReport(entries: ReportEntry[], extra: Partial<Parameters<typeof ReportView>[0]> = {}, strings = reportUi) {
  const outline = outlineReport(entries, { title: null, date: '2026-12-02' }, strings, {}, 0);
  const events = { onTitle: vi.fn(), onDate: vi.fn(), onNote: vi.fn(), onMove: vi.fn(), onRemove: vi.fn(), onClear: vi.fn(), onUndo: vi.fn(), onExport: vi.fn(), onCopy: vi.fn(async () => true) };
  const root = renderInto(
    <UiContext.Provider value={strings}>
      <ReportUiContext.Provider value={strings}>
        <ReportView
          outline={outline}
          keys={entries.map((e) => `report:entry:${e.url}`)}
          langs={entries.map((e) => e.summary.lang)}
          unreadable={[]}
          notice={null}
          focusKey={null}
          {...events}
          {...extra}
        />
      </ReportUiContext.Provider>
    </UiContext.Provider>,
  );
  return { root, events };
}

describe('ReportView', () => {
  it('shows the articles in order with their notes and briefs, then each official once across articles', () => {
    const second = brief('https://a.vn/2', 'Bài hai', { officials: [official('Phạm Minh Chính', ['Thủ tướng'])] });
    const { root } = renderReport([entry(makeSeedSummary(), 'Ghi chú một'), entry(second)]);
    expect(textsOf(root, '.report-article .brief-title')).toEqual(['1. Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021', '2. Bài hai']);
    expect((root.querySelector('.note-input') as HTMLTextAreaElement).value).toBe('Ghi chú một');
    const across = textsOf(root, '[data-across="officials"] .item-line .item-text');
    expect(across.filter((line) => line.startsWith('Phạm Minh Chính'))).toEqual([
      'Phạm Minh Chính — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương; Thủ tướng',
    ]);
    const links = [...root.querySelectorAll('[data-across="officials"] .item')][0]!.querySelectorAll('a.article-ref');
    expect([...links].map((a) => a.textContent)).toEqual(['[1]', '[2]']);
    expect((links[1] as HTMLAnchorElement).href).toMatch(/^https:\/\/a\.vn\/2#:~:text=/);
  });

  it('renders stored text as text, never as markup', () => {
    const hostile = brief('javascript:alert(1)', HOSTILE, { officials: [official(HOSTILE, [HOSTILE])] });
    const { root } = renderReport([entry(hostile, HOSTILE)]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.report-article .brief-title')?.textContent).toContain(HOSTILE);
    expect((root.querySelector('.note-input') as HTMLTextAreaElement).value).toBe(HOSTILE);
    // A javascript: address is shown, not linked.
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('sends move, remove and clear as events; Alt+↓ on the handle moves down', () => {
    const { root, events } = renderReport([entry(), entry(brief('https://a.vn/2', 'Hai')), entry(brief('https://a.vn/3', 'Ba'))]);
    const handles = root.querySelectorAll('.drag-handle');
    handles[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    expect(events.onMove).toHaveBeenLastCalledWith(0, 1);
    (root.querySelector('button[aria-label="Move up: “Ba”"]') as HTMLButtonElement).click();
    expect(events.onMove).toHaveBeenLastCalledWith(2, 1);
    expect((root.querySelector('button[aria-label^="Move up"]') as HTMLButtonElement).disabled).toBe(true);
    (root.querySelector('button[aria-label="Remove “Hai” from the report"]') as HTMLButtonElement).click();
    expect(events.onRemove).toHaveBeenCalledWith('report:entry:https://a.vn/2');
    (root.querySelector('.clear-all') as HTMLButtonElement).click();
    expect(events.onClear).toHaveBeenCalledOnce();
  });

  it('lists a record that could not be read with its address, and offers Undo after a removal', () => {
    const { root, events } = renderReport([], {
      unreadable: [{ kind: 'unreadable', key: 'report:entry:https://old.vn/x', url: 'https://old.vn/x' }],
      notice: { text: 'Removed “Hai”.', undo: true },
    });
    expect(textsOf(root, '.unreadable-title')).toEqual(['This record could not be read: https://old.vn/x']);
    (root.querySelector('.undo') as HTMLButtonElement).click();
    expect(events.onUndo).toHaveBeenCalledOnce();
  });

  it('speaks Vietnamese with the Vietnamese strings', () => {
    const vi = getReportUi('vi');
    const { root } = renderReport([entry()], {}, vi);
    expect((root.querySelector('.title-input') as HTMLInputElement).value).toBe('Báo cáo tổng hợp — 02/12/2026');
    expect(textsOf(root, '#articles-heading')).toEqual(['Các bài báo']);
    expect(textsOf(root, '#across-heading')).toEqual(['Tổng hợp các bài']);
  });
});

describe('AddToReport', () => {
  it('shows the count on the button, says "Update" for a page already in, and reports a full store plainly', () => {
    const onAdd = vi.fn();
    const root = renderInto(<AddToReport count={3} inReport={false} status="idle" onAdd={onAdd} onOpen={() => undefined} />);
    expect(textsOf(root, '.report-button')).toEqual(['Add to report3 (The report holds 3 articles)']);
    expect(textsOf(root, '.report-count')).toEqual(['3']);
    (root.querySelector('.report-button') as HTMLButtonElement).click();
    expect(onAdd).toHaveBeenCalledOnce();
    const full = renderInto(<AddToReport count={3} inReport status="full" onAdd={onAdd} onOpen={() => undefined} />);
    expect(textsOf(full, '.report-button')).toEqual(['Update in report3 (The report holds 3 articles)']);
    expect(textsOf(full, '[role="alert"]')[0]).toMatch(/^The report’s storage is full, so this article was not added\./);
  });
});
