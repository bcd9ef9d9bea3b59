import { browser } from 'wxt/browser';
import { LocateResult } from '../../lib/protocol';

// What the popup does in the reader's tab without going through the background: pointing at a
// sentence needs no summary engine, and the popup holds the same activeTab grant.

const DEFAULT_SHORTCUT = 'Ctrl+Shift+Y';

/** Scrolls the tab to the evidence sentence and highlights it; resolves to whether it was found. */
export async function showEvidenceInPage(tabId: number, sentence: string): Promise<LocateResult> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (text: string) => {
        (globalThis as { __newsbriefEvidence?: string }).__newsbriefEvidence = text;
      },
      args: [sentence],
    });
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/highlighter.js'] });
    const parsed = LocateResult.safeParse(result?.result);
    return parsed.success ? parsed.data : { found: false };
  } catch {
    return { found: false };
  }
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
