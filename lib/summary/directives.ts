import type { Directive } from '../schema';
import { type CompiledLexicon } from './compile';
import type { ResolvedMention } from './officials';
import type { PreparedArticle, Sentence } from './prepare';
import { buildPhraseIndex, matchPhrase, type PhraseIndex, type Token } from './tokens';

interface Cue {
  at: number;
  end: number;
  type: 'command' | 'obligation';
}

const NEED_TO_WINDOW = 12;
const ADDRESSEE_MAX = 10;
const SUBJECT_MAX = 10;
const DUPLICATE_OVERLAP = 0.6;
const QUOTES = new Set(['"', '“', '”', '«', '»']);

const addresseeCache = new WeakMap<CompiledLexicon, PhraseIndex>();
function addresseeEnds(c: CompiledLexicon): PhraseIndex {
  let idx = addresseeCache.get(c);
  if (!idx) {
    idx = buildPhraseIndex(c.lex.addresseeEnds);
    addresseeCache.set(c, idx);
  }
  return idx;
}

function inFalseCue(toks: Token[], i: number, c: CompiledLexicon): boolean {
  for (let s = Math.max(0, i - 4); s <= i; s++) {
    const end = matchPhrase(c.falseCues, toks, s);
    if (end > i) return true;
  }
  return false;
}

function findCues(s: Sentence, c: CompiledLexicon): Cue[] {
  const toks = s.tokens;
  const cues: Cue[] = [];
  for (let i = 0; i < s.limit; i++) {
    const t = toks[i];
    if (!t || t.kind !== 'word') continue;
    const command = matchPhrase(c.directiveCues, toks, i, s.limit);
    const needTo = matchPhrase(c.directiveCuesNeedTo, toks, i, s.limit);
    const obligation = matchPhrase(c.obligationMarkers, toks, i, s.limit);
    if (command < 0 && needTo < 0 && obligation < 0) continue;
    if (inFalseCue(toks, i, c)) continue;
    const prevKey = toks[i - 1]?.key ?? '';
    if (needTo > 0 && hasToVerb(toks, needTo, s.limit)) {
      cues.push({ at: i, end: needTo, type: 'command' });
      i = needTo - 1;
      continue;
    }
    if (command > 0 && !c.cueNounMarkers.has(prevKey) && toks[command]?.kind !== 'num' && toks[command]?.kind !== 'punct') {
      cues.push({ at: i, end: command, type: 'command' });
      i = command - 1;
      continue;
    }
    if (command > 0 && toks[command]?.text === ':' && !c.cueNounMarkers.has(prevKey)) {
      cues.push({ at: i, end: command, type: 'command' });
      i = command - 1;
      continue;
    }
    if (obligation > 0) {
      cues.push({ at: i, end: obligation, type: 'obligation' });
      i = obligation - 1;
    }
  }
  return cues;
}

// "urged X to act": a command verb needs "to" + a verb within a short window, on the same clause.
function hasToVerb(toks: Token[], from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + NEED_TO_WINDOW); k++) {
    const t = toks[k];
    if (!t || t.text === '.' || t.text === ';') return false;
    if (t.key === 'to' && toks[k + 1]?.kind === 'word' && !toks[k + 1]?.cap) return true;
  }
  return false;
}

function clauseBounds(s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < s.limit; i++) {
    if (s.tokens[i]?.text === ';') {
      out.push([start, i]);
      start = i + 1;
    }
  }
  if (start < s.limit) out.push([start, s.limit]);
  return out;
}

function spanText(s: Sentence, a: number, b: number): string {
  const first = s.tokens[a];
  const last = s.tokens[b - 1];
  if (!first || !last || b <= a) return '';
  return s.text.slice(first.start, last.end);
}

function skipConnectives(s: Sentence, a: number, b: number, c: CompiledLexicon): number {
  let k = a;
  for (;;) {
    const end = matchPhrase(c.connectives, s.tokens, k, b);
    if (end < 0) break;
    k = end;
    if (s.tokens[k]?.text === ',') k++;
  }
  return k;
}

