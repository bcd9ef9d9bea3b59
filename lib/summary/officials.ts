import type { Official, Person } from '../schema';
import { toAsciiKey, toMatchKey } from '../text/normalize';
import { APOSTROPHES } from '../text/punctuation';
import { endsWithAny, hasSuffix, keyOfTokens, placeNameEnd, type CompiledLexicon, type DirectiveLookups, type TitleLookups } from './compile';
import type { PreparedArticle, Sentence } from './prepare';
import type { RuleId, Trace } from './rules';
import { matchPhrase, phraseEndsAt, tokenize, type PhraseIndex, type Token } from './tokens';

// How many words an organisation head ending a title may span ("Ban Thường vụ", "Ngân hàng Nhà nước").
const ORG_HEAD_BACK = 4;

/** Where a person is mentioned, resolved to the person's display name. */
export interface ResolvedMention {
  sentence: number;
  /** Token span of the mention (name, title or given name). */
  start: number;
  end: number;
  name: string;
  official: boolean;
}

/** Officials, other named people, and every resolved mention (for directive attribution). */
export interface PeopleResult {
  officials: Official[];
  people: Person[];
  mentions: ResolvedMention[];
}

type MentionKind = 'full' | 'given' | 'title';

interface RawMention {
  kind: MentionKind;
  sentence: Sentence;
  start: number;
  end: number;
  /** Display name (full) or given name. */
  name: string;
  titles: string[];
  /** Matching key of the first title, for title-only mentions. */
  titleKey: string;
  /** How the name was introduced: a citizen cue ("anh", "chị") makes an ordinary person. */
  support: 'official' | 'cue' | 'citizen' | 'speech' | 'bare' | 'lower';
  /** The rule that read the mention. */
  rule: RuleId;
  /** Rules that added to the mention after the pass that read it. */
  also?: RuleId[];
}

interface PersonRecord {
  key: string;
  name: string;
  titles: string[];
  titleKeys: Set<string>;
  /** Titles that make an office (not degrees or honours alone). */
  strong: number;
  /** Named, untitled, as one of the holders of an office the paragraph is about (person.office-group). */
  grouped: boolean;
  mentions: number;
  evidence: Sentence;
  titledEvidence: Sentence | null;
  support: Set<RawMention['support']>;
  firstOrder: number;
  lastOrder: number;
  /** Rules of the mentions that resolved to the person, first use first. */
  rules: Set<RuleId>;
}

const MAX_TITLE_TOKENS = 16;
/** Most words of a possessor before a title ("the Trump campaign's"). */
const MAX_POSSESSOR_WORDS = 3;
/** Most lowercase words before the head of an appositive title ("bond market strategist"; reuters-1 in fixture-examples.test.ts). */
const MAX_APPOSITIVE_LEAD = 3;
/** Most capitalised words before the head of an appositive title ("Clinical Adviser", "Deputy Regional Adviser"). */
const APPOSITIVE_MODIFIERS_MAX = 2;
// Capitalised modifiers a second title after "and" may carry before its head ("… and National Economic Council Director").
const SECOND_TITLE_MODIFIERS = 3;
const BODY_MODIFIERS_MAX = 5;
/** Longest parenthetical kept inside a title ("(Acting)", "(HECI)"). */
const MAX_PAREN_TOKENS = 8;
/** Longest run of capitalised modifiers before a title head ("Liberal Party of Canada leader"; japannews-1 in fixture-examples.test.ts). */
const MAX_MODIFIER_TOKENS = 8;
/** Longest item of a comma list inside a title ("Trade, Industry and Energy"). */
const MAX_LIST_ITEM_TOKENS = 5;


// A regnal number after a monarch's given name ("Charles III", "Elizabeth II").
const REGNAL_RE = /^[IVX]{2,5}$/;

function isNameWord(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (/\d/.test(t.text)) return false;
  // Acronyms (UBND, TTXVN) are organisations, not names.
  return !(t.text.length > 1 && t.text === t.text.toUpperCase());
}

/** End of a hyphenated name word whose first part ends before j ("Dong-hoon", "Jae-in", "Lloyd-Jones"). */
function hyphenatedEnd(toks: Token[], j: number, limit: number): number {
  while (j + 1 < limit && toks[j]?.text === '-' && !toks[j]?.spaced && toks[j + 1]?.kind === 'word' && !toks[j + 1]?.spaced) j += 2;
  return j;
}

/** A body's abbreviation: a word of two or more letters, all capitals ("EEOC", "VCCI", "HĐND"). */
function isAbbreviation(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase();
}

function slice(s: Sentence, start: number, end: number): string {
  const a = s.tokens[start];
  const b = s.tokens[end - 1];
  if (!a || !b) return '';
  return s.text.slice(a.start, b.end);
}

/** Reads names and titles from tokens with one lexicon. */
class NameReader {
  readonly g: TitleLookups;
  /** Title heads where modifiers precede them (English), for merging "President" into "French President" (schema-org-context-object in fixture-examples.test.ts). */
  readonly modifiedHeads: PhraseIndex | null;

  /** ASCII keys of the words already seen: the same few hundred words come back on every page. */
  private readonly asciiKeys = new Map<string, string>();

  /**
   * Set while a Title Case headline is read: there a capitalised verb after a name ("President Biden Announces …",
   * "Vice President Harris Encouraging …") ends the name and the title, like a linking word.
   */
  titleCase = false;

  constructor(private readonly c: CompiledLexicon) {
    this.g = c.titles;
    this.modifiedHeads = c.grammar.modifiersBeforeHead ? c.titleHeads : null;
  }

  /** `toAsciiKey(text)`, memoised for the article being read. */
  asciiKey(text: string): string {
    let key = this.asciiKeys.get(text);
    if (key === undefined) this.asciiKeys.set(text, (key = toAsciiKey(text)));
    return key;
  }

  private get particles(): Set<string> {
    return this.g.particles;
  }

  private get usesSurnames(): boolean {
    return this.c.grammar.namesOpenWithSurname;
  }

  /** Length of the capitalised run starting at i (spaced words only). */
  capRun(toks: Token[], i: number, limit: number): number {
    let j = i;
    while (j < limit && isNameWord(toks[j]) && (j === i || toks[j]?.spaced)) {
      if (j > i && this.titleCase && this.isHeadlineVerb(toks[j]!)) break;
      if (!this.usesSurnames && this.c.notNameWords.has(toks[j]?.key ?? '')) {
        // "Theresa May": a surname homograph closes the run of the name before it.
        if (j > i && this.closesName(toks, j, limit)) j++;
        break;
      }
      j++;
    }
    return j - i;
  }

  /** End of a personal name starting at token i, or -1. */
  nameAt(toks: Token[], i: number, limit: number): number {
    const { min, max } = this.c.lex.nameWords;
    const first = toks[i];
    if (!isNameWord(first)) return -1;
    if (this.usesSurnames) {
      let j = matchPhrase(this.c.compoundSurnames, toks, i, limit);
      if (j < 0) j = this.c.surnames.has(first.key) ? i + 1 : -1;
      if (j < 0) return this.foreignNameAt(toks, i, limit);
      while (j < limit && isNameWord(toks[j]) && toks[j]?.spaced && j - i < max) j++;
      if (j - i < min) return -1;
      if (j < limit && isNameWord(toks[j]) && toks[j]?.spaced) return -1;
      return j;
    }
    if (this.c.notNameWords.has(first.key) || matchPhrase(this.c.titleHeads, toks, i, limit) > 0) return -1;
    let j = hyphenatedEnd(toks, i + 1, limit);
    let words = 1;
    while (j < limit) {
      const t = toks[j];
      const next = toks[j + 1];
      if (t && t.kind === 'word' && t.cap && t.text.length === 1 && next?.text === '.' && isNameWord(toks[j + 2])) {
        j += 2; // a middle initial: "John F. Kennedy"
      } else if (t && !t.cap && this.particles.has(t.key) && isNameWord(next) && next.spaced && j + 1 < limit) {
        j++; // a particle inside the name: "Bill de Blasio", "Ludwig van Beethoven"
      } else if (isNameWord(t) && t.spaced && !this.c.notNameWords.has(t.key) && matchPhrase(this.c.titleHeads, toks, j, limit) < 0 && !(this.titleCase && this.isHeadlineVerb(t))) {
        // "City Municipal Director": a title head ends the run, which is then no name (dailynewstz-1 in fixture-examples.test.ts).
        j = hyphenatedEnd(toks, j + 1, limit);
        words++;
      } else if (this.closesName(toks, j, limit)) {
        j++;
        words++;
        break;
      } else break;
    }
    if (words < min || words > max) return -1;
    // "Civil Aviation Authority": a run stopped by an organisation word is that organisation's name; a Title Case
    // headline's capitalised preposition or linking word ("Jay Carney Aboard Air Force One") stops no name.
    const stop = toks[j];
    if (stop && stop.spaced && isNameWord(stop) && !this.isLinkingWord(stop)) return -1;
    return j;
  }

  /** A word a Title Case headline capitalises that links, never names: an opener or preposition ("On", "Aboard") or a title's tail word ("Of"). */
  isLinkingWord(t: Token): boolean {
    return this.g.openers.has(t.key) || this.c.titleTailWords.has(t.key) || (this.titleCase && this.isHeadlineVerb(t));
  }

  /** A capitalised verb of a Title Case headline: a lead verb ("Announces", lexicon.leadSpeakerVerbs) or a participle ("Encouraging"). */
  private isHeadlineVerb(t: Token): boolean {
    if (!t.cap || t.kind !== 'word') return false;
    return matchPhrase(this.g.leadSpeakerVerbs, [t], 0, 1) === 1 || hasSuffix(t.key, this.c.directives.grammar.progressiveEndings);
  }

  /** Whether the word at j is a surname spelled like a calendar or organisation word, closing the name before it ("Theresa May"). */
  closesName(toks: Token[], j: number, limit: number): boolean {
    const t = toks[j];
    if (!isNameWord(t) || !t.spaced || !this.g.surnameHomographs.has(t.key)) return false;
    const next = toks[j + 1];
    // "Jack White House", "Theresa May 2016": another capitalised word or a number makes it no surname.
    return !(j + 1 < limit && next && next.spaced && (next.kind === 'num' || (next.kind === 'word' && next.cap)));
  }

  /** End of a peer's whole name ("Lord Hill", "Baroness Smith of Basildon") starting at i, or -1. */
  peerNameAt(toks: Token[], i: number, limit: number): number {
    const cue = matchPhrase(this.g.peerageCues, toks, i, limit);
    // "the Earl Marshal", "the Lord Chancellor": an office that opens with a peerage.
    if (cue < 0 || !toks[i]?.cap || matchPhrase(this.c.titleHeads, toks, i, limit) > cue) return -1;
    const name = toks[cue];
    if (!isNameWord(name) || !name.spaced || this.c.notNameWords.has(name.key) || matchPhrase(this.c.titleHeads, toks, cue, limit) > 0) return -1;
    const next = toks[cue + 1];
    if (cue + 1 < limit && isNameWord(next) && next.spaced) return -1;
    // "of Basildon": the peer's territorial designation is part of the name.
    const of = toks[cue + 2];
    if (next?.key === this.c.grammar.titleFieldLink && isNameWord(of) && !this.c.notNameWords.has(of.key) && !isNameWord(toks[cue + 3])) return cue + 3;
    return cue + 1;
  }

  /**
   * End of a foreign name ("Joe Biden") in a language that knows its surnames, or -1: a run of
   * undotted capitalised words with at least one word no native syllable can spell.
   */
  foreignNameAt(toks: Token[], i: number, limit: number): number {
    const native = this.c.lex.nativeSyllable;
    if (!native) return -1;
    const { min, max } = this.c.lex.nameWords;
    let j = i;
    let foreign = false;
    while (j < limit && j - i < max && isNameWord(toks[j]) && (j === i || toks[j]?.spaced)) {
      const key = toks[j]?.key ?? '';
      // Diacritics make a native word; organisation words end any name.
      if (this.asciiKey(key) !== key || this.c.notNameWords.has(key)) return -1;
      if (!native.test(key)) foreign = true;
      j++;
    }
    if (!foreign || j - i < min) return -1;
    const stop = toks[j];
    if (stop && stop.spaced && stop.kind === 'word' && stop.cap) return -1;
    return j;
  }

  isPlace(toks: Token[], start: number, end: number): boolean {
    const key = this.asciiKey(keyOfTokens(toks, start, end));
    if (this.c.placeNames.has(key)) return true;
    // Place names are short ("tỉnh Hà Tĩnh"); a longer run after "tỉnh" is a person ("UBND tỉnh Lê Hồng Vinh"), and so is
    // one that an appositive title follows ("hear from Jane Roe, Director of …").
    if (end - start > 2 || !endsWithAny(toks, start, this.c.placeClassifiers)) return false;
    return !(toks[end]?.text === ',' && this.titleChain(toks, end + 1, toks.length, true, true) !== null);
  }

