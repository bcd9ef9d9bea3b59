import type { Official, Person } from '../schema';
import { toAsciiKey, toMatchKey } from '../text/normalize';
import { endsWithAny, keyOfTokens, type CompiledLexicon } from './compile';
import type { PreparedArticle, Sentence } from './prepare';
import { matchPhrase, type Token } from './tokens';

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
  support: 'official' | 'cue' | 'citizen' | 'speech' | 'bare';
}

interface PersonRecord {
  key: string;
  name: string;
  titles: string[];
  titleKeys: Set<string>;
  mentions: number;
  evidence: Sentence;
  titledEvidence: Sentence | null;
  support: Set<RawMention['support']>;
  firstOrder: number;
  lastOrder: number;
}

const APOSTROPHES = new Set(["'", '’']);
const MAX_TITLE_TOKENS = 16;

function isNameWord(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (/\d/.test(t.text)) return false;
  // Acronyms (UBND, TTXVN) are organisations, not names.
  return !(t.text.length > 1 && t.text === t.text.toUpperCase());
}

function slice(s: Sentence, start: number, end: number): string {
  const a = s.tokens[start];
  const b = s.tokens[end - 1];
  if (!a || !b) return '';
  return s.text.slice(a.start, b.end);
}

/** Reads names and titles from tokens with one lexicon. */
class NameReader {
  constructor(private readonly c: CompiledLexicon) {}

  private get usesSurnames(): boolean {
    return this.c.surnames.size > 0;
  }

  /** Length of the capitalised run starting at i (spaced words only). */
  capRun(toks: Token[], i: number, limit: number): number {
    let j = i;
    while (j < limit && isNameWord(toks[j]) && (j === i || toks[j]?.spaced)) {
      if (!this.usesSurnames && this.c.notNameWords.has(toks[j]?.key ?? '')) break;
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
      if (j < 0) return -1;
      while (j < limit && isNameWord(toks[j]) && toks[j]?.spaced && j - i < max) j++;
      if (j - i < min) return -1;
      if (j < limit && isNameWord(toks[j]) && toks[j]?.spaced) return -1;
      return j;
    }
    if (this.c.notNameWords.has(first.key) || matchPhrase(this.c.titleHeads, toks, i, limit) > 0) return -1;
    let j = i + 1;
    let words = 1;
    while (j < limit) {
      const t = toks[j];
      if (isNameWord(t) && t.spaced && !this.c.notNameWords.has(t.key)) {
        j++;
        words++;
      } else if (t && t.kind === 'word' && t.cap && t.text.length === 1 && toks[j + 1]?.text === '.') {
        j += 2; // a middle initial: "John F. Kennedy"
      } else break;
    }
    if (words < min || words > max) return -1;
    // "Civil Aviation Authority": a run stopped by an organisation word is that organisation's name.
    const stop = toks[j];
    if (stop && stop.spaced && isNameWord(stop)) return -1;
    return j;
  }

  isPlace(toks: Token[], start: number, end: number): boolean {
    const key = toAsciiKey(keyOfTokens(toks, start, end));
    if (this.c.placeNames.has(key)) return true;
    // Place names are short ("tỉnh Hà Tĩnh"); a longer run after "tỉnh" is a person ("UBND tỉnh Lê Hồng Vinh").
    return end - start <= 2 && endsWithAny(toks, start, this.c.placeClassifiers);
  }

  private headAt(toks: Token[], i: number, limit: number, allowLower: boolean): { titleStart: number; headEnd: number; head: number } | null {
    let p = i;
    if (this.c.titleArticles.has(toks[p]?.key ?? '')) p++;
    const titleStart = p;
    // "the agency's director": the possessor belongs to the title.
    if (toks[p]?.kind === 'word' && APOSTROPHES.has(toks[p + 1]?.text ?? '') && toks[p + 2]?.key === 's') p += 3;
    while (this.c.titleStatus.has(toks[p]?.key ?? '')) p++;
    const headEnd = matchPhrase(this.c.titleHeads, toks, p, limit);
    if (headEnd < 0) return null;
    const head = toks[p];
    if (!head) return null;
    if (!head.cap && (this.c.lex.titleNeedsCapital || !allowLower)) return null;
    return { titleStart: titleStart === p || titleStart < p ? titleStart : p, headEnd, head: p };
  }

