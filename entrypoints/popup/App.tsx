import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brief } from '../../components/Brief';
import { CopyButton } from '../../components/CopyButton';
import { ErrorState, type PopupErrorCode } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { formatBrief } from '../../lib/format';
import { BriefReply, type Brief as BriefData, type Request } from '../../lib/protocol';
import type { Summary } from '../../lib/schema';
import { ui } from '../../lib/ui-strings';

type PopupState =
  | { kind: 'loading' }
  | { kind: 'error'; code: PopupErrorCode; message: string }
  | { kind: 'ready'; brief: BriefData };

// `?tabId=N` names the tab explicitly: the e2e test opens the popup as a page because it cannot
// click the toolbar icon. A real click opens the popup over the active tab of its window.
async function findTargetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) {
    const tabId = Number(param);
    return Number.isInteger(tabId) && tabId >= 0 ? tabId : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function requestBrief(): Promise<PopupState> {
  try {
    const tabId = await findTargetTabId();
    if (tabId === null) return { kind: 'error', code: 'no-tab', message: '' };
    const request: Request = { type: 'summarize-tab', tabId };
    const reply = BriefReply.safeParse(await browser.runtime.sendMessage(request));
    if (!reply.success) return { kind: 'error', code: 'unreadable-reply', message: '' };
    if (!reply.data.ok) return { kind: 'error', ...reply.data.error };
    return { kind: 'ready', brief: reply.data.data };
  } catch (error) {
    return { kind: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}

// Both flavours in one write: editors that take HTML keep headings and bold, the rest get the
// Markdown, which reads as plain text.
async function copyToClipboard(summary: Summary): Promise<boolean> {
  const markdown = formatBrief(summary, 'markdown');
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([markdown], { type: 'text/plain' }),
        'text/html': new Blob([formatBrief(summary, 'html')], { type: 'text/html' }),
      }),
    ]);
    return true;
  } catch {
    return navigator.clipboard.writeText(markdown).then(
      () => true,
      () => false,
    );
  }
}

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const load = useCallback(() => {
    setState({ kind: 'loading' });
    void requestBrief().then(setState);
  }, []);
  useEffect(load, [load]);

  return (
    <div class="popup">
      <header class="toolbar">
        <span class="app-name">{ui.appName}</span>
        {state.kind === 'ready' && <CopyButton onCopy={() => copyToClipboard(state.brief.summary)} />}
      </header>
      <main class="content" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <Loading />}
        {state.kind === 'error' && <ErrorState code={state.code} message={state.message} onRetry={load} />}
        {state.kind === 'ready' && <Brief summary={state.brief.summary} />}
      </main>
    </div>
  );
}
