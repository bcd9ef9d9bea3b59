import { toAsciiKey, toMatchKey } from '../text/normalize';
import type { LabelPhrase } from './figure-label';
import type { DocumentTypeEntry, Grammar, Language, Lexicon } from './lang/types';
import { buildPhraseIndex, buildWordSet, phraseKeysOf, tokenize, type PhraseIndex } from './tokens';

// One place turns a language's data into the lookups every stage reads, once per language: stages
// receive a CompiledLexicon and never build or cache lookups of their own.

/** Lookups of the directive stage (cues, frames, subjects, tasks). */
export interface DirectiveLookups {
  grammar: Grammar;
  addresseeEnds: PhraseIndex;
  addresseeNouns: PhraseIndex;
  taskVerbs: PhraseIndex;
  salutations: PhraseIndex;
  complementBreaks: Set<string>;
  questionOpeners: Set<string>;
  questionMarks: Set<string>;
  prepositionalTo: Set<string>;
  addresseeRelatives: Set<string>;
  namedRelativeMarkers: Set<string>;
  passiveAuxiliaries: Set<string>;
  issuerFrames: PhraseIndex;
  conjunctions: Set<string>;
  commentarySubjects: PhraseIndex;
  titleHeads: PhraseIndex;
  enumerators: PhraseIndex;
  backAttributions: PhraseIndex;
  backAttributionCue: string;
  agentNouns: Set<string>;
  nonIssuers: Set<string>;
  nonAddressees: Set<string>;
  acronymLinks: Set<string>;
  auxiliaries: Set<string>;
  clitics: Set<string>;
  headBreaks: Set<string>;
  modifierOpeners: Set<string>;
  normativeVerbs: PhraseIndex;
  mandativeCues: PhraseIndex;
  quoteOrderCues: PhraseIndex;
  clauseOpeners: Set<string>;
  pronouns: Set<string>;
  documentIssueVerbs: PhraseIndex;
  issuePhrases: PhraseIndex;
  actionVerbs: PhraseIndex;
  taskSubjects: PhraseIndex;
  conditionOpeners: PhraseIndex;
  purposeOpeners: PhraseIndex;
  continuationOpeners: PhraseIndex;
  reportOpeners: PhraseIndex;
  pastMarkers: PhraseIndex;
  aimFrames: PhraseIndex;
  nonTaskMarkers: PhraseIndex;
  statementMarkers: PhraseIndex;
  directiveDocuments: PhraseIndex;
  passiveMarkers: PhraseIndex;
  cueNegations: PhraseIndex;
  cueObjectVerbs: PhraseIndex;
  cueDegreeWords: PhraseIndex;
  opinionSubjects: PhraseIndex;
  verdictVerbs: PhraseIndex;
  roleFrames: PhraseIndex;
  hostVerbs: PhraseIndex;
  nominalisers: Set<string>;
  contentOpeners: PhraseIndex;
  transcriptMarkers: PhraseIndex;
  questionerLabels: Set<string>;
  firstPerson: Set<string>;
  secondPerson: Set<string>;
  speakerLeadVerbs: PhraseIndex;
  speakerNouns: PhraseIndex;
  speakerNounLinks: Set<string>;
  subordinators: Set<string>;
  inanimatePronouns: Set<string>;
  resultMarkers: { markers: PhraseIndex; causes: PhraseIndex; notCauses: PhraseIndex } | null;
  causingVerbs: PhraseIndex;
  imperativeOpeners: PhraseIndex;
  letterCues: PhraseIndex;
  causativeCues: PhraseIndex;
  taskWithCues: PhraseIndex;
  issuerOnlyCues: PhraseIndex;
  enactVerbs: Set<string>;
  modalCuesNeedTo: PhraseIndex;
  resultOpeners: PhraseIndex;
  ruleNouns: Set<string>;
  listIntros: PhraseIndex;
  taskWithParticle: string | null;
  firstPersonActs: PhraseIndex;
  consequenceVerbs: PhraseIndex;
  ownNeedMarkers: PhraseIndex;
  clauseCoordinators: Set<string>;
  ownNeedSubjects: Set<string>;
  firstPersonCuesNeedTo: PhraseIndex;
  ownStatePredicates: PhraseIndex;
  entitlementPredicates: PhraseIndex;
  letterRequests: PhraseIndex;
  colonFrameParagraphs: number | null;
  relativePronouns: Set<string>;
  personRelatives: Set<string>;
  /** Determiners and possessives (lexicon.cueNounMarkers): a word opening a noun phrase. */
  determiners: Set<string>;
}

