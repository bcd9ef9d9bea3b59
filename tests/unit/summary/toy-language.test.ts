import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { GENERIC, languageFor, registerLanguage, type Grammar, type Language, type Lexicon } from '../../../lib/summary/lang';
import { makeArticle } from './make-article';

// A made-up language ("qaa", BCP 47's private-use range) registered through the registry's public
// API: its lexicon and grammar are all it brings, and the stages find its officials, figures,
// directives and documents. Adding a language touches its own folder and the registry, nothing else.

const lexicon: Lexicon = {
  ...GENERIC.lexicon,
  code: 'qaa',
  nameWords: { min: 2, max: 3 },
  titleHeads: ['Vorzan', 'Vorzan Grumbat'],
  titleNeedsCapital: true,
  titleTerminators: ['kromat', 'blat', 'zu'],
  speechVerbs: ['blat'],
  directiveCues: ['kromat'],
  obligationMarkers: ['mugt'],
  addresseeEnds: ['mugt'],
  orgHeads: ['Grumbat'],
  units: [...GENERIC.lexicon.units, { text: 'glim', kind: 'money' }],
  scaleWords: ['milo'],
  labelMaxWords: 3,
  labelStops: ['zu'],
  documentTypes: [{ text: 'Dekret', kind: 'decree' }],
  documentNumberWords: ['nr'],
};

const grammar: Grammar = { ...GENERIC.grammar, refersBySurname: true };
const toy: Language = { code: 'qaa', lexicon, grammar };

const PARAGRAPHS = [
  'Vorzan Grumbat Pala Miko blat zu felda.',
  'Pala Miko kromat Grumbat Sorta tenkar ulva zim bruk.',
  'Felda tenkar 4500 glim zu 1200 flimbs.',
  'Dekret nr 12/ZK ulva zim.',
];

describe('a toy language registered through the registry', () => {
  let unregister: () => void = () => {};
  beforeAll(() => {
    unregister = registerLanguage(toy);
  });
  afterAll(() => unregister());

  it('is found by its code', () => {
    expect(languageFor('qaa')).toBe(toy);
  });

  it('gets officials, figures, directives and documents from its own data', () => {
    const s = deriveSummary(makeArticle('qaa', PARAGRAPHS));
    expect(s.lang).toBe('qaa');
    expect(s.unsupported).toEqual([]);
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Pala Miko', ['Vorzan Grumbat']]]);
    expect(s.figures.map((f) => [f.value, f.unit, f.kind])).toEqual(expect.arrayContaining([[4500, 'glim', 'money'], [1200, null, 'count']]));
    expect(s.directives.map((d) => [d.by, d.cue, d.text])).toEqual([['Pala Miko', 'kromat', 'kromat Grumbat Sorta tenkar ulva zim bruk']]);
    expect(s.documents.map((d) => [d.kind, d.code])).toEqual([['decree', '12/ZK']]);
  });

  it('leaves the page figures-only once removed', () => {
    unregister();
    expect(languageFor('qaa')).toBeNull();
    const s = deriveSummary(makeArticle('qaa', PARAGRAPHS));
    expect(s.unsupported).toEqual(['officials', 'people', 'directives']);
    expect(s.officials).toEqual([]);
    unregister = registerLanguage(toy);
  });
});
