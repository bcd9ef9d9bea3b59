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
    ['"Prices can and should fall by June," Minister Tom Reyes said.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([text])).toEqual([]);
  });

  it.each([
    ['"Residents in low areas should move to higher ground," Mayor Jane Roe said.', 'Jane Roe'],
    ['"Free school meals should become universal," President Ann Lee said.', 'Ann Lee'],
    ['"Hospitals must report every case within a day," Minister Tom Reyes said.', 'Tom Reyes'],
    ['"The industry can and must do much better than this," Minister Tom Reyes said.', 'Tom Reyes'],
    ['"So every company should publish its pay gap," Minister Tom Reyes said.', 'Tom Reyes'],
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
    // The enactor of a rule gives the command in its relative clause (issuer.enactor; e-en-gov-1, e-en-gov-2).
    [['Press Secretary Jane Roe briefed reporters on ticket prices.', 'New York has enacted legislation that requires ticket sellers to disclose the total price.'], 'New York'],
    [['Press Secretary Jane Roe briefed reporters on ticket prices.', 'Eight states have now passed laws that require employers to post salary ranges.'], 'Eight states'],
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

describe('directives (en): round 3 (infinitives, adjectives, parentheticals, reporting organisations)', () => {
  it.each([
    // "to" after "according" or before an article is a preposition, not an order's infinitive.
    ['Inspectors skipped their required rounds, according to court records.'],
    ['Minister Tom Reyes told the crowd to the south that help was coming.'],
    // No addressee and no passive: the subject's own wish.
    ['The family of the pilot had asked to share its thanks with the crew.'],
    // After another verb, the cue is an adjective on a plural thing.
    ['Guards failed to conduct required checks on inmates and forged logs to cover it.'],
    // A new clause before the infinitive: the "to" belongs to it.
    ['Mayor Jane Roe told reporters it was her duty to report the leak.'],
    // A listed measure is a plan, not a call.
    ['Mayor Jane Roe said the city would act, including calling for a state inquiry.'],
    // A demonstrative subject makes the modal a comment.
    ['Minister Tom Reyes spoke on Monday. And that should worry every investor.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf(text.split(/(?<=\.) (?=And )/))).toEqual([]);
  });

  it.each([
    // A parenthetical naming someone else sits between the subject and the verb.
    [['The Transport Authority - which has criticised Mayor Jane Roe for months - called for an urgent audit of the line.'], 'Transport Authority'],
    // An organisation reporting an obligation voices it.
    [['Minister Tom Reyes spoke first.', 'The appeals court ruled on Monday that landlords must repay the deposits.'], 'appeals court'],
    [['Minister Tom Reyes spoke first.', 'The teachers union is adamant that class sizes must be capped.'], 'teachers union'],
    // A passive requirement and a bill's requirement still order someone.
    [['Under the Housing Department rules, tenants are required to register within a month.'], null],
    [['The Water Board would require farms to report their usage every week.'], 'Water Board'],
    // A frame naming the organisation whose rules oblige.
    [['On the Revenue Agency’s new form, sellers are required to list every sale.'], 'Revenue Agency'],
  ])('a directive: %s', (paragraphs, by) => {
    const found = directivesOf(paragraphs);
    expect(found).toHaveLength(1);
    if (by !== null) expect(found[0]?.by).toBe(by);
  });
});

it('does not read "the Bill" as a person whose first name is Bill', () => {
  const found = directivesOf(['Opposition Leader Bill Shorten spoke on Monday.', 'The Bill would require carriers to keep records for two years.']);
  expect(found).toEqual([expect.objectContaining({ by: null })]);
});

describe('directives (en): questions, conditionals and rhetoric in a statement order nothing', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it.each([
    ['Did the councils need to respond to the letter?'],
    ['Is it because the firms want no publicity, or must the agencies keep the list private?'],
    ['If we copied that model, exporters would have to seek a separate licence in every market.'],
    ['When you look at the costs of leaving, you have to ask: why would anyone take that risk.'],
    ['Not that I have to report on every meeting in this context.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([lead, text])).toEqual([]);
  });

  it('keeps a statement obligation voiced by the speaker', () => {
    expect(directivesOf([lead, 'Councils must publish their plans by June.'])).toEqual([expect.objectContaining({ by: 'Jane Roe' })]);
  });
});

describe('directives (en): a speaker\'s requests in the present tense', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it.each([
    ['I urge every council to publish its plan by June.', 'I urge every council to publish its plan by June'],
    ['I call on the water companies to stop the spills.', 'I call on the water companies to stop the spills'],
    ['I hope you will start proposing areas where funding is needed.', 'I hope you will start proposing areas where funding is needed'],
  ])('a directive: %s', (text, directive) => {
    expect(directivesOf([lead, text])).toEqual([expect.objectContaining({ text: directive, by: 'Jane Roe' })]);
  });
});

describe('directives (en): a cue after a quantifier or demonstrative is an adjective', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it.each([
    ['So let me walk you through these three recommended steps are simple.'],
    ['The team was devising some recommended changes to the rota.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([lead, text])).toEqual([]);
  });
});

describe('directives (en): a page in its own first-person voice has a narrator', () => {
  const page = (title: string, lead: string, paragraphs: string[]) =>
    deriveSummary({ url: 'https://example.test/a', title, byline: null, siteName: null, lang: 'en', publishedTime: null, lead, paragraphs }).directives;
  const speech = (paragraphs: string[]) => page('Transport Secretary speech to the Guild of Bus Operators',
    'Roe addresses the annual meeting of the guild.', ['Thank you. I am glad to be with you all today.', ...paragraphs]);

  it('gives a speech\'s first- and second-person directives to the speaker the lead names', () => {
    const ds = speech(['You must publish your timetables by June.', 'I hope each of you will encourage your drivers to take the course.']);
    expect(ds.map((d) => [d.text, d.by, d.rules])).toEqual([
      ['You must publish your timetables by June', 'Roe', ['cue.obligation', 'issuer.narrator']],
      ['I hope each of you will encourage your drivers to take the course', 'Roe', ['cue.obligation', 'issuer.narrator']],
    ]);
  });

  it('gives the narrator a first-person request after a clause naming an organisation', () => {
    const ds = speech(['The Department for Transport is already a member and I encourage you all to join as well.']);
    expect(ds.map((d) => [d.by, d.rules[1]])).toEqual([['Roe', 'issuer.narrator']]);
  });

  it.each([
    ['It is reassuring to know that these are recognised as real issues which need to be addressed.'],
    ['With permission, Mr Speaker, I should like to make a statement about the depot fire.'],
  ])('not a directive (a relative clause on a thing, a polite wish): %s', (text) => {
    expect(speech([text])).toEqual([]);
  });

  it('keeps the call in a relative clause on people', () => {
    expect(speech(['The drivers are not the only ones who should take the course: every manager should too.']).length).toBeGreaterThan(0);
  });

  it.each([
    ['We need businesses to step up their game.', 'We need businesses to step up their game'],
    ['We look to the operators to offer better training.', 'We look to the operators to offer better training'],
    ['We are requiring faster improvements in customer service.', 'We are requiring faster improvements in customer service'],
    ["We're encouraging them to run the course again.", "We're encouraging them to run the course again"],
  ])('reads the speaker\'s call on someone to act: %s', (text, task) => {
    expect(speech([text]).map((d) => [d.text, d.by])).toEqual([[task, 'Roe']]);
  });

  it('reads travel advice as a directive of the body giving it', () => {
    expect(directivesOf(['The Foreign Office advises against all but essential travel to the region.']).map((d) => [d.text, d.by]))
      .toEqual([['advises against all but essential travel to the region', 'Foreign Office']]);
  });

  it('reads a campaign that "encourages" its audience as no order', () => {
    expect(speech(['The Safe Roads campaign encourages young drivers to take a second test.'])).toEqual([]);
  });

  it('gives the speaker her own requests and requirements', () => {
    const ds = speech(['I have asked the Inspectorate to review the rota by spring.', 'And we will require operators to publish their accident data.']);
    expect(ds.map((d) => [d.by, d.rules.at(-1)])).toEqual([['Roe', 'issuer.narrator'], ['Roe', 'issuer.narrator']]);
  });

  it('keeps the voice when the speaker says she worked with someone', () => {
    const ds = speech(['As I said in March, I have been working with the Health Secretary, John Doe, on the plan.', 'You must also take ownership of the new board.']);
    expect(ds.map((d) => d.by)).toEqual(['Roe']);
  });

  it('reads negative imperatives, owned subjects and negated modals as orders', () => {
    const ds = speech(['Do not wait for permission.', 'Don’t look to the ministry for cover.', 'Your safety plans should reflect local priorities.',
      'Reform should not happen without the input of the operators.', 'I am clear that you should have a say on the fares.']);
    expect(ds.map((d) => d.text)).toEqual(['Do not wait for permission', 'Don’t look to the ministry for cover',
      'Your safety plans should reflect local priorities', 'Reform should not happen without the input of the operators',
      'I am clear that you should have a say on the fares']);
    expect(ds.every((d) => d.by === 'Roe')).toBe(true);
  });

  it('reads the audience named as the agent after the verb as told', () => {
    expect(speech(['I can not prescribe it.', 'The push for reform must come from you and your boards.']).map((d) => d.by)).toEqual(['Roe']);
  });

  it.each([
    ['Where you think the rules need to be changed, I will listen.'],
    ['Because transport should be accountable to the towns it serves.'],
    ['And the delays you will have to handle can be severe.'],
    ['The scheme gives them the skills and confidence they need to drive safely.'],
  ])('not a directive: %s', (text) => {
    expect(speech([text])).toEqual([]);
  });

  it('gives a press release\'s impersonal calls to the organisation its lead opens with', () => {
    const ds = page('New check-up campaign', 'WHA’s Fit Life campaign is helping adults live more healthily.', [
      'New figures from the Widget Health Agency (WHA) show that adults walk too little, and our app can help.',
      'People are being urged to take the online quiz before the holidays.',
      'People need to walk more and sleep better.',
      'We would also encourage people to book a check-up when invited.',
    ]);
    expect(ds.map((d) => [d.by, d.rules.at(-1)])).toEqual([
      ['Widget Health Agency', 'issuer.narrator'], ['Widget Health Agency', 'issuer.narrator'], ['Widget Health Agency', 'issuer.narrator'],
    ]);
  });

  it('hands a quoted person the paragraph after "X said:" and not the rest of the page', () => {
    const ds = page('New check-up campaign', 'WHA’s Fit Life campaign is helping adults live more healthily.', [
      'New figures from the Widget Health Agency (WHA) show that we walk too little, and our app can help.',
      'Our quiz takes five minutes.',
      'Dr Jane Roe, Director of Health at WHA, said:',
      'Adults need to walk more every day.',
      'Background notes follow.',
      'People need to sleep better.',
    ]);
    expect(ds.map((d) => d.by)).toEqual(['Jane Roe', 'Widget Health Agency']);
  });

  it('takes an office opening the lead as the speaker when no name is given', () => {
    const ds = page('Speech on trade', 'The Trade Minister outlined the plan to exporters in Leeds.',
      ['I am glad to be here.', 'I know we can do more.', 'You must register your goods by May.']);
    expect(ds.map((d) => d.by)).toEqual(['Trade Minister']);
  });

  // Speeches and statements whose speaker is named only in the headline or the lead, in its many forms.
  const spoken = ['Thank you. I am glad to be with you all today.', 'You must publish your timetables by June.',
    'We will require operators to publish their accident data.'];
  it.each([
    ['Jane Roe’s speech at the bus safety summit', '', 'Jane Roe'],
    ['Jane Roe\'s speaking note for the bus safety summit', '', 'Jane Roe'],
    ['Speech by Jane Roe, Minister for Transport, at the bus safety summit', '', 'Jane Roe'],
    ['Remarks of Governor Tom Reyes at the depot opening', '', 'Tom Reyes'],
    ['Bus safety summit speech', 'The Rt Hon Jane Roe MP delivered this speech at the bus safety summit.', 'Jane Roe'],
    ['The Rt Hon Jane Roe MP speech at the bus safety summit', '', 'Jane Roe'],
    ['Minister Jane Roe’s keynote at the bus safety summit', '', 'Jane Roe'],
    ['Department of Roads statement on bus safety', '', 'Department of Roads'],
  ])('gives a speech to the speaker its headline or lead names: %s | %s', (title, lead, by) => {
    expect(page(title, lead, spoken).map((d) => [d.by, d.rules.at(-1)])).toEqual([[by, 'issuer.narrator'], [by, 'issuer.narrator']]);
  });

  it.each([
    ['Statement by the Press Secretary on the bus plan', 'Press Secretary'],
    ['Statement from Press Secretary Jane Roe on the bus plan', 'Jane Roe'],
  ])('gives a one-sentence first-person call to the speaker of a headline that names a statement: %s', (title, by) => {
    const ds = page(title, '', ['The Governor welcomes the bus plan passed by the Assembly.', 'We urge the Senate to pass it without delay.']);
    expect(ds.map((d) => [d.by, d.rules.at(-1)])).toEqual([[by, 'issuer.narrator']]);
  });

  it('reads the speaker\'s own "we are asking …" as a request, and another\'s as a report', () => {
    const ds = page('Jane Roe’s speech at the bus safety summit', '', ['Thank you. I am glad to be here.', 'I know we can do more.',
      'We are asking every operator to publish its accident data.', 'I would ask you all to check your tyres.',
      'Drivers are asking the council to fix the depot.']);
    expect(ds.map((d) => [d.text, d.by])).toEqual([['We are asking every operator to publish its accident data', 'Jane Roe'],
      ['I would ask you all to check your tyres', 'Jane Roe']]);
  });

  it('gives a ceremonial speech\'s "My Government will …" to its speaker', () => {
    const ds = page('The Sovereign’s gracious speech to Parliament', '', ['My Lords and Members of the Assembly.',
      'My Government will require operators to publish their accident data.', 'My Ministers will bring forward a bill on buses.']);
    expect(ds.map((d) => [d.by, d.rules.at(-1)])).toEqual([['The Sovereign', 'issuer.narrator']]);
  });

  it('gives a letter to the name signing it when its office follows on a line of its own', () => {
    const ds = page('Bus safety plan', '', ['Dear colleagues,', 'I am writing about the plan.',
      'We will require operators to publish their accident data.', 'Yours sincerely,', 'Jane Roe', 'Minister for Transport']);
    expect(ds.map((d) => d.by)).toEqual(['Jane Roe']);
  });

  it('prefers the name signing a letter to the office its headline names', () => {
    const ds = page('Letter from the Governor to the Speaker of the Assembly', '', ['Dear Madam Speaker:',
      'I am writing about the plan.', 'As you know, my office has studied it.', 'I hereby direct the Department of Roads to publish its accident data.',
      'Sincerely,', 'TOM REYES']);
    expect(ds.map((d) => d.by)).toEqual(['TOM REYES']);
  });

  it('gives a statement to the one official the page names when its headline and lead name nobody', () => {
    const ds = page('Statement on the bus plan', '', ['We are publishing the plan today.', 'Our plan is ready.',
      'Operators must publish their accident data by June.', 'The plan was welcomed by Mayor Jane Roe, who spoke at the depot.']);
    expect(ds.map((d) => d.by)).toEqual(['Jane Roe']);
  });

  it.each([
    ['We will build 40 new depots.'],
    ['We will invest in cleaner buses and our plan will cut delays.'],
    ['We should all be proud of the plan.'],
    ['My Government will continue to work with its allies.'],
    ['We should all be proud of what the drivers have achieved.'],
    ['We must never forget the crews who kept the buses running.'],
    ['It is right that we should pause and reflect on the year.'],
    ['Every driver should have the chance to train for the new routes.'],
  ])('a first-person pledge or plan is not a directive: %s', (text) => {
    expect(page('Jane Roe’s speech at the bus safety summit', '', ['Thank you. I am glad to be here.', 'I know we can do more.', text])).toEqual([]);
  });

  it('has no narrator on a page that does not speak in the first person', () => {
    expect(page('Storm warning', 'Officials issued a warning on Monday.', ['Do not touch fallen wires.'])).toEqual([]);
  });
});

describe('directives (en): a piece of a sentence is no directive', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it.each([
    ['The council has worked with the ministry to deliver intensive community orders over the next year.'],
    ['The board has requested this on your behalf.'],
    ['The director accepted them and directed that they be implemented.'],
    ['The counsel had been tasked with devising some improvements to safeguard the records.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([lead, text])).toEqual([]);
  });

  it('keeps the cue in a mandative clause', () => {
    expect(directivesOf(['Senator Jane Roe moves that all sittings be suspended until Monday.'])[0]?.text).toBe('moves that all sittings be suspended until Monday');
  });
});

describe('directives (en): an "X said:" frame hands X one paragraph', () => {
  it('reads the narrative after the quoted paragraph in nobody\'s voice', () => {
    const ds = directivesOf(['Transport Minister Jane Roe said:', 'Drivers must slow down near schools.',
      'Last year the department took advice on the limits that the government should consult on.']);
    expect(ds.map((d) => [d.text, d.by])).toEqual([['Drivers must slow down near schools', 'Jane Roe']]);
  });
  it('keeps an object relative clause out but a subject relative in', () => {
    expect(directivesOf(['Jane Roe, the minister, said:', 'A network of depots has grown which I think we must build on.'])).toEqual([]);
    expect(directivesOf(['“The clerks are not the only ones who should resign – every one of their managers should go,” Minister Jane Roe said.'])).toHaveLength(1);
  });
});

describe('directives (en): a passive order keeps its subject', () => {
  const lead = 'Health Minister Jane Roe said on Monday:';
  it('starts the item at the people told', () => {
    expect(directivesOf([lead, 'Drivers are being urged to check their tyres before the holidays.'])[0]).toMatchObject({
      text: 'Drivers are being urged to check their tyres before the holidays', to: 'Drivers',
    });
  });
  it('drops a subjectless passive inside a report', () => {
    expect(directivesOf([lead, 'Thousands of users have tried the app so far and where needed, been directed to call a nurse.'])).toEqual([]);
  });
});

describe('directives (en): a minister\'s commissions and letters', () => {
  const page = (paragraphs: string[]) => deriveSummary({ url: 'https://example.test/a', title: 'Road safety statement', byline: null, siteName: null,
    lang: 'en', publishedTime: null, lead: 'Transport Secretary Jane Roe gave a statement to Parliament.', paragraphs: ['I would like to update the House.', ...paragraphs] }).directives;

  it('reads "I commissioned X to …" as an order, past an appositive after the name', () => {
    const ds = page(['Last year I commissioned the Road Inspectorate to inspect every depot.',
      'Today I commissioned John Doe, the chief executive of the Drivers College, to review the training of new drivers.']);
    expect(ds.map((d) => [d.text, d.by])).toEqual([['I commissioned the Road Inspectorate to inspect every depot', 'Jane Roe'],
      ['I commissioned John Doe, the chief executive of the Drivers College, to review the training of new drivers', 'Jane Roe']]);
  });

  it('gives a letter\'s request to its addressee (cue.letter)', () => {
    const ds = page(['This is a duty that should protect riders, and so I have written to all bus operators to tell them to fit the new mirrors.',
      'Today I have written to every council in the region inviting them to join the scheme.']);
    expect(ds.map((d) => [d.text, d.to, d.rules])).toEqual([
      ['I have written to all bus operators to tell them to fit the new mirrors', 'all bus operators', ['cue.letter', 'issuer.narrator']],
      ['I have written to every council in the region inviting them to join the scheme', 'every council in the region', ['cue.letter', 'issuer.narrator']],
    ]);
  });

  it.each([
    ['I have written to the council about the delays.'],
    ['I wrote to the operators to explain the new timetable.'],
    ['A report commissioned by the council found the roads were safe.'],
  ])('not a directive: %s', (text) => {
    expect(page([text])).toEqual([]);
  });
});

describe('directives (en): subjects around relative clauses, and the speaker\'s own needs', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('reads the noun before a subject relative as the subject of the modal', () => {
    expect(directivesOf([lead, 'So all foreign firms which own land in the region will have to register their owners.'])).toEqual([
      expect.objectContaining({ text: 'all foreign firms which own land in the region will have to register their owners', by: 'Jane Roe' }),
    ]);
  });
  it.each([
    ['I still need to hear from the operators.'],
    ['Not that I have to say it again.'],
    ['I should say we are confident the bill will pass.'],
    ['I must admit the figures surprised me.'],
  ])('not a directive (directive.drop.own-need): %s', (text) => {
    expect(directivesOf([lead, text])).toEqual([]);
  });
  it.each([
    [[lead, 'We also need to make sure that the fund reaches the towns.'], 'make sure that the fund reaches the towns', 'Jane Roe'],
    [['"To keep growing, we need to build on what works," President Ann Lee said.'], 'build on what works', 'Ann Lee'],
  ])('reads an inclusive "we need to …" as the speaker\'s call to act: %j', (paragraphs, text, by) => {
    expect(directivesOf(paragraphs)).toEqual([expect.objectContaining({ text: expect.stringContaining(text), by })]);
  });
});

describe('directives (en): a predicate after "and" shares the sentence\'s office (issuer.shared-subject)', () => {
  it.each([
    ['The Governor has also set a goal of cutting waste by half and has also directed agencies to sell unused offices.', 'The Governor'],
    ['Over the last months, the Governor met workers, visited plants, and urged the council to extend the credit.', 'the Governor'],
  ])('%s', (text, by) => {
    const found = directivesOf(['The state published its budget on Monday.', text]);
    expect(found.map((d) => [d.by, d.rules.includes('issuer.shared-subject')])).toEqual([[by, true]]);
  });
  it('leaves a predicate with its own subject to that subject', () => {
    const found = directivesOf(['The state published its budget on Monday.', 'The Governor spoke and the council urged agencies to sell unused offices.']);
    expect(found.map((d) => d.rules.includes('issuer.shared-subject'))).not.toContain(true);
  });
});

describe('directives (en): an acronym issuer spelled out where the page defines it', () => {
  it('gives "DOT" as "Department of Transportation" after "the Department of Transportation (DOT)"', () => {
    const found = directivesOf(['The Department of Transportation (DOT) published a dashboard of airline policies on Monday.', 'DOT ordered airlines to show the full price of a ticket up front.']);
    expect(found.map((d) => d.by)).toEqual(['Department of Transportation']);
  });
});

describe('directives (en): an organisation named by its head alone', () => {
  it('ends the name at its head ("the Department continues to …") and spells it out from the earlier full name', () => {
    const found = directivesOf(['The Department of Education published guidance on Monday.', 'In addition, the Department continues to encourage colleges to register students to vote.']);
    expect(found.map((d) => [d.by, d.to])).toEqual([['Department of Education', 'colleges']]);
  });
});

describe('directives (en): a proposal as a verb', () => {
  it.each([
    ['The Governor has proposed a two-year freeze in state worker pay.', 'proposed a two-year freeze in state worker pay'],
    ['The Governor said he is proposing a cap on fees.', 'proposing a cap on fees'],
  ])('%s', (text, task) => {
    expect(directivesOf(['The state published its budget on Monday.', text]).map((d) => d.text)).toEqual([task]);
  });
  it('gives a pronoun\'s proposal to the office named before it in the sentence (issuer.referent)', () => {
    const found = directivesOf(['The state published its budget on Monday.', 'That is why today the Governor will announce that he’s proposing a two-year freeze in state worker pay.']);
    expect(found.map((d) => [d.by, d.rules.includes('issuer.referent')])).toEqual([['the Governor', true]]);
  });
  it('reads "call for" in the base form as a call, and "a call for" as the noun', () => {
    expect(directivesOf(['The state published its budget on Monday.', 'The Governor continues to call for the passage of the Fair Pay Act.']).map((d) => [d.by, d.text]))
      .toEqual([['The Governor', 'call for the passage of the Fair Pay Act']]);
    expect(directivesOf(['The state published its budget on Monday.', 'The council issued a call for evidence on the plan.'])).toEqual([]);
  });
  it('reads the adjective "proposed" as no proposal', () => {
    expect(directivesOf(['The state published its budget on Monday.', 'The proposed limits were reconsidered after the hearing.'])).toEqual([]);
  });
});

describe('directives (en): an amount of work owed by nobody named, an obligation denied', () => {
  it.each([
    ['More work needs to be done on the reforms.'],
    ['They have taken steps, but more needs to be done.'],
    ["The list will be e-mailed so she doesn't have to read the names aloud."],
    ['Councils do not need to apply again.'],
    ['The Governor is committed to pressing this agenda because it is the right thing to do for our children.'],
    ['I think the characterization of regular order has to be understood within the context of the vote.'],
  ])('not a directive (directive.drop.false-cue): %s', (text) => {
    expect(directivesOf(['Home Secretary Jane Roe said on Monday:', text])).toEqual([]);
  });
  it.each([
    ['You ought to vote no on the bill.', 'vote no'],
    ['It is incumbent upon every elected official to address this challenge.', 'every elected official to address this challenge'],
  ])('reads "ought to" and "it is incumbent upon" as obligations: %s', (text, task) => {
    expect(directivesOf(['Home Secretary Jane Roe said on Monday:', text]).map((d) => [d.by, d.text])).toEqual([['Jane Roe', expect.stringContaining(task)]]);
  });
  it('still reads a prohibition ("must not")', () => {
    expect(directivesOf(['Home Secretary Jane Roe said on Monday:', 'Councils must not close the shelters this winter.']).map((d) => d.by)).toEqual(['Jane Roe']);
  });
  it('still reads a named addressee\'s duty', () => {
    expect(directivesOf(['Home Secretary Jane Roe said on Monday:', 'Councils need to do more on the reforms.']).map((d) => d.by)).toEqual(['Jane Roe']);
  });
});

describe('directives (en): performatives and inverted conditions in a letter', () => {
  const letter = (paragraphs: string[]) => deriveSummary({ url: 'https://example.test/a', title: 'Letter from the Governor to the Speaker', byline: null,
    siteName: null, lang: 'en', publishedTime: null, lead: 'Dear Madam Speaker:', paragraphs: ['I write about the flood fund.', ...paragraphs] }).directives;
  it('reads the writer\'s designation as the act (cue.first-person-act), not a designated thing', () => {
    expect(letter(['On May 2, I designated $2 million of the fund as emergency money for the river towns.', 'The designated towns were told on Friday.'])
      .map((d) => [d.text, d.rules[0]])).toEqual([['I designated $2 million of the fund as emergency money for the river towns', 'cue.first-person-act']]);
  });
  it('gives the letter to the official who signs it', () => {
    const signed = deriveSummary({ url: 'https://example.test/a', title: 'Letter from the Governor to the Speaker', byline: null, siteName: null, lang: 'en',
      publishedTime: null, lead: 'Dear Madam Speaker:', paragraphs: ['I write about the flood fund.', 'My office has met the towns.', 'I hereby release $3 million to support the river towns.', 'Sincerely,', 'JANE ROE'] });
    expect(signed.directives.map((d) => d.by)).toEqual([signed.officials[0]?.name ?? 'JANE ROE']);
  });
  it('reads "I hereby …" as the act', () => {
    expect(letter(['I hereby release a further $3 million to support the river towns.']).map((d) => d.text)).toEqual(['I hereby release a further $3 million to support the river towns']);
  });
  it.each([
    ['We will write to you again should additional repairs be needed.'],
    ['Should you need more detail, my office will send it.'],
  ])('not a directive: %s', (text) => {
    expect(letter([text])).toEqual([]);
  });
});

describe('directives (en): forecasts and descriptions in a statement', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it.each([
    ['I believe that they should contribute to a fall in the number of stops.'],
    ['These changes should lead to shorter queues at the border.'],
    ['Operators will raise the bar for a licence and that operator must reasonably show the buses are safe.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf([lead, text])).toEqual([]);
  });
  it('keeps an official told to contribute', () => {
    expect(directivesOf([lead, 'You should contribute to the review before May.'])).toHaveLength(1);
  });
});

describe('directives (en): a causative wish', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('reads "we need this adopted …" as a call (cue.causative)', () => {
    expect(directivesOf([lead, 'Of course it does – we need this adopted in every region, not just some regions.'])).toEqual([
      expect.objectContaining({ text: 'we need this adopted in every region, not just some regions', by: 'Jane Roe', rules: ['cue.causative', 'issuer.speaker'] }),
    ]);
  });
  it.each([['We need more money for the roads.'], ['The towns need this funding renewed.']])('not a directive: %s', (text) => {
    expect(directivesOf([lead, text])).toEqual([]);
  });
});

