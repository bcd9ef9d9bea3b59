import * as z from 'zod/mini';
import { MARK_CLEARED } from './commands';
import { Article, Summary } from '../schema';

// One protocol for every hop: popup → background (runtime messages) and background ← extractor
// (the value the injected script returns). Receivers safeParse; senders parse the reply.

export const ErrorCode = z.enum([
  /** chrome://, the Web Store, view-source:, the PDF viewer…: the browser forbids reading it. */
  'restricted-page',
  /** The page was read but holds no article (homepage, forum, photo page). */
  'not-article',
  /** No tab to read (the popup was opened without one). */
  'no-tab',
  /** "Summarize selected text" was asked for, but nothing is selected in the tab. */
  'no-selection',
  /** The browser refused to run the extractor in the tab, or it returned nothing. */
  'injection-failed',
  /** The page is beyond the size the extractor reads. */
  'too-large',
  /** A message that does not parse, or from a sender we do not accept. */
  'bad-request',
  /** Anything else: a bug of ours, reported rather than thrown across contexts. */
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Why the browser will not let NewsBrief read a page (with 'restricted-page'): the UI words it. */
export const RestrictedReason = z.enum([
  /** chrome://, about:, view-source:, another extension's page… */
  'browser-page',
  /** The Chrome Web Store, Edge or Firefox add-ons. */
  'extension-store',
  /** A PDF shown by the browser's viewer. */
  'pdf-viewer',
  /** The browser refused to script the tab (no activeTab grant, a policy). */
  'not-permitted',
  /** A file:// page while "Allow access to file URLs" is off. */
  'file-access',
]);
export type RestrictedReason = z.infer<typeof RestrictedReason>;

export const Failure = z.object({
  ok: z.literal(false),
  /** `message` is technical detail (shown on demand, never translated); the UI words `code` and `reason`. */
  error: z.object({ code: ErrorCode, message: z.string(), reason: z.optional(RestrictedReason) }),
});
export type Failure = z.infer<typeof Failure>;

/** The injected extractor's return value. */
export const ExtractResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: Article }),
  Failure,
]);
export type ExtractResult = z.infer<typeof ExtractResult>;

// Requests are strict: a message with a field we do not define is not ours, and is refused whole.

/** popup → background: brief the article in this tab. */
export const SummarizeTab = z.strictObject({
  type: z.literal('summarize-tab'),
  tabId: z.int(),
});

/** popup → background: brief the text selected in this tab ("Summarize selected text", the context menu). */
export const SummarizeSelection = z.strictObject({
  type: z.literal('summarize-selection'),
  tabId: z.int(),
});

/** The injected selection reader's return value: the selected text and where it was selected. */
export const SelectionResult = z.object({
  text: z.string(),
  url: z.string(),
  title: z.string(),
  lang: z.nullable(z.string()),
});
export type SelectionResult = z.infer<typeof SelectionResult>;

/** The injected highlighter's return value (popup ← tab): whether the evidence sentence was found and marked. */
export const LocateResult = z.object({
  found: z.boolean(),
  method: z.optional(z.enum(['css-highlight', 'mark-element'])),
  text: z.optional(z.string()),
});
export type LocateResult = z.infer<typeof LocateResult>;

/** highlighter (in the tab) → side panel: the held mark was cleared in the page. Not a request: the background refuses it. */
export const MarkCleared = z.strictObject({ type: z.literal(MARK_CLEARED) });

export const Request = z.discriminatedUnion('type', [SummarizeTab, SummarizeSelection]);
export type Request = z.infer<typeof Request>;

export const Brief = z.object({ article: Article, summary: Summary });
export type Brief = z.infer<typeof Brief>;

/** background → popup: the reply to `summarize-tab` and `summarize-selection`. */
export const BriefReply = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    data: Brief,
    /** True when the brief came from the warm cache (lib/storage/brief-cache.ts), not a fresh extraction. */
    cached: z.optional(z.boolean()),
  }),
  Failure,
]);
export type BriefReply = z.infer<typeof BriefReply>;

export { fail } from './fail';
