import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Size budgets of the production build (issue 5). Sizes are deterministic for a given source, so
// a test, not a benchmark. Measured gzipped at level 9, the way the Web Store download is
// compressed; the popup counts every chunk popup.html loads, shared chunks included.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const KB = 1024;

const BUDGETS = [
  ['popup JS', 'popup.html', 25 * KB],
  ['injected extractor', 'content-scripts/extractor.js', 40 * KB],
  ['background (with lexicons)', 'background.js', 150 * KB],
  // The report page with the Word writer it imports on the first export (docx, ~62 KB of it).
  ['report page JS', 'report.html', 110 * KB],
] as const;

// `import … from "./x.js"`, `import "./x.js"` and `import("./x.js")` as Vite emits them, minified
// (a dynamic import's path may be a template literal).
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g;
const PAGE_SCRIPT = /<script[^>]*\ssrc=["']([^"']+\.js)["']/g;

/** Returns the build-relative paths of the JS an entry loads: itself and every chunk it imports. */
function collectScripts(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    const file = join(BUILD, path);
    if (!existsSync(file)) throw new Error(`${path} is referenced but missing from ${BUILD}`);
    seen.add(path);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      visit(spec!.startsWith('/') ? spec!.slice(1) : posix.join(posix.dirname(path), spec!));
    }
  };
  if (entry.endsWith('.html')) {
    const html = readFileSync(join(BUILD, entry), 'utf8');
    for (const [, src] of html.matchAll(PAGE_SCRIPT)) visit(src!.replace(/^\//, ''));
  } else {
    visit(entry);
  }
  return [...seen];
}

function gzipBytes(path: string): number {
  return gzipSync(readFileSync(join(BUILD, path)), { level: 9 }).length;
}

describe('production bundle sizes (gzip -9)', () => {
  it('keeps the Word writer out of the popup: only the report page loads it', () => {
    const wordIn = (entry: string) => collectScripts(entry).filter((path) => readFileSync(join(BUILD, path), 'utf8').includes('w:numPr'));
    expect(wordIn('popup.html')).toEqual([]);
    expect(wordIn('report.html').length).toBeGreaterThan(0);
  });

  it('has a production build to measure', () => {
    // Fail, never skip: "npm run test:e2e" builds it first; a missing build is a broken run.
    expect(existsSync(join(BUILD, 'manifest.json')), `no build at ${BUILD}: run "npm run build"`).toBe(true);
    const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
    expect(manifest.host_permissions ?? [], 'the production manifest must not carry the e2e host permission').not.toContain(
      'http://127.0.0.1/*',
    );
  });

  it.each(BUDGETS)('%s (%s) stays within its budget', (name, entry, budget) => {
    const scripts = collectScripts(entry);
    expect(scripts.length, `${name}: no script found for ${entry}`).toBeGreaterThan(0);
    const total = scripts.reduce((sum, path) => sum + gzipBytes(path), 0);
    console.log(`${name}: ${(total / KB).toFixed(1)} KB gzip of ${(budget / KB).toFixed(0)} KB (${scripts.join(', ')})`);
    expect(total, `${name} is ${(total / KB).toFixed(1)} KB gzipped, over its ${budget / KB} KB budget`).toBeLessThanOrEqual(budget);
  });
});