function trimEdges(s: Sentence, a: number, b: number): [number, number] {
  let x = a;
  let y = b;
  while (x < y && /^[,:;.\-…]$/.test(s.tokens[x]?.text ?? '')) x++;
  while (y > x && /^[,:;.\-…]$/.test(s.tokens[y - 1]?.text ?? '')) y--;
  return [x, y];
}

interface Built {
  start: number;
  end: number;
  by: string | null;
  to: string | null;
  cue: Cue;
}

/** Returns the directives of an article with issuer and addressee; praise, past work and false cues are skipped, restatements listed once. */
export function findDirectives(doc: PreparedArticle, c: CompiledLexicon, mentions: ResolvedMention[]): Directive[] {
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const out: Directive[] = [];
  const seen: Set<string>[] = [];
  let speaker: string | null = null;
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    const here = (bySentence.get(s.id) ?? []).filter((m) => m.official);
    const hasSpeech = hasSpeechVerb(s, c);
    const framed = matchPhrase(c.speechFrames, s.tokens, 0, s.limit) > 0;
    const cues = findCues(s, c);
    const built: Built[] = [];
    for (const [a, b] of clauseBounds(s)) {
      const inClause = cues.filter((q) => q.at >= a && q.at < b);
      const cue = inClause[0];
      if (!cue) {
        const prev = built[built.length - 1];
        if (prev) prev.end = b;
        continue;
      }
      const before = here.filter((m) => m.end <= cue.at);
      const subject = before[before.length - 1];
      const prevBuilt = built[built.length - 1];
      // After ";" a command verb without its own subject continues the previous item ("…; tham mưu phân công …").
      const ownSubject = (subject && subject.start >= a) || organisationBefore(s, skipConnectives(s, a, b, c), cue.at, c);
      if (prevBuilt && cue.type === 'command' && !ownSubject) {
        prevBuilt.end = b;
        continue;
      }
      const after = here.find((m) => m.start >= cue.end);
      const said = !subject && after && hasSpeech ? after : undefined;
      const start0 = skipConnectives(s, a, b, c);
      let by: string | null = subject?.name ?? said?.name ?? null;
      let to: string | null = null;
      let textStart = start0;
      if (cue.type === 'command') {
        if (!by) by = organisationBefore(s, start0, cue.at, c) ?? (isPronounSubject(s, start0, cue.at, c) ? speaker : speaker);
        textStart = cue.end;
        to = addresseeAfter(s, cue.end, b, c);
      } else {
        if (!by) by = speaker;
        if (!by) continue; // an obligation nobody voices is commentary, not a directive
        if (subject && subject.end <= cue.at) textStart = afterSpeechVerb(s, Math.max(subject.end, start0), cue.at, c) ?? start0;
        to = subjectBefore(s, textStart, cue.at, c, here);
      }
      const quote = quotedSpan(s, cue.at);
      if (quote && said) textStart = quote[0];
      built.push({ start: textStart, end: quote && said ? quote[1] : b, by, to, cue });
    }
    for (const d of built) {
      const [x, y] = trimEdges(s, d.start, d.end);
      const text = spanText(s, x, y);
      if (!text || y - x < 2) continue;
      const words = new Set(s.tokens.slice(x, y).filter((t) => t.kind !== 'punct').map((t) => t.key));
      if (seen.some((w) => overlap(w, words) >= DUPLICATE_OVERLAP)) continue;
      seen.push(words);
      out.push({
        text, by: d.by, to: d.to, cue: spanText(s, d.cue.at, d.cue.end), evidence: s.text, paragraph: s.para,
      });
    }
    // Who speaks next: the official named with a speech verb or a report frame here carries over.
    if ((hasSpeech || framed || cues.length) && here[0]) speaker = here[0].name;
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function hasSpeechVerb(s: Sentence, c: CompiledLexicon): boolean {
  for (let i = 0; i < s.limit; i++) if (matchPhrase(c.speechVerbs, s.tokens, i, s.limit) > 0) return true;
  return false;
}

function organisationBefore(s: Sentence, a: number, cueAt: number, c: CompiledLexicon): string | null {
  if (cueAt - a < 1 || cueAt - a > SUBJECT_MAX) return null;
  let k = a;
  if (c.titleArticles.has(s.tokens[k]?.key ?? '')) k++;
  if (matchPhrase(c.orgHeads, s.tokens, k, cueAt) < 0) return null;
  const [x, y] = trimEdges(s, a, stripAuxiliaries(s, k, cueAt, c));
  return spanText(s, x, y) || null;
}

// Auxiliaries between subject and verb ("đã", "cũng", "has") are not part of the subject.
function stripAuxiliaries(s: Sentence, a: number, b: number, c: CompiledLexicon): number {
  let y = b;
  while (y > a && !s.tokens[y - 1]?.cap && matchPhrase(c.titleTerminators, s.tokens, y - 1, b) > 0) y--;
  return y;
}

function isPronounSubject(s: Sentence, a: number, cueAt: number, c: CompiledLexicon): boolean {
  return cueAt - a <= 2 && c.speakerPronouns.has(s.tokens[a]?.key ?? '');
}

function addresseeAfter(s: Sentence, from: number, b: number, c: CompiledLexicon): string | null {
  const ends = addresseeEnds(c);
  // An obligation marker ("yêu cầu X phải …") bounds the addressee best; verbs are the fallback.
  for (let k = from + 1; k < Math.min(b, from + ADDRESSEE_MAX + 4); k++) {
    const t = s.tokens[k];
    if (!t || t.kind === 'punct') break;
    if (!t.cap && matchPhrase(c.obligationMarkers, s.tokens, k, b) > 0) return spanText(s, from, k) || null;
  }
  for (let k = from + 1; k < Math.min(b, from + ADDRESSEE_MAX); k++) {
    const t = s.tokens[k];
    if (!t || t.kind === 'punct') return null;
    if (!t.cap && matchPhrase(ends, s.tokens, k, b) > 0) return spanText(s, from, k) || null;
  }
  return null;
}

function afterSpeechVerb(s: Sentence, from: number, cueAt: number, c: CompiledLexicon): number | null {
  for (let k = from; k < cueAt; k++) {
    const end = matchPhrase(c.speechVerbs, s.tokens, k, cueAt);
    if (end > 0) {
      let x = end;
      while (x < cueAt && /^[,:"“]$/.test(s.tokens[x]?.text ?? '')) x++;
      if (s.tokens[x]?.key === 'rằng' || s.tokens[x]?.key === 'that') x++;
      return x;
    }
  }
  return null;
}

function subjectBefore(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, here: ResolvedMention[]): string | null {
  if (cueAt - a < 1 || cueAt - a > SUBJECT_MAX) return null;
  if (here.some((m) => m.start >= a && m.start < cueAt)) return null;
  const y = stripAuxiliaries(s, a, cueAt, c);
  const [x, z] = trimEdges(s, a, y);
  const first = s.tokens[x];
  if (!first || z <= x || c.speakerPronouns.has(first.key) || ['we', 'i', 'you', 'it', 'they', 'this', 'there', 'chúng', 'tôi', 'mình'].includes(first.key)) return null;
  if (s.tokens.slice(x, z).some((t) => t.kind === 'punct' && !QUOTES.has(t.text))) return null;
  return spanText(s, x, z) || null;
}

function quotedSpan(s: Sentence, at: number): [number, number] | null {
  let open = -1;
  for (let k = at - 1; k >= 0; k--) {
    const t = s.tokens[k]?.text ?? '';
    if (t === '“' || t === '"') {
      open = k + 1;
      break;
    }
    if (t === '”') return null;
  }
  if (open < 0) return null;
  for (let k = at; k < s.limit; k++) {
    const t = s.tokens[k]?.text ?? '';
    if (t === '”' || t === '"') return [open, k];
  }
  return null;
}
