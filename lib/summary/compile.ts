import { toAsciiKey, toMatchKey } from '../text/normalize';
import type { Lexicon } from './lexicon/types';
import { buildPhraseIndex, buildWordSet, phraseKeysOf, tokenize, type PhraseIndex } from './tokens';

/** A lexicon turned into lookup structures once, so each summary only walks tokens. */
export interface CompiledLexicon {
  lex: Lexicon;
  surnames: Set<string>;
  compoundSurnames: PhraseIndex;
  nameCues: PhraseIndex;
  citizenCues: PhraseIndex;
  honorifics: PhraseIndex;
  ranks: PhraseIndex;
  titleHeads: PhraseIndex;
  titleStatus: Set<string>;
  titleTailWords: Set<string>;
  titleTerminators: PhraseIndex;
  titleJoiners: Set<string>;
  titleArticles: Set<string>;
  pluralMarkers: PhraseIndex;
  notNameWords: Set<string>;
  placeClassifiers: string[][];
  placeNames: Set<string>;
  historicalNames: Set<string>;
  speechVerbs: PhraseIndex;
  speechFrames: PhraseIndex;
  directiveCues: PhraseIndex;
  directiveCuesNeedTo: PhraseIndex;
  obligationMarkers: PhraseIndex;
  falseCues: PhraseIndex;
  falseCueList: string[][];
  cueNounMarkers: Set<string>;
  connectives: PhraseIndex;
  speakerPronouns: Set<string>;
  orgHeads: PhraseIndex;
  units: PhraseIndex;
  unitKinds: Map<string, Lexicon['units'][number]['kind']>;
  prefixUnits: Lexicon['prefixUnits'];
  scaleWords: Set<string>;
  dateCuesBefore: string[][];
  dateCuesAfter: PhraseIndex;
  ordinalCuesBefore: string[][];
  ageCuesBefore: string[][];
  labelStops: PhraseIndex;
  labelLeadIns: Set<string>;
  documentTypes: PhraseIndex;
  documentKinds: Map<string, { kind: Lexicon['documentTypes'][number]['kind']; namePrecedes: boolean }>;
  documentTailWords: Set<string>;
  documentNotTail: PhraseIndex;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

/** Returns the lookup structures for a lexicon, built on first use and cached for the page's lifetime. */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const unitKinds = new Map<string, Lexicon['units'][number]['kind']>();
  for (const u of lex.units) unitKinds.set(tokenize(u.text).map((t) => t.key).join(' '), u.kind);
  const documentKinds = new Map<string, { kind: Lexicon['documentTypes'][number]['kind']; namePrecedes: boolean }>();
  for (const d of lex.documentTypes) {
    documentKinds.set(tokenize(d.text).map((t) => t.key).join(' '), { kind: d.kind, namePrecedes: d.namePrecedes ?? false });
  }
  const compiled: CompiledLexicon = {
    lex,
    surnames: buildWordSet(lex.surnames),
    compoundSurnames: buildPhraseIndex(lex.compoundSurnames),
    nameCues: buildPhraseIndex(lex.nameCues),
    citizenCues: buildPhraseIndex(lex.citizenCues),
    honorifics: buildPhraseIndex(lex.honorifics),
    ranks: buildPhraseIndex(lex.ranks),
    titleHeads: buildPhraseIndex(lex.titleHeads),
    titleStatus: buildWordSet(lex.titleStatus),
    titleTailWords: buildWordSet(lex.titleTailWords),
    titleTerminators: buildPhraseIndex(lex.titleTerminators),
    titleJoiners: buildWordSet(lex.titleJoiners),
    titleArticles: buildWordSet(lex.titleArticles),
    pluralMarkers: buildPhraseIndex(lex.pluralMarkers),
    notNameWords: buildWordSet(lex.notNameWords),
    placeClassifiers: phraseKeysOf(lex.placeClassifiers),
    placeNames: new Set(lex.placeNames.map(toAsciiKey)),
    historicalNames: new Set(lex.historicalNames.map(toAsciiKey)),
    speechVerbs: buildPhraseIndex(lex.speechVerbs),
    speechFrames: buildPhraseIndex(lex.speechFrames),
    directiveCues: buildPhraseIndex(lex.directiveCues),
    directiveCuesNeedTo: buildPhraseIndex(lex.directiveCuesNeedTo),
    obligationMarkers: buildPhraseIndex(lex.obligationMarkers),
    falseCues: buildPhraseIndex(lex.falseCues),
    falseCueList: phraseKeysOf(lex.falseCues),
    cueNounMarkers: buildWordSet(lex.cueNounMarkers),
    connectives: buildPhraseIndex(lex.connectives),
    speakerPronouns: buildWordSet(lex.speakerPronouns),
    orgHeads: buildPhraseIndex(lex.orgHeads),
    units: buildPhraseIndex(lex.units.map((u) => u.text)),
    unitKinds,
    prefixUnits: [...lex.prefixUnits].sort((a, b) => b.text.length - a.text.length),
    scaleWords: buildWordSet(lex.scaleWords),
    dateCuesBefore: phraseKeysOf(lex.dateCuesBefore),
    dateCuesAfter: buildPhraseIndex(lex.dateCuesAfter),
    ordinalCuesBefore: phraseKeysOf(lex.ordinalCuesBefore),
    ageCuesBefore: phraseKeysOf(lex.ageCuesBefore),
    labelStops: buildPhraseIndex(lex.labelStops),
    labelLeadIns: new Set(lex.labelLeadIns.flatMap((p) => tokenize(p).map((t) => t.key))),
    documentTypes: buildPhraseIndex(lex.documentTypes.map((d) => d.text)),
    documentKinds,
    documentTailWords: buildWordSet(lex.documentTailWords),
    documentNotTail: buildPhraseIndex(lex.documentNotTail),
  };
  cache.set(lex, compiled);
  return compiled;
}

/** Returns true when the tokens ending just before `end` spell one of `phrases` (keys). */
export function endsWithAny(tokens: readonly { key: string }[], end: number, phrases: readonly string[][]): boolean {
  for (const phrase of phrases) {
    const start = end - phrase.length;
    if (start < 0) continue;
    let ok = true;
    for (let j = 0; j < phrase.length; j++) {
      if (tokens[start + j]?.key !== phrase[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Returns the matching key of a phrase's tokens joined by spaces. */
export function keyOfTokens(tokens: readonly { key: string }[], start: number, end: number): string {
  const out: string[] = [];
  for (let i = start; i < end; i++) out.push(tokens[i]?.key ?? '');
  return out.join(' ');
}

export { toMatchKey };
