import type { Grammar } from '../types';

// Vietnamese: modifiers follow the head ("Bộ trưởng Bộ Tài chính"), names open with a surname,
// words do not inflect, and people are referred to by cue + given name, not by surname.
export const grammar: Grammar = {
  modifiersBeforeHead: false,
  namesOpenWithSurname: true,
  refersBySurname: false,
  closedTitleTails: false,
  analysesSubjects: false,
  possessiveClitic: null,
  titleRecipientLink: null,
  titleFieldLink: null,
  infinitiveMarker: null,
  subjunctiveCopula: null,
  complementizers: ['rằng'],
  coordinator: 'và',
  conveyedBy: ['của'],
  topicMarkers: ['thì'],
  pluralEndings: [],
  progressiveEndings: [],
  pastEndings: [],
  countedNounAfter: true,
  commaListsCountedNouns: true,
  ordinalSuffixes: [],
};
