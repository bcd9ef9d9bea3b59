// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { BriefView, type BriefViewProps } from '../../../components/BriefView';
import type { BriefState } from '../../../lib/popup/brief-state';
import type { Article } from '../../../lib/schema';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { getUiStrings, ui } from '../../../lib/i18n/ui-strings';
import { makeSeedSummary } from '../format/seed-summary.fixture';
import { renderInto, textsOf } from './render';

const ARTICLE: Article = {
  url: 'https://baonghean.vn/a',
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'vi',
  publishedTime: null,
  lead: '',
  paragraphs: [],
};

const READY: BriefState = { kind: 'ready', brief: { article: ARTICLE, summary: makeSeedSummary() } };

function props(overrides: Partial<BriefViewProps> = {}): BriefViewProps {
  return {
    layout: 'popup',
    ui,
    state: READY,
    settings: DEFAULT_SETTINGS,
    shortcut: 'Ctrl+Shift+Y',
    locate: vi.fn(),
    pageNotice: { text: '', problem: false },
    onCopyAll: vi.fn(async () => true),
    onCopyJson: vi.fn(async () => true),
    onCopySection: vi.fn(async () => true),
    onRetry: vi.fn(),
    onSummarizeSelection: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
}

describe('BriefView', () => {
  it('is the same brief in the popup and the panel; only the layout and the panel button differ', () => {
    const onOpenPanel = vi.fn();
    const popup = renderInto(<BriefView {...props({ onOpenPanel })} />);
    const popupItems = textsOf(popup, '.item-line');
    expect(popup.querySelector('[data-layout="popup"]')).not.toBeNull();
    popup.querySelector<HTMLButtonElement>('.open-panel')?.click();
    expect(onOpenPanel).toHaveBeenCalledOnce();

    const panel = renderInto(<BriefView {...props({ layout: 'panel' })} />);
    expect(panel.querySelector('[data-layout="panel"]')).not.toBeNull();
    expect(textsOf(panel, '.item-line')).toEqual(popupItems);
    expect(panel.querySelector('.open-panel')).toBeNull();
  });

  it('says in the panel which click or shortcut briefs a tab nobody asked about, in the UI language', () => {
    const en = renderInto(<BriefView {...props({ layout: 'panel', state: { kind: 'idle' } })} />);
    expect(textsOf(en, '.panel-idle')).toEqual(['Click the NewsBrief icon or press Ctrl+Shift+Y to brief this page.']);
    expect(en.querySelector('article.brief')).toBeNull();
    const unset = renderInto(<BriefView {...props({ layout: 'panel', state: { kind: 'idle' }, shortcut: '' })} />);
    expect(textsOf(unset, '.panel-idle')).toEqual(['Click the NewsBrief icon to brief this page.']);
    const vi_ = renderInto(<BriefView {...props({ layout: 'panel', state: { kind: 'idle' }, ui: getUiStrings('vi') })} />);
    expect(textsOf(vi_, '.panel-idle')).toEqual(['Bấm biểu tượng NewsBrief hoặc nhấn Ctrl+Shift+Y để tóm tắt trang này.']);
  });

  it('marks the current item and offers Next, Previous and Clear for its section', () => {
    const onStep = vi.fn();
    const onClear = vi.fn();
    const step = { current: { section: 'officials' as const, index: 0 }, count: 4, onStep, onClear };
    const root = renderInto(<BriefView {...props({ layout: 'panel', step })} />);
    expect(textsOf(root, '.step-position')).toEqual(['Officials: 1 of 4']);
    expect(textsOf(root, '.item-current .item-jump')[0]).toMatch(/^Phạm Minh Chính — /);
    expect(root.querySelectorAll('.item-current')).toHaveLength(1);
    const previous = root.querySelector<HTMLButtonElement>('[aria-label="Previous item in Officials"]');
    expect(previous?.disabled).toBe(true);
    root.querySelector<HTMLButtonElement>('[aria-label="Next item in Officials"]')?.click();
    expect(onStep).toHaveBeenCalledWith(1);
    root.querySelector<HTMLButtonElement>('.step-clear')?.click();
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('sends the item and its place to the page when clicked', () => {
    const locate = vi.fn();
    const root = renderInto(<BriefView {...props({ layout: 'panel', locate })} />);
    root.querySelectorAll<HTMLButtonElement>('[data-section="figures"] .item-jump')[2]?.click();
    expect(locate).toHaveBeenCalledWith(makeSeedSummary().figures[2]?.evidence, { section: 'figures', index: 2 });
  });
});