  /** Parses a chain of titles ("Ủy viên Bộ Chính trị, Trưởng ban …") starting at i. */
  titleChain(toks: Token[], i: number, limit: number, allowLower: boolean): { spans: [number, number][]; end: number; lower: boolean } | null {
    const spans: [number, number][] = [];
    let pos = i;
    let lower = false;
    for (;;) {
      const h = this.headAt(toks, pos, limit, allowLower);
      if (!h) break;
      if (!toks[h.head]?.cap) lower = true;
      let q = h.headEnd;
      while (q < limit) {
        const t = toks[q];
        if (!t) break;
        if (t.kind === 'punct') {
          if (t.text === '&' || (t.text === '-' && !t.spaced && toks[q + 1] && !toks[q + 1]?.spaced)) {
            q++;
            continue;
          }
          break;
        }
        if (t.kind === 'num') break;
        if (!t.cap && matchPhrase(this.c.titleTerminators, toks, q, limit) > 0) break;
        if (this.c.titleTailWords.size > 0 && !t.cap && !this.c.titleTailWords.has(t.key)) break;
        if (this.usesSurnames) {
          const n = this.nameAt(toks, q, limit);
          if (n > 0 && !this.isPlace(toks, q, n)) break;
        } else if (isNameWord(t) && !this.c.notNameWords.has(t.key)) {
          const run = this.capRun(toks, q, limit);
          if (q === h.headEnd && run >= 2 && run <= this.c.lex.nameWords.max) break;
          if (q > h.headEnd && run >= 3) {
            q += run - 2;
            break;
          }
        }
        if (q - h.head > MAX_TITLE_TOKENS) break;
        q++;
      }
      while (q > h.headEnd && !toks[q - 1]?.cap && this.c.titleTailWords.has(toks[q - 1]?.key ?? '')) q--;
      spans.push([h.titleStart, q]);
      pos = q;
      const sep = toks[pos];
      if (sep && (sep.text === ',' || (sep.text === '-' && sep.spaced) || this.c.titleJoiners.has(sep.key))) {
        if (this.headAt(toks, pos + 1, limit, allowLower && lower)) {
          pos++;
          continue;
        }
      }
      break;
    }
    if (spans.length === 0) return null;
    return { spans, end: pos, lower };
  }

  /** Titles written after a name: "X - Title, Title", "X, the chief executive of …", "X (bìa trái), Title". */
  titlesAfterName(toks: Token[], n: number, limit: number): { spans: [number, number][]; end: number } {
    let k = n;
    if (toks[k]?.text === '(') {
      let close = k + 1;
      while (close < limit && close - k < 10 && toks[close]?.text !== ')') close++;
      if (toks[close]?.text === ')') k = close + 1;
    }
    const sep = toks[k];
    if (sep && (sep.text === '-' || sep.text === ',' || sep.text === ':')) {
      const chain = this.titleChain(toks, k + 1, limit, true);
      if (chain) return { spans: chain.spans, end: chain.end };
    }
    return { spans: [], end: n };
  }

  skipHonorifics(toks: Token[], k: number, limit: number): number {
    for (;;) {
      const h = matchPhrase(this.c.honorifics, toks, k, limit);
      if (h < 0) return k;
      k = h;
    }
  }
}