describe('directives (en): a briefing transcript\'s speaker labels', () => {
  const briefing = (paragraphs: string[]) => deriveSummary({ url: 'https://example.test/a', title: 'Press Briefing on the Spill Bill by Carol Browner and Jeff Liebman',
    byline: null, siteName: null, lang: 'en', publishedTime: null,
    lead: 'Carol Browner, Assistant to the President for Energy, and Jeff Liebman, Acting Deputy Director of the Office of Management and Budget, joined the call.',
    paragraphs }).directives;

  it('gives an item the page voices to the labelled speaker, and leaves the label out of its text', () => {
    const ds = briefing(['MR. LIEBMAN: Thank you. We have a plan.', 'MR. LIEBMAN: Yes. That is why we need appropriations now to make sure we can do the work.']);
    expect(ds.map((d) => [d.text, d.by, d.rules[1]])).toEqual([['we need appropriations now to make sure we can do the work', 'Jeff Liebman', 'issuer.speaker-label']]);
  });

  it('reads a word of the label as no issuer', () => {
    const ds = briefing(['MR. LIEBMAN: The legislation calls for a one-cent increase in the oil tax.']);
    expect(ds.map((d) => [d.by, d.rules[1]])).toEqual([['Jeff Liebman', 'issuer.speaker-label']]);
  });

  it('reads "requested of us" with nothing after it as no task (directive.drop.anaphoric)', () => {
    expect(briefing(['SECRETARY CLINTON: We are doing what the government has requested of us.'])).toEqual([]);
  });

  it('reads nothing from a reporter\'s question (directive.drop.question-label)', () => {
    const asked = 'Following up on that, the Coast Guard has ordered the companies to pay for all of the clean-up. Is that the plan?';
    expect(briefing([asked]).length).toBe(1);
    expect(briefing([`Q ${asked}`, 'MR. LIEBMAN: We will see.'])).toEqual([]);
  });
});

