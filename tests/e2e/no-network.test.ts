import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Page text never leaves the browser: the production bundles hold no request API and no remote
// address they could send to, and the manifest grants no host and sets a strict CSP (issue 6).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = join(ROOT, '.output/chrome-mv3');

const REQUEST_APIS = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection/g;
const URL_LITERAL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g;
// Addresses that appear as data, never requested: XML namespaces (Preact, Readability, and the
// Office Open XML ones the report page's Word writer puts in every .docx), one address in an error
// message of that writer, and the store pages the background names to refuse them
// (lib/background/restricted-url.ts).
const URL_ALLOWED = [
  /^http:\/\/www\.w3\.org\//,
  /^http:\/\/schemas\.openxmlformats\.org\//,
  /^http:\/\/schemas\.microsoft\.com\/office\//,
  /^http:\/\/purl\.org\/dc\//,
  /^http:\/\/purl\.oclc\.org\/ooxml\//,
  // docx's error text for a list nested more than nine deep (the report nests one).
  /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels\//,
  /^https:\/\/chrome\.google\.com\/webstore$/,
  /^https:\/\/chromewebstore\.google\.com$/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons$/,
  /^https:\/\/addons\.mozilla\.org$/,
];
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('production build makes no network requests', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(join(BUILD, 'manifest.json')), `${BUILD} is missing`).toBe(true);
  });

  const code = () =>
    listFiles(BUILD)
      .filter((file) => /\.(js|html)$/.test(file))
      .map((file) => ({ file: relative(BUILD, file), text: readFileSync(file, 'utf8').replace(BLOCK_COMMENT, '') }));

  it('bundles call no request API', () => {
    const hits = code().flatMap(({ file, text }) => [...text.matchAll(REQUEST_APIS)].map((m) => `${file}: ${m[0]}`));
    expect(hits).toEqual([]);
  });

  it('bundles name no remote address except namespaces and the refused stores', () => {
    const hits = code().flatMap(({ file, text }) =>
      [...text.matchAll(URL_LITERAL)].map((m) => m[0]).filter((url) => !URL_ALLOWED.some((ok) => ok.test(url))).map((url) => `${file}: ${url}`),
    );
    expect(hits).toEqual([]);
  });

  it('manifest: no host permissions, no declared content scripts, strict CSP', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.permissions).not.toContain('tabs');
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});