/** The optional title-grammar parts of a lexicon. */
export interface TitleLookups {
  innerWords: Set<string>;
  conjunctions: Set<string>;
  openers: Set<string>;
  introducers: PhraseIndex;
  courtesy: PhraseIndex;
  weak: Set<string>;
  particles: Set<string>;
  innerNouns: PhraseIndex;
  bridges: PhraseIndex;
  numberedUnits: PhraseIndex;
  numberedUnitTails: PhraseIndex;
  postNominals: PhraseIndex;
  bodyNameEnds: Set<string>;
  peerageCues: PhraseIndex;
  styleTitles: PhraseIndex;
  officeHeads: PhraseIndex;
  surnameHomographs: Set<string>;
  leadSpeakerVerbs: PhraseIndex;
  behalfCues: PhraseIndex;
  valedictions: PhraseIndex;
  signerOfficeFrames: PhraseIndex;
  officeGroups: PhraseIndex;
}

/** How a document-type word behaves. */
export interface DocumentTypeInfo {
  kind: DocumentTypeEntry['kind'];
  namePrecedes: boolean;
  nameMayFollow: boolean;
  lowercaseName: boolean;
  needsCodeOrQuote: boolean;
  lowercaseType: boolean;
  namesOne: boolean;
}

/** Lookups of the document stage. */
export interface DocumentLookups {
  types: Map<string, DocumentTypeInfo>;
  nameParts: PhraseIndex;
  yearNames: PhraseIndex;
  tailLinks: Set<string>;
  openers: Set<string>;
  /** A document code after the type word, with the language's number words before it ("số 22/CT-TTg"). */
  code: RegExp;
}

/** Figure-only lookups built from a lexicon's optional number data. */
export interface NumberLookups {
  words: Map<string, number>;
  multipliers: Map<string, number>;
  fractions: Map<string, number>;
  ratioParts: Map<string, number>;
  ratioPartLinks: PhraseIndex;
  ratioWords: PhraseIndex;
  thousandWords: Set<string>;
  /** A currency prefix glued to digits inside one word token ("RM6", "R4bn"). */
  gluedPrefix: RegExp | null;
  /** Characters to look back for a prefix unit ("yüzde " needs six). */
  prefixWindow: number;
  /** Single date words that name a month or day when a number follows ("15 tháng 3"). */
  dateWords: Set<string>;
  yearCues: string[][];
  rangeOpen: string[][];
  rangeJoin: PhraseIndex;
  changeNouns: Map<string, string>;
  shareOf: PhraseIndex;
  shareNoun: string | null;
  shareGroups: Set<string>;
  moneyIn: PhraseIndex;
  unitCompounds: PhraseIndex;
  hyphenUnits: Set<string>;
  approximators: string[][];
  timeRefs: { spans: PhraseIndex; spanWords: Set<string>; before: string[][]; after: PhraseIndex; afterMoney: string[][] } | null;
  unitNameCues: string[][];
  referenceCounts: { before: string[][]; nouns: PhraseIndex } | null;
  /** Lead-ins as whole phrases ("trị giá", "at least"). */
  leadIns: string[][];
  labelJoiners: Set<string>;
  post: { relatives: Set<string>; participles: Set<string>; endings: string[]; prepositions: Set<string>; maxWords: number } | null;
  clause: { relative: string; pastForms: Set<string>; perfects: Set<string>; progressives: Set<string>; stops: Set<string>; maxWords: number; passives: Set<string>; modals: Set<string>; passiveAuxiliaries: Set<string> } | null;
  modifierEndings: string[];
  labelRedirects: PhraseIndex;
  /** Suffixes glued to a number that make it an ordinal (keys). */
  ordinalSuffixes: Set<string>;
}

