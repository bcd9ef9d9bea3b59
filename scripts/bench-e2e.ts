// `npm run bench:e2e -- [page.html ...] [--runs N]`: times, in Debian's Chromium with the e2e
// build of the extension, the popup from opening to a rendered brief: cold (storage.session
// emptied first, so the extractor is injected and the summary derived), warm (a reopen on the
// same page, answered from the cache) and warm with the service worker stopped (as Chrome does
// after 30 s idle). Pages: the seed fixture and the largest corpus article (or the pages named).
// The side panel (issue 13): its page opened aimed at the tab, navigation start → brief in the DOM,
// cold and warm; and an item clicked in the panel → its mark in the page (the highlighter's
// <style> in the article's DOM, stamped there by a MutationObserver, on the same clock).
// Prints medians; asserts nothing.
//
// "Open" is the popup document's navigation start; "rendered" is the first moment `article.brief`
// is in its DOM, stamped inside the page by a MutationObserver so Playwright's polling adds nothing.
// Two floors, the same measure on pages added to a copy of the build: an empty extension page
// (`<article class="brief">` and nothing else), what Chromium spends opening any extension page;
// and a page whose one-line module script adds that element, what it spends before any script
// of a page runs. "Ours" is the warm time above the scripted floor.
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  COUNT_MESSAGES,
  EXTENSION_PATH,
  type ExtensionBrowser,
  PAGES_DIR,
  findTabId,
  launchExtensionBrowser,
  startPageServer,
  stopServiceWorker,
} from './lib/e2e-browser';
import { quantile } from './lib/stats';
import { extractFile, readPage } from './lib/load-page';
import { listPages } from './lib/sweep';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');
const SEED = join(PAGES_DIR, 'baonghean-seed/source.html');
// The largest article is looked for among this many largest HTML files: extracting all 260 pages
// only to pick one would take longer than the benchmark itself.
const LARGEST_CANDIDATES = 10;
const OUTCOME_TIMEOUT_MS = 30_000;

interface Mark {
  outcome: 'brief' | 'error';
  /** Navigation start → brief in the DOM. */
  ms: number;
  /** Navigation start → the popup's shell mounted (its own start-up, before any message). */
  bootMs: number;
  /** Whether the page sent the background a message before the brief showed. */
  asked: boolean;
}

/** Stamps, inside the popup, the time the brief (or an error) first appears, and whether the popup
 *  had messaged the background by then (a warm reopen must not; counted by COUNT_MESSAGES). A string,
 *  not a function: tsx wraps named functions in a `__name` helper the popup page does not have. */
const INSTALL_MARK = `(() => {
  let bootMs = null;
  const stamp = () => {
    if (window.__briefMark) return;
    if (bootMs === null && document.querySelector('.popup')) bootMs = performance.now();
    const found = document.querySelector('article.brief, .error');
    if (found) window.__briefMark = { outcome: found.matches('article.brief') ? 'brief' : 'error', ms: performance.now(), bootMs, asked: window.__messagesSent > 0 };
  };
  new MutationObserver(stamp).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Returns the corpus HTML page whose extracted article is longest, among the largest files. */
function findLargestArticle(folder: string): string | null {
  const candidates = listPages([folder])
    .filter((file) => /\.html?(\.gz)?$/i.test(file))
    .sort((a, b) => statSync(b).size - statSync(a).size)
    .slice(0, LARGEST_CANDIDATES);
  let best: { file: string; chars: number } | null = null;
  for (const file of candidates) {
    const result = extractFile(file, 'http://127.0.0.1/article/');
    if (!result.ok) continue;
    const chars = [result.data.lead, ...result.data.paragraphs].join('\n\n').length;
    if (!best || chars > best.chars) best = { file, chars };
  }
  return best?.file ?? null;
}

const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><article class="brief">.</article></body></html>';
const SCRIPTED_FLOOR_PAGE = 'bench-floor-script.html';
const SCRIPTED_FLOOR_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-floor.js"></script></head><body></body></html>';
const SCRIPTED_FLOOR_JS = `document.body.insertAdjacentHTML('beforeend', '<article class="brief">.</article>');`;

/** Copies the e2e build to a temporary folder and adds the empty page; returns the folder. */
function copyBuildWithFloorPage(): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsbrief-bench-'));
  cpSync(EXTENSION_PATH, folder, { recursive: true });
  writeFileSync(join(folder, FLOOR_PAGE), FLOOR_HTML);
  writeFileSync(join(folder, SCRIPTED_FLOOR_PAGE), SCRIPTED_FLOOR_HTML);
  writeFileSync(join(folder, 'bench-floor.js'), SCRIPTED_FLOOR_JS);
  return folder;
}

/** Runs `work` in a fresh extension page (the empty floor page), then closes it. */
async function inExtensionPage<T>(browser: ExtensionBrowser, work: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/${FLOOR_PAGE}`);
    return await work(page);
  } finally {
    await page.close();
  }
}