describe('directives (en): a passive order', () => {
  it('keeps its subject as the addressee, never as the issuer', () => {
    const [d] = deriveSummary(makeArticle('en', ['Health Secretary Jane Roe said on Monday:', 'Other passengers at lower risk will be asked to self-refer for screening.'])).directives;
    expect(d).toMatchObject({ to: 'Other passengers at lower risk' });
    expect(d?.by).not.toBe('Other passengers at lower risk');
  });
});

describe('directives (en): ", and" before a second subject with its own obligation (directive.coordinated-clause)', () => {
  it('gives each clause its own item, both of the speaker', () => {
    const found = directivesOf(['Home Secretary Jane Roe said on Monday:', 'Councils must open the shelters and staff them, and landlords must do the same.']);
    expect(found.map((d) => [d.by, d.text])).toEqual([
      ['Jane Roe', 'Councils must open the shelters and staff them'],
      ['Jane Roe', 'landlords must do the same'],
    ]);
    expect(found[1]!.rules).toContain('directive.coordinated-clause');
  });
  it.each([
    ['Councils must open the shelters, and they said so twice.'],
    ['Councils must open the shelters, and the money, which landlords should return, stays with them.'],
  ])('keeps one item when the second clause has no obligation of its own near its start: %s', (text) => {
    expect(directivesOf(['Home Secretary Jane Roe said on Monday:', text])).toHaveLength(1);
  });
});

