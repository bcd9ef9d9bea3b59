import type { DocumentRef } from '../schema';
import { toMatchKey } from '../text/normalize';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../text/punctuation';
import { keyOfTokens, type CompiledLexicon, type DocumentLookups, type DocumentTypeInfo } from './compile';
import type { PreparedArticle, Sentence } from './prepare';
import type { RuleId } from './rules';
import { matchPhrase, phraseEndsAt } from './tokens';

// How many words a plural marker before a type word may have ("các", "một số").
const PLURAL_BACK = 3;
// A code with its parts joined by a slash or a dash ("119/TCHQ-GSQL", "15/2020/NĐ-CP"), not a bare number.
const STRUCTURED_CODE_RE = /\d[/-]\S/u;
const NAME_MAX_TOKENS = 10;
const ROMAN_RE = /^[IVXLC]+$/;
const INNER_PUNCT = new Set(['-', '.']);
function readCode(s: Sentence, charFrom: number, code: RegExp): { code: string; charEnd: number } | null {
  const m = code.exec(s.text.slice(charFrom, charFrom + 60));
  if (!m?.[1]) return null;
  return { code: m[1].replace(/\s+/gu, ''), charEnd: charFrom + m[0].length };
}

function tokenAtChar(s: Sentence, char: number): number {
  const i = s.tokens.findIndex((t) => t.start >= char);
  return i < 0 ? s.tokens.length : i;
}


// "Paris Climate Agreement", "U.S.-Mexico Trade Agreement": capitalised words, linking words between them, and
// unspaced "-" / "." inside a name, before the type word. Returns the first token, or -1.
function nameBefore(s: Sentence, i: number, c: CompiledLexicon, d: DocumentLookups, named = false): number {
  const toks = s.tokens;
  let k = i;
  while (k > 0 && i - k < NAME_MAX_TOKENS) {
    const p = toks[k - 1];
    if (!p) break;
    if (p.cap && p.kind === 'word') {
      k--;
      continue;
    }
    // "U.S. National Strategy": the dot closing a dotted abbreviation ("U.S.") joins it to the name.
    const abbreviation = p.text === '.' && !p.spaced && /^\p{Lu}$/u.test(toks[k - 2]?.text ?? '');
    const inner = k < i && (c.documentTailWords.has(p.key) || abbreviation || (p.kind === 'punct' && INNER_PUNCT.has(p.text) && !toks[k]?.spaced));
    if (inner && k - 1 > 0 && (toks[k - 2]?.cap || toks[k - 2]?.kind === 'punct')) {
      k--;
      continue;
    }
    break;
  }
  // "The Housing Bill", "On Monday agreement …" opening a sentence: the opener is not part of the name.
  while (k < i && (!toks[k]?.cap || d.openers.has(toks[k]?.key ?? ''))) k++;
  // "Within the Supplemental Appropriations Act": a sentence's first word joined to the name by lowercase words
  // belongs to the sentence.
  if (k < i && toks.slice(0, k).every((t) => t.kind === 'punct') && toks[k + 1]?.kind === 'word' && !toks[k + 1]?.cap) {
    k++;
    while (k < i && !toks[k]?.cap) k++;
  }
  // At the sentence start (after any quote mark) a single capitalised word may just be the sentence's first word.
  const atStart = toks.slice(0, k).every((t) => t.kind === 'punct');
  if (k === i || (atStart && i - k < 2)) return -1;
  const first = toks[k];
  // "National Strategy" alone is no name; "National Strategy to Support Caregivers" (named: a tail follows) is.
  if (!first || (c.notNameWords.has(first.key) && i - k === 1 && !named)) return -1;
  return k;
}

const LOWER_MODIFIERS_MAX = 2;

// "the Paris climate agreement": a capitalised name and at most two lowercase modifiers before a lowercase
// type word. Returns the name's first token, or -1.
function modifiedNameBefore(s: Sentence, i: number, c: CompiledLexicon, d: DocumentLookups): number {
  let m = i;
  while (m > 0 && i - m < LOWER_MODIFIERS_MAX) {
    const p = s.tokens[m - 1];
    if (!p || p.kind !== 'word' || p.cap || c.documentTailWords.has(p.key) || c.titleArticles.has(p.key)) break;
    m--;
  }
  return s.tokens[m - 1]?.cap ? nameBefore(s, m, c, d) : -1;
}

// "Đề án “Tuyên truyền …”": a quoted title right after the type word. Returns the closing quote's index.
function quotedName(s: Sentence, end: number): number {
  const open = s.tokens[end];
  if (!open || !OPEN_QUOTES.has(open.text)) return -1;
  for (let k = end + 1; k < Math.min(s.limit, end + 3 * NAME_MAX_TOKENS); k++) {
    const t = s.tokens[k]?.text ?? '';
    if (CLOSE_QUOTES.has(t)) return k > end + 1 ? k : -1;
  }
  return -1;
}