  private headAt(toks: Token[], i: number, limit: number, allowLower: boolean, appositive = false): { titleStart: number; headEnd: number; head: number } | null {
    let p = i;
    if (this.c.titleArticles.has(toks[p]?.key ?? '')) p++;
    const titleStart = p;
    // "the agency's director", "the Trump campaign's political director": the possessor belongs to the title.
    // A longer possessor is capitalised or follows an article; "stick with Yahoo's" is no possessor.
    const article = p > i;
    for (let w = 1; w <= MAX_POSSESSOR_WORDS; w++) {
      const word = toks[p + w - 1];
      // "PG&E's": an unspaced "&" glues the parts of one possessor.
      const glue = w > 1 && word?.text === '&' && !word.spaced;
      if ((word?.kind !== 'word' && !glue) || (w > 1 && !glue && !article && (!word?.cap || !toks[p]?.cap))) break;
      if (APOSTROPHES.has(toks[p + w]?.text ?? '') && toks[p + w + 1]?.key === this.c.grammar.possessiveClitic) {
        p += w + 2;
        break;
      }
    }
    while (this.c.titleStatus.has(toks[p]?.key ?? '')) p++;
    let headEnd = matchPhrase(this.c.titleHeads, toks, p, limit);
    // "Ombudsman Jane Roe’s office": no title after the possessor, so the possessor was the title and name.
    if (headEnd < 0 && p > titleStart && matchPhrase(this.c.titleHeads, toks, titleStart, limit) > 0) {
      p = titleStart;
      headEnd = matchPhrase(this.c.titleHeads, toks, p, limit);
    }
    // "X, interest rate strategist at …": a few lowercase modifiers before the head of an appositive.
    const lead = appositive && allowLower && this.c.grammar.modifiersBeforeHead;
    for (let m = p; headEnd < 0 && lead && m - p < MAX_APPOSITIVE_LEAD; m++) {
      const t = toks[m];
      // "Jane Roe, and the Minister for …": a conjunction opens the next person, never a title's modifier.
      if (!t || t.kind !== 'word' || t.cap || this.g.conjunctions.has(t.key) || matchPhrase(this.c.titleTerminators, toks, m, limit) > 0) break;
      if (matchPhrase(this.c.titleHeads, toks, m + 1, limit) > 0) {
        p = m + 1;
        headEnd = matchPhrase(this.c.titleHeads, toks, p, limit);
      }
    }
    // "X, the Health and Human Services secretary", "X, Tunisia country director for …": capitalised
    // modifiers (a body, a place) before a lowercase head; the modifiers belong to the title.
    const capLead = headEnd < 0 && lead ? this.capitalLeadHead(toks, p, limit) : -1;
    if (capLead > 0) {
      p = capLead;
      headEnd = matchPhrase(this.c.titleHeads, toks, p, limit);
    }
    if (headEnd < 0) return null;
    // "deputy spokesperson", "acting secretary": where modifiers precede the head, a head right after a head extends it.
    while (this.c.grammar.modifiersBeforeHead && toks[headEnd]?.spaced && !toks[headEnd]?.cap && matchPhrase(this.c.titleHeads, toks, headEnd, limit) > headEnd) {
      headEnd = matchPhrase(this.c.titleHeads, toks, headEnd, limit);
    }
    const head = toks[p];
    if (!head) return null;
    // After "Name," a lowercase title is an appositive even where titles are capitalised ("X, nhà phân tích …").
    if (!head.cap && !(appositive && allowLower) && (this.c.lex.titleNeedsCapital || !allowLower)) return null;
    return { titleStart, headEnd, head: p };
  }

  /**
   * Index of a lowercase title head after capitalised modifiers and their links ("Health and Human
   * Services secretary", "Kenya country director"; wapo-1 in fixture-examples.test.ts), or -1; a personal name among them ends the search.
   */
  private capitalLeadHead(toks: Token[], p: number, limit: number): number {
    let caps = 0;
    let lower = 0;
    for (let m = p; m < limit && m - p < MAX_MODIFIER_TOKENS; m++) {
      const t = toks[m];
      if (!t) break;
      if (t.kind === 'punct') {
        if (t.text === '&' || ((t.text === '.' || t.text === '-') && !t.spaced)) continue;
        break;
      }
      if (t.kind !== 'word') break;
      if (!t.cap && caps > 0 && matchPhrase(this.c.titleHeads, toks, m, limit) > 0) return m;
      if (t.cap) {
        if (this.nameAt(toks, m, limit) > 0) break;
        caps++;
        continue;
      }
      if (matchPhrase(this.c.titleTerminators, toks, m, limit) > 0 && !this.c.titleTailWords.has(t.key)) break;
      if (++lower > MAX_APPOSITIVE_LEAD) break;
    }
    return -1;
  }

  /** End of a parenthetical kept inside a title ("(Acting)", "(HECI)") starting at q, or -1. */
  private parenEnd(toks: Token[], q: number, limit: number): number {
    if (toks[q]?.text !== '(') return -1;
    for (let j = q + 1; j < limit && j - q <= MAX_PAREN_TOKENS; j++) {
      const t = toks[j];
      if (t?.text === ')') return j > q + 1 ? j + 1 : -1;
      if (!t || t.kind === 'num' || (t.kind === 'punct' && t.text !== '-' && t.text !== '&')) return -1;
    }
    return -1;
  }

  /** One item of a list inside a title: a capitalised word and its continuation, never a title or a name. */
  private listItemEnd(toks: Token[], q: number, limit: number): number {
    const first = toks[q];
    if (!first || first.kind !== 'word' || !first.cap) return -1;
    if (matchPhrase(this.c.titleHeads, toks, q, limit) > 0 || matchPhrase(this.c.honorifics, toks, q, limit) > 0) return -1;
    const name = this.nameAt(toks, q, limit);
    // "…, Multicultural and Indigenous Affairs, Mr Ruddock": a capitalised pair before the comma and the holder is no name.
    if (name > 0 && toks[name]?.text === ',' && this.opensHolder(toks, name + 1, limit)) return name;
    // "Crime, Policing and Fire Jane Roe": a name starting after the first word leaves that word to the list.
    if (name > 0) return this.nameAt(toks, q + 1, limit) === name ? q + 1 : -1;
    let j = q + 1;
    while (j < limit && j - q < MAX_LIST_ITEM_TOKENS) {
      const t = toks[j];
      if (!t || t.kind !== 'word' || this.g.conjunctions.has(t.key)) break;
      if (t.cap && this.nameAt(toks, j, limit) > 0) break;
      // Lowercase syllables continue an item only where titles take any lowercase word (vi "Thể thao").
      if (!t.cap && (this.c.grammar.closedTitleTails || matchPhrase(this.c.titleTerminators, toks, j, limit) > 0)) break;
      j++;
    }
    return j;
  }

  /** Whether a personal name, a courtesy or a style opens at `at` ("Jane Roe", "Mr Ruddock", "Senator Roe"). */
  private opensHolder(toks: Token[], at: number, limit: number): boolean {
    return this.nameAt(toks, at, limit) > 0 || matchPhrase(this.c.nameCues, toks, at, limit) > 0 || matchPhrase(this.g.styleTitles, toks, at, limit) > 0;
  }

  /** End of ", Industry and Energy" (a comma list closed by a conjunction) starting at the comma q, or -1. */
  private listEnd(toks: Token[], q: number, limit: number): number {
    if (this.g.conjunctions.size === 0) return -1;
    let j = q;
    while (toks[j]?.text === ',') {
      const e = this.listItemEnd(toks, j + 1, limit);
      if (e < 0) return -1;
      j = e;
      if (this.g.conjunctions.has(toks[j]?.key ?? '')) {
        const last = this.listItemEnd(toks, j + 1, limit);
        return last;
      }
    }
    return -1;
  }

