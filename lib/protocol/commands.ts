// Names shared by the manifest (wxt.config.ts), the background, the pages and the injected
// scripts, in a module with no dependencies, so the highlighter can name them without zod.

/** The keyboard command that opens the brief in the side panel (the sidebar in Firefox). */
export const PANEL_COMMAND = 'open-side-panel';

/** The `type` of the highlighter's note (tab → side panel) that the reader cleared the mark with Esc in the page. */
export const MARK_CLEARED = 'mark-cleared';
