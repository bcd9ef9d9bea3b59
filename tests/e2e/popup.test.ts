import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBrief } from '../../lib/format';
import { BriefReply } from '../../lib/protocol/messages';
import {
  ARTIFACTS_DIR,
  type ChromeApi,
  type ExtensionBrowser,
  type PageServer,
  launchExtensionBrowser,
  openArticleTab,
  openPopup,
  startPageServer,
} from '../../scripts/lib/e2e-browser';
import { PopupPage } from './popup-page';

// A homepage: a masthead, navigation and a grid of teasers, no article body. Inline so the page
// fixtures folder stays one real article per folder.
const HOMEPAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo Mẫu - Tin tức mới nhất</title></head>
<body>
<header><h1>Báo Mẫu</h1><nav><a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a> <a href="/the-thao">Thể thao</a></nav></header>
<main>
  <section><h2>Tin nổi bật</h2><ul>
    <li><a href="/a1">Khai mạc kỳ họp thứ 8 Quốc hội khóa XV</a></li>
    <li><a href="/a2">Giá xăng giảm lần thứ ba liên tiếp</a></li>
    <li><a href="/a3">Nghệ An đón 2 triệu lượt khách du lịch</a></li>
    <li><a href="/a4">Đội tuyển Việt Nam chuẩn bị cho vòng loại</a></li>
  </ul></section>
  <section><h2>Kinh tế</h2><ul>
    <li><a href="/b1">Xuất khẩu nông sản tăng 12%</a></li>
    <li><a href="/b2">Ngân hàng giảm lãi suất cho vay</a></li>
  </ul></section>
</main>
<footer>© Báo Mẫu. Giấy phép số 123/GP-BTTTT.</footer>
</body></html>`;

const SEED_OFFICIALS = [
  ['Phạm Minh Chính', ['Ủy viên Bộ Chính trị', 'Trưởng ban Tổ chức Trung ương']],
  ['Nguyễn Thanh Bình', ['Phó Trưởng ban Thường trực Ban Tổ chức Trung ương']],
  ['Thái Thanh Quý', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy']],
  ['Lê Đức Cường', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng ban Tổ chức Tỉnh ủy']],
] as const;

// [number as written, what it counts]: the popup shows "7.893 — chi bộ trực thuộc Đảng ủy cơ sở".
const SEED_FIGURES = [
  ['7.893', 'chi bộ trực thuộc Đảng ủy cơ sở'],
  ['1.423', 'tổ chức cơ sở đảng'],
  ['28', 'đảng bộ trực thuộc'],
  ['5', 'hóa'],
  ['6', 'nhiệm vụ trọng tâm'],
  ['3', 'đột phá chiến lược'],
] as const;

const SEED_DIRECTIVES = [
  '5 hóa',
  'xây dựng đội ngũ cán bộ',
  'cụ thể hóa',
  'bầu cử đại biểu Quốc hội',
  'phương châm',
];

const NOISE = [/Thành Duy/, /Thành Cường/, /Ảnh:/, /Tin mới/, /\bmask\b/, /ảnh 1\b/];

describe('NewsBrief popup in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    server = await startPageServer({ '/home/': HOMEPAGE });
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('briefs the seed article, copies it, and reads the clipboard back', async () => {
    const articleUrl = server.urlOf('baonghean-seed');
    const { tabId } = await openArticleTab(browser, articleUrl);
    const page = await openPopup(browser, tabId);
    const popup = new PopupPage(page);

    const outcome = await popup.waitForOutcome();
    expect(outcome === 'error' ? `error: ${await popup.errorText()}` : outcome).toBe('brief');

    // The footer names the keys that open the popup; it is filled in just after the brief.
    await page.locator('.footer .shortcut', { hasText: 'Ctrl+Shift+Y' }).waitFor({ timeout: 5_000 });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup-seed.png'), fullPage: true });

    expect(await popup.heading('officials')).toBe('Officials (4)');
    const officials = await popup.itemLines('officials');
    expect(officials).toHaveLength(SEED_OFFICIALS.length);
    for (const [name, titles] of SEED_OFFICIALS) {
      const line = officials.find((text) => text.startsWith(`${name} — `));
      expect(line, name).toBeDefined();
      for (const title of titles) expect(line, `${name}: ${title}`).toContain(title);
    }

    expect(await popup.heading('figures')).toBe('Figures (6)');
    const figures = await popup.itemLines('figures');
    expect(figures).toHaveLength(SEED_FIGURES.length);
    for (const [number, label] of SEED_FIGURES) {
      const found = figures.some((text) => new RegExp(`^${number.replace('.', '\\.')}\\b`).test(text) && text.includes(label));
      expect(found, `${number} ${label} in ${JSON.stringify(figures)}`).toBe(true);
    }

    expect(await popup.heading('directives')).toBe('Directives (5)');
    const directives = await popup.itemLines('directives');
    expect(directives).toHaveLength(SEED_DIRECTIVES.length);
    for (const phrase of SEED_DIRECTIVES) {
      expect(directives.filter((text) => text.includes(phrase)), phrase).toHaveLength(1);
    }
    for (const source of await popup.itemSources('directives')) expect(source).toContain('Phạm Minh Chính');

    const shown = await popup.allText();
    for (const noise of NOISE) expect(shown).not.toMatch(noise);

    // The clipboard must hold exactly what the formatter makes of the brief the background sends.
    const reply = BriefReply.parse(
      await page.evaluate((id) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        return chrome.runtime.sendMessage({ type: 'summarize-tab', tabId: id });
      }, tabId),
    );
    if (!reply.ok) throw new Error(`second request failed: ${reply.error.message}`);
    const summary = reply.data.summary;

    // Granted context-wide: Chromium refuses a grant for a chrome-extension:// origin ("opaque origin").
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.bringToFront();
    await popup.copyWithKeyboard();
    await expect.poll(() => popup.liveAnnouncement()).toBe('Brief copied to the clipboard.');
    await expect(page.getByRole('button', { name: 'Copy the brief to the clipboard' }).textContent()).resolves.toBe('Copied');

    const clipboard = await page.evaluate(async () => {
      const text = await navigator.clipboard.readText();
      const [item] = await navigator.clipboard.read();
      const html = item && item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
      return { text, html };
    });
    expect(clipboard.text).toBe(formatBrief(summary, 'markdown'));
    expect(clipboard.text).toContain('## Officials (4)\n- **Phạm Minh Chính** — Ủy viên Bộ Chính trị; Trưởng ban Tổ chức Trung ương\n');
    expect(clipboard.html).not.toBeNull();
    expect(clipboard.html).toContain('<h2>Officials (4)</h2>');
    expect(clipboard.html).toContain('<strong>Phạm Minh Chính</strong>');
    expect(clipboard.html).toContain('<h2>Directives (5)</h2>');
  });

  it.each([
    ['an inline homepage', '/home/'],
    ['the homepage-negative fixture', '/homepage-negative/'],
  ])('says plainly that %s is not an article', async (_, path) => {
    const { tabId } = await openArticleTab(browser, `${server.origin}${path}`);
    const popup = new PopupPage(await openPopup(browser, tabId));

    expect(await popup.waitForOutcome()).toBe('error');
    expect(await popup.errorText()).toBe("This page doesn't look like an article.");
    await expect(popup.page.locator('.error').getAttribute('data-error-code')).resolves.toBe('not-article');
    expect(await popup.page.locator('article.brief').count()).toBe(0);
  });
});