  /** Parses a chain of titles ("Ủy viên Bộ Chính trị, Trưởng ban …") starting at i. */
  titleChain(
    toks: Token[], i: number, limit: number, allowLower: boolean, appositive = false,
  ): { spans: [number, number][]; end: number; lower: boolean } | null {
    const spans: [number, number][] = [];
    let pos = i;
    let lower = false;
    for (;;) {
      // "Assistant to the President and National Economic Council Director": after "and", capitalised modifiers may
      // open the second title before its head.
      const h = this.headAt(toks, pos, limit, allowLower, appositive) ?? (spans.length > 0 && this.c.titleJoiners.has(toks[pos - 1]?.key ?? '') ? this.modifiedHeadAt(toks, pos, limit) : null);
      if (!h) break;
      // "Merrick Garland, Ambassador Lipstadt, and …": an office right before a name opens the next person.
      if (appositive && spans.length === 0 && this.opensNextPerson(toks, h.headEnd, limit)) return null;
      if (!toks[h.head]?.cap) lower = true;
      let q = h.headEnd;
      // Where a comma list inside the title ended: a personal name there ends the title.
      let listEnd = -1;
      while (q < limit) {
        const t = toks[q];
        if (!t) break;
        if (t.kind === 'punct') {
          // "TP.HCM": an unspaced dot between capitalised parts of one abbreviation stays inside the title.
          const dotted = t.text === '.' && !t.spaced && toks[q - 1]?.cap && toks[q + 1]?.cap && !toks[q + 1]?.spaced;
          // "National Economic Advisor & Chair of the …": a spaced "&" before an office joins a second title.
          if (t.text === '&' && t.spaced && this.c.titleJoiners.has(t.key) && (this.officeAhead(toks, q + 1, limit) || this.modifiedHeadAt(toks, q + 1, limit))) break;
          if (t.text === '&' || dotted || (t.text === '-' && !t.spaced && toks[q + 1] && !toks[q + 1]?.spaced)) {
            q++;
            continue;
          }
          // "National Police Chiefs’ Council": a plural possessive inside the body's name.
          const plural = APOSTROPHES.has(t.text) && !t.spaced && q > h.headEnd && toks[q - 1]?.cap && hasSuffix(toks[q - 1]?.key ?? '', this.c.grammar.pluralEndings)
            && toks[q + 1]?.kind === 'word' && toks[q + 1]?.cap && toks[q + 1]?.spaced;
          if (plural) {
            q++;
            continue;
          }
          const paren = this.parenEnd(toks, q, limit);
          if (paren > 0) {
            const abbreviation = paren === q + 3 && isAbbreviation(toks[q + 1]);
            q = paren;
            // "Chủ tịch Phòng Thương mại … (VCCI) hồ hởi cho rằng": a lowercase word after the body's abbreviation is the
            // clause's ("Chief Executive Officer (Acting) of …" goes on).
            if (abbreviation && toks[q]?.kind === 'word' && !toks[q]?.cap) break;
            continue;
          }
          // "Phó Trưởng phòng Phòng Thống kê, Cục Công nghệ …": where the organisation follows the head, an organisation
          // (no office) after the comma is the parent body of the same title.
          const parent = t.text === ',' && q > h.headEnd && !this.c.grammar.modifiersBeforeHead && !!toks[q + 1]?.cap
            && matchPhrase(this.c.orgHeads, toks, q + 1, limit) > 0 && !this.headAt(toks, q + 1, limit, false);
          if (parent) {
            q++;
            continue;
          }
          const list = t.text === ',' && q > h.headEnd ? this.listEnd(toks, q, limit) : -1;
          if (list > 0) {
            q = listEnd = list;
            continue;
          }
          break;
        }
        if (t.kind === 'num') {
          if (!this.numberedUnitAt(toks, h.titleStart, q, limit)) break;
          q++;
          continue;
        }
        // "Minister for Crime, Policing and Fire Jane Roe": a name right after the list is the holder.
        if (q === listEnd && this.nameAt(toks, q, limit) > 0) break;
        // "Counsel to the President Jane Roe": an office named inside the tail, then a personal name, ends the title.
        if (t.cap && q > h.headEnd) {
          const inner = matchPhrase(this.c.titleHeads, toks, q, limit);
          // "Earl Marshal and Lord Great Chamberlain", "Assistant to the President and Domestic Policy Advisor": an
          // office (its capitalised modifiers first) after "and" is a second title.
          if (this.g.conjunctions.has(toks[q - 1]?.key ?? '') && q - 1 >= h.headEnd && (this.officeAhead(toks, q, limit) || this.modifiedHeadAt(toks, q, limit))) {
            q--;
            break;
          }
          if (inner > q && this.nameAt(toks, inner, limit) > 0) {
            q = inner;
            break;
          }
          // "Ambassador to the Union Jane Roe and Energy Secretary Tom Hale": a name before "and" and another office is a holder.
          const name = this.nameAt(toks, q, limit);
          if (name > 0 && this.g.conjunctions.has(toks[name]?.key ?? '') && this.officeAhead(toks, name + 1, limit)) break;
        }
        // "… Labour Party and Smith’s rival", "leader of Smith’s own party": a possessor opens a new phrase.
        if (t.cap && q > h.headEnd && this.c.grammar.modifiersBeforeHead && APOSTROPHES.has(toks[q + 1]?.text ?? '') && toks[q + 2]?.key === this.c.grammar.possessiveClitic) break;
        // "Senator the Hon. Jane Roe": an honorific opens the name (jis-gov-jm-1 in fixture-examples.test.ts).
        if (matchPhrase(this.c.honorifics, toks, q, limit) > 0 && (q > h.headEnd || toks[q]?.cap)) break;
        if (!t.cap && this.g.innerWords.has(t.key) && this.joinsCapitals(toks, q, limit)) {
          q++;
          continue;
        }
        // "Ban Quản lý dự án", "công trình giao thông": a noun that starts like a verb stays in the title.
        if (!t.cap && (matchPhrase(this.c.titleTerminators, toks, q, limit) > 0 || matchPhrase(this.g.bridges, toks, q, limit) > 0) && matchPhrase(this.g.innerNouns, toks, q, limit) < 0) break;
        // "leader of the centre-right opposition Unity Party": after an article, a few lowercase words lead to the named body.
        const prevTok = toks[q - 1];
        const leads = (this.c.titleArticles.has(prevTok?.key ?? '') || (prevTok?.text === '-' && !t.spaced)) && q > h.headEnd;
        // "director of public health and safety": right after "of", a short lowercase field (aeb-d0382c0d9573 in fixture-examples.test.ts).
        const field = prevTok?.key === this.c.grammar.titleFieldLink && q === h.headEnd + 1;
        const led = leads || field ? this.lowerLeadEnd(toks, q, limit, field) : -1;
        if (led > 0) {
          q = led;
          continue;
        }
        if (this.c.grammar.closedTitleTails && !t.cap && !this.c.titleTailWords.has(t.key)) break;
        if (this.usesSurnames) {
          // "Chi cục trưởng Chi cục Hải quan Hải Dương Vũ Quốc Dương": a known place ends the body's name, even where a
          // surname ("Dương") could open a longer name inside it.
          const place = placeNameEnd(toks, q, limit, this.c);
          if (place > 0 && this.nameAt(toks, place, limit) > 0) {
            q = place;
            break;
          }
          const n = this.nameAt(toks, q, limit);
          // After "Name," a foreign-looking run is the organisation ("CEO Circle Squared …"), the name is known; so
          // is a run right after an organisation head, its place ("X, Bí thư Huyện ủy Lạc Sơn").
          if (n > 0 && !this.isPlace(toks, q, n) && !(appositive && (this.isForeignOnly(toks, q, limit) || phraseEndsAt(this.c.orgHeads, toks, q, ORG_HEAD_BACK)))) break;
        } else if (isNameWord(t) && !this.c.notNameWords.has(t.key)) {
          const run = this.capRun(toks, q, limit);
          const next = toks[q + run];
          // A run followed by another capitalised word is inside an organisation's name; a capitalised linking word
          // of a Title Case headline ("Press Secretary Robert Gibbs On The …") is no part of one.
          const inOrg = !!next && next.spaced && next.kind === 'word' && next.cap && !this.isLinkingWord(next) && !this.c.titleArticles.has(next.key);
          if (!inOrg && q === h.headEnd && run >= 2 && run <= this.c.lex.nameWords.max) break;
          // "President Obama": one capitalised word right after the head is a surname, not an organisation.
          if (!inOrg && q === h.headEnd && run === 1 && toks[q + 1]?.text !== '-' && toks[q + 1]?.text !== '&') break;
          // "director of the Department of X and Alex Azar, …": a name after "and" is the next person.
          if (!inOrg && q > h.headEnd && this.g.conjunctions.has(toks[q - 1]?.key ?? '')) {
            const name = this.nameAt(toks, q, limit);
            // "Minister for Policing and Crime Jane Roe": a name starting after the first word leaves that word to the title.
            // "Secretary of Health and Human Services Xavier Becerra": past an organisation word, the name starts later.
            let own = q + 1;
            while (own + 1 < name && this.c.notNameWords.has(toks[own]?.key ?? '')) own++;
            if (name > 0 && this.nameAt(toks, own, limit) === name) {
              q = own;
              break;
            }
            // "… for Security and Economic Crime, Jane Roe,": a capitalised pair before the comma and a name is no name.
            // So is one before the comma and a courtesy or style that opens the holder ("…, Mr Ruddock", "…, Senator Roe").
            const commaName = name > 0 && toks[name]?.text === ',' && this.opensHolder(toks, name + 1, limit);
            if (name > 0 && !commaName) break;
          }
          // "… of Health and Human Services Xavier Becerra said": a name right after an organisation word holds the title.
          const afterOrgWord = toks[q - 1]?.text === ')' || !!toks[q - 1]?.cap && (phraseEndsAt(this.c.orgHeads, toks, q, ORG_HEAD_BACK) || this.g.bodyNameEnds.has(toks[q - 1]?.key ?? '')
            || this.c.notNameWords.has(toks[q - 1]?.key ?? '') && (!!toks[q - 2]?.cap && this.c.notNameWords.has(toks[q - 2]?.key ?? '')
              // "Secretary of Labor Julie Su": one such word right after the office's "of".
              || toks[q - 2]?.key === this.c.grammar.titleFieldLink && q - 2 === h.headEnd));
          if (!inOrg && q > h.headEnd && afterOrgWord && run >= this.c.lex.nameWords.min && this.nameAt(toks, q, limit) === q + run) break;
          // "Director of the Consumer Financial Protection Bureau (CFPB) Rohit Chopra": a run that an organisation word
          // or an abbreviation in brackets closes is the body's whole name; the holder comes after it.
          if (!inOrg && q > h.headEnd && (phraseEndsAt(this.c.orgHeads, toks, q + run, ORG_HEAD_BACK) || this.parenEnd(toks, q + run, limit) > 0)) {
            q += run;
            continue;
          }
          if (!inOrg && q > h.headEnd && run >= 3) {
            q += run - 2;
            break;
          }
        }
        if (q - h.head > MAX_TITLE_TOKENS) break;
        q++;
      }
      while (q > h.headEnd && ((!toks[q - 1]?.cap && this.c.titleTailWords.has(toks[q - 1]?.key ?? '')) || toks[q - 1]?.text === '-')) q--;
      spans.push([h.titleStart, q]);
      pos = q;
      const sep = toks[pos];
      // "bầu đồng chí X – Phó Bí thư Huyện ủy vào chức danh Chủ tịch UBND huyện": a bridge after a title opens the next.
      const bridged = matchPhrase(this.g.bridges, toks, pos, limit);
      const afterBridge = bridged > 0 ? this.headAt(toks, bridged, limit, allowLower && lower, appositive) : null;
      if (afterBridge && !this.opensNextPerson(toks, afterBridge.headEnd, limit)) {
        pos = bridged;
        continue;
      }
      // Dash keys are unified ("–", "—" → "-"): "Ủy viên Trung ương Đảng – Bí thư Tỉnh ủy".
      if (sep && (sep.text === ',' || (sep.key === '-' && sep.spaced) || this.c.titleJoiners.has(sep.key))) {
        // "Phó Tư lệnh, kiêm Tham mưu trưởng …": a joiner after the comma links the next title too.
        const skip = sep.text === ',' && this.c.titleJoiners.has(toks[pos + 1]?.key ?? '') ? 2 : 1;
        const next = this.headAt(toks, pos + skip, limit, allowLower && lower, appositive) ?? this.lowerHeadOfBody(toks, sep, pos + skip, limit, appositive);
        // "…, Ambassador Lipstadt, and …": an office right before a name is the next person's, not a second title. Where
        // the organisation follows the head, offices listed before one name are that person's ("Ủy viên Trung ương Đảng,
        // Phó Chủ tịch nước Đặng Thị Ngọc Thịnh").
        if (next && this.c.grammar.modifiersBeforeHead && this.opensNextPerson(toks, next.headEnd, limit)) break;
        if (next || (this.c.titleJoiners.has(sep.key) && this.modifiedHeadAt(toks, pos + 1, limit))) {
          pos += skip;
          continue;
        }
      }
      break;
    }
    if (spans.length === 0) return null;
    return { spans, end: pos, lower };
  }

  /** Whether a behalf cue ("Thay mặt") opens the sentence and only words and commas stand between it and i. */
  spokenFor(toks: Token[], i: number): boolean {
    for (let p = 0; p < i; p++) {
      const end = matchPhrase(this.g.behalfCues, toks, p, i);
      if (end > 0) return toks.slice(end, i).every((t) => t.kind === 'word' || t.text === ',');
      if (toks[p]?.kind !== 'punct') return false;
    }
    return false;
  }

  /**
   * After a comma in a chain, a lowercase head that runs straight into its capitalised body ("…, chủ tịch HĐND
   * huyện", "…, chính ủy Bộ CHQS tỉnh"), where the body follows the head: pages that write later titles in lowercase.
   */
  private lowerHeadOfBody(toks: Token[], sep: Token, q: number, limit: number, appositive: boolean): ReturnType<NameReader['headAt']> {
    if (sep.text !== ',' || this.c.grammar.modifiersBeforeHead || !this.c.lex.titleNeedsCapital) return null;
    const h = this.headAt(toks, q, limit, true, appositive);
    const body = h ? toks[h.headEnd] : undefined;
    return h && !toks[h.head]?.cap && body?.cap && body.spaced && body.kind === 'word' ? h : null;
  }

  /** Whether a name, or a lone surname (surnameAfterHead), follows an office's head at q. */
  private opensNextPerson(toks: Token[], q: number, limit: number): boolean {
    return this.nameAt(toks, q, limit) > 0 || this.surnameAfterHead(toks, q, limit);
  }

  /**
   * Whether a lone capitalised word at q, right after an office's head, is a surname ("Ambassador Lipstadt,"):
   * where modifiers come before the head (grammar.modifiersBeforeHead) nothing capitalised follows a bare head
   * inside a title, so the word ends at a comma, a conjunction or the sentence's end and names a person.
   */
  private surnameAfterHead(toks: Token[], q: number, limit: number): boolean {
    const t = toks[q];
    if (!this.c.grammar.modifiersBeforeHead || !t || !isNameWord(t) || !t.spaced || this.c.notNameWords.has(t.key)) return false;
    if (matchPhrase(this.c.titleHeads, toks, q, limit) > 0 || matchPhrase(this.c.orgHeads, toks, q, limit) > 0) return false;
    const after = toks[q + 1];
    return q + 1 >= limit || !after || after.text === ',' || this.g.conjunctions.has(after.key);
  }

  /** A capitalised head a few capitalised modifiers after q ("National Economic Council Director"), its title starting at q; or null. */
  private modifiedHeadAt(toks: Token[], q: number, limit: number): { titleStart: number; headEnd: number; head: number } | null {
    if (!this.c.grammar.modifiersBeforeHead) return null;
    for (let x = q + 1; x < limit && x - q <= SECOND_TITLE_MODIFIERS; x++) {
      if (!toks[x - 1]?.cap || toks[x - 1]?.kind !== 'word' || this.nameAt(toks, x - 1, limit) > 0) return null;
      const h = toks[x]?.cap ? this.headAt(toks, x, limit, false) : null;
      if (h) return { ...h, titleStart: q };
    }
    return null;
  }

  /** Whether a title head starts within a few capitalised words from q ("Energy Secretary"). */
  private officeAhead(toks: Token[], q: number, limit: number): boolean {
    for (let x = q; x < limit && x - q < APPOSITIVE_MODIFIERS_MAX + 1; x++) {
      if (matchPhrase(this.c.titleHeads, toks, x, limit) > 0) return true;
      if (!toks[x]?.cap) return false;
    }
    return false;
  }

