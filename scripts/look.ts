// `npx tsx scripts/look.ts [--ui vi|en] [--out DIR] <page file> ...` — the popup's brief of any
// saved page, as a reader sees it: each page is served from a local server into Debian's Chromium
// with the e2e build loaded (`npm run build:e2e` first), the toolbar popup is opened on its tab and
// the whole popup is saved as `<out>/<name>.png` (default out: tests/e2e/artifacts/look). A `.txt`
// page (headline, blank line, lead, paragraphs) is served as a plain article page: an <h1> and
// one <p> per paragraph, so the extension sees what a reader's browser would show.
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { articleFromText } from '../lib/extract/text-file';
import { readPage } from './lib/load-page';
import { ARTIFACTS_DIR, type LaunchOptions, launchExtensionBrowser, openArticleTab, openPopup, startPageServer } from './lib/e2e-browser';

const UI: Record<string, LaunchOptions> = {
  en: { args: ['--lang=en-US', '--accept-lang=en-US'] },
  vi: { args: ['--lang=vi', '--accept-lang=vi'] },
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A text page as the article page a site would serve: headline, then one paragraph per block. The headline and
 * blocks are the ones `articleFromText` reads (as `npm run summarize` does), so debris lines before the headline
 * ("mask" in the seed file) stay out of the <h1>; text that reads as no article is served block by block.
 */
export function textAsPage(text: string): string {
  const read = articleFromText(text, 'https://look.test/');
  const [headline = '', ...blocks] = read.ok
    ? [read.data.title, read.data.lead, ...read.data.paragraphs].filter(Boolean)
    : text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  const lang = /[ăâđêôơư]/i.test(text) ? 'vi' : 'en';
  const body = blocks.map((block) => `<p>${escapeHtml(block)}</p>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head><body><main><article><h1>${escapeHtml(headline)}</h1>\n${body}</article></main></body></html>`;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let ui = 'vi';
  let out = join(ARTIFACTS_DIR, 'look');
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--ui') ui = argv[++i] ?? ui;
    else if (argv[i] === '--out') out = resolve(argv[++i] ?? out);
    else files.push(resolve(argv[i]!));
  }
  if (files.length === 0 || !UI[ui]) {
    console.error('usage: npx tsx scripts/look.ts [--ui vi|en] [--out DIR] <page.html|page.txt|page.html.gz> ...');
    return 2;
  }
  mkdirSync(out, { recursive: true });
  const inline: Record<string, string> = {};
  const names = files.map((file, i) => {
    const name = basename(file).replace(/\.(html?|txt)(\.gz)?$/i, '') || `page-${i}`;
    const text = readPage(file);
    inline[`/look/${i}/`] = /\.txt(\.gz)?$/i.test(file) ? textAsPage(text) : text;
    return name;
  });
  const server = await startPageServer(inline);
  const browser = await launchExtensionBrowser(UI[ui]);
  try {
    for (const [i, name] of names.entries()) {
      const { page: tab, tabId } = await openArticleTab(browser, `${server.origin}/look/${i}/`);
      const popup = await openPopup(browser, tabId);
      await popup.locator('article.brief, .error').first().waitFor({ timeout: 30_000 });
      const path = join(out, `${name}.png`);
      await popup.screenshot({ path, fullPage: true, scale: 'device' });
      console.log(`wrote ${path}`);
      await popup.close();
      await tab.close();
    }
  } finally {
    await browser.context.close();
    await server.close();
  }
  return 0;
}

process.exitCode = await main();
