import type { Lexicon } from '../types';

// Used for figures only, on pages whose language has no lexicon: separators come from Intl, and
// only language-neutral units (%, currency symbols) and digits-based dates are known.
export const generic: Lexicon = {
  code: 'und',
  surnames: [], compoundSurnames: [], nameWords: { min: 2, max: 4 }, nameCues: [], citizenCues: [], honorifics: [],
  ranks: [], titleHeads: [], titleStatus: [], titleTailWords: [], pluralMarkers: [], titleNeedsCapital: false,
  titleTerminators: [], titleJoiners: [], titleArticles: [], notNameWords: [], placeClassifiers: [], placeNames: [],
  historicalNames: [], creditMarkers: [], bylineMarkers: [], speechVerbs: [], speechFrames: [], directiveCues: [],
  directiveCuesNeedTo: [], obligationMarkers: [], falseCues: [], cueNounMarkers: [],
  addresseeEnds: [], connectives: [], speakerPronouns: [], orgHeads: [],
  units: [
    { text: '%', kind: 'percent' }, { text: '‰', kind: 'percent' }, { text: 'USD', kind: 'money' },
    { text: 'EUR', kind: 'money' }, { text: 'km', kind: 'measure' }, { text: 'kg', kind: 'measure' },
    { text: 'ha', kind: 'measure' }, { text: 'Prozent', kind: 'percent' }, { text: 'bin', kind: 'number' },
  ],
  prefixUnits: [
    { text: 'US$', kind: 'money' }, { text: '$', kind: 'money' }, { text: '€', kind: 'money' }, { text: '£', kind: 'money' },
    { text: '¥', kind: 'money' }, { text: '₺', kind: 'money' }, { text: '₹', kind: 'money' }, { text: '%', kind: 'percent' },
    { text: 'yüzde', kind: 'percent' }, { text: 'Yüzde', kind: 'percent' }, { text: 'asilimia', kind: 'percent' },
  ],
  scaleWords: [],
  dateCuesBefore: [],
  // CJK date and time characters written after the number: 2023年1月5日.
  dateCuesAfter: ['年', '月', '日', '号', '时', '点', '分', '秒', '岁', '年度'],
  ordinalCuesBefore: [],
  ageCuesBefore: [],
  // Turkish writes one numeral with its thousands word inside: "11 bin 37" = 11037.
  thousandWords: ['bin'],
  labelMaxWords: 3,
  labelStops: [],
  labelLeadIns: [],
  documentTypes: [],
  documentTailWords: [],
  documentNotTail: [],
};