  /** Whether the number at q names a unit of the title's organisation (lexicon.titleNumberedUnits): a plain
   * short numeral after the unit word or the unit's name, followed by no counted noun. */
  private numberedUnitAt(toks: Token[], from: number, q: number, limit: number): boolean {
    const t = toks[q];
    if (!t || !/^\d{1,3}$/.test(t.text) || !t.spaced) return false;
    const next = toks[q + 1];
    // "… Sư đoàn 372 chủ trì": a lowercase word after the number must end the title, not count with it.
    if (next && q + 1 < limit && next.kind !== 'punct' && !next.cap && matchPhrase(this.c.titleTerminators, toks, q + 1, limit) < 0
      && matchPhrase(this.g.numberedUnitTails, toks, q + 1, limit) < 0) return false;
    // "Sư đoàn Không quân 372": a capitalised name (its later syllables lowercase) may stand between.
    for (let p = q - 1; p >= from && q - p <= 6; p--) {
      if (toks[p]?.kind !== 'word') return false;
      const e = matchPhrase(this.g.numberedUnits, toks, p, q);
      if (e > p && (e === q || toks[e]?.cap)) return true;
    }
    return false;
  }

  /** End of a short lowercase run ("centre-right opposition", "Paris-based research institute"; aeb-e7994d550087 in fixture-examples.test.ts) right before a capitalised word, or -1. */
  private lowerLeadEnd(toks: Token[], q: number, limit: number, field = false): number {
    if (!this.c.grammar.closedTitleTails) return -1;
    let j = q;
    let words = 0;
    while (j < limit && words < MAX_APPOSITIVE_LEAD + (field ? 1 : 0)) {
      const t = toks[j];
      if (!t || t.kind !== 'word' || t.cap || matchPhrase(this.c.titleTerminators, toks, j, limit) > 0) break;
      // A field may join two words with "and" ("health and safety"); other links end the run.
      const joins = field && words > 0 && this.g.conjunctions.has(t.key) && toks[j + 1]?.kind === 'word' && !toks[j + 1]?.cap;
      if (this.c.titleTailWords.has(t.key) && !joins) break;
      j = hyphenatedEnd(toks, j + 1, limit);
      words++;
    }
    const next = toks[j];
    if (words === 0) return -1;
    // A field ends the title at punctuation or the sentence end ("…, director of operations, said"), or goes on to
    // the body it works at ("head of policy at the Federation of …").
    if (field && (!next || next.kind === 'punct')) return j;
    if (field && next && next.kind === 'word' && !next.cap && this.c.titleTailWords.has(next.key) && !this.g.conjunctions.has(next.key)) {
      const body = toks[j + 1];
      if (body && body.kind === 'word' && (body.cap || this.c.titleArticles.has(body.key))) return j;
    }
    if (!next || next.kind !== 'word' || !next.cap || !next.spaced) return -1;
    return j;
  }

  /** Whether the inner word at q stands between capitalised parts of one name (next is no title and no person). */
  private joinsCapitals(toks: Token[], q: number, limit: number): boolean {
    const next = toks[q + 1];
    if (!next || next.kind !== 'word' || !next.cap || !next.spaced) return false;
    if (matchPhrase(this.c.titleHeads, toks, q + 1, limit) > 0) return false;
    return this.nameAt(toks, q + 1, limit) < 0;
  }

  private isForeignOnly(toks: Token[], q: number, limit: number): boolean {
    return !this.c.surnames.has(toks[q]?.key ?? '') && matchPhrase(this.c.compoundSurnames, toks, q, limit) < 0;
  }

  /** Titles written after a name: "X - Title, Title", "X, the chief executive of …", "X, who is also the president of …". */
  titlesAfterName(toks: Token[], n: number, limit: number): { spans: [number, number][]; end: number } {
    let k = n;
    const spans: [number, number][] = [];
    // "Jane Roe MP", "John Doe QC": offices and honours written after the name.
    for (let e = matchPhrase(this.g.postNominals, toks, k, limit); e > k && toks[k]?.spaced; e = matchPhrase(this.g.postNominals, toks, k, limit)) {
      spans.push([k, e]);
      k = e;
    }
    if (toks[k]?.text === '(') {
      let close = k + 1;
      while (close < limit && close - k < 16 && toks[close]?.text !== ')') close++;
      if (toks[close]?.text === ')') {
        // "Jane Roe (Chair of the Northshire Panel)": a bracket holding only a title gives it.
        const inside = this.titleChain(toks, k + 1, close, true, true);
        if (inside && inside.end === close) spans.push(...inside.spans);
        k = close + 1;
      }
    }
    const found = (chain: { spans: [number, number][]; end: number } | null): { spans: [number, number][]; end: number } =>
      chain ? { spans: [...spans, ...chain.spans], end: chain.end } : { spans, end: spans.length ? k : n };
    // "bầu đồng chí X giữ chức Bí thư Huyện ủy": the office follows a bridging verb.
    const bridge = matchPhrase(this.g.bridges, toks, k, limit);
    if (bridge > 0) {
      // Where modifiers precede the head, the office may be lowercase ("was named new DHS acting secretary").
      const lower = this.c.grammar.modifiersBeforeHead;
      const chain = this.titleChain(toks, bridge, limit, lower, lower);
      if (chain) return found(chain);
    }
    const sep = toks[k];
    // Any dash variant separates a name from its titles ("X – Bí thư"); keys unify them.
    if (sep && (sep.key === '-' || sep.text === ',' || sep.text === ':')) {
      let start = k + 1;
      if (sep.text === ',') {
        const intro = matchPhrase(this.g.introducers, toks, start, limit);
        if (intro > 0) start = intro;
      }
      const chain = this.titleChain(toks, start, limit, true, true) ?? this.modifiedTitleChain(toks, start, limit);
      // "Jane Roe, Senator John Doe and …": a title right before another name is that person's.
      if (chain && !this.opensNextName(toks, chain.spans, chain.end, limit)) return found(chain);
    }
    // "Ahsan Iqbal the Federal Minister for Planning, attended …": an appositive with its opening comma left out, a
    // capitalised office after the article, closed by a comma.
    if (sep && this.c.grammar.modifiersBeforeHead && !sep.cap && this.c.titleArticles.has(sep.key) && spans.length === 0) {
      const chain = this.titleChain(toks, k + 1, limit, false, true) ?? this.modifiedTitleChain(toks, k + 1, limit);
      if (chain && !chain.lower && toks[chain.end]?.text === ',' && !this.opensNextName(toks, chain.spans, chain.end, limit)) return found(chain);
    }
    return found(null);
  }

  /**
   * An appositive title opened by capitalised modifiers before its head and carrying its organisation ("X, Clinical
   * Adviser for the campaign,"), where modifiers precede the head; null when the words read as a name, no head follows
   * them, or the head has no organisation after it.
   */
  private modifiedTitleChain(toks: Token[], start: number, limit: number): ReturnType<NameReader['titleChain']> {
    if (!this.c.grammar.modifiersBeforeHead) return null;
    // "X, the White House Chief of Staff": the article stays out of the title.
    if (this.c.titleArticles.has(toks[start]?.key ?? '') && !toks[start]?.cap) start++;
    // "X, United States Trade Representative": a place's name before the office is no person's.
    const nameEnd = this.nameAt(toks, start, limit);
    const named = nameEnd > 0 && !this.isPlace(toks, start, nameEnd);
    let acronym = false;
    // "Gleeson Homes Group Land Director": a company's name (bodyNameEnds) before the head; the post is at that company.
    let bodyEnd = -1;
    for (let m = start; m < start + BODY_MODIFIERS_MAX && m < limit && toks[m]?.cap && toks[m]?.kind === 'word'; m++) {
      if (this.g.bodyNameEnds.has(toks[m]!.key)) bodyEnd = m;
    }
    const body = bodyEnd > start;
    for (let m = start; m < start + (body ? BODY_MODIFIERS_MAX : APPOSITIVE_MODIFIERS_MAX) && m < limit; m++) {
      const t = toks[m];
      if (!t || t.kind !== 'word' || !t.cap || (m > start && !t.spaced) || this.g.openers.has(t.key)) return null;
      if (t.text.length > 1 && t.text === t.text.toUpperCase() && !/\d/.test(t.text)) acronym = true;
      const chain = this.titleChain(toks, m + 1, limit, false, true);
      // Only an office at an organisation ("Clinical Adviser for the campaign"), an office of its own ("Sussex PCC")
      // or a post at a body written as an acronym ("NHS Doctor"); "Theater Director" is an occupation.
      const headEnd = matchPhrase(this.c.titleHeads, toks, m + 1, limit);
      if (!chain || chain.spans[0]?.[0] !== m + 1 || headEnd < 0) continue;
      const office = matchPhrase(this.g.officeHeads, toks, m + 1, limit) === headEnd;
      // "Greater Manchester PCC": before an office the capitalised words are its area, unless the office follows names ("Jane Roe MP").
      if (named && !body && !(office && matchPhrase(this.g.postNominals, toks, m + 1, limit) < 0)) return null;
      if ((chain.spans[0]?.[1] ?? 0) > headEnd || office || acronym || (body && m >= bodyEnd)) {
        return { ...chain, spans: chain.spans.map(([a, b], x) => [x === 0 ? start : a, b] as [number, number]) };
      }
    }
    return null;
  }

  /** Whether a bare title head (no organisation after it) is followed by a personal name at `k`. */
  private opensNextName(toks: Token[], spans: [number, number][], k: number, limit: number): boolean {
    const only = spans.length === 1 ? spans[0] : undefined;
    if (!only) return false;
    const at = this.readHonorifics(toks, k, limit, []);
    if (!this.c.grammar.modifiersBeforeHead) {
      // "Đối với Thiếu tướng X, Đại tướng Y cho biết": where the organisation follows the head, a title that runs
      // straight into a personal name is that name's; after an organisation ("Bí thư Huyện ủy Lạc Sơn") the
      // capitalised words name its place.
      const n = this.nameAt(toks, at, limit);
      return n > 0 && !this.isPlace(toks, at, n) && !phraseEndsAt(this.c.orgHeads, toks, only[1], ORG_HEAD_BACK);
    }
    // "X, Solicitor of Labor Jane Roe, and …": an office with its organisation, then a name, is that name's too.
    const bare = matchPhrase(this.c.titleHeads, toks, only[0], limit) === only[1];
    if (!bare && !(toks[only[1] - 1]?.cap && toks[only[0]]?.cap)) return false;
    const n = this.nameAt(toks, at, limit);
    // "Chair of the … Research Advisory Board and …": a run an organisation word ends is the body's.
    return n > 0 && (bare || !phraseEndsAt(this.c.orgHeads, toks, n, ORG_HEAD_BACK));
  }

  /**
   * Whether the words from the sentence's start to a lowercase head at i are its modifiers ("Crime prevention minister
   * X said", "Home office crime prevention minister X"): a capitalised first word, then a few lowercase nouns.
   */
  openingModifiers(toks: Token[], i: number): boolean {
    const first = toks[0];
    if (i < 2 || !first || first.kind !== 'word' || !first.cap || this.g.openers.has(first.key) || this.c.notNameWords.has(first.key)) return false;
    let lower = 0;
    for (let m = 1; m < i; m++) {
      const t = toks[m];
      if (!t || t.kind !== 'word' || !t.spaced || this.c.titleTailWords.has(t.key) || matchPhrase(this.c.titleTerminators, toks, m, i) > 0) return false;
      if (!t.cap && ++lower > MAX_APPOSITIVE_LEAD) return false;
    }
    return lower > 0;
  }

  /** Skips honorifics before a name; those that are not mere courtesy ("Dr.", "the Hon.", "Datuk") are titles. */
  readHonorifics(toks: Token[], k: number, limit: number, titles: [number, number][]): number {
    for (;;) {
      const h = matchPhrase(this.c.honorifics, toks, k, limit);
      if (h < 0) return k;
      if (matchPhrase(this.g.courtesy, toks, k, limit) !== h) titles.push([k, h]);
      k = h;
    }
  }

  private isLink(t: Token | undefined): boolean {
    return !!t && t.kind === 'word' && !t.cap && this.c.titleTailWords.has(t.key) && !this.g.conjunctions.has(t.key);
  }

