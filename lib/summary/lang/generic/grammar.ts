import type { Grammar } from '../types';

// Pages in a language without a folder of its own: figures only, read with no word-order or
// inflection rules at all.
export const grammar: Grammar = {
  modifiersBeforeHead: false,
  namesOpenWithSurname: false,
  refersBySurname: false,
  closedTitleTails: false,
  analysesSubjects: false,
  possessiveClitic: null,
  titleRecipientLink: null,
  titleFieldLink: null,
  infinitiveMarker: null,
  subjunctiveCopula: null,
  complementizers: [],
  coordinator: null,
  conveyedBy: [],
  topicMarkers: [],
  pluralEndings: [],
  progressiveEndings: [],
  pastEndings: [],
  countedNounAfter: true,
  ordinalSuffixes: [],
};
