import { browser } from 'wxt/browser';
import type { BriefSource } from '../../lib/popup/brief-state';
import { leavePanelRequest } from '../../lib/popup/panel';
import { LocateResult } from '../../lib/protocol/messages';

// What the popup and the side panel do in the reader's tab without going through the background:
// pointing at a sentence needs no summary engine, and they hold the same activeTab grant.

const DEFAULT_SHORTCUT = 'Ctrl+Shift+Y';

/** The highlighter's order (entrypoints/highlighter.content.ts). */
type HighlighterOrder = { sentence: string; hold: boolean } | { clear: true };

async function runHighlighter(tabId: number, order: HighlighterOrder): Promise<LocateResult> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (value: HighlighterOrder) => {
        (globalThis as { __newsbriefEvidence?: unknown }).__newsbriefEvidence = value;
      },
      args: [order],
    });
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/highlighter.js'] });
    const parsed = LocateResult.safeParse(result?.result);
    return parsed.success ? parsed.data : { found: false };
  } catch {
    return { found: false };
  }
}

/** Scrolls the tab to the evidence sentence and highlights it, for a few seconds or (`hold`, the
 *  side panel) until cleared; resolves to whether it was found. */
export function showEvidenceInPage(tabId: number, sentence: string, hold = false): Promise<LocateResult> {
  return runHighlighter(tabId, { sentence, hold });
}

/** Removes the evidence mark from the tab; resolves when done (or when the tab cannot be reached). */
export async function clearEvidenceInPage(tabId: number): Promise<void> {
  await runHighlighter(tabId, { clear: true });
}

/** Returns the keys that open the popup as the reader set them, '' when unset; the suggested keys where the API is missing. */
export async function readShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    const open = commands.find((command) => command.name === '_execute_action' || command.name === '_execute_browser_action');
    return open?.shortcut ?? '';
  } catch {
    return DEFAULT_SHORTCUT;
  }
}

/** Opens the extension's options page. */
export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Whether this browser can show the brief beside the page: Chrome's side panel or Firefox's sidebar. */
export function canOpenPanel(): boolean {
  const apis = browser as unknown as PanelApis;
  return typeof apis.sidePanel?.open === 'function' || typeof apis.sidebarAction?.open === 'function';
}

/**
 * Opens the side panel (the sidebar in Firefox) on the tab and leaves it the note to brief it.
 * Must be called synchronously inside the user's click or command: the browsers open a panel only
 * inside a user gesture, and that gesture is what granted activeTab on the tab. Resolves to
 * whether the panel opened.
 */
export function openPanel(tabId: number, source: BriefSource): Promise<boolean> {
  const apis = browser as unknown as PanelApis;
  let opening: Promise<void>;
  try {
    if (apis.sidePanel?.open) opening = apis.sidePanel.open({ tabId });
    else if (apis.sidebarAction?.open) opening = apis.sidebarAction.open();
    else return Promise.resolve(false);
  } catch {
    return Promise.resolve(false);
  }
  const note = browser.storage?.session ? leavePanelRequest(browser.storage.session, { tabId, source, at: Date.now() }) : Promise.resolve();
  return Promise.all([opening, note]).then(
    () => true,
    () => false,
  );
}