  /**
   * Start of the capitalised modifiers right before a title head ("Green Party leader",
   * "U.S. Treasury Secretary"), or i when there are none or the language puts them after the head.
   */
  modifiersBefore(toks: Token[], i: number, floor: number, lowerHead: boolean): number {
    if (!this.c.grammar.modifiersBeforeHead) return i;
    let j = i;
    let start = i;
    while (j > floor && i - j < MAX_MODIFIER_TOKENS) {
      const t = toks[j - 1];
      const after = toks[j];
      if (!t || !after) break;
      if (t.kind === 'word' && t.cap && !this.g.openers.has(t.key) && (after.spaced || after.kind === 'punct')) {
        j--;
        start = j;
        continue;
      }
      const before = toks[j - 2];
      const capBefore = !!before && before.kind === 'word' && before.cap;
      // "Party for Progress", "Party of Canada": lowercase links between capitalised words (never "and").
      // Only before a lowercase head: "Remarks of Vice President X" is no title.
      if (lowerHead && this.isLink(t)) {
        let b = j - 1;
        while (b - 1 > floor && this.isLink(toks[b - 1])) b--;
        const cap = toks[b - 1];
        if (b - 1 < floor || !cap || cap.kind !== 'word' || !cap.cap || this.g.openers.has(cap.key)) break;
        j = b;
        continue;
      }
      // "U.S.", "Japan-U.S.": unspaced dots and hyphens inside an abbreviation.
      if ((t.text === '.' || t.text === '-') && !t.spaced && !after.spaced && capBefore) {
        j--;
        continue;
      }
      if (t.text === '.' && !t.spaced && capBefore && before.text.length === 1) {
        j--;
        continue;
      }
      // "Equal Employment Opportunity Commission (EEOC) Vice Chair": the body's abbreviation in brackets.
      if (t.text === ')' && isAbbreviation(toks[j - 2]) && toks[j - 3]?.text === '(' && toks[j - 4]?.cap && j - 4 >= floor) {
        j -= 3;
        continue;
      }
      // "Victims’ Commissioner": a plural possessive names whom the office serves.
      if (APOSTROPHES.has(t.text) && !t.spaced && after.spaced && capBefore && j === i && hasSuffix(before.key, this.c.grammar.pluralEndings)) {
        j--;
        continue;
      }
      // "the Policing and Fire Minister": an article, one capitalised word, "and", capitalised words; never a list of
      // names ("Yoon, Kim and …") nor a surname opening the sentence ("Trump and Chinese leader Xi").
      const pairStart = toks[j - 3];
      const pairOpens = !!pairStart && j - 3 >= 0 && (this.c.titleArticles.has(pairStart.key) || this.c.titleStatus.has(pairStart.key));
      if (this.g.conjunctions.has(t.key) && !t.cap && capBefore && after.cap && start === j && j - 2 >= floor && pairOpens) {
        j--;
        continue;
      }
      break;
    }
    // "former Green Party leader": a status word before the modifiers belongs to the title.
    if (start < i && start - 1 >= floor && !toks[start - 1]?.cap && this.c.titleStatus.has(toks[start - 1]?.key ?? '')) start--;
    return start;
  }
}

/** One sentence being scanned for mentions: its tokens and the mentions found so far. */
interface MentionScan {
  sentence: Sentence;
  toks: Token[];
  limit: number;
  reader: NameReader;
  c: CompiledLexicon;
  out: RawMention[];
  /** A plural title before a colon ("the Deputy Ministers: A; B"): every name listed after it holds it. */
  shared: [number, number] | null;
}

function pushFull(scan: MentionScan, start: number, end: number, titles: [number, number][], support: RawMention['support'], rule: RuleId): void {
  const { sentence, shared } = scan;
  const also: RuleId[] = [];
  if (shared && start > shared[1]) {
    // After a leading rank ("Lieutenant General A" in the list), before the person's own offices.
    const rank = titles[0] && matchPhrase(scan.c.ranks, scan.toks, titles[0][0], titles[0][1]) === titles[0][1] ? 1 : 0;
    titles = [...titles.slice(0, rank), shared, ...titles.slice(rank)];
    support = 'official';
    also.push('person.shared-title');
  }
  scan.out.push({
    kind: 'full', sentence, start, end, name: slice(sentence, start, end),
    titles: titles.map(([a, b]) => slice(sentence, a, b)), titleKey: '', support, rule, ...(also.length ? { also } : {}),
  });
}

/** Returns the mentions of people in a sentence: each position is read by the first pass that takes it. */
function collectMentions(sentence: Sentence, reader: NameReader, c: CompiledLexicon): RawMention[] {
  const scan: MentionScan = { sentence, toks: sentence.tokens, limit: sentence.limit, reader, c, out: [], shared: null };
  // "Q Now that …", "Q Has General Allen …": a transcript's questioner mark (questionerLabels) opens no name.
  const toks = sentence.tokens;
  let i = c.directives.questionerLabels.has(toks[0]?.text ?? '') && toks[1]?.kind === 'word' && toks[1].spaced ? 1 : 0;
  while (i < scan.limit && scan.toks[i]) i = mentionAfterCue(scan, i) ?? mentionAfterTitle(scan, i) ?? mentionOfName(scan, i) ?? i + 1;
  return scan.out;
}

/** A name after a cue word ("đồng chí X", "ông X", "Mr. X", "Đại tá X"); returns where reading resumes, or null. */
function mentionAfterCue(scan: MentionScan, i: number): number | null {
  const { sentence, toks, limit, reader, c, out } = scan;
  let cueEnd = matchPhrase(c.nameCues, toks, i, limit);
  let support: RawMention['support'] = 'cue';
  const rankEnd = cueEnd < 0 ? matchPhrase(c.ranks, toks, i, limit) : -1;
  if (cueEnd < 0 && rankEnd > 0 && toks[i]?.cap) cueEnd = rankEnd;
  if (cueEnd < 0) {
    cueEnd = matchPhrase(c.citizenCues, toks, i, limit);
    support = 'citizen';
  }
  if (cueEnd > 0) {
    // A cue that is itself an honorific ("Dr.", "Professor", "Datuk") is a title; "Mr." is not.
    const before: [number, number][] = rankEnd > 0 && cueEnd === rankEnd ? [[i, rankEnd]] : [];
    const honour = matchPhrase(c.honorifics, toks, i, limit) === cueEnd || matchPhrase(reader.g.peerageCues, toks, i, limit) === cueEnd;
    if (support === 'cue' && honour && matchPhrase(reader.g.courtesy, toks, i, limit) !== cueEnd) {
      before.push([i, cueEnd]);
    }
    const k = reader.readHonorifics(toks, cueEnd, limit, before);
    const n = reader.nameAt(toks, k, limit);
    if (n > 0 && !reader.isPlace(toks, k, n)) {
      const after = reader.titlesAfterName(toks, n, limit);
      const titles: [number, number][] = [...before, ...after.spans];
      pushFull(scan, k, n, titles, titles.length ? 'official' : support, 'person.cue-name');
      return Math.max(after.end, n);
    }
    // "Lord Hill", "Baroness Smith of Basildon": a peer goes by one name; the peerage is a seat in the House of Lords,
    // an office (weakTitles leaves it out), so the peer is an official titled with it.
    const peer = support === 'cue' && k === cueEnd ? reader.peerNameAt(toks, i, limit) : -1;
    if (peer > 0) {
      const after = reader.titlesAfterName(toks, peer, limit);
      pushFull(scan, cueEnd, peer, [[i, cueEnd], ...after.spans], 'official', 'person.cue-name');
      return Math.max(after.end, peer);
    }
    const given = toks[k];
    const titleNext = matchPhrase(c.titleHeads, toks, k, limit) > 0;
    if (support === 'cue' && !titleNext && isNameWord(given) && !isNameWord(toks[k + 1])) {
      out.push({ kind: 'given', sentence, start: k, end: k + 1, name: given.text, titles: [], titleKey: '', support, rule: 'person.cue-given' });
      return k + 1;
    }
  }
  return null;
}

/** A title chain and the name after it, or a title alone ("Thủ tướng X", "Secretary of State X"); where reading resumes, or null. */
function mentionAfterTitle(scan: MentionScan, i: number): number | null {
  const { sentence, toks, limit, reader, c, out } = scan;
  // A head inside a capitalised organisation name ("Ban Bí thư") is not a title.
  // A sentence-opening word before the head ("Theo Bộ trưởng …") names nothing.
  const opened = i === 1 && c.titles.openers.has(toks[0]?.key ?? '');
  const insideName = c.lex.titleNeedsCapital && i > 0 && toks[i - 1]?.cap && toks[i]?.spaced && !opened;
  const chain = insideName ? null : reader.titleChain(toks, i, limit, true);
  if (chain) {
    // "King Charles III", "Pope Leo XIV": the title reads on over a given name and its regnal number, which are the name.
    const last = chain.spans[chain.spans.length - 1];
    const numberEnd = REGNAL_RE.test(toks[chain.end - 1]?.text ?? '') ? chain.end : REGNAL_RE.test(toks[chain.end]?.text ?? '') ? chain.end + 1 : -1;
    const given = toks[numberEnd - 2];
    if (last && numberEnd > 0 && last[1] === chain.end && numberEnd - 2 > last[0] && isNameWord(given) && !c.notNameWords.has(given.key)) {
      last[1] = numberEnd - 2;
      pushFull(scan, numberEnd - 2, numberEnd, chain.spans, 'official', 'person.regnal-name');
      return numberEnd;
    }
    let k = chain.end;
    if (toks[k]?.text === ',') k++;
    const honors: [number, number][] = [];
    k = reader.readHonorifics(toks, k, limit, honors);
    // "The Attorney General, Lord Hill,": a peer's one name with the peerage is the whole name.
    const peer = reader.peerNameAt(toks, k, limit);
    const cueAfter = matchPhrase(c.nameCues, toks, k, limit);
    if (peer < 0 && cueAfter > 0) {
      // "Minister Baroness Jane Roe": the peerage before a full name is one more title.
      if (matchPhrase(reader.g.peerageCues, toks, k, limit) === cueAfter) honors.push([k, cueAfter]);
      k = cueAfter;
    }
    let commaForm = toks[chain.end]?.text === ',';
    // "The Minister for Health, Senator Jane Roe, said": a style before the name after the office's comma is the
    // name's second title, when the appositive closes after the name.
    const style = commaForm && peer < 0 ? matchPhrase(reader.g.styleTitles, toks, k, limit) : -1;
    if (style > 0) {
      const named = reader.nameAt(toks, style, limit);
      const close = toks[named];
      if (named > 0 && (named >= limit || close?.text === ',' || close?.text === ')')) {
        honors.push([k, style]);
        k = style;
      }
    }
    let n = peer > 0 ? peer : reader.nameAt(toks, k, limit);
    // "Chief Minister Sindh, Murad Ali Shah": one capitalised word after the office, then a comma and a full name:
    // the word names the office's province, and the name after the comma holds it.
    const placeWord = toks[chain.end];
    const placed = n < 0 && !chain.lower && k === chain.end && isNameWord(placeWord) && !c.notNameWords.has(placeWord.key) && toks[k + 1]?.text === ',' ? reader.nameAt(toks, k + 2, limit) : -1;
    if (placed > 0) {
      chain.spans[chain.spans.length - 1]![1] = k + 1;
      k += 2;
      n = placed;
      commaForm = true;
    }
    // "Japan Innovation Party leader X", "Indiana Gov. X": capitalised modifiers belong to the title.
    const first = chain.spans[0];
    const floor = out.length ? (out[out.length - 1]?.end ?? 0) : 0;
    let mods = first && first[0] === i ? reader.modifiersBefore(toks, i, floor, chain.lower) : i;
    // "Crime prevention minister Jane Roe said": lowercase modifiers from the sentence's start, when the name speaks.
    if (first && first[0] === i && chain.lower && floor === 0 && mods === i && n > 0 && matchPhrase(c.speechVerbs, toks, n, limit) > 0 && reader.openingModifiers(toks, i)) mods = 0;
    const spans: [number, number][] = chain.spans.map(([a, b], x) => [x === 0 && mods < i ? mods : a, b]);
    // "Thay mặt Chính phủ, Thủ tướng Chính phủ, Phó Thủ tướng X": after a behalf cue and a list of bodies, only the
    // office right before the name is held.
    if (spans.length > 1 && reader.spokenFor(toks, i)) spans.splice(0, spans.length - 1);
    const possessor = !!first && [1, 2, 3].some((w) => APOSTROPHES.has(toks[first[0] + w]?.text ?? ''));
    // A lowercase title needs a name right after it, a comma, a possessor or modifiers: "minister Jane Roe",
    // "the agency's director, John Doe,", "Sars commissioner X".
    const direct = !commaForm && mods === i && !possessor && k === chain.end && n - k >= 2;
    if (n > 0 && !reader.isPlace(toks, k, n) && (!chain.lower || commaForm || mods < i || possessor || direct)) {
      const after = reader.titlesAfterName(toks, n, limit);
      // "a major Hollywood Studio deal": a bare lowercase head before a name needs the person confirmed elsewhere;
      // a speech verb on either side ("says president X", "X said") confirms a speaker.
      const spoken = matchPhrase(c.speechVerbs, toks, n, limit) > 0 || isSpeechVerbEnding(toks, mods, c);
      // A compound office ("chief constable X", "prime minister X") is no common word before a name.
      const headEnd = first ? matchPhrase(c.titleHeads, toks, first[0], limit) : -1;
      const compound = !!first && headEnd - first[0] >= 2 && toks.slice(first[0] + 1, headEnd).some((t) => t.spaced && t.kind === 'word');
      const confirmed = !chain.lower || !direct || spoken || compound || after.spans.length > 0;
      // "Sau yêu cầu của Phó Bí thư Thành ủy, ông X, Trưởng phòng …": a name introduced by its own cue after the comma,
      // with offices of its own after it, is another person; the office before the comma stands for someone else.
      if (commaForm && cueAfter > 0 && after.spans.length > 0 && first && !chain.lower) {
        out.push({
          kind: 'title', sentence, start: first[0], end: first[1], name: '', titles: [slice(sentence, first[0], first[1])],
          titleKey: toMatchKey(slice(sentence, first[0], first[1])), support: 'official', rule: 'person.title-alone',
        });
        pushFull(scan, k, n, [...honors, ...after.spans], 'official', 'person.cue-name');
        return resumeAfterTitles(toks, n, after.end, c);
      }
      pushFull(scan, k, n, [...spans, ...honors, ...after.spans], confirmed ? 'official' : 'lower', 'person.title-name');
      return resumeAfterTitles(toks, n, after.end, c);
    }
    // "the Minister for Immigration, Mr Ruddock, said", "the Home Secretary, Mrs May, and …": a courtesy after the
    // office's comma, then a surname alone that the appositive closes on, is the office holder by surname.
    const surname = toks[k];
    const closer = toks[k + 1];
    if (!chain.lower && commaForm && k > chain.end + 1 && n < 0 && isNameWord(surname) && (!c.notNameWords.has(surname.key) || reader.g.surnameHomographs.has(surname.key))
      && (!closer || k + 1 >= limit || closer.text === ',' || reader.g.conjunctions.has(closer.key) || matchPhrase(c.speechVerbs, toks, k + 1, limit) > 0)) {
      out.push({
        kind: 'given', sentence, start: k, end: k + 1, name: surname.text,
        titles: [...chain.spans, ...honors].map(([a, b]) => slice(sentence, a, b)), titleKey: '', support: 'official', rule: 'person.title-surname',
      });
      return k + 1;
    }
    if (!chain.lower) {
      const given = toks[chain.end];
      // "Her Majesty's Chief Inspector": a title word after the title is more title, never a surname.
      const titleWord = matchPhrase(c.titleHeads, toks, chain.end, limit) > 0;
      // "Remarks by President Biden Before Virtual FEMA Briefing": a Title Case headline's linking word after it ends the name.
      const after = toks[chain.end + 1];
      if (isNameWord(given) && !commaForm && !titleWord && (!isNameWord(after) || reader.isLinkingWord(after)) && !c.notNameWords.has(given.key)) {
        // "President Obama": a surname after a title; a person of its own if no full name matches.
        // "The Vice President and Prime Minister Holness welcomed …": before a bare surname, titles joined by a
        // conjunction are two people; the surname holds the last.
        const last = spans[spans.length - 1]!;
        const joined = spans.length > 1 && reader.g.conjunctions.has(toks[last[0] - 1]?.key ?? '');
        out.push({
          kind: 'given', sentence, start: chain.end, end: chain.end + 1, name: given.text,
          titles: (joined ? [last] : spans).map(([a, b]) => slice(sentence, a, b)), titleKey: '', support: 'official', rule: 'person.title-surname',
        });
      }
      const plural = endsWithPlural(toks, i, c);
      if (first && plural && toks[chain.end]?.text === ':') scan.shared = [first[0], chain.spans[chain.spans.length - 1]![1]];
      if (first && !plural) {
        const [a, b] = first;
        out.push({
          kind: 'title', sentence, start: a, end: b, name: '', titles: [slice(sentence, a, b)],
          titleKey: toMatchKey(slice(sentence, a, b)), support: 'official', rule: 'person.title-alone',
        });
      }
      return Math.max(chain.end, i + 1);
    }
  }
  return null;
}