/** The grammar's markers as match keys. */
export interface GrammarLookups {
  complementizers: Set<string>;
  conveyedBy: Set<string>;
  topicMarkers: Set<string>;
}

/** A language turned into lookup structures once, so each summary only walks tokens. */
export interface CompiledLexicon {
  lex: Lexicon;
  grammar: Grammar;
  words: GrammarLookups;
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
  /** Match keys of the first words of placeNames: most capitalised words open no place, and are not looked up further. */
  placeFirstWords: Set<string>;
  historicalNames: Set<string>;
  /** Short given name → full given name, as ASCII keys. */
  givenNameForms: Map<string, string>;
  nameSuffixes: Set<string>;
  speechVerbs: PhraseIndex;
  speechFrames: PhraseIndex;
  directiveCues: PhraseIndex;
  directiveCuesNeedTo: PhraseIndex;
  obligationMarkers: PhraseIndex;
  falseCues: PhraseIndex;
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
  ordinalCuesAfter: PhraseIndex;
  ordinalCueExceptions: string[][];
  ageCuesBefore: string[][];
  ageRangeJoins: Set<string>;
  labelStops: PhraseIndex;
  labelLeadIns: Set<string>;
  documentTypes: PhraseIndex;
  documentTailWords: Set<string>;
  documentNotTail: PhraseIndex;
  /** Paragraph markers of credits and bylines (prepare). */
  markers: { credit: PhraseIndex; byline: PhraseIndex };
  directives: DirectiveLookups;
  titles: TitleLookups;
  documents: DocumentLookups;
  numbers: NumberLookups;
  /** Noun-phrase lookups for figure labels, or null when the lexicon has none (labels are then only cut at stops). */
  labelPhrase: LabelPhrase | null;
}

