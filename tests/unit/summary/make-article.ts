import type { Article } from '../../../lib/schema';

/** Builds an Article for a test: one body paragraph per argument, no lead unless given. */
export function makeArticle(lang: string | null, paragraphs: string[], lead = ''): Article {
  return { url: 'https://example.test/a', title: 'Test', byline: null, siteName: null, lang, publishedTime: null, lead, paragraphs };
}