describe('directives (en): "and" before a new capitalised subject, "over" as a preposition', () => {
  it('reads the obligation of a capitalised subject after "and" ("… over default and Republicans should pass …")', () => {
    const found = directivesOf(['Home Secretary Jane Roe said on Monday:', 'The leaders agree that they will not negotiate over the deadline and Republicans should pass a clean bill.']);
    expect(found.map((d) => [d.by, d.text])).toEqual([['Jane Roe', expect.stringContaining('Republicans should pass a clean bill')]]);
  });
  it('still reads "whether" before an obligation as a question (directive.drop.question)', () => {
    expect(directivesOf(['Home Secretary Jane Roe said on Monday:', 'Reporters asked whether Republicans should pass a clean bill.'])).toEqual([]);
  });
});

describe('directives (en): verbs that tell someone to act, and the same words as nouns or names', () => {
  it('a verb of telling after a comma list is still a verb ("…, called on them to …")', () => {
    const d = directivesOf(['Officials stressed the importance of their leadership, called on them to share data, and praised the plan.']);
    expect(d.map((x) => x.text)).toEqual([expect.stringContaining('them to share data')]);
  });

  it('"tasked X with V-ing" is a command in the active voice only', () => {
    expect(directivesOf(['The Governor tasked the new council with drafting a housing plan.']).map((x) => x.rules)).toEqual([expect.arrayContaining(['cue.task-with'])]);
    expect(directivesOf(['The council was tasked with drafting a housing plan.'])).toEqual([]);
  });

  it('a capitalised cue inside a Title Case name, and a plural cue after a noun, order nothing', () => {
    expect(directivesOf(['The department published Frequently Asked Questions to help schools apply.'])).toEqual([]);
    expect(directivesOf(['The grants fund extreme risk protection orders (red flag laws), to keep guns from those in crisis.'])).toEqual([]);
  });
});

