import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { launchExtensionBrowser, openArticleTab, openPopup, startPageServer } from './scripts/lib/e2e-browser';
const files = process.argv.slice(2);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const inline: Record<string, string> = {};
for (const f of files) {
  const raw = readFileSync(f, 'utf8');
  let html = raw;
  if (f.endsWith('.txt')) {
    const [title, ...paras] = raw.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const lang = f.includes('vi-state') ? 'vi' : 'en';
    html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title!)}</title></head><body><article><h1>${esc(title!)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
  }
  inline[`/${basename(f).replace(/\W+/g, '-')}/`] = html;
}
const browser = await launchExtensionBrowser({ args: ['--lang=vi', '--accept-lang=vi'] });
const server = await startPageServer(inline);
try {
  for (const path of Object.keys(inline)) {
    const { tabId } = await openArticleTab(browser, server.origin + path);
    const popup = await openPopup(browser, tabId);
    await popup.locator('article.brief, .error').first().waitFor({ timeout: 30_000 });
    await popup.waitForTimeout(500);
    const out = `/tmp/look/${path.replace(/\//g, '')}.png`;
    await popup.screenshot({ path: out, fullPage: true });
    console.log('wrote', out);
    await popup.close();
  }
} finally {
  await browser.context.close();
  await server.close();
}
