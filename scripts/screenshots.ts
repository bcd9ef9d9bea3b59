import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type LaunchOptions,
  launchExtensionBrowser,
  openArticleTab,
  openPopup,
  startPageServer,
} from './lib/e2e-browser';

// Makes the popup screenshots under docs/ from the e2e build (`npm run build:e2e` first), in
// Debian's Chromium: the seed article in light and dark, in the English and the Vietnamese UI.
// Run: npx tsx scripts/screenshots.ts

interface Shot {
  file: string;
  launch: LaunchOptions;
  /** Opens one item's evidence, to show what Source does. */
  openSource?: boolean;
}

const EN: LaunchOptions = { args: ['--lang=en-US', '--accept-lang=en-US'] };
const VI: LaunchOptions = { args: ['--lang=vi', '--accept-lang=vi'] };

const SHOTS: Shot[] = [
  { file: 'popup-seed.png', launch: EN },
  { file: 'popup-en.png', launch: EN, openSource: true },
  { file: 'popup-dark.png', launch: { ...EN, colorScheme: 'dark' } },
  { file: 'popup-vi.png', launch: VI, openSource: true },
];

const DOCS = join(import.meta.dirname, '..', 'docs');

async function takeShot(shot: Shot, outDir: string): Promise<void> {
  const browser = await launchExtensionBrowser(shot.launch);
  const server = await startPageServer();
  try {
    const { tabId } = await openArticleTab(browser, server.urlOf('baonghean-seed'));
    const page = await openPopup(browser, tabId);
    await page.locator('article.brief').waitFor({ timeout: 30_000 });
    // The footer's shortcut is filled in just after the brief.
    await page.locator('.footer .shortcut:not(:empty)').waitFor({ timeout: 5_000 });
    if (shot.openSource) await page.locator('[data-section="officials"] .source-toggle').first().click();
    await page.locator('body').evaluate((body) => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(outDir, shot.file), fullPage: true, scale: 'device' });
    console.log(`wrote ${join(outDir, shot.file)}`);
  } finally {
    await browser.context.close();
    await server.close();
  }
}

const outDir = process.argv[2] ?? DOCS;
mkdirSync(outDir, { recursive: true });
for (const shot of SHOTS) await takeShot(shot, outDir);
