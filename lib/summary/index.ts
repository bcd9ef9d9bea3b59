import type { Article, Summary } from '../schema';

/** Placeholder until the engine lands: an empty brief. */
export function deriveSummary(article: Article): Summary {
  return {
    url: article.url, title: article.title, siteName: article.siteName, byline: article.byline,
    publishedTime: article.publishedTime, lang: article.lang ?? 'und', lead: article.lead ? [article.lead] : [],
    officials: [], people: [], figures: [], directives: [], documents: [], unsupported: [], notes: [],
  };
}