describe('directives (en): two officials joined as the subject', () => {
  it('the first of "A and B called on …" issues the call', () => {
    const d = directivesOf(['President Jane Roe met Prime Minister John Doe on Monday.', 'President Roe and Prime Minister Doe called on both parliaments to ratify the treaty.']);
    expect(d.map((x) => [x.by, x.rules.includes('issuer.subject')])).toEqual([['Jane Roe', true]]);
  });
});

describe('directives (en): a call\'s ";" list and what a law does', () => {
  it('each bare verb after ";" in "call on X to A; B; and C" is one more item of the call', () => {
    const d = directivesOf(['The Governor called on the legislature to fund rural clinics; expand broadband to every county; and raise teacher pay.']);
    expect(d.map((x) => [x.text, x.by])).toEqual([
      ['called on the legislature to fund rural clinics', 'The Governor'],
      ['expand broadband to every county', 'The Governor'],
      ['raise teacher pay', 'The Governor'],
    ]);
  });

  it('a participle after a law noun orders nothing ("laws prohibiting …")', () => {
    expect(directivesOf(['Agencies will raise awareness of federal laws prohibiting discrimination in housing.'])).toEqual([]);
  });
});

describe('directives (en): gerund fragments after a call', () => {
  it('short gerund sentences right after a call are more of what it asks for; a later sentence is not', () => {
    const d = directivesOf(['I ask the legislature to send me a bill funding rural clinics. Expanding broadband. Raising teacher pay. I will sign it.']);
    expect(d.map((x) => x.text)).toEqual(['I ask the legislature to send me a bill funding rural clinics', 'Expanding broadband', 'Raising teacher pay']);
    expect(directivesOf(['The mayor opened the bridge. Expanding broadband.'])).toEqual([]);
  });
});