const LETTERS_ONLY_RE = /^\p{L}+$/u;

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileDirectives(lex: Lexicon, grammar: Grammar, titleHeads: PhraseIndex): DirectiveLookups {
  return {
    grammar,
    addresseeEnds: buildPhraseIndex(lex.addresseeEnds),
    addresseeNouns: buildPhraseIndex(lex.addresseeNouns ?? []),
    taskVerbs: buildPhraseIndex(lex.taskVerbs ?? []),
    salutations: buildPhraseIndex(lex.salutations ?? []),
    complementBreaks: buildWordSet(lex.complementBreaks ?? []),
    questionOpeners: buildWordSet(lex.questionOpeners ?? lex.complementBreaks ?? []),
    questionMarks: new Set(lex.questionMarks ?? []),
    prepositionalTo: buildWordSet(lex.prepositionalTo ?? []),
    addresseeRelatives: buildWordSet(lex.addresseeRelatives ?? []),
    namedRelativeMarkers: buildWordSet(lex.namedRelativeMarkers ?? []),
    passiveAuxiliaries: buildWordSet(lex.passiveAuxiliaries ?? []),
    issuerFrames: buildPhraseIndex(lex.issuerFrames ?? []),
    conjunctions: buildWordSet(lex.titleConjunctions ?? []),
    commentarySubjects: buildPhraseIndex(lex.commentarySubjects ?? []),
    titleHeads,
    enumerators: buildPhraseIndex(lex.enumerators ?? []),
    backAttributions: buildPhraseIndex(lex.backAttributions ?? []),
    backAttributionCue: lex.backAttributionCue ?? '',
    agentNouns: buildWordSet(lex.agentNouns ?? []),
    nonIssuers: buildWordSet(lex.nonIssuers ?? []),
    nonAddressees: buildWordSet(lex.nonAddressees ?? []),
    acronymLinks: buildWordSet(lex.acronymLinks ?? []),
    auxiliaries: buildWordSet(lex.subjectAuxiliaries ?? []),
    clitics: buildWordSet(lex.subjectClitics ?? []),
    headBreaks: buildWordSet(lex.headBreaks ?? []),
    modifierOpeners: buildWordSet(lex.modifierOpeners ?? []),
    normativeVerbs: buildPhraseIndex(lex.normativeVerbs ?? []),
    mandativeCues: buildPhraseIndex(lex.mandativeCues ?? []),
    quoteOrderCues: buildPhraseIndex(lex.quoteOrderCues ?? []),
    clauseOpeners: buildWordSet(lex.clauseOpeners ?? []),
    pronouns: buildWordSet(lex.subjectPronouns ?? []),
    documentIssueVerbs: buildPhraseIndex(lex.documentIssueVerbs ?? []),
    issuePhrases: buildPhraseIndex(lex.issuePhrases ?? []),
    actionVerbs: buildPhraseIndex(lex.actionVerbs ?? []),
    taskSubjects: buildPhraseIndex(lex.taskSubjects ?? []),
    conditionOpeners: buildPhraseIndex(lex.conditionOpeners ?? []),
    purposeOpeners: buildPhraseIndex(lex.purposeOpeners ?? []),
    continuationOpeners: buildPhraseIndex(lex.continuationOpeners ?? []),
    reportOpeners: buildPhraseIndex(lex.reportOpeners ?? []),
    pastMarkers: buildPhraseIndex(lex.pastMarkers ?? []),
    aimFrames: buildPhraseIndex(lex.aimFrames ?? []),
    nonTaskMarkers: buildPhraseIndex(lex.nonTaskMarkers ?? []),
    statementMarkers: buildPhraseIndex(lex.statementMarkers ?? []),
    directiveDocuments: buildPhraseIndex(lex.directiveDocuments ?? []),
    passiveMarkers: buildPhraseIndex(lex.passiveMarkers ?? []),
    cueNegations: buildPhraseIndex(lex.cueNegations ?? []),
    cueObjectVerbs: buildPhraseIndex(lex.cueObjectVerbs ?? []),
    cueDegreeWords: buildPhraseIndex(lex.cueDegreeWords ?? []),
    opinionSubjects: buildPhraseIndex(lex.opinionSubjects ?? []),
    verdictVerbs: buildPhraseIndex(lex.verdictVerbs ?? []),
    roleFrames: buildPhraseIndex(lex.roleFrames ?? []),
    hostVerbs: buildPhraseIndex(lex.hostVerbs ?? []),
    nominalisers: buildWordSet(lex.nominalisers ?? []),
    contentOpeners: buildPhraseIndex(lex.contentOpeners ?? []),
    transcriptMarkers: buildPhraseIndex(lex.transcriptMarkers ?? []),
    questionerLabels: new Set(lex.questionerLabels ?? []),
    firstPerson: buildWordSet(lex.firstPersonWords ?? []),
    secondPerson: buildWordSet(lex.secondPersonWords ?? []),
    speakerLeadVerbs: buildPhraseIndex(lex.speakerLeadVerbs ?? []),
    speakerNouns: buildPhraseIndex(lex.speakerNouns ?? []),
    speakerNounLinks: new Set((lex.speakerNounLinks ?? []).map((w) => w.toLowerCase())),
    subordinators: buildWordSet(lex.subordinators ?? []),
    inanimatePronouns: buildWordSet(lex.inanimatePronouns ?? []),
    causingVerbs: buildPhraseIndex(lex.causingVerbs ?? []),
    resultMarkers: lex.resultMarkers ? { markers: buildPhraseIndex(lex.resultMarkers.markers), causes: buildPhraseIndex(lex.resultMarkers.causes), notCauses: buildPhraseIndex(lex.resultMarkers.notCauses ?? []) } : null,
    imperativeOpeners: buildPhraseIndex(lex.imperativeOpeners ?? []),
    letterCues: buildPhraseIndex(lex.letterCues ?? []),
    causativeCues: buildPhraseIndex(lex.causativeCues ?? []),
    taskWithCues: buildPhraseIndex(lex.taskWithCues ?? []),
    issuerOnlyCues: buildPhraseIndex(lex.issuerOnlyCues ?? []),
    enactVerbs: buildWordSet(lex.enactVerbs ?? []),
    modalCuesNeedTo: buildPhraseIndex(lex.modalCuesNeedTo ?? []),
    resultOpeners: buildPhraseIndex(lex.resultOpeners ?? []),
    ruleNouns: buildWordSet(lex.ruleNouns ?? []),
    listIntros: buildPhraseIndex(lex.listIntros ?? []),
    taskWithParticle: lex.taskWithParticle ? toMatchKey(lex.taskWithParticle) : null,
    firstPersonActs: buildPhraseIndex(lex.firstPersonActs ?? []),
    consequenceVerbs: buildPhraseIndex(lex.consequenceVerbs ?? []),
    ownNeedMarkers: buildPhraseIndex(lex.ownNeedMarkers ?? []),
    clauseCoordinators: buildWordSet(lex.clauseCoordinators ?? []),
    ownNeedSubjects: buildWordSet(lex.ownNeedSubjects ?? []),
    firstPersonCuesNeedTo: buildPhraseIndex(lex.firstPersonCuesNeedTo ?? []),
    ownStatePredicates: buildPhraseIndex(lex.ownStatePredicates ?? []),
    entitlementPredicates: buildPhraseIndex(lex.entitlementPredicates ?? []),
    letterRequests: buildPhraseIndex(lex.letterRequests ?? []),
    colonFrameParagraphs: lex.colonFrameParagraphs ?? null,
    relativePronouns: buildWordSet(lex.relativePronouns ?? []),
    personRelatives: buildWordSet(lex.personRelatives ?? []),
    determiners: buildWordSet(lex.cueNounMarkers),
  };
}