// Before a cold open: the cache emptied, and the worker running (a previous run may have stopped
// it), so "cold" times extraction and not the worker's start. Done from an extension page: a
// message the background refuses is enough to wake it.
async function prepareColdRun(browser: ExtensionBrowser): Promise<void> {
  await inExtensionPage(browser, (page) =>
    page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { clear(): Promise<void> } }; runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      await chrome.storage.session.clear();
      await chrome.runtime.sendMessage({ type: 'wake-up' });
    }),
  );
}

/** Waits in the article tab (main world) for the highlighter's <style> to be added, and stamps the
 *  time on the clock every page shares (timeOrigin + now). */
const WATCH_MARK = `new Promise((done) => {
  const seen = () => document.getElementById('newsbrief-evidence-style');
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    observer.disconnect();
    done(performance.timeOrigin + performance.now());
  }).observe(document.documentElement, { childList: true, subtree: true });
})`;

/** Stamps, in the panel, when an item's button is clicked (capture, before the panel's handler). */
const STAMP_CLICKS = `document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('.item-jump')) window.__clickedAt = performance.timeOrigin + performance.now();
}, true);`;

/** Times item clicks in the panel, aimed at `tabId` (shown in `tab`), to their mark in the page. */
async function timeItemClicks(browser: ExtensionBrowser, tab: Page, tabId: number, runs: number): Promise<number[]> {
  const panel = await browser.context.newPage();
  const times: number[] = [];
  try {
    await panel.setViewportSize({ width: 360, height: 700 });
    await panel.addInitScript({ content: STAMP_CLICKS });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('article.brief').waitFor({ timeout: OUTCOME_TIMEOUT_MS });
    const items = panel.locator('.item-jump');
    const count = await items.count();
    for (let run = 0; run <= runs && count > 0; run++) {
      await panel.keyboard.press('Escape'); // the last mark (and its <style>) goes
      await tab.waitForFunction(() => !document.getElementById('newsbrief-evidence-style'));
      const marked = tab.evaluate(WATCH_MARK) as Promise<number>;
      await items.nth(run % count).click();
      const [at, clickedAt] = await Promise.all([marked, panel.evaluate(() => (window as { __clickedAt?: number }).__clickedAt ?? NaN)]);
      if (run > 0) times.push(at - clickedAt); // the first click loads the highlighter: untimed, as the popup's first round
    }
  } finally {
    await panel.close();
  }
  return times;
}

/** Opens the popup on the tab (a number), or the floor page named, and returns when its brief (or error, or element) appeared. */
async function timePopup(browser: ExtensionBrowser, target: number | string, page = 'popup.html'): Promise<Mark & { wallMs: number }> {
  const popup: Page = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: page === 'popup.html' ? 420 : 360, height: 600 });
    await popup.addInitScript({ content: COUNT_MESSAGES });
    await popup.addInitScript({ content: INSTALL_MARK });
    const started = performance.now();
    const path = typeof target === 'string' ? target : `${page}?tabId=${target}`;
    await popup.goto(`chrome-extension://${browser.extensionId}/${path}`);
    const handle = await popup.waitForFunction(() => (window as { __briefMark?: Mark }).__briefMark, undefined, { timeout: OUTCOME_TIMEOUT_MS });
    const wallMs = performance.now() - started;
    const mark = (await handle.jsonValue()) as Mark;
    return { ...mark, wallMs };
  } finally {
    await popup.close();
  }
}

interface PageResult {
  page: string;
  kb: number;
  cold: number[];
  warm: number[];
  warmAfterBoot: number[];
  /** Warm reopens with the service worker stopped first. */
  warmStopped: number[];
  /** The empty extension page, timed between the popup's runs. */
  floor: number[];
  /** The extension page with one trivial module script. */
  scriptedFloor: number[];
  coldWall: number[];
  outcome: string;
  /** Every warm reopen showed its brief without messaging the background. */
  warmFromCache: boolean;
  /** The side panel's page aimed at the tab: cold (cache emptied) and warm (the background answers from its cache). */
  panelCold: number[];
  panelWarm: number[];
  /** An item clicked in the panel → its mark in the page. */
  clickToMark: number[];
}

