import type { Grammar } from '../types';

// English: modifiers precede the head ("French President"), any capitalised run may be a
// name, a surname alone refers back, and verbs and nouns inflect (-s, -ing, -ed).
export const grammar: Grammar = {
  modifiersBeforeHead: true,
  namesOpenWithSurname: false,
  refersBySurname: true,
  closedTitleTails: true,
  analysesSubjects: true,
  possessiveClitic: 's',
  titleRecipientLink: 'to',
  titleFieldLink: 'of',
  infinitiveMarker: 'to',
  subjunctiveCopula: 'be',
  complementizers: ['that'],
  coordinator: 'and',
  conveyedBy: [],
  topicMarkers: [],
  pluralEndings: ['s'],
  progressiveEndings: ['ing'],
  pastEndings: ['ed'],
  countedNounAfter: false,
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
};
