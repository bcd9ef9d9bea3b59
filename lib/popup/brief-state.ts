import { BriefReply, type Brief, type ErrorCode, type RestrictedReason } from '../protocol/messages';

// What the brief view shows, in the popup and in the side panel alike: one state, rendered by
// components/BriefView.tsx. The panel adds 'idle' for a tab nobody asked to brief.

/** What is briefed: the tab's article, or the text selected in it. */
export type BriefSource = 'article' | 'selection';

/** An error from the background, or 'unreadable-reply' when its answer did not parse. */
export type ViewErrorCode = ErrorCode | 'unreadable-reply';

export type BriefState =
  /** The panel on a tab whose brief was not asked for: it says which click or shortcut briefs it. */
  | { kind: 'idle' }
  | { kind: 'loading'; source: BriefSource }
  | { kind: 'error'; code: ViewErrorCode; message: string; reason?: RestrictedReason }
  | { kind: 'ready'; brief: Brief };

/** Returns the state a background reply leads to; a reply that does not parse is an error state, never a throw. */
export function stateOfReply(reply: unknown): BriefState {
  const parsed = BriefReply.safeParse(reply);
  if (!parsed.success) return { kind: 'error', code: 'unreadable-reply', message: '' };
  if (!parsed.data.ok) return { kind: 'error', ...parsed.data.error };
  return { kind: 'ready', brief: parsed.data.data };
}
