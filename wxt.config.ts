import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PANEL_COMMAND } from './lib/protocol/commands';

// The e2e build (`--mode e2e`) may read pages on 127.0.0.1 without a toolbar click, because a
// test cannot click the icon and so never gets activeTab. The production manifest never has it.
const E2E_HOSTS = ['http://127.0.0.1/*'];
const STRICT_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none'";

export default defineConfig({
  imports: false,
  // No modulepreload polyfill: it would put a `fetch()` in the popup bundle, and extension pages
  // support modulepreload natively.
  // One chunk for the code two or more pages share (Preact, zod, the brief view, the strings),
  // rather than one per set of pages: the popup loads it and its own entry, and the gzip of one
  // chunk is ~1.6 KB smaller than that of the three it otherwise loads (the chunks' imports and
  // exports, and a dictionary per file). The options page loads brief-view code it does not run,
  // from disk; code one page alone uses stays in that page's chunk.
  vite: () => ({
    plugins: [preact()],
    build: {
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] } } },
    },
  }),
  manifest: ({ mode, command, manifestVersion, browser }) => ({
    // Manifest strings come from public/_locales (en, vi); the popup's own strings from lib/i18n/ui-strings.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings (sync), the selection note and the warm popup's briefs (session); contextMenus: "Summarize selection".
    // sidePanel (Chrome) is added by WXT for entrypoints/sidepanel, with side_panel.default_path;
    // Firefox gets sidebar_action instead, which needs no permission.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox asks every add-on to declare what it collects: nothing leaves the browser.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'newsbrief@newsbrief.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
    // Stricter than MV3's default: no plugins, no <base> games, no network from extension pages.
    // Built bundles only: `wxt dev` needs to reach its reload server.
    ...(command === 'build' ? { content_security_policy: { extension_pages: STRICT_CSP } } : {}),
    // The toolbar shortcut: MV2 (the Firefox build) names the same command _execute_browser_action.
    // It does what the toolbar click does (popup, or side panel: see background.ts); the second
    // command always opens the side panel. Both grant activeTab, as a click does.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
        description: '__MSG_commandOpen__',
      },
      [PANEL_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
        description: '__MSG_commandPanel__',
      },
    },
  }),
});
