import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../lib/background/handle-request';
import { isPendingSelectionFor, leavePendingSelection } from '../../lib/storage/pending-selection';
import { BriefReply } from '../../lib/protocol/messages';
import { MAX_SELECTION_CHARS, buildSelectionArticle } from '../../lib/background/selection-article';
import { PENDING_SELECTION_KEY } from '../../lib/storage/storage-keys';

const SELECTED = `Chiều 12/3, đồng chí Thái Thanh Quý - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.

Đồng chí yêu cầu các sở, ngành phải hoàn thành 1.250 hồ sơ trong tháng 4.
Toàn tỉnh có 7.893 chi bộ.`;

const where = { url: 'https://baonghean.vn/a', title: 'Tin Nghệ An', lang: 'vi' };

describe('buildSelectionArticle', () => {
  it('makes one paragraph per line, dropping blank lines and squashing spaces', () => {
    const article = buildSelectionArticle({ ...where, text: `  ${SELECTED}\r\n\r\n   \n` });
    expect(article?.paragraphs).toHaveLength(3);
    expect(article?.paragraphs[2]).toBe('Toàn tỉnh có 7.893 chi bộ.');
    expect(article).toMatchObject({ url: where.url, title: 'Tin Nghệ An', lang: 'vi', lead: '' });
  });

  it.each([[''], ['   \n\n ']])('gives null for an empty selection %j', (text) => {
    expect(buildSelectionArticle({ ...where, text })).toBeNull();
  });

  it('titles an untitled page with the selection’s opening', () => {
    expect(buildSelectionArticle({ ...where, title: ' ', text: 'Một câu.' })?.title).toBe('Một câu.');
  });
});

describe('summarize-selection', () => {
  const deps = (selection: unknown) => ({
    ownId: 'me',
    getTabUrl: async () => 'https://baonghean.vn/a',
    runExtractor: async () => Promise.reject(new Error('the article path must not run')),
    readSelection: async () => selection,
  });

  it('briefs the selected text: officials, figures and directives from it alone', async () => {
    const reply = BriefReply.parse(await handleRequest({ type: 'summarize-selection', tabId: 1 }, { id: 'me' }, deps({ ...where, text: SELECTED })));
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.summary.officials.map((o) => o.name)).toContain('Thái Thanh Quý');
    expect(reply.data.summary.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['7.893']));
    expect(reply.data.summary.directives.length).toBeGreaterThan(0);
  });

  it.each([
    ['nothing selected', { ...where, text: '' }, 'no-selection'],
    ['a reply of the wrong shape', { text: 5 }, 'injection-failed'],
    ['a selection beyond the cap', { ...where, text: 'a'.repeat(MAX_SELECTION_CHARS + 1) }, 'too-large'],
  ])('fails with a typed error for %s', async (_, selection, code) => {
    const reply = await handleRequest({ type: 'summarize-selection', tabId: 1 }, { id: 'me' }, deps(selection));
    expect(reply.ok ? null : reply.error.code).toBe(code);
  });

  it('refuses browser pages before reading anything', async () => {
    const reply = await handleRequest({ type: 'summarize-selection', tabId: 1 }, { id: 'me' }, {
      ...deps({ ...where, text: SELECTED }),
      getTabUrl: async () => 'chrome://settings',
    });
    expect(reply.ok ? null : reply.error.code).toBe('restricted-page');
  });
});

describe('pending selection note', () => {
  it('is left under its key with the tab and the time', async () => {
    const data: Record<string, unknown> = {};
    await leavePendingSelection({ set: async (items) => void Object.assign(data, items) }, 7, 1_000);
    expect(data).toEqual({ [PENDING_SELECTION_KEY]: { tabId: 7, at: 1_000 } });
  });

  it.each([
    ['the same tab, soon after', { tabId: 7, at: 0 }, 7, 1_000, true],
    ['the same tab, a minute to the ms', { tabId: 7, at: 0 }, 7, 60_000, true],
    ['another tab', { tabId: 7, at: 0 }, 8, 1_000, false],
    ['a minute and more later', { tabId: 7, at: 0 }, 7, 61_001, false],
    ['a note from the future (clock moved back)', { tabId: 7, at: 5_000 }, 7, 1_000, false],
    ['no tab', { tabId: 7, at: 0 }, null, 1_000, false],
    ['no note', undefined, 7, 1_000, false],
    ['a note of another shape', { tab: 7, when: 0 }, 7, 1_000, false],
  ])('asks for the selection for %s → %s', (_, stored, tabId, now, expected) => {
    expect(isPendingSelectionFor(stored, tabId, now)).toBe(expected);
  });
});
