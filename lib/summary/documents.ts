import type { DocumentRef } from '../schema';
import { toMatchKey } from '../text/normalize';
import { keyOfTokens, type CompiledLexicon } from './compile';
import type { PreparedArticle, Sentence } from './prepare';
import { matchPhrase } from './tokens';

const NAME_MAX_TOKENS = 10;
const ROMAN_RE = /^[IVXLC]+$/;
// A code is a number, optionally with "/" or "-" parts: "22/CT-TTg", "30/2020/NĐ-CP", "14110".
const CODE_RE = /^\s*(?:(?:số|No\.?)\s*)?(\d[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}]+)*)/u;

function readCode(s: Sentence, charFrom: number): { code: string; charEnd: number } | null {
  const m = CODE_RE.exec(s.text.slice(charFrom, charFrom + 60));
  if (!m?.[1]) return null;
  return { code: m[1], charEnd: charFrom + m[0].length };
}

function tokenAtChar(s: Sentence, char: number): number {
  const i = s.tokens.findIndex((t) => t.start >= char);
  return i < 0 ? s.tokens.length : i;
}

/** Returns the legal and official documents the article cites, once each; generic mentions ("nghị quyết") are skipped. */
export function findDocuments(doc: PreparedArticle, c: CompiledLexicon): DocumentRef[] {
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
      if (!t?.cap) continue;
      const end = matchPhrase(c.documentTypes, toks, i, s.limit);
      if (end < 0) continue;
      const info = c.documentKinds.get(keyOfTokens(toks, i, end));
      if (!info) continue;
      const last = toks[end - 1];
      if (!last) continue;
      if (info.namePrecedes) {
        // "Inflation Reduction Act (of 2022)": capitalised words before the type word.
        let k = i;
        while (k > 0 && toks[k - 1]?.cap && toks[k - 1]?.kind === 'word' && i - k < NAME_MAX_TOKENS) k--;
        if (k === i || k === 0) continue;
        const first = toks[k];
        if (!first || c.notNameWords.has(first.key) && i - k === 1) continue;
        push({ text: s.text.slice(first.start, last.end), kind: info.kind, code: null, evidence: s.text, paragraph: s.para });
        continue;
      }
      const code = readCode(s, last.end);
      if (code) {
        push({ text: s.text.slice(t.start, code.charEnd), kind: info.kind, code: code.code, evidence: s.text, paragraph: s.para });
        i = tokenAtChar(s, code.charEnd) - 1;
        continue;
      }
      // A named document: "Nghị quyết Đại hội XIII của Đảng", "Luật Đất đai".
      if (matchPhrase(c.documentNotTail, toks, end, s.limit) > 0) continue;
      let k = end;
      let capWords = 0;
      while (k < s.limit && k - end < NAME_MAX_TOKENS) {
        const w = toks[k];
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
        // Lowercase words continue the name only when another capitalised word follows ("của Đảng").
        if (c.documentTailWords.has(w.key) && toks[k + 1]?.cap) {
          k++;
          continue;
        }
        // Vietnamese names capitalise only a word's first syllable ("Đại hội", "Đất đai").
        const functionWord = matchPhrase(c.labelStops, toks, k, s.limit) > 0 || c.cueNounMarkers.has(w.key);
        if (capWords > 0 && c.lex.titleNeedsCapital && !functionWord && toks[k - 1]?.cap && toks[k - 1]?.kind === 'word') {
          k++;
          continue;
        }
        break;
      }
      if (capWords === 0 || !toks[end]?.cap) continue;
      const lastName = toks[k - 1];
      if (!lastName) continue;
      push({ text: s.text.slice(t.start, lastName.end), kind: info.kind, code: null, evidence: s.text, paragraph: s.para });
      i = k - 1;
    }
  }
  return out;
}
