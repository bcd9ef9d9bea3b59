import type { Directive, Figure, Official, Summary } from '../schema';
import { prepareDisplayText, toMatchKey } from '../text/normalize';

// "Across articles": what the report's articles say together. An official is one person across
// articles only by full name (NFC, case and spacing aside, diacritics kept: "Thanh" and "Thành"
// are two people); a surname alone never joins two people. A title standing alone ("Thủ tướng"
// as a directive's issuer) is resolved inside its own article, to the one official there who
// holds that title, never across articles, where the same title may be held by someone else.

/** An article of the report, as the merged items point back to it. */
export interface ArticleRef {
  /** Position in the report, from 0. */
  index: number;
  url: string;
  title: string;
}

/** Where an official or a directive was found: the article and its sentence there. */
export interface Sighting {
  article: ArticleRef;
  evidence: string;
}

export interface MergedOfficial {
  name: string;
  /** Every title the articles give, each once, in the order first met. */
  titles: string[];
  /** One sighting per article naming the person, in report order. */
  sightings: Sighting[];
}

export interface DirectiveGroup {
  /** The issuer's name (resolved inside its article), an organisation, or null when none is named. */
  issuer: string | null;
  /** The issuer's titles when the issuer is an official of the report, else []. */
  titles: string[];
  items: Array<{ directive: Directive; article: ArticleRef }>;
}

export interface ArticleFigures {
  article: ArticleRef;
  figures: Figure[];
}

export interface AcrossArticles {
  officials: MergedOfficial[];
  directives: DirectiveGroup[];
  figures: ArticleFigures[];
}

/** Returns the key two spellings of one name share: display form, lowercased, single spaces. */
export function nameKeyOf(name: string): string {
  return toMatchKey(prepareDisplayText(name));
}

/** Records `official` as the holder of `key`, or marks the key shared (null) when another holds it too. */
function claim(map: Map<string, Official | null>, key: string, official: Official): void {
  const holder = map.get(key);
  map.set(key, holder === undefined || holder === official ? official : null);
}

/** Returns, for one article, each title held by exactly one official there mapped to that official (null when shared). */
function mapSoleHolders(officials: readonly Official[]): Map<string, Official | null> {
  const byTitle = new Map<string, Official | null>();
  for (const official of officials) for (const title of official.titles) claim(byTitle, nameKeyOf(title), official);
  return byTitle;
}

/** Returns, for one article, the leading words of each title ("Thủ tướng" of "Thủ tướng Chính phủ"), two words or more, mapped to its sole holder. */
function mapTitleHeads(officials: readonly Official[]): Map<string, Official | null> {
  const heads = new Map<string, Official | null>();
  for (const official of officials) {
    for (const title of official.titles) {
      const words = nameKeyOf(title).split(' ');
      for (let n = 2; n < words.length; n++) claim(heads, words.slice(0, n).join(' '), official);
    }
  }
  return heads;
}

/**
 * Resolves a name within one article: a full name to that official; a title held by exactly one
 * official there, or the head of one ("Thủ tướng" for "Thủ tướng Chính phủ"), to that official.
 */
function makeResolver(officials: readonly Official[]): (name: string) => Official | null {
  const byName = new Map(officials.map((o) => [nameKeyOf(o.name), o]));
  const byTitle = mapSoleHolders(officials);
  const byHead = mapTitleHeads(officials);
  return (name) => {
    const key = nameKeyOf(name);
    return byName.get(key) ?? byTitle.get(key) ?? byHead.get(key) ?? null;
  };
}

/** Returns an article's officials with any whose "name" is only a title another official there holds folded into that official. */
function foldTitleOnly(officials: readonly Official[]): Official[] {
  const byTitle = mapSoleHolders(officials);
  return officials.filter((official) => {
    const holder = byTitle.get(nameKeyOf(official.name));
    return !holder || holder === official;
  });
}

/** Returns the officials, directives by issuer and figures of the articles, merged as the report's "Across articles" shows them. */
export function mergeArticles(summaries: readonly Summary[]): AcrossArticles {
  const officials = new Map<string, MergedOfficial & { titleKeys: Set<string>; first: number }>();
  const groups = new Map<string, DirectiveGroup>();
  const figures: ArticleFigures[] = [];
  let seen = 0;

  summaries.forEach((summary, index) => {
    const article: ArticleRef = { index, url: summary.url, title: summary.title };
    for (const official of foldTitleOnly(summary.officials)) {
      const key = nameKeyOf(official.name);
      let merged = officials.get(key);
      if (!merged) {
        merged = { name: prepareDisplayText(official.name), titles: [], sightings: [], titleKeys: new Set(), first: seen++ };
        officials.set(key, merged);
      }
      for (const title of official.titles) {
        const titleKey = nameKeyOf(title);
        if (merged.titleKeys.has(titleKey)) continue;
        merged.titleKeys.add(titleKey);
        merged.titles.push(prepareDisplayText(title));
      }
      if (!merged.sightings.some((s) => s.article.index === index)) merged.sightings.push({ article, evidence: official.evidence });
    }

    const resolve = makeResolver(summary.officials);
    for (const directive of summary.directives) {
      const issuer = directive.by === null ? null : (resolve(directive.by)?.name ?? directive.by);
      const key = issuer === null ? '' : nameKeyOf(issuer);
      let group = groups.get(key);
      if (!group) {
        group = { issuer: issuer === null ? null : prepareDisplayText(issuer), titles: [], items: [] };
        groups.set(key, group);
      }
      group.items.push({ directive, article });
    }

    if (summary.figures.length > 0) figures.push({ article, figures: summary.figures });
  });

  const mergedOfficials = [...officials.values()]
    .sort((a, b) => b.sightings.length - a.sightings.length || a.first - b.first)
    .map(({ name, titles, sightings }) => ({ name, titles, sightings }));
  const directives = [...groups.entries()]
    // Unattributed directives last; the rest in the order first met.
    .sort(([a], [b]) => Number(a === '') - Number(b === ''))
    .map(([key, group]) => ({ ...group, titles: officials.get(key)?.titles ?? [] }));
  return { officials: mergedOfficials, directives, figures };
}
