import type { ExtractResult } from '../protocol';
import { fail } from '../protocol';

/** Placeholder until the extraction stage lands: reports every page as not an article. */
export function extractArticle(_doc: Document, _url: string): ExtractResult {
  return fail('not-article', 'Extraction is not built yet.');
}
