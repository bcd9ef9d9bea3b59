import { type BriefStore, readCachedBrief, writeCachedBrief } from '../storage/brief-cache';
import { Brief, BriefReply, ExtractResult, Request, fail } from '../protocol/messages';
import { failRestricted, findRestriction, runInTab } from './restricted-url';
import { Summary } from '../schema';
import { deriveSummary } from '../summary';
import { summarizeSelection } from './summarize-selection';

/** What the background's handler needs from the browser, passed in so this runs under vitest. */
export interface HandlerDeps {
  ownId: string;
  /** The extension's own pages' origin (`runtime.getURL('/')`): a sender elsewhere is a content script in a web page. */
  ownOrigin?: string;
  getTabUrl(tabId: number): Promise<string | null>;
  runExtractor(tabId: number): Promise<unknown>;
  /** Runs the selection reader in the tab (`summarize-selection`); absent where selections are not read. */
  readSelection?(tabId: number): Promise<unknown>;
  /** `storage.session` for the warm cache of tab briefs; absent means every request extracts. */
  storage?: BriefStore;
}

/** Answers one runtime message; always resolves to a `BriefReply`, never throws. */
export async function handleRequest(
  message: unknown,
  sender: { id?: string; url?: string },
  deps: HandlerDeps,
): Promise<BriefReply> {
  if (sender.id !== deps.ownId) return fail('bad-request', 'Message from an unknown sender.');
  // Our content scripts share our id but run inside web pages, which may be hostile: only the
  // extension's own pages (popup, options) ask for briefs.
  if (deps.ownOrigin && !sender.url?.startsWith(deps.ownOrigin)) return fail('bad-request', 'Message from outside the extension’s pages.');
  const request = Request.safeParse(message);
  if (!request.success) return fail('bad-request', 'Malformed request.');
  try {
    if (request.data.type === 'summarize-selection') {
      const readSelection = deps.readSelection;
      if (!readSelection) return fail('bad-request', 'Selections are not read here.');
      return await summarizeSelection(request.data.tabId, { getTabUrl: deps.getTabUrl, readSelection });
    }
    return await summarizeTab(request.data.tabId, deps);
  } catch (error) {
    return fail('internal', `Something went wrong while making the brief: ${String(error)}`);
  }
}

async function summarizeTab(tabId: number, deps: HandlerDeps): Promise<BriefReply> {
  const url = await deps.getTabUrl(tabId).catch(() => null);
  const restricted = findRestriction(url);
  if (restricted && url) return failRestricted(restricted, url);
  if (deps.storage && url) {
    const cached = await readCachedBrief(deps.storage, tabId, url);
    if (cached) return { ok: true, data: cached, cached: true };
  }

  const ran = await runInTab(() => deps.runExtractor(tabId), 'the page');
  if (!ran.ok) return ran;
  const extracted = ExtractResult.safeParse(ran.value);
  if (!extracted.success) return fail('injection-failed', 'The page returned nothing readable.');
  if (!extracted.data.ok) return extracted.data;

  const article = extracted.data.data;
  const summary = Summary.parse(deriveSummary(article));
  const brief: Brief = { article, summary };
  if (deps.storage && url) await writeCachedBrief(deps.storage, tabId, url, brief);
  return { ok: true, data: brief };
}
