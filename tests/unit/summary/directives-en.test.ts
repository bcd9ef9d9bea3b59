import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

const directivesOf = (paragraphs: string[]) => deriveSummary(makeArticle('en', paragraphs)).directives;

describe('directives (en): an obligation needs someone who can act', () => {
  it.each([
    ['"The river should fall by Friday, letting crews reach the bridge," Mayor Jane Roe said.'],
    ['"The new park should send a clear message to visitors," Governor John Doe said in a statement.'],
    ['Tuesday’s tax cut should be “read as a vote of confidence in the recovery,” Minister Tom Reyes said.'],
    ['Minister Tom Reyes said that these are not plans that one should be pursuing this year.'],
    ['"To keep growing, we need to build on what works," President Ann Lee said.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([text])).toEqual([]);
  });

  it.each([
    ['"Residents in low areas should move to higher ground," Mayor Jane Roe said.', 'Jane Roe'],
    ['"Free school meals should become universal," President Ann Lee said.', 'Ann Lee'],
    ['"Hospitals must report every case within a day," Minister Tom Reyes said.', 'Tom Reyes'],
  ])('a directive: %s', (text, by) => {
    expect(directivesOf([text])).toEqual([expect.objectContaining({ by })]);
  });
});

describe('directives (en): who issues a command', () => {
  it.each([
    ['Large crowds of protesters have called for the mayor’s resignation.'],
    ['Despite several reports urging new rules to curb noise, the council has done nothing.'],
    ['In a letter calling for the hearing, Mayor Jane Roe said the delays were costly.'],
    ['With no rules in place, campaigns have been pressing the limits to win attention.'],
    ['Dry weather persisted and forecasts called for strong winds on Sunday.'],
    ['The council cut about half of the mayor’s requested funding for new parks.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([text])).toEqual([]);
  });

  it.each([
    [['Tenant advocates are urging the council to cap rent increases.'], 'Tenant advocates'],
    [['The Ministry of Public Works has closed two bridges and requested daily safety checks on the rest.'], 'The Ministry of Public Works'],
    [['The Food Safety Authority (FSA) issued a warning.', 'FSA guidance recommends cooking chicken thoroughly.'], 'Food Safety Authority'],
    [['Governor John Doe spoke at the fair.', 'Later he urged farmers, “Plant early and plant often.”'], 'John Doe'],
    [['Mayor Jane Roe opened a session on the death of Governor John Doe and moves that all meetings be postponed until Monday.'], 'Jane Roe'],
  ])('%j', (paragraphs, by) => {
    expect(directivesOf(paragraphs)).toEqual([expect.objectContaining({ by })]);
  });
});

describe('directives (en): further cues', () => {
  it.each([
    ['The board demanded that the contract be cancelled.', 'demanded that'],
    ['Regulators are demanding answers from the bank.', 'demanding'],
    ['Health officials recommend all adults get a booster this winter.', 'recommend'],
    ['The parents pleaded with the school to reopen the library.', 'pleaded with'],
    ['Here is what we propose: cut the fee and extend the deadline.', 'propose'],
  ])('%s', (text, cue) => {
    expect(directivesOf(['Remarks of Mayor Jane Roe', text])[0]).toMatchObject({ cue });
  });

  it.each([
    ['The storm required the closure of two roads.'],
    ['The senator requested anonymity to discuss the talks.'],
    ['The tour is highly recommended for families.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([text])).toEqual([]);
  });
});