describe('directives (en): a plural cue word coordinated with a noun phrase is a noun', () => {
  it('"pill presses and their spare parts, used to …" orders nothing', () => {
    expect(directivesOf(['Officials will track pill presses and their spare parts, used to make counterfeit pills.'])).toEqual([]);
  });
});

describe('directives (en): base forms after a modal or "to"', () => {
  it('"will direct X to …" is a command; the adjective "direct support to …" is not', () => {
    expect(directivesOf(['The leaders will direct the trade ministers to finish the agreement.']).map((x) => x.text)).toEqual(['direct the trade ministers to finish the agreement']);
    expect(directivesOf(['The fund provides direct support to families in need.'])).toEqual([]);
  });
  it('"will continue to press X to …" is a call; "press" with no one told to act is not', () => {
    expect(directivesOf(['Governor Jane Roe said:', 'I will continue to press the council to do more to reopen the bridge.']).map((x) => [x.text, x.by]))
      .toEqual([['press the council to do more to reopen the bridge', 'Jane Roe']]);
    expect(directivesOf(['The press gathered to hear the council.'])).toEqual([]);
  });
});

describe('directives (en): an aside inside the object of a call', () => {
  it('a bracketed or dashed aside does not push the "to" out of reach', () => {
    const d = directivesOf(['The Department of Labor (DOL) will encourage grantees of the Rural Apprenticeship Scheme (RAS) program—which supports thousands of apprentices across the country in paying for training while at work—to raise wages for trainees.']);
    expect(d.map((x) => x.rules.includes('cue.command-need-to'))).toEqual([true]);
  });
});

describe('directives (en): a list of officials as the subject', () => {
  it('"A, B, and C agree that X should …" is issued by A', () => {
    const d = directivesOf(['Governor Jane Roe, Mayor John Doe, and Senator Ann Lee agree that the council should fund the clinic.']);
    expect(d.map((x) => x.by)).toEqual(['Jane Roe']);
  });
});