function collectMentions(sentence: Sentence, reader: NameReader, c: CompiledLexicon): RawMention[] {
  const toks = sentence.tokens;
  const limit = sentence.limit;
  const out: RawMention[] = [];
  const full = (start: number, end: number, titles: [number, number][], support: RawMention['support']): void => {
    out.push({
      kind: 'full', sentence, start, end, name: slice(sentence, start, end),
      titles: titles.map(([a, b]) => slice(sentence, a, b)), titleKey: '', support,
    });
  };
  let i = 0;
  while (i < limit) {
    const tok = toks[i];
    if (!tok) break;
    // 1. A cue word before a name: "đồng chí X", "ông X", "Mr. X", "Đại tá X".
    let cueEnd = matchPhrase(c.nameCues, toks, i, limit);
    let support: RawMention['support'] = 'cue';
    const rankEnd = cueEnd < 0 ? matchPhrase(c.ranks, toks, i, limit) : -1;
    if (cueEnd < 0 && rankEnd > 0 && toks[i]?.cap) cueEnd = rankEnd;
    if (cueEnd < 0) {
      cueEnd = matchPhrase(c.citizenCues, toks, i, limit);
      support = 'citizen';
    }
    if (cueEnd > 0) {
      const k = reader.skipHonorifics(toks, cueEnd, limit);
      const n = reader.nameAt(toks, k, limit);
      if (n > 0 && !reader.isPlace(toks, k, n)) {
        const after = reader.titlesAfterName(toks, n, limit);
        const titles: [number, number][] = rankEnd > 0 && cueEnd === rankEnd ? [[i, rankEnd], ...after.spans] : after.spans;
        full(k, n, titles, titles.length ? 'official' : support);
        i = Math.max(after.end, n);
        continue;
      }
      const given = toks[k];
      const titleNext = matchPhrase(c.titleHeads, toks, k, limit) > 0;
      if (support === 'cue' && !titleNext && isNameWord(given) && !isNameWord(toks[k + 1])) {
        out.push({ kind: 'given', sentence, start: k, end: k + 1, name: given.text, titles: [], titleKey: '', support });
        i = k + 1;
        continue;
      }
    }
    // 2. A title chain: "Thủ tướng Phạm Minh Chính", "Secretary of State Antony Blinken", or the title alone.
    // A head inside a capitalised organisation name ("Ban Bí thư") is not a title.
    const insideName = c.lex.titleNeedsCapital && i > 0 && toks[i - 1]?.cap && toks[i]?.spaced;
    const chain = insideName ? null : reader.titleChain(toks, i, limit, true);
    if (chain) {
      let k = chain.end;
      if (toks[k]?.text === ',') k++;
      k = reader.skipHonorifics(toks, k, limit);
      const cueAfter = matchPhrase(c.nameCues, toks, k, limit);
      if (cueAfter > 0) k = cueAfter;
      const n = reader.nameAt(toks, k, limit);
      const commaForm = toks[chain.end]?.text === ',';
      // A lowercase title counts only as an appositive to a name: "the agency's director, John Doe,".
      if (n > 0 && !reader.isPlace(toks, k, n) && (!chain.lower || commaForm)) {
        const after = reader.titlesAfterName(toks, n, limit);
        full(k, n, [...chain.spans, ...after.spans], 'official');
        i = Math.max(n, after.end);
        continue;
      }
      if (!chain.lower) {
        const given = toks[chain.end];
        if (isNameWord(given) && !commaForm && !isNameWord(toks[chain.end + 1]) && !c.notNameWords.has(given.key)) {
          out.push({ kind: 'given', sentence, start: chain.end, end: chain.end + 1, name: given.text, titles: [], titleKey: '', support: 'official' });
        }
        const first = chain.spans[0];
        const plural = endsWithPlural(toks, i, c);
        if (first && !plural) {
          const [a, b] = first;
          out.push({
            kind: 'title', sentence, start: a, end: b, name: '', titles: [slice(sentence, a, b)],
            titleKey: toMatchKey(slice(sentence, a, b)), support: 'official',
          });
        }
        i = Math.max(chain.end, i + 1);
        continue;
      }
    }
    // 3. A bare name followed by its titles ("Các đồng chí: X - Title; Y - Title"), or reported speech.
    const n = reader.nameAt(toks, i, limit);
    if (n > 0 && !reader.isPlace(toks, i, n) && !(i > 0 && isNameWord(toks[i - 1]) && toks[i]?.spaced)) {
      const after = reader.titlesAfterName(toks, n, limit);
      if (after.spans.length) {
        full(i, n, after.spans, 'official');
        i = after.end;
        continue;
      }
      const saidAfter = matchPhrase(c.speechVerbs, toks, n, limit) > 0;
      const saidBefore = i > 0 && toks[i - 1]?.kind === 'word' && !toks[i - 1]?.cap && isSpeechVerbEnding(toks, i, c);
      full(i, n, [], saidAfter || saidBefore ? 'speech' : 'bare');
      i = n;
      continue;
    }
    i++;
  }
  return out;
}

function isSpeechVerbEnding(toks: Token[], end: number, c: CompiledLexicon): boolean {
  for (let s = Math.max(0, end - 3); s < end; s++) {
    if (matchPhrase(c.speechVerbs, toks, s, end) === end) return true;
  }
  return false;
}

function endsWithPlural(toks: Token[], end: number, c: CompiledLexicon): boolean {
  for (let s = Math.max(0, end - 3); s < end; s++) {
    if (matchPhrase(c.pluralMarkers, toks, s, end) === end) return true;
  }
  // "các đồng chí Ủy viên …": a cue between the plural marker and the title.
  const cue = Math.max(0, end - 2);
  return toks[cue]?.key === 'đồng' && endsWithPluralAt(toks, cue, c);
}

function endsWithPluralAt(toks: Token[], end: number, c: CompiledLexicon): boolean {
  for (let s = Math.max(0, end - 2); s < end; s++) {
    if (matchPhrase(c.pluralMarkers, toks, s, end) === end) return true;
  }
  return false;
}

function lastWordKey(name: string): string {
  const words = toAsciiKey(name).split(/\s+/);
  return words[words.length - 1] ?? '';
}

