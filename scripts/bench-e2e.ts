// `npm run bench:e2e -- [page.html ...] [--runs N]`: times, in Debian's Chromium with the e2e
// build of the extension, the popup from opening to a rendered brief: cold (storage.session
// emptied first, so the extractor is injected and the summary derived) and warm (a reopen on the
// same page, answered from the cache). Pages: the seed fixture and the largest corpus article
// (or the pages named). Prints medians; asserts nothing.
//
// "Open" is the popup document's navigation start; "rendered" is the first moment `article.brief`
// is in its DOM, stamped inside the page by a MutationObserver so Playwright's polling adds nothing.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  type ChromeApi,
  type ExtensionBrowser,
  PAGES_DIR,
  launchExtensionBrowser,
  openArticleTab,
  startPageServer,
} from '../tests/e2e/fixtures';
import { quantile } from './bench';
import { extractFile, readPage } from './load-page';
import { listPages } from './sweep';

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
}

/** Stamps, inside the popup, the time the brief (or an error) first appears. A string, not a
 *  function: tsx wraps named functions in a `__name` helper the popup page does not have. */
const INSTALL_MARK = `(() => {
  let bootMs = null;
  const stamp = () => {
    if (window.__briefMark) return;
    if (bootMs === null && document.querySelector('.popup')) bootMs = performance.now();
    const found = document.querySelector('article.brief, .error');
    if (found) window.__briefMark = { outcome: found.matches('article.brief') ? 'brief' : 'error', ms: performance.now(), bootMs };
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

async function clearCache(browser: ExtensionBrowser): Promise<void> {
  await browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } };
    await chrome.storage.session.clear();
  });
}

async function timePopup(browser: ExtensionBrowser, tabId: number): Promise<Mark & { wallMs: number }> {
  const popup: Page = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.addInitScript({ content: INSTALL_MARK });
    const started = performance.now();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const handle = await popup.waitForFunction(() => (window as { __briefMark?: Mark }).__briefMark, undefined, { timeout: OUTCOME_TIMEOUT_MS });
    const wallMs = performance.now() - started;
    const mark = (await handle.jsonValue()) as Mark;
    return { ...mark, wallMs };
  } finally {
    await popup.close();
  }
}

/** Asks the background once more, as a reopened popup does, and says whether the cache answered. */
async function isServedFromCache(browser: ExtensionBrowser, tabId: number): Promise<boolean> {
  const popup = await browser.context.newPage();
  try {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const reply = await popup.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.runtime.sendMessage({ type: 'summarize-tab', tabId: id })) as { cached?: boolean };
    }, tabId);
    return reply.cached === true;
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
  coldWall: number[];
  outcome: string;
  warmFromCache: boolean;
}

async function benchPage(browser: ExtensionBrowser, url: string, label: string, kb: number, runs: number): Promise<PageResult> {
  const { page, tabId } = await openArticleTab(browser, url);
  const result: PageResult = { page: label, kb, cold: [], warm: [], warmAfterBoot: [], coldWall: [], outcome: 'brief', warmFromCache: false };
  try {
    // One untimed round first: the worker's modules and Chromium's caches warm up once, as they
    // would after the browser has been running for a while.
    await clearCache(browser);
    await timePopup(browser, tabId);
    for (let run = 0; run < runs; run++) {
      await clearCache(browser);
      const cold = await timePopup(browser, tabId);
      if (cold.outcome !== 'brief') result.outcome = cold.outcome;
      result.cold.push(cold.ms);
      result.coldWall.push(cold.wallMs);
      const warm = await timePopup(browser, tabId);
      result.warm.push(warm.ms);
      result.warmAfterBoot.push(warm.ms - warm.bootMs);
    }
    result.warmFromCache = await isServedFromCache(browser, tabId);
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
  const browser = await launchExtensionBrowser();
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
  }

  const ms = (values: number[]) => quantile(values, 0.5).toFixed(0);
  console.log(`bench:e2e: headless ${'/usr/bin/chromium'}, e2e build, median of ${runs} runs (popup navigation start → brief in the DOM)`);
  console.log('cold: storage.session emptied first; warm: reopened on the same page; (wall): from Playwright\'s goto; after boot: from the popup shell mounted');
  console.log('page                                                     KB   cold ms  (wall)  warm ms  after boot  from cache');
  for (const r of results) {
    const note = r.outcome === 'brief' ? '' : `  (outcome: ${r.outcome})`;
    console.log(
      `${r.page.padEnd(54)} ${String(r.kb).padStart(5)} ${ms(r.cold).padStart(9)} ${`(${ms(r.coldWall)})`.padStart(7)} ${ms(r.warm).padStart(8)} ${ms(r.warmAfterBoot).padStart(11)}  ${r.warmFromCache ? 'yes' : 'NO'}${note}`,
    );
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
