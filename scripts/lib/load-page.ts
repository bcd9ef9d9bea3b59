// Reads a saved page from disk and runs the extension's extractor on it, under Node with jsdom.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { articleFromText } from '../../lib/extract/text-file';
import { decodePage } from '../../lib/background/page-source';
import type { ExtractResult } from '../../lib/protocol/messages';

/** Page files the scripts accept. */
export const PAGE_FILE = /\.(html?|txt)(\.gz)?$/i;

/** Returns a saved page's text, gunzipped and decoded with its declared charset. */
export function readPage(path: string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decodePage(bytes);
}

/** Parses HTML into a jsdom document (scripts never run, CSS errors silenced). */
export function parseHtml(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/** Extracts the article from a saved page, as the injected extractor does in the browser. */
export function extractFile(path: string, url: string): ExtractResult {
  const text = readPage(path);
  if (/\.txt(\.gz)?$/i.test(path)) return articleFromText(text, url);
  const dom = parseHtml(text, url);
  try {
    return extractArticle(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}
