import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PANEL_COMMAND } from '../lib/protocol/commands';
import { handleRequest } from '../lib/background/handle-request';
import { parseMarkedTabs } from '../lib/popup/panel-tabs';
import { leavePendingSelection } from '../lib/storage/pending-selection';
import type { SelectionResult } from '../lib/protocol/messages';
import { type Settings, loadSettings, parseSettings } from '../lib/storage/settings';
import { PANEL_MARKS_KEY, SETTINGS_KEY, countReportKeys, isReportKey, readStoredKeys } from '../lib/storage/storage-keys';
import { CONTEXT_MENU_SELECTION } from '../lib/i18n/context-menu-strings';
import { pickUiLang } from '../lib/i18n/ui-strings';
import { canOpenPanel, clearEvidenceInPage, openPanel } from './popup/page-actions';

const SELECTION_MENU_ID = 'summarize-selection';

// Runs in the tab (isolated world, so page scripts cannot tamper with it): the selected text with its
// line breaks, which the context menu's `selectionText` flattens, plus where it was selected.
function readSelectionInPage(): SelectionResult {
  const active = document.activeElement;
  const field = active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement ? active : null;
  const inField = field && field.selectionStart !== null && field.selectionEnd !== null
    ? field.value.slice(field.selectionStart, field.selectionEnd)
    : '';
  return {
    text: inField || (getSelection()?.toString() ?? ''),
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang || null,
  };
}

async function chooseMenuTitle(): Promise<string> {
  const settings = await loadSettings(browser.storage?.sync);
  return CONTEXT_MENU_SELECTION[pickUiLang(settings.uiLanguage, [...navigator.languages, browser.i18n.getUILanguage()])];
}

async function createSelectionMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SELECTION_MENU_ID, title: await chooseMenuTitle(), contexts: ['selection'] });
}

// The note tells the popup to brief the selection; openPopup (Chrome 127+, Firefox) shows it over
// the tab, and where the browser refuses, a small window shows the popup page aimed at the tab.
async function openSelectionBrief(tabId: number): Promise<void> {
  if (browser.storage?.session) await leavePendingSelection(browser.storage.session, tabId, Date.now());
  try {
    await toolbarAction().openPopup();
  } catch {
    const url = browser.runtime.getURL(`/popup.html?tabId=${tabId}&selection=1`);
    await browser.windows.create({ url, type: 'popup', width: 460, height: 640 });
  }
}

/** The toolbar action: `action` in MV3, `browserAction` in the Firefox (MV2) build. */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

// The toolbar badge shows how many articles the report holds; '' hides it. The popup and the
// report page write storage.local, and storage.onChanged brings every change here.
async function showReportCount(): Promise<void> {
  const count = countReportKeys(await readStoredKeys(browser.storage.local));
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#0b57d0' });
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
}

// What the toolbar click (and its shortcut) opens. With no popup set the click reaches
// action.onClicked, which opens the side panel inside the click: Chrome's
// setPanelBehavior({ openPanelOnActionClick }) would open it without running the extension on the
// page, so without activeTab, and the panel could not read the tab.
async function applyToolbarClick(settings: Settings): Promise<void> {
  const panel = settings.toolbarClick === 'panel' && canOpenPanel();
  await toolbarAction().setPopup({ popup: panel ? '' : 'popup.html' });
}

// The side panel closed (its port to us closed): every mark it left in a page goes.
async function clearPanelMarks(): Promise<void> {
  const area = browser.storage?.session;
  if (!area) return;
  const tabs = parseMarkedTabs((await area.get(PANEL_MARKS_KEY))[PANEL_MARKS_KEY]);
  await area.remove(PANEL_MARKS_KEY);
  await Promise.all(tabs.map((tabId) => clearEvidenceInPage(tabId)));
}

// Glue only: parse, hand to lib/, reply. Listeners are registered synchronously at start-up so
// the worker wakes for a message after it was stopped; it keeps no state between messages.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleRequest(message, sender, {
      ownId: browser.runtime.id,
      ownOrigin: browser.runtime.getURL('/'),
      storage: browser.storage?.session,
      getTabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
      readSelection: async (tabId) => {
        const results = await browser.scripting.executeScript({ target: { tabId }, func: readSelectionInPage });
        return results[0]?.result;
      },
      runExtractor: async (tabId) => {
        const results = await browser.scripting.executeScript({
          target: { tabId },
          files: ['/content-scripts/extractor.js'],
        });
        return results[0]?.result;
      },
    }).then(sendResponse);
    return true;
  });

  const setUp = () => {
    void createSelectionMenu().catch(() => undefined);
    void loadSettings(browser.storage?.sync).then(applyToolbarClick).catch(() => undefined);
    void showReportCount().catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(setUp);
  browser.runtime.onStartup.addListener(setUp);

  // Only reached when the toolbar click opens the side panel (no popup set): open it inside the
  // click, synchronously, and leave it the note to brief the tab.
  toolbarAction().onClicked.addListener((tab) => {
    if (tab.id !== undefined) void openPanel(tab.id, 'article');
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === PANEL_COMMAND && tab?.id !== undefined) void openPanel(tab.id, 'article');
  });
  // The panel closed: Chrome's side panel says so; Firefox's sidebar (and the panel's page in a
  // tab) keep a port open instead, whose closing is the same news.
  (browser as unknown as { sidePanel?: { onClosed?: { addListener(listener: () => void): void } } }).sidePanel?.onClosed?.addListener(
    () => void clearPanelMarks().catch(() => undefined),
  );
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'panel' || !port.sender?.url?.startsWith(browser.runtime.getURL('/'))) return;
    port.onDisconnect.addListener(() => void clearPanelMarks().catch(() => undefined));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SELECTION_MENU_ID && tab?.id !== undefined) void openSelectionBrief(tab.id);
  });
  // The menu's title follows the UI language the reader picks on the options page.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some(isReportKey)) void showReportCount().catch(() => undefined);
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    void applyToolbarClick(parseSettings(changes[SETTINGS_KEY]?.newValue)).catch(() => undefined);
    void chooseMenuTitle().then((title) => browser.contextMenus.update(SELECTION_MENU_ID, { title }), () => undefined);
  });
});
