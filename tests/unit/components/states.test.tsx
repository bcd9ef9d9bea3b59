// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../../components/CopyButton';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { renderInto, textsOf } from './render';

async function flush(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('CopyButton', () => {
  it('calls onCopy on click and announces "Copied" in a live region', async () => {
    const onCopy = vi.fn(async () => true);
    const root = renderInto(<CopyButton onCopy={onCopy} />);
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Copy');
    button?.click();
    await flush();
    expect(onCopy).toHaveBeenCalledOnce();
    expect(button?.textContent).toBe('Copied');
    const live = root.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Brief copied to the clipboard.');
  });

  it('says so when the clipboard refused', async () => {
    const root = renderInto(<CopyButton onCopy={async () => Promise.reject(new Error('denied'))} />);
    root.querySelector('button')?.click();
    await flush();
    expect(textsOf(root, '[role="alert"]')).toEqual(['Could not copy. Select the text and copy it instead.']);
    expect(root.querySelector('button')?.textContent).toBe('Copy');
  });
});

describe('ErrorState', () => {
  it.each([
    ['not-article', 'Extractor detail', "This page doesn't look like an article."],
    ['restricted-page', 'chrome://settings/', 'The browser does not let extensions read this page.'],
    ['no-tab', '', 'There is no page to read. Open a news article and click NewsBrief again.'],
    ['injection-failed', 'Frame was removed', 'NewsBrief could not read this page. Reload the page and try again.'],
    ['too-large', '', 'This page is too long for NewsBrief to read.'],
    ['internal', 'TypeError: x', 'Something went wrong while making the brief.'],
    ['unreadable-reply', '', 'NewsBrief got an answer it could not understand.'],
  ] as const)('%s says one plain sentence', (code, message, sentence) => {
    const root = renderInto(<ErrorState code={code} message={message} />);
    expect(textsOf(root, '.error-sentence')).toEqual([sentence]);
    const detail = root.querySelector('details.error-details p')?.textContent ?? null;
    expect(detail).toBe(message || null);
  });

  it.each([
    ['browser-page', 'This is a browser page; extensions are not allowed to read it. Open a news article and click NewsBrief again.'],
    ['pdf-viewer', 'This is a PDF shown by the browser’s PDF viewer, which extensions cannot read. Open the article as a web page instead.'],
    ['not-permitted', 'The browser did not let NewsBrief read this page. Click the NewsBrief icon while the article is open in the active tab.'],
  ] as const)('words a restricted page by its reason: %s', (reason, sentence) => {
    const root = renderInto(<ErrorState code="restricted-page" message="chrome://settings/" reason={reason} />);
    expect(textsOf(root, '.error-sentence')).toEqual([sentence]);
    expect(root.querySelector('details.error-details p')?.textContent).toBe('chrome://settings/');
  });

  it('offers a retry for transient failures only', () => {
    const onRetry = vi.fn();
    const transient = renderInto(<ErrorState code="injection-failed" message="" onRetry={onRetry} />);
    transient.querySelector('button')?.click();
    expect(onRetry).toHaveBeenCalledOnce();
    const final = renderInto(<ErrorState code="not-article" message="" onRetry={onRetry} />);
    expect(final.querySelector('button')).toBeNull();
  });
});

describe('Loading', () => {
  it('is a status region with a sentence', () => {
    const root = renderInto(<Loading />);
    expect(textsOf(root, '[role="status"]')).toEqual(['Reading the article…']);
  });
});

describe('Loading on a large page', () => {
  it('says the page is large once the brief takes longer than usual', async () => {
    const root = renderInto(<Loading slowAfterMs={5} />);
    expect(textsOf(root, '.loading-slow')).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(textsOf(root, '.loading-slow')).toEqual(['Large page, still working…']);
  });
});
