import type { Article, Section, Summary } from '../schema';
import { prepareDisplayText } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { compileLexicon } from './compile';
import { findDirectives } from './directives';
import { findDocuments } from './documents';
import { findFigures } from './figures';
import { chooseLanguage } from './language';
import { genericLanguage } from './lang/generic/intl-lexicon';
import { bylineSignsDecree, findPeople } from './officials';
import { prepareArticle } from './prepare';
import type { Trace } from './rules';

const LEAD_MAX_SENTENCES = 3;
const UNSUPPORTED_WITHOUT_LEXICON: Section[] = ['officials', 'people', 'directives'];

function deriveLead(article: Article, locale: string): string[] {
  const lead = prepareDisplayText(article.lead);
  if (lead) return splitSentences(lead, locale).slice(0, LEAD_MAX_SENTENCES).map((s) => s.text);
  const first = article.paragraphs.map(prepareDisplayText).find((p) => p.split(/\s+/).length >= 8);
  return first ? splitSentences(first, locale).slice(0, 2).map((s) => s.text) : [];
}

/**
 * Returns the brief of an article: officials, people, figures, directives and cited documents, each
 * with its evidence sentence. Rule-based and offline; never throws on odd text, never invents items.
 * Each item lists the rules that made it; with a `trace`, the candidates the stages dropped are
 * recorded there too, each with the rule that dropped it.
 */
export function deriveSummary(article: Article, trace?: Trace): Summary {
  const sample = [article.title, article.lead, ...article.paragraphs.slice(0, 12)].join(' ');
  const language = chooseLanguage(article.lang, sample);
  const compiled = compileLexicon(language.language ?? genericLanguage(language.code, language.locale));
  // A decree's signature the extractor took for a byline closes the text again.
  const signed = language.language && bylineSignsDecree(article.byline, [article.lead, ...article.paragraphs], compiled);
  const read = signed ? { ...article, paragraphs: [...article.paragraphs, article.byline!] } : article;
  const doc = prepareArticle(read, language.locale, language.language ? compiled.markers : null);
  const figures = findFigures(doc, compiled, language.locale, trace);
  const base = {
    url: article.url,
    title: prepareDisplayText(article.title),
    siteName: article.siteName,
    byline: signed ? null : article.byline,
    publishedTime: article.publishedTime,
    lang: language.code,
    lead: deriveLead(article, language.locale),
  };
  if (!language.language) {
    return {
      ...base, officials: [], people: [], figures, directives: [], documents: [],
      unsupported: UNSUPPORTED_WITHOUT_LEXICON,
      notes: ['figures-only'],
    };
  }
  const people = findPeople(doc, compiled, signed ? null : article.byline, trace);
  return {
    ...base,
    officials: people.officials,
    people: people.people,
    figures,
    directives: findDirectives(doc, compiled, people.mentions, trace, people.officials),
    documents: findDocuments(doc, compiled),
    unsupported: [],
    notes: [],
  };
}
