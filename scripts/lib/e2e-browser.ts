import { existsSync, readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';

// Real Chromium (Debian's, never a downloaded one) with the e2e build of the extension loaded.
// The e2e build adds host permission for http://127.0.0.1/* because a test cannot click the
// toolbar icon, so it never gets activeTab; the popup is then opened as a page with ?tabId=N.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const EXTENSION_PATH = join(ROOT, '.output/chrome-mv3-e2e');
export const PAGES_DIR = join(ROOT, 'tests/pages');
export const ARTIFACTS_DIR = join(ROOT, 'tests/e2e/artifacts');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

/** Extra launch settings: a UI language (`--lang=vi`, LANGUAGE=vi), a colour scheme. */
export interface LaunchOptions {
  args?: string[];
  env?: Record<string, string>;
  colorScheme?: 'light' | 'dark';
  /** Another copy of the e2e build to load (the benchmark adds an empty page to one). */
  extensionPath?: string;
}

/** Launches Chromium with the built extension; throws (so the run fails, never skips) when either is missing. */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The e2e needs Chromium at ${CHROMIUM_PATH} and it is missing. Install it with "apt-get install chromium"; the tests never download a browser.`,
    );
  }
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No extension build at ${extensionPath}. Run "npm run build:e2e" first (npm run test:e2e does).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  if (!manifest.host_permissions?.includes('http://127.0.0.1/*')) {
    throw new Error(`${manifestPath} lacks the e2e host permission: it is not the "--mode e2e" build.`);
  }

  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(options.args ?? []),
    ],
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
  });
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker };
  } catch (error) {
    await context.close();
    throw new Error(`Chromium started but the extension's service worker never did: ${String(error)}`);
  }
}

export interface PageServer {
  origin: string;
  /** The address of tests/pages/<slug>/source.html. */
  urlOf(slug: string): string;
  close(): Promise<void>;
}

/** Serves `tests/pages/<slug>/source.html` at `/<slug>/`, and `inline` pages at their paths, on 127.0.0.1. */
export async function startPageServer(inline: Record<string, string> = {}): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const inlinePage = inline[path];
    const slug = /^\/([a-z0-9-]+)\/$/.exec(path)?.[1];
    const file = slug ? join(PAGES_DIR, slug, 'source.html') : null;
    if (inlinePage !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(inlinePage);
    } else if (file && existsSync(file)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
    } else {
      // Images and stylesheets the saved pages point at: nothing, quickly, so pages finish loading.
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlOf: (slug) => `${origin}/${slug}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The slice of the extension API the tests call inside the service worker or the popup. */
export interface ChromeApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Returns the id of the tab showing `url`, asked of the extension's service worker or one of its pages (they have tab access on 127.0.0.1). */
export async function findTabId(extension: Worker | Page, url: string): Promise<number> {
  const tabId = await (extension as Worker).evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`No tab with ${url} is visible to the extension.`);
  return tabId;
}

/** Counts, inside an extension page, the messages it sends the background (`window.__messagesSent`). Runs before the page's own scripts. */
export const COUNT_MESSAGES = `(() => {
  window.__messagesSent = 0;
  const runtime = globalThis.chrome && chrome.runtime;
  if (!runtime || !runtime.sendMessage) return;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args) => { window.__messagesSent += 1; return send(...args); };
})();`;

/** Opens the popup as a page aimed at `tabId`, 420px wide like the real popup; `initScripts` run before its own. */
export async function openPopup(browser: ExtensionBrowser, tabId: number, initScripts: string[] = []): Promise<Page> {
  const popup = await browser.context.newPage();
  for (const content of initScripts) await popup.addInitScript({ content });
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The side panel's default width in Chromium, in CSS pixels. */
export const PANEL_WIDTH = 360;

/** Opens the side panel's page as a tab aimed at `tabId` (it briefs that tab at once), as wide as
 *  Chromium's side panel; `initScripts` run before its own. The real side panel cannot be driven
 *  by Playwright as a page: see tests/e2e/panel.test.ts for what is done with it. */
export async function openPanelPage(browser: ExtensionBrowser, tabId: number, initScripts: string[] = []): Promise<Page> {
  const panel = await browser.context.newPage();
  for (const content of initScripts) await panel.addInitScript({ content });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: 700 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Opens `url` in a new tab, waits for it to load, and returns the page with its tab id. */
export async function openArticleTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await findTabId(browser.serviceWorker, url) };
}

/** Stops the extension's service worker, as Chrome does after 30 s without events; any
 *  open page serves to reach the browser. The `serviceWorker` handle is dead afterwards. */
export async function stopServiceWorker(browser: ExtensionBrowser, anyPage: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(anyPage);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const origin = `chrome-extension://${browser.extensionId}/`;
    for (const target of targetInfos) {
      if (target.type === 'service_worker' && target.url.startsWith(origin)) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    }
  } finally {
    await cdp.detach();
  }
}