describe('directives (en): the verb of a purpose is an aim', () => {
  it('"in order to encourage X to …" orders nothing; a call before "in order to" stays', () => {
    expect(directivesOf(['The agency will share stories, in order to encourage other towns to adopt those plans.'])).toEqual([]);
    expect(directivesOf(['The Governor urged the legislature to act in order to protect renters.']).map((x) => x.by)).toEqual(['The Governor']);
  });
});

describe('directives (en): a readout\'s "underscored the need for X to …"', () => {
  it('is a call of the speaker; "eliminate the need for X to …" is not', () => {
    const d = directivesOf(['President Jane Roe spoke with Prime Minister John Doe today.', 'President Roe underscored the need for all countries to condemn the attacks.', 'The new clinics eliminate the need for patients to travel.']);
    expect(d.map((x) => [x.text, x.by])).toEqual([['underscored the need for all countries to condemn the attacks', 'Jane Roe']]);
  });
});

describe('directives (en): a government\'s request of funds or powers (issuerOnlyCues)', () => {
  it('reads "the Administration is requesting funding …" as its request, with no addressee', () => {
    const ds = directivesOf(['The budget was published on Monday.', 'Today the Administration is requesting funding to repair the bridges.']);
    expect(ds.map((d) => [d.text, d.by, d.to])).toEqual([['requesting funding to repair the bridges', 'the Administration', null]]);
  });
  it.each([['The family is requesting privacy at this time.'], ['Residents are seeking answers from the council.']])('not a directive: %s', (text) => {
    expect(directivesOf(['The budget was published on Monday.', text])).toEqual([]);
  });
});

describe('directives (en): a reported clause with a noun subject of its own', () => {
  it('gives "X said the leaders will direct Y to …" to the leaders; "X said she would direct …" stays X\'s', () => {
    expect(directivesOf(['Trade Representative Jane Roe said the leaders will direct the trade ministers to finish the deal.']).map((d) => [d.by, d.rules.at(-1)]))
      .toEqual([['the leaders', 'issuer.noun-subject']]);
    expect(directivesOf(['Governor Jane Roe said she would direct the agencies to act.']).map((d) => d.by)).toEqual(['Jane Roe']);
  });
});

describe('directives (en): an organisation word before an agent noun modifies it', () => {
  it('gives "Administration officials called on X to …" to the officials, not to the Administration named before', () => {
    const ds = directivesOf(['Yesterday, the Northern Administration convened state leaders.', 'Administration officials called on states to invest in training.']);
    expect(ds.map((d) => [d.by, d.rules.at(-1)])).toEqual([['Administration officials', 'issuer.noun-subject']]);
  });
});

describe('directives (en): "should be a …" judges; it tells nobody to act (directive.drop.copula)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('drops "be" and a noun phrase after the marker, keeps "be" and an adjective or a participle', () => {
    expect(directivesOf([lead, 'Health care should be a right for every family in the region.'])).toEqual([]);
    expect(directivesOf([lead, 'Every council should be ready to publish its plan by June.'])).toHaveLength(1);
  });
});

describe('directives (en): a readout\'s call with a noun object ("encouraged the expansion of …")', () => {
  it('reads "encouraged the expansion of exchanges" and "urged the release of" as calls, "encouraged them to" as before', () => {
    const lead = 'President Jane Roe met President Tom Hale of Northland on Monday.';
    expect(directivesOf([lead, 'The two leaders also encouraged the expansion of student and business exchanges.'])).toHaveLength(1);
    expect(directivesOf([lead, 'President Roe urged the release of all detained journalists.'])).toHaveLength(1);
    expect(directivesOf([lead, 'President Roe encouraged them to expand student exchanges.'])).toHaveLength(1);
  });
});

describe('directives (en): a long addressee list and an office written alone', () => {
  it('reads "calling on A, B, C, and D to …" as a call, however long the list', () => {
    const statement = ['Today I am proud to announce new funding for research on women\'s health across the country.', 'We also are calling on congressional leaders, the private sector, research institutions, and philanthropy to join us in this work.'];
    const ds = deriveSummary({ ...makeArticle('en', statement), title: 'Statement from Secretary Jane Roe on Women\'s Health' }).directives;
    expect(ds.map((d) => d.by)).toEqual(['Jane Roe']);
  });
  it('gives "The Chief of Staff has asked X to …" to the one official the page names with that office (issuer.office-holder)', () => {
    const ds = directivesOf(['As you know, the Northern Chief of Staff, Tom Hale, met the counsel on Monday to review the incident.', 'The Chief of Staff has accepted those recommendations and has asked the staff to begin implementing them immediately.']);
    expect(ds.map((d) => [d.by, d.rules.at(-1)])).toEqual([['Tom Hale', 'issuer.office-holder']]);
  });
});

describe('directives (en): a statement in the first person keeps its narrator\'s voice', () => {
  it('gives a later call to the headline\'s speaker, not to the official who asked the narrator, and reads "the urgency it demands" as no order', () => {
    const statement = [
      'I believe every family deserves a safe home. That is why the Governor and I have acted with the urgency it demands.',
      'In the year since Governor Tom Hale asked me to lead the Office of Safety, our office has done more than ever.',
      'County councils must now find the courage to act by passing the safety plan.',
    ];
    const s = deriveSummary({ ...makeArticle('en', statement), title: 'Statement from Lieutenant Governor Roe on the Anniversary of the Office of Safety' });
    expect(s.directives.map((d) => [d.text.split(' ').slice(0, 3).join(' '), d.by])).toEqual([['asked me to', 'Tom Hale'], ['County councils must', 'Roe']]);
  });
});

describe('directives (en): a judgement of necessity calls on the clause\'s subject', () => {
  it('reads "It is critically important that we …" and "It is essential that councils …" as directives', () => {
    const lead = 'Home Secretary Jane Roe said on Monday:';
    expect(directivesOf([lead, 'It is critically important that we keep our focus on the northern border this year.'])).toHaveLength(1);
    expect(directivesOf([lead, 'It is essential that councils publish their plans before the winter.'])).toHaveLength(1);
  });
});

describe('directives (en): what people should be able to do is an entitlement, no order (directive.drop.entitlement)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('drops "should be able to", "should not be subject to", "should not have to"; keeps an order to the same subject', () => {
    expect(directivesOf([lead, 'Tenants should be able to cancel a contract online in minutes.'])).toEqual([]);
    expect(directivesOf([lead, 'Tenants should not be subject to hidden fees in any contract.'])).toEqual([]);
    expect(directivesOf([lead, 'No family should have to wait months for a refund from a landlord.'])).toEqual([]);
    expect(directivesOf([lead, 'Landlords should publish every fee before a contract is signed.'])).toHaveLength(1);
  });
});

