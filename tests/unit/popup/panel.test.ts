import { describe, expect, it } from 'vitest';
import { stateOfReply } from '../../../lib/popup/brief-state';
import { leavePanelRequest, shownEvidence, stepItem } from '../../../lib/popup/panel';
import { addMarkedTab, followActivation, isNavigation, parseMarkedTabs, readPanelRequest } from '../../../lib/popup/panel-tabs';
import { PANEL_REQUEST_KEY } from '../../../lib/storage/storage-keys';

describe('panel request note', () => {
  it('is stored under its key and read back while fresh', async () => {
    const stored: Record<string, unknown> = {};
    await leavePanelRequest({ set: async (items) => void Object.assign(stored, items) }, { tabId: 7, source: 'selection', at: 1_000 });
    expect(readPanelRequest(stored[PANEL_REQUEST_KEY], 1_500)).toEqual({ tabId: 7, source: 'selection', at: 1_000 });
  });

  it.each([
    ['older than a minute', { tabId: 7, source: 'article', at: 0 }, 60_001],
    ['from the future', { tabId: 7, source: 'article', at: 5_000 }, 1_000],
    ['of an unknown source', { tabId: 7, source: 'page', at: 0 }, 10],
    ['not an object', 'tab 7', 10],
    ['absent', undefined, 10],
  ])('is ignored when %s', (_, stored, now) => {
    expect(readPanelRequest(stored, now)).toBeNull();
  });
});

describe('isNavigation', () => {
  it.each([
    [{ status: 'loading' }, true],
    [{ url: 'https://example.org/b' }, true],
    [{ status: 'loading', url: 'https://example.org/b' }, true],
    [{ status: 'complete' }, false],
    [{}, false],
  ])('%j → %s', (change, expected) => {
    expect(isNavigation(change)).toBe(expected);
  });
});

describe('followActivation', () => {
  const place = { windowId: 1, ownTabId: 9 };
  it('follows a tab activated in its window', () => expect(followActivation({ tabId: 4, windowId: 1 }, place)).toBe(4));
  it('ignores another window', () => expect(followActivation({ tabId: 4, windowId: 2 }, place)).toBeNull());
  it('ignores its own tab when open as a page', () => expect(followActivation({ tabId: 9, windowId: 1 }, place)).toBeNull());
  it('follows any window when its own is unknown', () =>
    expect(followActivation({ tabId: 4, windowId: 3 }, { windowId: null, ownTabId: null })).toBe(4));
});

describe('stepItem', () => {
  it.each([
    [null, 3, 1, 0],
    [null, 3, -1, 2],
    [0, 3, 1, 1],
    [2, 3, 1, 2],
    [0, 3, -1, 0],
    [1, 3, -1, 0],
    [5, 3, 1, 0],
    [null, 0, 1, null],
  ] as const)('from %s of %s, direction %s → %s', (current, count, direction, expected) => {
    expect(stepItem(current, count, direction)).toBe(expected);
  });
});

describe('marked tabs', () => {
  it('adds a tab once and drops what is not a tab id', () => {
    expect(addMarkedTab(undefined, 3)).toEqual([3]);
    expect(addMarkedTab([3, 4], 3)).toEqual([3, 4]);
    expect(parseMarkedTabs([1, 'x', -2, 1.5, 1, 8])).toEqual([1, 8]);
    expect(parseMarkedTabs({ 0: 1 })).toEqual([]);
  });
});

describe('stateOfReply', () => {
  it('turns a failure into an error state and an unparsable reply into unreadable-reply', () => {
    expect(stateOfReply({ ok: false, error: { code: 'not-article', message: 'x' } })).toEqual({
      kind: 'error',
      code: 'not-article',
      message: 'x',
    });
    expect(stateOfReply({ ok: true, data: { nonsense: 1 } })).toEqual({ kind: 'error', code: 'unreadable-reply', message: '' });
    expect(stateOfReply(undefined)).toEqual({ kind: 'error', code: 'unreadable-reply', message: '' });
  });
});

describe('shownEvidence', () => {
  it('lists the sentences of the items a section shows, under the reader\'s cap', async () => {
    const { makeSeedSummary } = await import('../format/seed-summary.fixture');
    const summary = makeSeedSummary();
    expect(shownEvidence(summary, 'officials')).toEqual(summary.officials.map((o) => o.evidence));
    expect(shownEvidence(summary, 'figures', { maxItems: 2 })).toEqual(summary.figures.slice(0, 2).map((f) => f.evidence));
    expect(shownEvidence(summary, 'officials', { sections: ['figures'] })).toEqual([]);
  });
});