function titlesMatch(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** Returns officials (with titles), other named people and resolved mentions; skips credits, headings and historical figures. */
export function findPeople(doc: PreparedArticle, c: CompiledLexicon, byline: string | null): PeopleResult {
  const reader = new NameReader(c);
  const raw: RawMention[] = [];
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    raw.push(...collectMentions(s, reader, c));
  }
  const bylineKey = byline ? toAsciiKey(byline) : '';
  const persons = new Map<string, PersonRecord>();
  const resolved: ResolvedMention[] = [];
  let order = 0;
  const order0 = (m: RawMention): number => m.sentence.id * 1000 + m.start;
  for (const m of raw) {
    if (m.kind !== 'full') continue;
    const key = toAsciiKey(m.name);
    if (c.historicalNames.has(key) || (bylineKey && bylineKey.includes(key))) continue;
    let p = persons.get(key);
    if (!p) {
      p = {
        key, name: m.name, titles: [], titleKeys: new Set(), mentions: 0, evidence: m.sentence, titledEvidence: null,
        support: new Set(), firstOrder: order0(m), lastOrder: order0(m),
      };
      persons.set(key, p);
    }
    p.mentions++;
    p.support.add(m.support);
    p.lastOrder = order0(m);
    for (const t of m.titles) {
      const tk = toMatchKey(t);
      // "Thủ tướng" and later "Thủ tướng Chính phủ" are one office: keep the first wording.
      if (!t || p.titleKeys.has(tk) || [...p.titleKeys].some((k) => titlesMatch(k, tk))) continue;
      p.titleKeys.add(tk);
      p.titles.push(t);
    }
    if (m.titles.length && !p.titledEvidence) p.titledEvidence = m.sentence;
    order++;
  }
  // A bare capitalised run is a person only when the article also introduces it with a cue or title.
  for (const [key, p] of persons) {
    if (p.support.size === 1 && p.support.has('bare')) persons.delete(key);
  }
  const recency = new Map<string, number>();
  const all = [...persons.values()];
  const isOfficial = (p: PersonRecord): boolean => p.titles.length > 0;
  for (const m of raw) {
    const pos = order0(m);
    let target: PersonRecord | undefined;
    if (m.kind === 'full') target = persons.get(toAsciiKey(m.name));
    else if (m.kind === 'given') {
      const g = toAsciiKey(m.name);
      target = pickRecent(all.filter((p) => lastWordKey(p.name) === g && p.firstOrder <= pos), recency);
      if (target) target.mentions++;
    } else {
      target = pickRecent(
        all.filter((p) => isOfficial(p) && [...p.titleKeys].some((k) => titlesMatch(k, m.titleKey))),
        recency,
      );
      if (target) target.mentions++;
    }
    if (!target) continue;
    recency.set(target.key, pos);
    resolved.push({ sentence: m.sentence.id, start: m.start, end: m.end, name: target.name, official: isOfficial(target) });
  }
  // Surnames alone ("Blinken said") in languages that refer to people by surname without a cue.
  if (c.surnames.size === 0) addSurnameMentions(doc, all.filter(isOfficial), resolved, reader);
  resolved.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const officials: Official[] = [];
  const people: Person[] = [];
  for (const p of all.sort((a, b) => a.firstOrder - b.firstOrder)) {
    const ev = p.titledEvidence ?? p.evidence;
    if (isOfficial(p)) {
      officials.push({ name: p.name, titles: p.titles, mentions: p.mentions, evidence: ev.text, paragraph: ev.para });
    } else if (p.support.has('cue') || p.support.has('citizen') || p.support.has('speech')) {
      people.push({ name: p.name, role: null, mentions: p.mentions, evidence: ev.text, paragraph: ev.para });
    }
  }
  return { officials, people, mentions: resolved };
}

function pickRecent(cands: PersonRecord[], recency: Map<string, number>): PersonRecord | undefined {
  if (cands.length <= 1) return cands[0];
  return [...cands].sort((a, b) => (recency.get(b.key) ?? -1) - (recency.get(a.key) ?? -1))[0];
}

function addSurnameMentions(doc: PreparedArticle, officials: PersonRecord[], resolved: ResolvedMention[], reader: NameReader): void {
  const bySurname = new Map<string, PersonRecord>();
  const ambiguous = new Set<string>();
  for (const p of officials) {
    const s = lastWordKey(p.name);
    if (bySurname.has(s)) ambiguous.add(s);
    bySurname.set(s, p);
  }
  const taken = new Set(resolved.map((m) => `${m.sentence}:${m.start}`));
  const covered = new Set<string>();
  for (const m of resolved) for (let t = m.start; t < m.end; t++) covered.add(`${m.sentence}:${t}`);
  for (const s of doc.sentences) {
    if (s.heading) continue;
    for (let i = 0; i < s.limit; i++) {
      const t = s.tokens[i];
      if (!isNameWord(t) || covered.has(`${s.id}:${i}`) || taken.has(`${s.id}:${i}`)) continue;
      const key = toAsciiKey(t.text);
      const p = bySurname.get(key);
      if (!p || ambiguous.has(key)) continue;
      if (isNameWord(s.tokens[i + 1]) && s.tokens[i + 1]?.spaced) continue;
      if (reader.capRun(s.tokens, i, s.limit) > 1) continue;
      p.mentions++;
      resolved.push({ sentence: s.id, start: i, end: i + 1, name: p.name, official: true });
    }
  }
}
