import { type BriefReply, SelectionResult, fail } from '../protocol/messages';
import { failRestricted, findRestriction, runInTab } from './restricted-url';
import { Summary } from '../schema';
import { buildSelectionArticle, isSelectionTooLarge } from './selection-article';
import { deriveSummary } from '../summary';

/** What briefing a selection needs from the browser. */
export interface SelectionDeps {
  getTabUrl(tabId: number): Promise<string | null>;
  /** Runs the selection reader in the tab; resolves to what it returned (parsed here). */
  readSelection(tabId: number): Promise<unknown>;
}

/** Returns the brief of the text selected in the tab, or a typed failure ('no-selection' when none); never throws. */
export async function summarizeSelection(tabId: number, deps: SelectionDeps): Promise<BriefReply> {
  const url = await deps.getTabUrl(tabId).catch(() => null);
  const restricted = findRestriction(url);
  if (restricted && url) return failRestricted(restricted, url);

  const ran = await runInTab(() => deps.readSelection(tabId), 'the selection');
  if (!ran.ok) return ran;
  const selection = SelectionResult.safeParse(ran.value);
  if (!selection.success) return fail('injection-failed', 'The page returned no readable selection.');
  if (isSelectionTooLarge(selection.data)) return fail('too-large', 'The selection is longer than NewsBrief reads.');
  const article = buildSelectionArticle(selection.data);
  if (!article) return fail('no-selection', 'Nothing is selected in the page.');
  return { ok: true, data: { article, summary: Summary.parse(deriveSummary(article)) } };
}