function compileTitles(lex: Lexicon): TitleLookups {
  return {
    innerWords: buildWordSet(lex.titleInnerWords ?? []),
    conjunctions: buildWordSet(lex.titleConjunctions ?? []),
    openers: buildWordSet(lex.openerWords ?? []),
    introducers: buildPhraseIndex(lex.titleIntroducers ?? []),
    courtesy: buildPhraseIndex(lex.courtesyCues ?? []),
    weak: new Set((lex.weakTitles ?? []).map(toMatchKey)),
    particles: buildWordSet(lex.nameParticles ?? []),
    innerNouns: buildPhraseIndex(lex.titleInnerNouns ?? []),
    bridges: buildPhraseIndex(lex.titleBridges ?? []),
    numberedUnits: buildPhraseIndex(lex.titleNumberedUnits ?? []),
    numberedUnitTails: buildPhraseIndex(lex.titleNumberedUnitTails ?? []),
    postNominals: buildPhraseIndex(lex.postNominals ?? []),
    bodyNameEnds: buildWordSet(lex.bodyNameEnds ?? []),
    peerageCues: buildPhraseIndex(lex.peerageCues ?? []),
    styleTitles: buildPhraseIndex(lex.styleTitles ?? []),
    officeHeads: buildPhraseIndex(lex.officeHeads ?? []),
    surnameHomographs: buildWordSet(lex.surnameHomographs ?? []),
    leadSpeakerVerbs: buildPhraseIndex(lex.leadSpeakerVerbs ?? []),
    behalfCues: buildPhraseIndex(lex.behalfCues ?? []),
    valedictions: buildPhraseIndex(lex.valedictions ?? []),
    signerOfficeFrames: buildPhraseIndex(lex.signerOfficeFrames ?? []),
    officeGroups: buildPhraseIndex(lex.officeGroups ?? []),
  };
}

function compileDocuments(lex: Lexicon): DocumentLookups {
  const types = new Map<string, DocumentTypeInfo>();
  for (const e of lex.documentTypes) {
    types.set(tokenize(e.text).map((t) => t.key).join(' '), {
      kind: e.kind,
      namePrecedes: e.namePrecedes ?? false,
      nameMayFollow: e.nameMayFollow ?? false,
      lowercaseName: e.lowercaseName ?? false,
      needsCodeOrQuote: e.needsCodeOrQuote ?? false,
      lowercaseType: e.lowercaseType ?? false,
      namesOne: e.namesOne ?? false,
    });
  }
  // A code is a number, optionally with "/" or "-" parts: "22/CT-TTg", "30/2020/NĐ-CP", "14110".
  const numberWords = [...(lex.documentNumberWords ?? [])].sort((a, b) => b.length - a.length).map(escapeRe);
  const lead = numberWords.length ? `(?:(?:${numberWords.join('|')})\\s*)?` : '';
  return {
    types,
    nameParts: buildPhraseIndex(lex.documentNameParts ?? []),
    yearNames: buildPhraseIndex(lex.documentYearNames ?? []),
    tailLinks: buildWordSet(lex.documentTailLinks ?? []),
    openers: buildWordSet(lex.openerWords ?? []),
    // A space typed after a dash before the issuer's capitals ("1332/QĐ- BYT") is the same code.
    code: new RegExp(`^\\s*${lead}(\\d[\\p{L}\\p{N}]*(?:[/-][\\p{L}\\p{N}]+|- \\p{Lu}[\\p{Lu}\\p{N}]*(?!\\p{Ll}))*)`, 'u'),
  };
}

