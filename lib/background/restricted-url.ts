import { fail } from '../protocol/fail';
import type { Failure, RestrictedReason } from '../protocol/messages';

// Pages no extension may script: the browser's own pages, extension stores, the PDF viewer.
// Checked before injecting so the reader gets a reason rather than a browser error string. The
// reasons are codes; the UI words them (lib/i18n/ui-strings.ts `restrictedReasons`).

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
export function findRestriction(url: string | null): RestrictedReason | null {
  if (!url) return null;
  const lower = url.toLowerCase();
  if (RESTRICTED_SCHEMES.some((scheme) => lower.startsWith(scheme))) return 'browser-page';
  if (STORE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return 'extension-store';
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  return PDF_PATH.test(path) ? 'pdf-viewer' : null;
}

/** Maps a browser error from `executeScript` to why the page is restricted, or null if it is not a permission refusal. */
export function classifyInjectionError(message: string): RestrictedReason | null {
  if (/cannot access|cannot be scripted|extensions gallery|missing host permission|permission/i.test(message)) return 'not-permitted';
  if (/file:\/\//i.test(message)) return 'file-access';
  return null;
}

/** The failure for a page the browser will not let us read: the reason as a code, the URL as detail. */
export function failRestricted(reason: RestrictedReason, detail: string): Failure {
  return fail('restricted-page', detail, reason);
}

/**
 * Runs `read` (a script injected into the tab) and returns its raw value, or the typed failure the
 * reader should see when the browser refuses; never throws. `what` names the thing read in the detail.
 */
export async function runInTab(read: () => Promise<unknown>, what: string): Promise<{ ok: true; value: unknown } | Failure> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = classifyInjectionError(message);
    return reason ? failRestricted(reason, message) : fail('injection-failed', `Could not read ${what}: ${message}`);
  }
}