/** A bare name followed by its titles ("Các đồng chí: X - Title; Y - Title"), or a name in reported speech; where reading resumes, or null. */
function mentionOfName(scan: MentionScan, i: number): number | null {
  const { toks, limit, reader, c } = scan;
  const n = reader.nameAt(toks, i, limit);
  // A capitalised word before the run joins it ("Civil Aviation"), unless it is a sentence-opening word ("As X, the MP, said").
  const opener = i === 1 && c.titles.openers.has(toks[0]?.key ?? '');
  if (n > 0 && !reader.isPlace(toks, i, n) && !(i > 0 && isNameWord(toks[i - 1]) && toks[i]?.spaced && !opener)) {
    const after = reader.titlesAfterName(toks, n, limit);
    if (after.spans.length) {
      pushFull(scan, i, n, after.spans, 'official', 'person.name-titles');
      return resumeAfterTitles(toks, n, after.end, c);
    }
    const saidAfter = matchPhrase(c.speechVerbs, toks, n, limit) > 0;
    const saidBefore = i > 0 && toks[i - 1]?.kind === 'word' && !toks[i - 1]?.cap && isSpeechVerbEnding(toks, i, c);
    pushFull(scan, i, n, [], saidAfter || saidBefore ? 'speech' : 'bare', saidAfter || saidBefore ? 'person.name-speech' : 'person.bare-name');
    return n;
  }
  return null;
}

/**
 * Where to read on after a name's appositive titles: past them, except that "aide to Vice President
 * Pence" names a second person inside the title (languages whose modifiers precede the head).
 */
function resumeAfterTitles(toks: Token[], n: number, end: number, c: CompiledLexicon): number {
  if (!c.grammar.modifiersBeforeHead) return Math.max(n, end);
  for (let q = n + 1; q < end; q++) {
    if (toks[q - 1]?.key === c.grammar.titleRecipientLink && matchPhrase(c.titleHeads, toks, q, end) > 0) return q;
  }
  return Math.max(n, end);
}

/** Whether a lowercase word follows the token at i, and neither a number nor a lowercase word ("in", "since") precedes it: a subject and its verb. */
function isVerbAfter(toks: Token[], i: number, limit: number): boolean {
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (prev && (prev.kind === 'num' || (prev.kind === 'word' && !prev.cap))) return false;
  return i + 1 < limit && !!next && next.kind === 'word' && !next.cap;
}

function isSpeechVerbEnding(toks: Token[], end: number, c: CompiledLexicon): boolean {
  return phraseEndsAt(c.speechVerbs, toks, end, 3);
}

function endsWithPlural(toks: Token[], end: number, c: CompiledLexicon): boolean {
  if (phraseEndsAt(c.pluralMarkers, toks, end, 3)) return true;
  // "các đồng chí Ủy viên …": a cue between the plural marker and the title.
  const cue = Math.max(0, end - 2);
  return matchPhrase(c.nameCues, toks, cue, end) === end && phraseEndsAt(c.pluralMarkers, toks, cue, 2);
}

