import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPages, sweep } from '../../../scripts/lib/sweep';

// The corpus sweep (`npm run sweep -- ../shared/corpus`) over the pages the repo keeps: every one
// becomes a brief or a typed refusal, none fails.
const PAGES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../pages'));

describe('sweep of tests/pages', () => {
  it('every page is a brief or a typed refusal, with zero failures', () => {
    const files = listPages([PAGES]);
    expect(files.length).toBeGreaterThanOrEqual(6);
    const result = sweep(files);
    expect(result.failures).toEqual([]);
    expect(result.articles).toBeGreaterThanOrEqual(5);
    expect(result.refusals.get('not-article') ?? 0).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