function compileNumbers(lex: Lexicon, grammar: Grammar): NumberLookups {
  const words = new Map<string, number>();
  for (const [word, value] of Object.entries(lex.numberWords ?? {})) words.set(toMatchKey(word), value);
  const letterPrefixes = lex.prefixUnits.map((u) => u.text).filter((t) => LETTERS_ONLY_RE.test(t)).sort((a, b) => b.length - a.length);
  const wordMap = (table: Record<string, number> | undefined) => new Map(Object.entries(table ?? {}).map(([word, value]) => [toMatchKey(word), value]));
  return {
    words,
    multipliers: wordMap(lex.numberMultipliers),
    fractions: wordMap(lex.fractionWords),
    ratioParts: wordMap(lex.ratioParts?.words),
    ratioPartLinks: buildPhraseIndex(lex.ratioParts?.links ?? []),
    ratioWords: buildPhraseIndex(lex.ratioWords ?? []),
    thousandWords: new Set((lex.thousandWords ?? []).map(toMatchKey)),
    gluedPrefix: letterPrefixes.length ? new RegExp(`^(?:${letterPrefixes.map(escapeRe).join('|')})(?=\\d)`) : null,
    prefixWindow: Math.max(4, ...lex.prefixUnits.map((u) => u.text.length + 1)),
    rangeOpen: phraseKeysOf(lex.rangeWords?.open ?? []),
    rangeJoin: buildPhraseIndex(lex.rangeWords?.join ?? []),
    changeNouns: new Map(Object.entries(lex.changeNouns ?? {}).map(([verb, noun]) => [toMatchKey(verb), noun])),
    shareOf: buildPhraseIndex(lex.shareOf ?? []),
    shareNoun: lex.shareNoun?.text ?? null,
    shareGroups: new Set([...(lex.shareNoun?.groups ?? []), ...(lex.agentNouns ?? [])].map(toMatchKey)),
    moneyIn: buildPhraseIndex(lex.moneyIn ?? []),
    unitCompounds: buildPhraseIndex(lex.unitCompounds ?? []),
    hyphenUnits: buildWordSet(lex.hyphenUnits ?? []),
    approximators: phraseKeysOf(lex.approximators ?? []),
    timeRefs: lex.timeReferences
      ? { spans: buildPhraseIndex(lex.timeReferences.spans), spanWords: new Set(lex.timeReferences.spans.map(toMatchKey)), before: phraseKeysOf(lex.timeReferences.before), after: buildPhraseIndex(lex.timeReferences.after), afterMoney: phraseKeysOf(lex.timeReferences.afterMoney ?? []) }
      : null,
    unitNameCues: phraseKeysOf(lex.unitNameCues ?? []),
    referenceCounts: lex.referenceCounts ? { before: phraseKeysOf(lex.referenceCounts.before), nouns: buildPhraseIndex(lex.referenceCounts.nouns) } : null,
    leadIns: phraseKeysOf(lex.labelLeadIns),
    labelJoiners: new Set((lex.labelJoiners ?? []).map(toMatchKey)),
    post: lex.labelPostModifiers
      ? {
        relatives: new Set(lex.labelPostModifiers.relatives.map(toMatchKey)),
        participles: new Set(lex.labelPostModifiers.participles.map(toMatchKey)),
        endings: lex.labelPostModifiers.participleEndings.map(toMatchKey),
        prepositions: new Set(lex.labelPostModifiers.prepositions.map(toMatchKey)),
        maxWords: lex.labelPostModifiers.maxWords,
      }
      : null,
    clause: lex.labelSubjectClause
      ? {
        relative: lex.labelSubjectClause.relative,
        pastForms: buildWordSet(lex.labelSubjectClause.pastForms),
        perfects: buildWordSet(lex.labelSubjectClause.perfects),
        progressives: buildWordSet(lex.labelSubjectClause.progressives),
        stops: buildWordSet(lex.labelSubjectClause.stops),
        maxWords: lex.labelSubjectClause.maxWords,
        passives: buildWordSet(lex.labelSubjectClause.passives ?? []),
        modals: buildWordSet(lex.labelSubjectClause.modals ?? []),
        passiveAuxiliaries: buildWordSet(lex.labelSubjectClause.passiveAuxiliaries ?? []),
      }
      : null,
    modifierEndings: (lex.labelModifierEndings ?? []).map(toMatchKey),
    labelRedirects: buildPhraseIndex(lex.labelRedirects ?? []),
    yearCues: phraseKeysOf(lex.yearCuesBefore ?? []),
    dateWords: new Set(lex.dateCuesBefore.filter((w) => !w.includes(' ')).map(toMatchKey)),
    ordinalSuffixes: buildWordSet(grammar.ordinalSuffixes),
  };
}

