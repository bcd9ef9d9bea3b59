import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml as parseDom, readPage } from '../../../scripts/lib/load-page';

/** Returns a fixture page from tests/pages/<slug> (source.html or source.html.gz) as a jsdom document, with the URL from its page.json. */
export function loadPage(slug: string): { doc: Document; url: string } {
  const dir = new URL(`../../pages/${slug}/`, import.meta.url);
  const { url } = JSON.parse(readFileSync(new URL('page.json', dir), 'utf8')) as { url: string };
  const plain = new URL('source.html', dir);
  const html = readPage(fileURLToPath(existsSync(plain) ? plain : new URL('source.html.gz', dir)));
  return { doc: parseDom(html, url).window.document, url };
}

/** Returns a jsdom document for an HTML string. */
export function parseHtml(html: string, url = 'https://example.vn/bai-viet.html'): Document {
  return parseDom(html, url).window.document;
}
