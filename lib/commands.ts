// Command names shared by the manifest (wxt.config.ts) and the background.

/** The keyboard command that opens the brief in the side panel (the sidebar in Firefox). */
export const PANEL_COMMAND = 'open-side-panel';