// The name after the type word: capitalised words, linking words before another capitalised word,
// the lowercase syllables of a Vietnamese word, name parts ("các cấp", "lần thứ XIII"), and for laws
// a lowercase name ("Luật đầu tư công"). Returns the end (exclusive) and whether a capital was seen.
function nameAfter(s: Sentence, end: number, c: CompiledLexicon, d: DocumentLookups, info: DocumentTypeInfo): { k: number; capWords: number } {
  const toks = s.tokens;
  let k = end;
  let capWords = 0;
  // "Luật Phòng, chống tham nhũng", "Luật Khám bệnh, chữa bệnh": a comma part of the name (documentNameParts opening
  // with ",") lets the lowercase words after it go on with the name, up to a stop word.
  let pairedTail = false;
  while (k < s.limit && k - end < NAME_MAX_TOKENS) {
    const w = toks[k];
    if (w?.text === ',' && capWords > 0) {
      const paired = matchPhrase(d.nameParts, toks, k, s.limit);
      if (paired > 0) {
        k = paired;
        pairedTail = true;
        continue;
      }
    }
    if (!w || w.kind === 'punct') break;
    if (w.kind === 'num') {
      if (/^\d{4}$/.test(w.text)) k++; // "Luật Đất đai 2024"
      break;
    }
    if (w.cap || ROMAN_RE.test(w.text)) {
      capWords++;
      k++;
      continue;
    }
    const part = k > end ? matchPhrase(d.nameParts, toks, k, s.limit) : -1;
    if (part > 0) {
      k = part;
      continue;
    }
    // Lowercase words continue the name only when another capitalised word follows ("của Đảng", "on the Rights").
    let j = k;
    while (j < s.limit && j - k < 3 && c.documentTailWords.has(toks[j]?.key ?? '')) j++;
    if (j > k && toks[j]?.cap) {
      k = j;
      continue;
    }
    const functionWord = matchPhrase(c.labelStops, toks, k, s.limit) > 0 || c.cueNounMarkers.has(w.key);
    if (functionWord) break;
    // Vietnamese names capitalise only a word's first syllable ("Đại hội", "Đất đai").
    const syllable = capWords > 0 && c.lex.titleNeedsCapital && toks[k - 1]?.cap && toks[k - 1]?.kind === 'word';
    if (syllable || ((info.lowercaseName || pairedTail) && matchPhrase(c.titleTerminators, toks, k, s.limit) < 0)) {
      k++;
      continue;
    }
    break;
  }
  return { k, capWords };
}

const YEAR_RE = /^(?:19|20)\d\d$/;
const YEAR_PART_RE = /^(?:\d\d|(?:19|20)\d\d)$/;

// "the 2030/2031 budget", "the 2019-20 Budget": a fiscal year and a document word after it. Returns the end, or -1.
function yearNamedEnd(s: Sentence, i: number, d: DocumentLookups): number {
  const toks = s.tokens;
  if (!YEAR_RE.test(toks[i]?.text ?? '')) return -1;
  let k = i + 1;
  const sep = toks[k];
  if (sep && (sep.text === '/' || sep.text === '-') && !sep.spaced && YEAR_PART_RE.test(toks[k + 1]?.text ?? '') && !toks[k + 1]?.spaced) k += 2;
  return matchPhrase(d.yearNames, toks, k, s.limit);
}