function compileLabelPhrase(lex: Lexicon): LabelPhrase | null {
  const p = lex.labelPhrase;
  if (!p) return null;
  const keys = (words: string[] | undefined) => buildWordSet(words ?? []);
  return {
    functionWords: buildPhraseIndex(p.functionWords),
    verbs: buildPhraseIndex(p.verbs),
    nouns: buildPhraseIndex(p.nouns ?? []),
    rates: buildPhraseIndex(p.rates ?? []),
    copulas: phraseKeysOf(p.copulas ?? []),
    prepositions: keys(p.prepositions),
    auxiliaries: keys(p.auxiliaries),
    perfects: keys(p.perfects),
    adjectives: keys(p.adjectives),
    links: keys(p.links),
    objectVerbEndings: (p.objectVerbEndings ?? []).map(toMatchKey),
    hedges: buildPhraseIndex(p.hedges ?? []),
    spans: keys(p.spans),
    comparisons: buildPhraseIndex(p.comparisons ?? []),
    levels: buildPhraseIndex(p.levels ?? []),
    progressiveEndings: (p.progressiveEndings ?? []).map(toMatchKey),
    nonHeads: buildPhraseIndex(p.nonHeads ?? []),
    classifiers: buildPhraseIndex(p.classifiers ?? []),
    possessions: buildPhraseIndex(p.possessions ?? []),
  };
}

const cache = new WeakMap<Language, CompiledLexicon>();

