import type { Page } from 'playwright-core';
import type { Section } from '../../lib/schema';

const BRIEF_TIMEOUT_MS = 30_000;

/** The popup as a reader sees it: waits for an outcome, reads sections, presses Copy. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** Waits until the popup shows a brief or an error, and says which. */
  async waitForOutcome(): Promise<'brief' | 'error'> {
    const outcome = this.page.locator('article.brief, .error').first();
    await outcome.waitFor({ timeout: BRIEF_TIMEOUT_MS });
    return (await outcome.evaluate((el) => el.classList.contains('brief'))) ? 'brief' : 'error';
  }

  async errorText(): Promise<string> {
    return (await this.page.locator('.error-sentence').textContent()) ?? '';
  }

  async heading(section: Section): Promise<string> {
    return squash(await this.page.locator(`[data-section="${section}"] h2`).textContent());
  }

  /** The main line of each item in a section, as displayed. */
  async itemLines(section: Section): Promise<string[]> {
    return (await this.page.locator(`[data-section="${section}"] .item-line .item-text`).allTextContents()).map(squash);
  }

  /** For directives: the "— issuer, to addressee" line of each item. */
  async itemSources(section: Section): Promise<string[]> {
    const items = this.page.locator(`[data-section="${section}"] .item`);
    return items.evaluateAll((els) => els.map((el) => el.querySelector('.item-attribution')?.textContent ?? ''));
  }

  /** All text of the brief, hidden evidence sentences included. */
  async allText(): Promise<string> {
    return squash(await this.page.locator('main').textContent());
  }

  /** Presses Copy from the keyboard: it is the first thing Tab reaches. */
  async copyWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Tab');
    const focused = await this.page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused !== 'Copy') throw new Error(`Tab reached "${focused}" first, not the Copy button.`);
    await this.page.keyboard.press('Enter');
  }

  async liveAnnouncement(): Promise<string> {
    return squash(await this.page.locator('.toolbar [aria-live="polite"]').first().textContent());
  }
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