/** Returns the legal and official documents the article cites, once each; generic mentions ("nghị quyết") are skipped. */
export function findDocuments(doc: PreparedArticle, c: CompiledLexicon): DocumentRef[] {
  const d = c.documents;
  const out: DocumentRef[] = [];
  const seen = new Set<string>();
  const push = (ref: DocumentRef): void => {
    const key = ref.code ? toMatchKey(ref.code) : toMatchKey(ref.text);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(ref);
  };
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    const toks = s.tokens;
    for (let i = 0; i < s.limit; i++) {
      const t = toks[i];
      const yearEnd = t?.kind === 'num' ? yearNamedEnd(s, i, d) : -1;
      const yearLast = toks[yearEnd - 1];
      if (t && yearLast) {
        push({ text: s.text.slice(t.start, yearLast.end), kind: 'other', code: null, evidence: s.text, paragraph: s.para, rules: ['document.year-name'] });
        i = yearEnd - 1;
        continue;
      }
      if (t && !t.cap && t.kind === 'word') {
        const lowEnd = matchPhrase(c.documentTypes, toks, i, s.limit);
        const low = lowEnd > 0 ? d.types.get(keyOfTokens(toks, i, lowEnd)) : undefined;
        const first = low?.lowercaseType ? toks[modifiedNameBefore(s, i, c, d)] : undefined;
        const lastLow = toks[lowEnd - 1];
        // "công văn 119/TCHQ-GSQL": a type word written in lowercase is still a document before a structured code.
        const lowCode = low && lastLow ? readCode(s, lastLow.end, d.code) : null;
        // "chỉ thị số 17": so does a number after the language's number word.
        const numbered = !!lowCode && /^\s*\p{L}/u.test(s.text.slice(lastLow!.end, lowCode.charEnd));
        if (low && lowCode && (STRUCTURED_CODE_RE.test(lowCode.code) || numbered)) {
          push({ text: s.text.slice(t.start, lowCode.charEnd), kind: low.kind, code: lowCode.code, evidence: s.text, paragraph: s.para, rules: ['document.code'] });
          i = tokenAtChar(s, lowCode.charEnd) - 1;
          continue;
        }
        if (first && lastLow) {
          push({ text: s.text.slice(first.start, lastLow.end), kind: low!.kind, code: null, evidence: s.text, paragraph: s.para, rules: ['document.name-before'] });
          i = lowEnd - 1;
        }
        continue;
      }
      if (!t?.cap) continue;
      const end = matchPhrase(c.documentTypes, toks, i, s.limit);
      if (end < 0) continue;
      // "các Hiệp định Thương mại tự do (FTA)": a type word after a plural marker names a kind, not one document.
      if (phraseEndsAt(c.pluralMarkers, toks, i, PLURAL_BACK)) continue;
      const info = d.types.get(keyOfTokens(toks, i, end));
      if (!info) continue;
      // "Code of Practice A": one capital letter after the type word is the document's designation.
      const letter = toks[end];
      const designated = !!letter && letter.kind === 'word' && letter.spaced && /^\p{Lu}$/u.test(letter.text) && !(toks[end + 1]?.cap && toks[end + 1]?.kind === 'word');
      const last = designated ? letter : toks[end - 1];
      if (!last) continue;
      const ref = (from: number, to: number, code: string | null, rule: RuleId): DocumentRef => ({
        text: s.text.slice(from, to), kind: info.kind, code, evidence: s.text, paragraph: s.para, rules: [rule],
      });
      if (info.namePrecedes) {
        // "Inflation Reduction Act (of 2022)": capitalised words before the type word; a capitalised
        // word after it makes the type word part of another name ("Convention Centre").
        if (toks[end]?.cap && toks[end]?.kind === 'word' && !designated) continue;
        // "National Strategy to Counter Antisemitism": a linking word and a capitalised run after the type word
        // go on with the name.
        const tail = info.nameMayFollow || designated || !d.tailLinks.has(toks[end]?.key ?? '') ? null : nameAfter(s, end, c, d, info);
        const tailEnd = tail && tail.capWords > 0 ? toks[tail.k - 1] : undefined;
        const k = nameBefore(s, i, c, d, !!tailEnd);
        const first = toks[k];
        if (first) {
          push(ref(first.start, (tailEnd ?? last).end, null, 'document.name-before'));
          if (tailEnd) i = tail!.k - 1;
          continue;
        }
        if (!info.nameMayFollow) continue;
      }
      const code = readCode(s, last.end, d.code);
      if (code) {
        push(ref(t.start, code.charEnd, code.code, 'document.code'));
        i = tokenAtChar(s, code.charEnd) - 1;
        continue;
      }
      const quoteEnd = quotedName(s, end);
      if (quoteEnd > 0) {
        push(ref(t.start, toks[quoteEnd]?.end ?? last.end, null, 'document.quoted'));
        i = quoteEnd;
        continue;
      }
      if (info.needsCodeOrQuote) continue;
      // A named document: "Nghị quyết Đại hội XIII của Đảng", "Luật Đất đai".
      const notTail = matchPhrase(c.documentNotTail, toks, end, s.limit) > 0;
      const { k, capWords } = nameAfter(s, end, c, d, info);
      // "trung thành với Hiến pháp", "theo Hiến pháp quy định": a type that names the one document of its kind needs no name.
      // A year after it names the edition instead ("Hiến pháp 2013", document.year-name); a possessor makes it any
      // of its kind ("Hiến pháp của nước ta qua các giai đoạn").
      const ofAny = toks[end]?.kind === 'num' || c.documentTailWords.has(toks[end]?.key ?? '');
      if (info.namesOne && !ofAny && (notTail || k === end || (!info.lowercaseName && capWords === 0))) {
        push(ref(t.start, last.end, null, 'document.names-one'));
        continue;
      }
      if (notTail) continue;
      if (k === end || (!info.lowercaseName && capWords === 0)) continue;
      const lastName = toks[k - 1];
      if (!lastName) continue;
      push(ref(t.start, lastName.end, null, capWords === 0 ? 'document.lowercase-name' : 'document.name-after'));
      i = k - 1;
    }
  }
  return mergeShortReferences(out);
}

// "Quyết định số 13" after (or before) "Quyết định số 13/2020/QĐ-TTg": the same document cited by its number
// alone. The short reference merges into the full one, which records the rule.
function mergeShortReferences(refs: DocumentRef[]): DocumentRef[] {
  const fullOf = (short: DocumentRef): DocumentRef | undefined => short.code && /^\d+$/.test(short.code)
    ? refs.find((r) => r !== short && r.kind === short.kind && r.code && /^\d+[/-]/.test(r.code) && r.code.split(/[/-]/)[0] === short.code)
    : undefined;
  const out: DocumentRef[] = [];
  for (const ref of refs) {
    const full = fullOf(ref);
    if (!full) {
      out.push(ref);
      continue;
    }
    if (!full.rules.includes('document.short-reference')) full.rules.push('document.short-reference');
  }
  return out;
}