describe('directives (en): "directing X to:" opens a list of bare-verb items (cue.command-list)', () => {
  const list = ['The plan was published on Monday. Through today’s Presidential Memorandum, Governor Jane Roe is directing her agencies to:',
    'Establish a task force of state agencies. Its members include the transport office.',
    'Deliver concrete recommendations on road safety. Within 45 days, task force members will recommend concrete actions.',
    'Take a targeted approach.'];
  it('gives each item opening with a bare verb to the official who directs, and lists no intro', () => {
    const ds = directivesOf([...list, 'Today the Governor also spoke about it.']);
    expect(ds.filter((d) => d.rules.includes('directive.list-item')).map((d) => [d.text, d.by]))
      .toEqual([['Establish a task force of state agencies', 'Jane Roe'], ['Deliver concrete recommendations on road safety', 'Jane Roe'], ['Take a targeted approach', 'Jane Roe']]);
    expect(ds.some((d) => d.text.startsWith('directing'))).toBe(false);
  });
  it('takes a time word or a subheading with no closing mark for no item', () => {
    const ds = directivesOf([list[0]!, 'Today the Governor also spoke about it.', 'Boost pay for bus drivers']);
    expect(ds.filter((d) => d.rules.includes('directive.list-item'))).toEqual([]);
    const heading = directivesOf([list[0]!, 'Boost pay for bus drivers']);
    expect(heading.filter((d) => d.rules.includes('directive.list-item'))).toEqual([]);
  });
  it('reads a document title before the office as no person ("Presidential Memorandum, the Governor")', () => {
    expect(deriveSummary(makeArticle('en', list)).officials.map((o) => o.name)).toEqual(['Jane Roe']);
  });
});

describe('directives (en): a cue glued by a hyphen to the word before it is a compound adjective (directive.drop.compound)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('reads "self-directed" and "court-ordered" as no command; the verb standing alone still is one', () => {
    expect(directivesOf([lead, 'The department will pilot a new self-directed care program in five towns.'])).toEqual([]);
    expect(directivesOf([lead, 'The court-ordered review of the prison will start in March.'])).toEqual([]);
    expect(directivesOf([lead, 'The minister directed the prison service to start a review in March.'])).toHaveLength(1);
  });
});

describe('directives (en): a request and a challenge in the progressive by an office, a body or "we" tell someone to act (issuerOnlyCues)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('reads "is asking X to" and "are challenging X to" as directives, and "asking for" with nobody told as none', () => {
    expect(directivesOf([lead, 'The department is asking councils to publish their winter plans by March.'])).toHaveLength(1);
    expect(directivesOf([lead, 'We are challenging the opposition to drop their delay on the housing bill.'])).toHaveLength(1);
    expect(directivesOf([lead, 'Families have been asking for clearer rules on school transport.'])).toEqual([]);
  });
});

describe('directives (en): a negated command orders nothing (cueNegations)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('drops "no longer require X to", "did not ask X to"; keeps "must not require X to" and a plain command', () => {
    expect(directivesOf([lead, 'It is time for those who no longer require international protection to return home.'])).toEqual([]);
    expect(directivesOf([lead, 'The minister did not ask the council to close the depot.'])).toEqual([]);
    expect(directivesOf([lead, 'Employers must not require workers to disclose their salary history.'])).toHaveLength(1);
    expect(directivesOf([lead, 'The minister asked the council to close the depot.'])).toHaveLength(1);
  });
});

describe('directives (en): the speaker\'s "I would expect X to" is a call (firstPersonCuesNeedTo)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('reads "I would expect all visitors to leave" as a directive, "we expect this to continue" as none', () => {
    expect(directivesOf([lead, 'I would expect all visitors who have no right to remain to leave on the return flight.'])).toHaveLength(1);
    expect(directivesOf([lead, 'We expect this trend to continue into the spring.'])).toEqual([]);
  });
});

describe('directives (en): a decree\'s findings and grants of power order nobody (falseCues "hereby determine", …)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('drops "I hereby determine that …", "is hereby authorized to …", keeps "I hereby direct …" and "I hereby designate $2 million …"', () => {
    expect(directivesOf([lead, 'I hereby determine that assistance to the applicants contributes to the national interest.'])).toEqual([]);
    expect(directivesOf([lead, 'The Secretary is hereby authorized to use unallocated admissions in those regions.'])).toEqual([]);
    expect(directivesOf([lead, 'I hereby direct the Secretary to publish this determination in the Federal Register.'])).toHaveLength(1);
    expect(directivesOf([lead, 'I hereby designate an additional $2 million to support the relief effort.'])).toHaveLength(1);
  });
});

describe('directives (en): a relative clause on the addressee stands between the verb and its "to" (addresseeRelatives)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('reads "We urge anyone who believes … to report …" as a directive; "urged" with no "to" still tells nobody', () => {
    expect(directivesOf([lead, 'We urge anyone who believes their systems have been compromised in the ransomware incident to immediately report to the centre.'])).toHaveLength(1);
    expect(directivesOf([lead, 'Officials who urged caution in the ransomware incident have since been moved to other posts in the centre.'])).toEqual([]);
  });
});

describe('directives (en): a main clause after an if-clause with no comma (inSubordinate)', () => {
  const lead = 'Home Secretary Jane Roe said on Monday:';
  it('reads "If you work for these companies you will need to …" as a directive; "If you think the rule needs to …" stays a condition', () => {
    expect(directivesOf([lead, 'If you work for one of these companies you will either need to get vaccinated or test at least once a week.'])).toHaveLength(1);
    expect(directivesOf([lead, 'If you think the rule needs to change in the spring, tell your member of parliament about it soon.'])).toEqual([]);
  });
});

describe('directives (en): "we want you to", "I need you to" call on the audience (obligationMarkers)', () => {
  const lead = 'Vice President Jane Roe said on Monday:';
  it('reads "we want you to get those credits" as a directive; "we want to get those credits" as none', () => {
    expect(directivesOf([lead, 'We want you to get those credits this year.'])).toHaveLength(1);
    expect(directivesOf([lead, 'We want to get those credits to families this year.'])).toEqual([]);
  });
});