/** How often each capitalised word (ASCII key) occurs in the article's body sentences. */
function countCapitalisedWords(doc: PreparedArticle, reader: NameReader): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    if (s.heading) continue;
    for (const t of s.tokens) {
      if (t.kind !== 'word' || !t.cap) continue;
      const key = reader.asciiKey(t.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** A full name as first word, last word and whether the words between are only initials ("Joseph R. Biden"). */
function nameForm(name: string, c: CompiledLexicon): { first: string; last: string; middle: string; initialsOnly: boolean } | null {
  const words = toAsciiKey(name).replace(/\./g, '').split(/\s+/);
  while (words.length > 2 && c.nameSuffixes.has(words[words.length - 1]!)) words.pop();
  if (words.length < 2) return null;
  const first = words[0]!;
  const middle = words.slice(1, -1);
  return { first: c.givenNameForms.get(first) ?? first, last: words[words.length - 1]!, middle: middle.join(' '), initialsOnly: middle.every((w) => w.length === 1) };
}

/**
 * "Joe Biden … President Joseph R. Biden": a full name written again with the full form of its given
 * name (lexicon.givenNameForms) or with initials added is the same person, named as first written;
 * two names whose initials differ stay two people.
 */
function unifyNameForms(raw: RawMention[], c: CompiledLexicon): void {
  if (c.givenNameForms.size === 0) return;
  const firstWritten: { name: string; form: NonNullable<ReturnType<typeof nameForm>> }[] = [];
  for (const m of raw) {
    if (m.kind !== 'full') continue;
    const form = nameForm(m.name, c);
    if (!form || !form.initialsOnly) continue;
    // "George W. Bush" and "George H. W. Bush" are two people: initials written on both must agree.
    const same = firstWritten.find((e) => e.form.first === form.first && e.form.last === form.last && (!e.form.middle || !form.middle || e.form.middle === form.middle));
    if (!same) firstWritten.push({ name: m.name, form });
    else if (same.name !== m.name) {
      m.name = same.name;
      (m.also ??= []).push('person.name-form');
    }
  }
}

/** Whether most words of a line of four or more words are capitalised ("President Biden Announces Fourth Operation …"). */
function isTitleCase(h: Sentence): boolean {
  const words = h.tokens.slice(0, h.limit).filter((t) => t.kind === 'word' && t.text.length > TITLE_CASE_SHORT);
  return words.length >= TITLE_CASE_MIN_WORDS && words.filter((t) => t.cap).length >= words.length * TITLE_CASE_SHARE;
}

const TITLE_CASE_SHORT = 3;
const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_SHARE = 0.8;

/** Whether a headline names what is delivered ("Statement from …", "Remarks by …", "X's speech"): lexicon.speakerNouns. */
export function namesDelivery(h: Sentence, x: DirectiveLookups): boolean {
  for (let k = 0; k < h.limit; k++) if (matchPhrase(x.speakerNouns, h.tokens, k, h.limit) > 0) return true;
  return false;
}

/** The last word of a name as an ASCII key ("Jeff Liebman" → "liebman"): how a surname is matched. */
export function lastWordKey(name: string): string {
  const words = toAsciiKey(name).split(/\s+/);
  return words[words.length - 1] ?? '';
}

function firstWordKey(name: string): string {
  return toAsciiKey(name).split(/\s+/)[0] ?? '';
}

function titlesMatch(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || widensTitle(a, b) || widensTitle(b, a);
}

/** Words two titles must open with before one may widen the other ("phó tham mưu trưởng …"). */
const WIDENED_TITLE_SHARED_WORDS = 2;

/**
 * Whether `long` is `short` with words added inside its organisation ("Phó tham mưu trưởng Quân chủng Hải quân" for
 * "Phó tham mưu trưởng Hải quân"): both open with the same words and every word of `short` comes in order in `long`.
 */
function widensTitle(long: string, short: string): boolean {
  const l = long.split(' ');
  const w = short.split(' ');
  if (w.length <= WIDENED_TITLE_SHARED_WORDS || l.length <= w.length) return false;
  for (let i = 0; i < WIDENED_TITLE_SHARED_WORDS; i++) if (l[i] !== w[i]) return false;
  let k = 0;
  for (const word of l) if (word === w[k]) k++;
  return k === w.length;
}

/** Returns officials (with titles), other named people and resolved mentions; skips credits, headings and historical figures. */
export function findPeople(doc: PreparedArticle, c: CompiledLexicon, byline: string | null, trace?: Trace): PeopleResult {
  const reader = new NameReader(c);
  const raw: RawMention[] = [];
  // "Readout by Press Secretary X", "Remarks by President X": the headline names its speaker with a title and a full name.
  reader.titleCase = !!doc.headline && isTitleCase(doc.headline);
  const headlineMentions = doc.headline ? collectMentions(doc.headline, reader, c) : [];
  reader.titleCase = false;
  // A name that a capitalised linking word of a Title Case headline closes ("… Jay Carney Aboard …") may be a verb and its
  // object ("Prime Minister Dodges Criticism During …"): it needs its last word again in the body.
  const linkingStop = (m: RawMention): boolean => {
    const stop = m.sentence.tokens[m.end];
    return !!stop && !!stop.cap && reader.isLinkingWord(stop);
  };
  const inBody = (key: string): boolean => doc.sentences.some((s) => s.tokens.some((t) => t.key === key));
  // "Statement from Vice President Harris on …": a headline that names what is delivered gives its speaker by title and surname.
  const delivers = !!doc.headline && namesDelivery(doc.headline, c.directives);
  // "Remarks by President Biden Before Virtual FEMA Briefing": in a headline that names a delivery, or whose office the body
  // names alone, the speaker's title and surname before a linking word are no verb and object.
  // "President Biden to Sign … Act Monday" over "the President will host …": the body's bare office confirms the headline's holder.
  const officeInBody = (m: RawMention): boolean => m.titles.length > 0 && doc.sentences.some((s) => !s.heading && s.text.includes(m.titles[0]!));
  raw.push(...headlineMentions.filter((m) => {
    if (m.support !== 'official') return false;
    const surname = m.rule === 'person.title-surname' && (delivers || officeInBody(m));
    return (m.rule === 'person.title-name' || surname) && (!linkingStop(m) || surname || inBody(m.sentence.tokens[m.end - 1]?.key ?? ''));
  }));
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    raw.push(...collectMentions(s, reader, c));
  }
  const leadSurname = leadSpeakerMention(doc, headlineMentions, raw, reader, c);
  if (leadSurname) raw.push(leadSurname);
  const signature = signatureMention(doc, headlineMentions, reader, c) ?? signatureBlockMention(doc, reader);
  if (signature) raw.push(signature);
  // A joint declaration closes with one signature line per signer ("The Rt. Hon. X MP Prime Minister of Canada").
  for (const line of doc.sentences.slice(-SIGNATURE_LINES, -1)) {
    const signed = signatureLine(line, reader);
    if (signed && signed.sentence !== signature?.sentence) raw.push(signed);
  }
  unifyNameForms(raw, c);
  const bylineKey = byline ? toAsciiKey(byline) : '';
  const persons = new Map<string, PersonRecord>();
  const resolved: ResolvedMention[] = [];
  let order = 0;
  let groupParas: Map<number, number> | null = null;
  const order0 = (m: RawMention): number => m.sentence.id * 1000 + m.start;
  // "President Obama" with no "Barack Obama" anywhere: the surname after a title is the person's name.
  const fullLast = new Set(raw.filter((m) => m.kind === 'full').map((m) => lastWordKey(m.name)));
  // "President Park" after "Park Min Soo": where the family name comes first, the first word names the person.
  const fullFirst = new Set(raw.filter((m) => m.kind === 'full' && /\s/.test(m.name)).map((m) => firstWordKey(m.name)));
  if (c.grammar.modifiersBeforeHead) for (const f of fullFirst) fullLast.add(f);
  const promoted = new Set(raw.filter((m) => m.kind === 'given' && m.titles.length > 0 && !fullLast.has(toAsciiKey(m.name))));
  for (const m of raw) {
    if (m.kind !== 'full' && !promoted.has(m)) continue;
    const key = toAsciiKey(m.name);
    if (c.historicalNames.has(key) || (bylineKey && bylineKey.includes(key))) {
      trace?.drops.push({ rule: c.historicalNames.has(key) ? 'person.drop.historical' : 'person.drop.byline', text: m.name, evidence: m.sentence.text, paragraph: m.sentence.para });
      continue;
    }
    let p = persons.get(key);
    if (!p) {
      p = {
        key, name: m.name, titles: [], titleKeys: new Set(), strong: 0, grouped: false, mentions: 0, evidence: m.sentence, titledEvidence: null,
        support: new Set(), firstOrder: order0(m), lastOrder: order0(m), rules: new Set(),
      };
      persons.set(key, p);
    }
    p.mentions++;
    p.support.add(m.support);
    const groupAt = m.support === 'bare' && !p.grouped && isActing(m, c) ? (groupParas ??= paragraphsAboutOffices(doc, c)).get(m.sentence.para) : undefined;
    if (groupAt !== undefined && groupAt < order0(m)) {
      p.grouped = true;
      p.evidence = m.sentence;
    }
    p.lastOrder = order0(m);
    for (const t of m.titles) addTitle(p, t, reader.g.weak, reader.modifiedHeads);
    if (m.titles.length && !p.titledEvidence) p.titledEvidence = m.sentence;
    order++;
  }
  // A bare capitalised run is a person only when the article also introduces it with a cue or title.
  // Counted only when a person needs them: most articles have none introduced by a lowercase title.
  let counts: Map<string, number> | null = null;
  // "Joe Biden … Vice President Biden": a title with the surname later introduces the one person of that surname.
  const surnameCount = new Map<string, number>();
  for (const p of persons.values()) surnameCount.set(lastWordKey(p.name), (surnameCount.get(lastWordKey(p.name)) ?? 0) + 1);
  const titledLater = new Set(raw.filter((m) => m.kind === 'given' && m.titles.length > 0 && !promoted.has(m)).map((m) => toAsciiKey(m.name)));
  for (const [key, p] of persons) {
    const introduced = titledLater.has(lastWordKey(p.name)) && surnameCount.get(lastWordKey(p.name)) === 1;
    const drop = (rule: RuleId): void => {
      persons.delete(key);
      trace?.drops.push({ rule, text: p.name, evidence: p.evidence.text, paragraph: p.evidence.para });
    };
    if (p.support.size === 1 && p.support.has('bare') && !introduced) {
      if (!p.grouped) drop('person.drop.bare-only');
    }
    // "minister Jane Roe" stands if "Roe" (or "Jane") comes back elsewhere in the article (thewest-1 in fixture-examples.test.ts).
    const lower = [...p.support].every((s) => s === 'lower' || s === 'bare');
    if (p.support.has('lower') && lower) {
      const seen = (counts ??= countCapitalisedWords(doc, reader));
      if (persons.has(key) && !toAsciiKey(p.name).split(/\s+/).some((w) => (seen.get(w) ?? 0) > p.mentions)) drop('person.drop.lower-unconfirmed');
    }
  }
  const recency = new Map<string, number>();
  const all = [...persons.values()];
  const isOfficial = (p: PersonRecord): boolean => p.strong > 0 || (p.grouped && p.support.size === 1);
  for (const m of raw) {
    const pos = order0(m);
    let target: PersonRecord | undefined;
    if (m.kind === 'full' || promoted.has(m)) target = persons.get(toAsciiKey(m.name));
    else if (m.kind === 'given') {
      const g = toAsciiKey(m.name);
      const keys = m.titles.map(toMatchKey);
      const holds = (p: PersonRecord): boolean => keys.some((k) => [...p.titleKeys].some((pk) => titlesMatch(pk, k)));
      const earlier = all.filter((p) => lastWordKey(p.name) === g && p.firstOrder <= pos);
      // "President Biden" after "First Lady Jill Biden" and "Biden": the one holding the office named.
      target = pickRecent(keys.length && earlier.some(holds) ? earlier.filter(holds) : earlier, recency);
      // "President Obama … Barack Obama": the one person of that surname, named in full later.
      // Not one holding another office ("President Biden … First Lady Jill Biden").
      if (!target && keys.length && surnameCount.get(g) === 1) target = all.find((p) => lastWordKey(p.name) === g && /\s/.test(p.name) && (p.titleKeys.size === 0 || holds(p)));
      if (!target && c.grammar.modifiersBeforeHead) {
        target = pickRecent(all.filter((p) => /\s/.test(p.name) && firstWordKey(p.name) === g && p.firstOrder <= pos), recency);
      }
      if (target) target.mentions++;
      // "Joe Biden … Vice President Biden": a title written with the surname later is the person's title,
      // when no one else on the page has that surname.
      if (target && surnameCount.get(g) === 1) for (const t of m.titles) addTitle(target, t, reader.g.weak, reader.modifiedHeads);
    } else {
      target = pickRecent(
        all.filter((p) => isOfficial(p) && [...p.titleKeys].some((k) => titlesMatch(k, m.titleKey))),
        recency,
      );
      if (target) target.mentions++;
    }
    if (!target) continue;
    target.rules.add(m.rule);
    for (const extra of m.also ?? []) target.rules.add(extra);
    recency.set(target.key, pos);
    resolved.push({ sentence: m.sentence.id, start: m.start, end: m.end, name: target.name, official: isOfficial(target) });
  }
  for (const p of all) if (p.grouped && p.strong === 0 && isOfficial(p)) p.rules.add('person.office-group');
  // A later title may have made an earlier mention's person an official.
  for (const r of resolved) if (!r.official) r.official = isOfficial(persons.get(toAsciiKey(r.name)) ?? all[0]!);
  // Surnames alone ("Blinken said") in languages that refer to people by surname without a cue.
  if (c.grammar.refersBySurname) addSurnameMentions(doc, all.filter(isOfficial), resolved, reader, all, c.titleArticles);
  resolved.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const officials: Official[] = [];
  const people: Person[] = [];
  for (const p of all.sort((a, b) => a.firstOrder - b.firstOrder)) {
    const ev = p.titledEvidence ?? p.evidence;
    if (isOfficial(p)) {
      officials.push({ name: p.name, titles: p.titles, mentions: p.mentions, evidence: ev.text, paragraph: ev.para, rules: [...p.rules] });
    } else if (p.support.has('cue') || p.support.has('citizen') || p.support.has('speech') || p.titles.length > 0) {
      people.push({ name: p.name, role: p.titles.length ? p.titles.join(', ') : null, mentions: p.mentions, evidence: ev.text, paragraph: ev.para, rules: [...p.rules] });
    }
  }
  return { officials, people, mentions: resolved };
}

/**
 * "Home Secretary speech to …" over "May addresses audience at …": the one capitalised word opening the article
 * before a speaker verb is the surname of the office holder the headline names alone (a mention by surname with
 * that title), or null.
 */
function leadSpeakerMention(doc: PreparedArticle, headline: RawMention[], raw: RawMention[], reader: NameReader, c: CompiledLexicon): RawMention | null {
  const office = headline.find((m) => m.kind === 'title');
  const first = doc.sentences.find((s) => !s.heading && s.limit > 0);
  if (!office || !first) return null;
  const toks = first.tokens;
  const word = toks[0];
  // "PM's closing remarks" over "Jane Roe closed the summit, …": a full name opening the lead before such a verb is
  // the holder's (person.lead-name).
  const n = reader.nameAt(toks, 0, first.limit);
  if (n > 1 && !reader.isPlace(toks, 0, n) && matchPhrase(reader.g.leadSpeakerVerbs, toks, n, first.limit) > 0) {
    return {
      kind: 'full', sentence: first, start: 0, end: n, name: slice(first, 0, n), titles: office.titles, titleKey: '', support: 'official', rule: 'person.lead-name',
    };
  }
  if (!isNameWord(word) || reader.g.openers.has(word.key) || matchPhrase(c.titleHeads, toks, 0, first.limit) > 0) return null;
  if (c.notNameWords.has(word.key) && !reader.g.surnameHomographs.has(word.key)) return null;
  if (c.placeNames.has(reader.asciiKey(word.text)) || matchPhrase(reader.g.leadSpeakerVerbs, toks, 1, first.limit) < 0) return null;
  if (raw.some((m) => m.sentence === first && m.start === 0)) return null;
  return {
    kind: 'given', sentence: first, start: 0, end: 1, name: word.text, titles: office.titles, titleKey: '', support: 'official', rule: 'person.lead-surname',
  };
}

const SIGNATURE_WORDS = { min: 2, max: 4 };
// "JR.", "SR.": a name's closing suffix has at most this many letters before its dot.
const SUFFIX_MAX_LETTERS = 3;

/**
 * "Sincerely, / JANE ROE" at the end of a letter: a paragraph that is only a name, after a closing (lexicon.valedictions),
 * or a closing and the name in one paragraph ("Sincerely, JANE ROE"), is the writer, holding the office the headline
 * names alone ("Letter from the President to …"); null when there is none.
 */
function signatureMention(doc: PreparedArticle, headline: RawMention[], reader: NameReader, c: CompiledLexicon): RawMention | null {
  const ss = doc.sentences;
  for (let i = ss.length - 1; i > 0 && i >= ss.length - 3; i--) {
    const sig = ss[i]!;
    const prev = ss[i - 1]!;
    const own = matchPhrase(reader.g.valedictions, sig.tokens, 0, sig.tokens.length);
    const start = own > 0 && sig.tokens[own]?.text === ',' ? own + 1 : 0;
    if (start === 0 && i === ss.length - 1) {
      const decree = prev.para !== sig.para ? decreeSignature(doc, sig, reader, c) : null;
      if (decree) return decree;
    }
    if (start === 0) {
      if (prev.para === sig.para) continue;
      const closing = matchPhrase(reader.g.valedictions, prev.tokens, 0, prev.tokens.length);
      if (closing < 0 || prev.tokens.slice(closing).some((t) => t.kind !== 'punct')) continue;
    }
    const end = wordsEnd(sig.tokens);
    const words = sig.tokens.slice(start, end);
    if (words.length < SIGNATURE_WORDS.min || words.length > SIGNATURE_WORDS.max || !words.every((t) => t.kind === 'word' && t.cap)) continue;
    const office = headline.find((m) => m.kind === 'title');
    return {
      kind: 'full', sentence: sig, start, end, name: slice(sig, start, end), titles: office?.titles ?? [], titleKey: '',
      support: office ? 'official' : 'speech', rule: 'person.signature',
    };
  }
  return null;
}

/**
 * "… By the authority vested in me as President … / JOSEPH R. BIDEN JR.": a page with a signer's office frame
 * (lexicon.signerOfficeFrames) that closes on `sig`, a paragraph of its own (the caller checks) holding only a name in
 * capitals (initials and a suffix's dots aside), is signed by the holder of that office; null otherwise.
 */
function decreeSignature(doc: PreparedArticle, sig: Sentence, reader: NameReader, c: CompiledLexicon): RawMention | null {
  const end = wordsEnd(sig.tokens);
  const words = sig.tokens.slice(0, end).filter((t) => t.text !== '.');
  const capitals = words.every((t) => t.kind === 'word' && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase());
  if (!capitals || words.length < SIGNATURE_WORDS.min || words.length > SIGNATURE_WORDS.max + 1) return null;
  for (const s of doc.sentences) {
    for (let k = 0; k < s.limit; k++) {
      const frame = matchPhrase(reader.g.signerOfficeFrames, s.tokens, k, s.limit);
      if (frame < 0) continue;
      const office = matchPhrase(c.titleHeads, s.tokens, frame, s.limit);
      if (office < 0) return null;
      // "JR.": a suffix keeps its abbreviation's dot.
      const named = sig.tokens[end]?.text === '.' && (sig.tokens[end - 1]?.text.length ?? 0) <= SUFFIX_MAX_LETTERS ? end + 1 : end;
      return {
        kind: 'full', sentence: sig, start: 0, end, name: slice(sig, 0, named), titles: [slice(s, frame, office)], titleKey: '',
        support: 'official', rule: 'person.signature',
      };
    }
  }
  return null;
}

/**
 * Whether a byline the extractor split off the page's end is a decree's signature ("JOSEPH R. BIDEN JR." under a text
 * with "vested in me as President"): a name in capitals, and a signer's office frame in the text
 * (lexicon.signerOfficeFrames). The summary then reads it back as the closing paragraph.
 */
export function bylineSignsDecree(byline: string | null, paragraphs: readonly string[], c: CompiledLexicon): boolean {
  const frames = c.lex.signerOfficeFrames ?? [];
  if (!byline || frames.length === 0 || byline !== byline.toUpperCase() || byline === byline.toLowerCase()) return false;
  const keys = frames.map((f) => toMatchKey(f));
  return paragraphs.some((p) => { const k = toMatchKey(p); return keys.some((f) => k.includes(f)); });
}

/** Where the words of a line end, closing punctuation aside. */
function wordsEnd(toks: Token[]): number {
  let end = toks.length;
  while (end > 0 && toks[end - 1]?.kind === 'punct') end--;
  return end;
}

/**
 * "Rt Hon Jane Roe MP / Secretary of State for Transport" closing a foreword or a statement: a line that is only a name
 * (with its honorifics and post-nominals), then a last line that is only an office, is the signer holding that office.
 */
function signatureBlockMention(doc: PreparedArticle, reader: NameReader): RawMention | null {
  const ss = doc.sentences;
  const office = ss[ss.length - 1];
  const sig = ss[ss.length - 2];
  // A page that renders the two lines as one ("<p>Rt Hon X MP<br>Secretary of State …</p>") gives one closing line.
  if (office) {
    const one = signatureLine(office, reader);
    if (one) return one;
  }
  if (!office || !sig || sig.para === office.para) return null;
  const officeEnd = wordsEnd(office.tokens);
  const chain = reader.titleChain(office.tokens, 0, officeEnd, true, true);
  if (!chain || chain.end !== officeEnd) return null;
  const sigEnd = wordsEnd(sig.tokens);
  const signed = signedName(sig, sigEnd, reader);
  if (!signed || signed.end !== sigEnd) return null;
  const titles = [...signed.titles.map(([a, b]) => slice(sig, a, b)), ...chain.spans.map(([a, b]) => slice(office, a, b))];
  return { kind: 'full', sentence: sig, start: signed.start, end: signed.stop, name: slice(sig, signed.start, signed.stop), titles, titleKey: '', support: 'official', rule: 'person.signature-block' };
}

/**
 * A signed name opening a line: honorifics, the name, its post-nominals ("Rt Hon Jane Roe MP"). start and stop bound
 * the name, end is where the post-nominals end, titles are the honorifics' and post-nominals' spans; null when no name.
 */
function signedName(line: Sentence, limit: number, reader: NameReader): { start: number; stop: number; end: number; titles: [number, number][]; honors: number } | null {
  const honors: [number, number][] = [];
  const start = reader.readHonorifics(line.tokens, 0, limit, honors);
  const stop = reader.nameAt(line.tokens, start, limit);
  if (stop <= start) return null;
  const after = reader.titlesAfterName(line.tokens, stop, limit);
  return { start, stop, end: Math.max(after.end, stop), titles: [...honors, ...after.spans], honors: honors.length };
}

// How many closing lines may each sign the page (a joint declaration's signers).
const SIGNATURE_LINES = 4;

/** "Rt Hon Jane Roe MP Secretary of State for Transport" as the article's last line: a name, its post-nominals, then an office to the end. */
function signatureLine(line: Sentence, reader: NameReader): RawMention | null {
  const end = wordsEnd(line.tokens);
  const signed = signedName(line, end, reader);
  // Both honorifics and post-nominals, so that a plain sentence opening with a name is not read as a signature.
  if (!signed || !signed.honors || signed.titles.length === signed.honors || signed.end >= end) return null;
  const chain = reader.titleChain(line.tokens, signed.end, end, true, true);
  if (!chain || chain.end !== end) return null;
  const titles = [...signed.titles, ...chain.spans].map(([a, b]) => slice(line, a, b));
  return { kind: 'full', sentence: line, start: signed.start, end: signed.stop, name: slice(line, signed.start, signed.stop), titles, titleKey: '', support: 'official', rule: 'person.signature-block' };
}

/** Whether a bare name acts in its sentence: a possessor ("Jane Roe’s plan") or a subject before its verb ("Jane Roe has …"). */
function isActing(m: RawMention, c: CompiledLexicon): boolean {
  const toks = m.sentence.tokens;
  const next = toks[m.end];
  if (!next || m.end >= m.sentence.limit) return false;
  if (APOSTROPHES.has(next.text) && toks[m.end + 1]?.key === c.grammar.possessiveClitic) return true;
  // "Skills England, which …", "Jane Roe who …": a relative clause is no verb of the name's.
  if (c.directives.clauseOpeners.has(next.key)) return false;
  return next.kind === 'word' && !next.cap && matchPhrase(c.titleTerminators, toks, m.end, m.sentence.limit) > 0;
}

/**
 * Where each paragraph first names the holders of an office as a group (lexicon.officeGroups: "PCCs have …"), as
 * sentence id × 1000 + token. A capitalised group word is a name ("the Ottawa Senators") unless it is an acronym ("MPs").
 */
function paragraphsAboutOffices(doc: PreparedArticle, c: CompiledLexicon): Map<number, number> {
  const paras = new Map<number, number>();
  const groups = c.titles.officeGroups;
  for (const s of doc.sentences) {
    if (paras.has(s.para) || s.heading) continue;
    for (let i = 0; i < s.limit; i++) {
      const t = s.tokens[i];
      if (!t || t.kind !== 'word' || (t.cap && !isAcronymPlural(t.text))) continue;
      if (matchPhrase(groups, s.tokens, i, s.limit) > 0) {
        paras.set(s.para, s.id * 1000 + i);
        break;
      }
    }
  }
  return paras;
}

/** "PCCs", "MPs": capitals then a lowercase plural ending. */
function isAcronymPlural(text: string): boolean {
  const stem = text.replace(/\p{Ll}+$/u, '');
  return stem.length >= 2 && stem === stem.toUpperCase();
}

/** Adds a title once; "Thủ tướng" and later "Thủ tướng Chính phủ" are one office, kept in the fuller wording. */
function addTitle(p: PersonRecord, t: string, weak: Set<string>, heads: PhraseIndex | null): void {
  const tk = toMatchKey(t);
  if (!t || p.titleKeys.has(tk)) return;
  // "French President" and a later bare "President" are one office, kept in the fuller wording.
  if (heads && [...p.titleKeys].some((k) => isModifiedHead(k, tk, heads))) return;
  const bare = heads ? [...p.titleKeys].find((k) => isModifiedHead(tk, k, heads)) : undefined;
  if (bare) {
    const at = p.titles.findIndex((x) => toMatchKey(x) === bare);
    p.titleKeys.delete(bare);
    p.titleKeys.add(tk);
    if (at >= 0) p.titles[at] = t;
    return;
  }
  const shorter = [...p.titleKeys].find((k) => tk.startsWith(`${k} `));
  if (shorter) {
    const at = p.titles.findIndex((x) => toMatchKey(x) === shorter);
    p.titleKeys.delete(shorter);
    p.titleKeys.add(tk);
    if (at >= 0) p.titles[at] = t;
    return;
  }
  if ([...p.titleKeys].some((k) => titlesMatch(k, tk))) return;
  p.titleKeys.add(tk);
  p.titles.push(t);
  if (!weak.has(tk)) p.strong++;
}

/**
 * Whether `long` is capitalised modifiers plus the bare head `short` ("south korean president" vs
 * "president"); a compound office ending in it ("vice president") is another office.
 */
function isModifiedHead(long: string, short: string, heads: PhraseIndex): boolean {
  if (!long.endsWith(` ${short}`)) return false;
  const toks = tokenize(long);
  const shortToks = tokenize(short);
  if (matchPhrase(heads, shortToks, 0) !== shortToks.length) return false;
  const at = toks.length - shortToks.length;
  for (let m = 0; m < at; m++) if (matchPhrase(heads, toks, m) === toks.length) return false;
  return true;
}

function pickRecent(cands: PersonRecord[], recency: Map<string, number>): PersonRecord | undefined {
  if (cands.length <= 1) return cands[0];
  return [...cands].sort((a, b) => (recency.get(b.key) ?? -1) - (recency.get(a.key) ?? -1))[0];
}

function addSurnameMentions(doc: PreparedArticle, officials: PersonRecord[], resolved: ResolvedMention[], reader: NameReader, everyone: PersonRecord[], articles: Set<string>): void {
  const bySurname = new Map<string, PersonRecord>();
  const ambiguous = new Set<string>();
  for (const p of officials) {
    const s = lastWordKey(p.name);
    if (bySurname.has(s)) ambiguous.add(s);
    bySurname.set(s, p);
  }
  // East Asian names put the family name first ("Yoon Suk Yeol" … "Yoon said"): a first word that is
  // nobody's last word and no other official's first word stands for the person too.
  const lastWords = new Set(everyone.map((p) => lastWordKey(p.name)));
  const byFirst = new Map<string, PersonRecord>();
  for (const p of officials) {
    const words = toAsciiKey(p.name).split(/\s+/);
    const f = words[0] ?? '';
    if (words.length < 2 || lastWords.has(f)) continue;
    if (byFirst.has(f)) ambiguous.add(f);
    byFirst.set(f, p);
  }
  for (const [f, p] of byFirst) if (!bySurname.has(f)) bySurname.set(f, p);
  const taken = new Set(resolved.map((m) => `${m.sentence}:${m.start}`));
  const covered = new Set<string>();
  for (const m of resolved) for (let t = m.start; t < m.end; t++) covered.add(`${m.sentence}:${t}`);
  for (const s of doc.sentences) {
    if (s.heading) continue;
    for (let i = 0; i < s.limit; i++) {
      const t = s.tokens[i];
      if (!isNameWord(t) || covered.has(`${s.id}:${i}`) || taken.has(`${s.id}:${i}`)) continue;
      const key = reader.asciiKey(t.text);
      const p = bySurname.get(key);
      if (!p || ambiguous.has(key)) continue;
      if (isNameWord(s.tokens[i + 1]) && s.tokens[i + 1]?.spaced) continue;
      // "The Bill would …" is a thing, not a person named Bill: a person's name takes no article.
      if (articles.has(s.tokens[i - 1]?.key ?? '')) continue;
      // "in May", "5 May": a surname spelled like a month refers back only as the subject of a verb ("May said").
      if (reader.g.surnameHomographs.has(t.key) && !isVerbAfter(s.tokens, i, s.limit)) continue;
      if (reader.capRun(s.tokens, i, s.limit) > 1) continue;
      p.mentions++;
      p.rules.add('person.surname-mention');
      resolved.push({ sentence: s.id, start: i, end: i + 1, name: p.name, official: true });
      // "Roe, who is also the chair of the party": an appositive to the surname adds a title (japannews-1 in fixture-examples.test.ts).
      for (const [a, b] of reader.titlesAfterName(s.tokens, i + 1, s.limit).spans) addTitle(p, slice(s, a, b), reader.g.weak, reader.modifiedHeads);
    }
  }
}