async function benchPage(browser: ExtensionBrowser, url: string, label: string, kb: number, runs: number): Promise<PageResult> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // Asked from an extension page, not through the worker's handle: a stopped worker's handle is dead.
  const tabId = await inExtensionPage(browser, (extensionPage) => findTabId(extensionPage, url));
  const result: PageResult = {
    page: label,
    kb,
    cold: [],
    warm: [],
    warmAfterBoot: [],
    warmStopped: [],
    floor: [],
    scriptedFloor: [],
    coldWall: [],
    outcome: 'brief',
    warmFromCache: true,
    panelCold: [],
    panelWarm: [],
    clickToMark: [],
  };
  try {
    // One untimed round first: the worker's modules and Chromium's caches warm up once, as they
    // would after the browser has been running for a while.
    await prepareColdRun(browser);
    await timePopup(browser, tabId);
    for (let run = 0; run < runs; run++) {
      await prepareColdRun(browser);
      const cold = await timePopup(browser, tabId);
      if (cold.outcome !== 'brief') result.outcome = cold.outcome;
      result.cold.push(cold.ms);
      result.coldWall.push(cold.wallMs);
      const warm = await timePopup(browser, tabId);
      result.warm.push(warm.ms);
      if (warm.asked || warm.outcome !== 'brief') result.warmFromCache = false;
      result.warmAfterBoot.push(warm.ms - warm.bootMs);
      result.floor.push((await timePopup(browser, FLOOR_PAGE)).ms);
      result.scriptedFloor.push((await timePopup(browser, SCRIPTED_FLOOR_PAGE)).ms);
      await prepareColdRun(browser);
      const panelCold = await timePopup(browser, tabId, 'sidepanel.html');
      if (panelCold.outcome !== 'brief') result.outcome = `panel ${panelCold.outcome}`;
      result.panelCold.push(panelCold.ms);
      result.panelWarm.push((await timePopup(browser, tabId, 'sidepanel.html')).ms);
    }
    result.clickToMark = await timeItemClicks(browser, page, tabId, runs);
    // Apart, after: a stopped worker starts again cold, and its first brief would then time the
    // engine's compilation rather than the page.
    for (let run = 0; run < runs; run++) {
      await stopServiceWorker(browser, page);
      const stopped = await timePopup(browser, tabId);
      if (stopped.outcome !== 'brief') result.outcome = stopped.outcome;
      result.warmStopped.push(stopped.ms);
      if (stopped.asked) result.warmFromCache = false;
    }
  } finally {
    await page.close();
  }
  return result;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 5) : 5;
  const named = args.filter((a, i) => !a.startsWith('--') && !(runsAt >= 0 && i === runsAt + 1));
  let files = named.map((f) => resolve(f));
  if (!files.length) {
    const largest = existsSync(SHARED_CORPUS) ? findLargestArticle(SHARED_CORPUS) : findLargestArticle(PAGES_DIR);
    files = [SEED, ...(largest ? [largest] : [])];
  }

  const inline: Record<string, string> = {};
  const paths = files.map((file, i) => {
    const path = `/page-${i}/`;
    inline[path] = readPage(file);
    return path;
  });
  const server = await startPageServer(inline);
  const extensionPath = copyBuildWithFloorPage();
  const browser = await launchExtensionBrowser({ extensionPath });
  const results: PageResult[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const label = relative(process.cwd(), file) || basename(file);
      process.stderr.write(`${label}…\n`);
      results.push(await benchPage(browser, `${server.origin}${paths[i]}`, label, Math.round(statSync(file).size / 1024), runs));
    }
  } finally {
    await browser.context.close();
    await server.close();
    rmSync(extensionPath, { recursive: true, force: true });
  }

  const ms = (values: number[]) => quantile(values, 0.5).toFixed(0);
  console.log(`bench:e2e: headless ${'/usr/bin/chromium'}, e2e build, median of ${runs} runs (popup navigation start → brief in the DOM)`);
  console.log('cold: storage.session emptied first; (wall): from Playwright\'s goto; warm: reopened on the same page;');
  console.log('stopped: warm with the service worker stopped first; floor: an empty extension page, same measure;');
  console.log('+script: the same with a one-line module script; ours: warm − (+script); after boot: warm from the popup\'s first render');
  console.log(
    `${'page'.padEnd(44)} ${'KB'.padStart(5)} ${'cold'.padStart(6)} ${'(wall)'.padStart(7)} ${'warm'.padStart(6)} ${'stopped'.padStart(8)} ${'floor'.padStart(6)} ${'+script'.padStart(8)} ${'ours'.padStart(5)} ${'after boot'.padStart(11)}  from cache`,
  );
  for (const r of results) {
    const note = r.outcome === 'brief' ? '' : `  (outcome: ${r.outcome})`;
    const ours = quantile(r.warm, 0.5) - quantile(r.scriptedFloor, 0.5);
    console.log(
      `${r.page.slice(-44).padEnd(44)} ${String(r.kb).padStart(5)} ${ms(r.cold).padStart(6)} ${`(${ms(r.coldWall)})`.padStart(7)} ${ms(r.warm).padStart(6)} ${ms(r.warmStopped).padStart(8)} ${ms(r.floor).padStart(6)} ${ms(r.scriptedFloor).padStart(8)} ${ours.toFixed(0).padStart(5)} ${ms(r.warmAfterBoot).padStart(11)}  ${r.warmFromCache ? 'yes' : 'NO'}${note}`,
    );
  }
  console.log('');
  console.log('side panel: its page aimed at the tab, navigation start → brief in the DOM (cold: cache emptied; warm: answered');
  console.log('from the background\'s cache); click → mark: an item clicked in the panel → the highlighter\'s mark in the page');
  console.log(`${'page'.padEnd(44)} ${'cold'.padStart(6)} ${'warm'.padStart(6)} ${'click → mark'.padStart(13)}`);
  for (const r of results) {
    console.log(`${r.page.slice(-44).padEnd(44)} ${ms(r.panelCold).padStart(6)} ${ms(r.panelWarm).padStart(6)} ${ms(r.clickToMark).padStart(13)}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
