// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Brief } from '../../../components/Brief';
import { ErrorState } from '../../../components/ErrorState';
import { LocateContext } from '../../../components/locate-context';
import { UiContext } from '../../../components/ui-context';
import { UI_STRINGS } from '../../../lib/i18n/ui-strings';
import { makeSeedSummary } from '../format/seed-summary.fixture';
import { renderInto, textsOf } from './render';

describe('Brief with settings and a UI language', () => {
  it('shows only the chosen sections, capped, and says how many are hidden — in Vietnamese', () => {
    const root = renderInto(
      <UiContext.Provider value={UI_STRINGS.vi}>
        <Brief summary={makeSeedSummary()} options={{ sections: ['figures', 'directives'], maxItems: 2 }} />
      </UiContext.Provider>,
    );
    expect(textsOf(root, 'h2')).toEqual(['Số liệu (2/6)', 'Chỉ đạo (2/5)']);
    expect(root.querySelectorAll('[data-section="figures"] .item')).toHaveLength(2);
    expect(textsOf(root, '.section-more')).toEqual(['Còn 4 mục không hiển thị (xem Tùy chọn)', 'Còn 3 mục không hiển thị (xem Tùy chọn)']);
    expect(textsOf(root, '.source-toggle')[0]).toBe('Nguồn');
  });

  it('makes each item a button that sends its evidence to the page when a page is open', () => {
    const locate = vi.fn();
    const root = renderInto(
      <LocateContext.Provider value={locate}>
        <Brief summary={makeSeedSummary()} />
      </LocateContext.Provider>,
    );
    root.querySelector<HTMLButtonElement>('[data-section="officials"] .item-jump')?.click();
    expect(locate).toHaveBeenCalledWith(makeSeedSummary().officials[0]?.evidence, { section: 'officials', index: 0 });
    root.querySelectorAll<HTMLButtonElement>('[data-section="figures"] .source-toggle')[1]?.click();
    expect(locate).toHaveBeenLastCalledWith(makeSeedSummary().figures[1]?.evidence, { section: 'figures', index: 1 });
  });
});

describe('ErrorState offers the selection', () => {
  it.each([
    ['not-article', true],
    ['no-selection', true],
    ['restricted-page', false],
    ['internal', false],
  ] as const)('%s → offer %s', (code, offered) => {
    const onSelection = vi.fn();
    const root = renderInto(<ErrorState code={code} message="" onSummarizeSelection={onSelection} />);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Summarize selected text');
    expect(Boolean(button)).toBe(offered);
    button?.click();
    expect(onSelection).toHaveBeenCalledTimes(offered ? 1 : 0);
  });

  it.each([
    ['browser-page', 'Đây là trang của trình duyệt; tiện ích không được phép đọc trang này. Hãy mở một bài báo rồi bấm NewsBrief lần nữa.'],
    [undefined, 'Trình duyệt không cho tiện ích đọc trang này.'],
  ] as const)('words a restricted page (%s) in Vietnamese', (reason, sentence) => {
    const root = renderInto(
      <UiContext.Provider value={UI_STRINGS.vi}>
        <ErrorState code="restricted-page" message="chrome://settings/" reason={reason} />
      </UiContext.Provider>,
    );
    expect(textsOf(root, '.error-sentence')).toEqual([sentence]);
  });
});
