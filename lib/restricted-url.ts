import { fail } from './fail';
import type { Failure } from './protocol';

// Pages no extension may script: the browser's own pages, extension stores, the PDF viewer.
// Checked before injecting so the reader gets a reason rather than a browser error string.

const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-untrusted:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'javascript:',
  'blob:',
];

const STORE_PREFIXES = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com',
  'https://microsoftedge.microsoft.com/addons',
  'https://addons.mozilla.org',
];

const PDF_PATH = /\.pdf$/i;

/** Returns why the browser will not let us read `url`, or null when it may be read. */
export function explainRestrictedUrl(url: string | null): string | null {
  if (!url) return null;
  const lower = url.toLowerCase();
  if (RESTRICTED_SCHEMES.some((scheme) => lower.startsWith(scheme))) {
    return 'This is a browser page; extensions are not allowed to read it. Open a news article and click NewsBrief again.';
  }
  if (STORE_PREFIXES.some((prefix) => lower.startsWith(prefix))) {
    return 'The browser does not let extensions read the extension store. Open a news article and click NewsBrief again.';
  }
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  if (PDF_PATH.test(path)) {
    return 'This is a PDF shown by the browser’s PDF viewer, which extensions cannot read. Open the article as a web page instead.';
  }
  return null;
}

/** Maps a browser error from `executeScript` to a reader-facing reason, or null if it is not a permission refusal. */
export function explainInjectionError(message: string): string | null {
  if (/cannot access|cannot be scripted|extensions gallery|missing host permission|permission/i.test(message)) {
    return 'The browser did not let NewsBrief read this page. Click the NewsBrief icon while the article is open in the active tab.';
  }
  if (/file:\/\//i.test(message)) {
    return 'Reading local files needs “Allow access to file URLs” on the extension’s details page.';
  }
  return null;
}

/**
 * Runs `read` (a script injected into the tab) and returns its raw value, or the typed failure the
 * reader should see when the browser refuses; never throws. `what` names the thing read in the message.
 */
export async function runInTab(read: () => Promise<unknown>, what: string): Promise<{ ok: true; value: unknown } | Failure> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = explainInjectionError(message);
    return fail(reason ? 'restricted-page' : 'injection-failed', reason ?? `Could not read ${what}: ${message}`);
  }
}