/** Returns every lookup the stages read for a language, built on first use and kept with the language. */
export function compileLexicon(language: Language): CompiledLexicon {
  const hit = cache.get(language);
  if (hit) return hit;
  const { lexicon: lex, grammar } = language;
  const unitKinds = new Map<string, Lexicon['units'][number]['kind']>();
  for (const u of lex.units) unitKinds.set(tokenize(u.text).map((t) => t.key).join(' '), u.kind);
  const titleHeads = buildPhraseIndex(lex.titleHeads);
  const compiled: CompiledLexicon = {
    lex,
    grammar,
    words: {
      complementizers: buildWordSet(grammar.complementizers),
      conveyedBy: buildWordSet(grammar.conveyedBy),
      topicMarkers: buildWordSet(grammar.topicMarkers),
    },
    surnames: buildWordSet(lex.surnames),
    compoundSurnames: buildPhraseIndex(lex.compoundSurnames),
    nameCues: buildPhraseIndex(lex.nameCues),
    citizenCues: buildPhraseIndex(lex.citizenCues),
    honorifics: buildPhraseIndex(lex.honorifics),
    ranks: buildPhraseIndex(lex.ranks),
    titleHeads,
    titleStatus: buildWordSet(lex.titleStatus),
    titleTailWords: buildWordSet(lex.titleTailWords),
    titleTerminators: buildPhraseIndex(lex.titleTerminators),
    titleJoiners: buildWordSet(lex.titleJoiners),
    titleArticles: buildWordSet(lex.titleArticles),
    pluralMarkers: buildPhraseIndex(lex.pluralMarkers),
    notNameWords: buildWordSet(lex.notNameWords),
    placeClassifiers: phraseKeysOf(lex.placeClassifiers),
    placeNames: new Set(lex.placeNames.map(toAsciiKey)),
    placeFirstWords: new Set(lex.placeNames.map((p) => tokenize(p)[0]?.key ?? '')),
    historicalNames: new Set(lex.historicalNames.map(toAsciiKey)),
    nameSuffixes: new Set((lex.nameSuffixes ?? []).map(toAsciiKey)),
    givenNameForms: new Map(Object.entries(lex.givenNameForms ?? {}).map(([short, full]) => [toAsciiKey(short), toAsciiKey(full)])),
    speechVerbs: buildPhraseIndex(lex.speechVerbs),
    speechFrames: buildPhraseIndex(lex.speechFrames),
    directiveCues: buildPhraseIndex([...lex.directiveCues, ...(lex.issuerOnlyCues ?? [])]),
    directiveCuesNeedTo: buildPhraseIndex(lex.directiveCuesNeedTo),
    obligationMarkers: buildPhraseIndex(lex.obligationMarkers),
    falseCues: buildPhraseIndex(lex.falseCues),
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
    ordinalCuesAfter: buildPhraseIndex(lex.ordinalCuesAfter ?? []),
    ordinalCueExceptions: phraseKeysOf(lex.ordinalCueExceptions ?? []),
    ageCuesBefore: phraseKeysOf(lex.ageCuesBefore),
    ageRangeJoins: buildWordSet(lex.ageRangeJoins ?? []),
    labelStops: buildPhraseIndex(lex.labelStops),
    labelLeadIns: new Set(lex.labelLeadIns.flatMap((p) => tokenize(p).map((t) => t.key))),
    documentTypes: buildPhraseIndex(lex.documentTypes.map((d) => d.text)),
    documentTailWords: buildWordSet(lex.documentTailWords),
    documentNotTail: buildPhraseIndex(lex.documentNotTail),
    markers: { credit: buildPhraseIndex(lex.creditMarkers), byline: buildPhraseIndex(lex.bylineMarkers) },
    directives: compileDirectives(lex, grammar, titleHeads),
    titles: compileTitles(lex),
    documents: compileDocuments(lex),
    numbers: compileNumbers(lex, grammar),
    labelPhrase: compileLabelPhrase(lex),
  };
  cache.set(language, compiled);
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

/** Whether a word's key ends with one of the endings (an inflection of the grammar). */
export function hasSuffix(key: string, endings: readonly string[]): boolean {
  return endings.some((e) => key.endsWith(e));
}

/** Returns the matching key of a phrase's tokens joined by spaces. */
export function keyOfTokens(tokens: readonly { key: string }[], start: number, end: number): string {
  const out: string[] = [];
  for (let i = start; i < end; i++) out.push(tokens[i]?.key ?? '');
  return out.join(' ');
}

/** Longest place name looked up as a run of capitalised words. */
const PLACE_WORDS_MAX = 4;

/** End of a known place name (lexicon.placeNames) of two or more capitalised words starting at i ("Cần Thơ"), or -1. */
export function placeNameEnd(tokens: readonly { key: string; kind: string; cap: boolean }[], i: number, limit: number, c: CompiledLexicon): number {
  if (!c.placeFirstWords.has(tokens[i]?.key ?? '')) return -1;
  for (let end = Math.min(limit, i + PLACE_WORDS_MAX); end > i + 1; end--) {
    let caps = true;
    for (let k = i; k < end && caps; k++) caps = tokens[k]?.kind === 'word' && !!tokens[k]?.cap;
    if (caps && c.placeNames.has(toAsciiKey(keyOfTokens(tokens, i, end)))) return end;
  }
  return -1;
}

export { toMatchKey };
