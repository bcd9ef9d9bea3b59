// The engine's rules as named passes: every item of a Summary records the ids of the rules that made
// it (`rules`), and a Trace records the rule that dropped a candidate. Each entry says what the rule
// matches and what it emits, so `npm run summarize -- --explain` and `npm run eval -- -v` can say
// why an item is there (or is not) without reading the code.

export type Stage = 'officials' | 'figures' | 'directives' | 'documents';

interface RuleInfo {
  stage: Stage;
  matches: string;
  emits: string;
}

const rule = (stage: Stage, matches: string, emits: string): RuleInfo => ({ stage, matches, emits });

export const RULES = {
  // Officials and people: how a mention of a person was read.
  'person.name-form': rule('officials', 'a full name written again with the full form of its given name or with initials (lexicon.givenNameForms: "Joe Biden" … "Joseph R. Biden")', 'the same person, named as first written'),
  'person.cue-name': rule('officials', 'a name cue (lexicon.nameCues, ranks, citizenCues) then a personal name, titles after it', 'a person; an official when a title is found, or a peer ("Lord Hill": name Hill, titled Lord)'),
  'person.cue-given': rule('officials', 'a name cue then a single given name', 'a mention of a person named in full elsewhere'),
  'person.title-name': rule('officials', 'a title chain (titleHeads with status words, modifiers, organisation tail) then a name', 'an official with those titles'),
  'person.regnal-name': rule('officials', 'a title chain then a given name and a regnal number ("King Charles III")', 'the name with its number, holding the title'),
  'person.title-surname': rule('officials', 'a title chain then one capitalised word', 'a mention by surname; a person of its own when no full name matches'),
  'person.shared-title': rule('officials', 'a plural title before a colon (lexicon.pluralMarkers + a title chain + ":") and the names listed after it', 'the title added to each listed person'),
  'person.title-alone': rule('officials', 'a title chain with no name after it', 'a mention of the official who holds that title'),
  'person.name-titles': rule('officials', 'a personal name then titles after a dash, comma or bridge verb', 'an official with those titles'),
  'person.name-speech': rule('officials', 'a personal name next to a speech verb', 'a person (an official when titled elsewhere)'),
  'person.bare-name': rule('officials', 'a capitalised run that reads as a personal name', 'a person only when the article also introduces them with a cue or title'),
  'person.lead-name': rule('officials', 'the headline names an office alone and the lead opens with a full name before a lead verb (lexicon.leadSpeakerVerbs)', 'that person, holding the office'),
  'person.signature': rule('officials', 'a paragraph that is only a name after a letter\'s closing (lexicon.valedictions)', 'the writer, holding the office the headline names alone'),
  'person.signature-block': rule('officials', 'a closing line that is only a name (honorifics and post-nominals aside), then a last line that is only an office', 'the signer, holding that office'),
  'person.lead-surname': rule('officials', 'one capitalised word opening the article before a speaker verb (leadSpeakerVerbs), when the headline names an office alone', 'a mention by surname of that office\'s holder'),
  'person.office-group': rule('officials', 'a name met only bare, but a possessor or a subject before its verb, in a paragraph about the holders of one office (officeGroups)', 'an official of that office, no title written'),
  'person.surname-mention': rule('officials', "an official's surname (or family name first) alone", 'a mention, and titles written after it'),
  'person.drop.bare-only': rule('officials', 'a name only ever seen bare', 'nothing: no cue or title introduces it'),
  'person.drop.lower-unconfirmed': rule('officials', 'a lowercase title before a name never seen again', 'nothing'),
  'person.drop.historical': rule('officials', 'a name in lexicon.historicalNames', 'nothing: never a current official'),
  'person.drop.byline': rule('officials', 'a name inside the byline', 'nothing: the author'),
  // Figures: how a number was read and what it counts.
  'figure.number': rule('figures', 'a numeral in the locale\'s separators', 'a figure'),
  'figure.hyphen-unit': rule('figures', 'a number joined by a hyphen to a singular unit noun before a noun (lexicon.hyphenUnits: "a 33-year sentence")', 'a measure labelled by the noun after'),
  'figure.multiplied': rule('figures', 'a number times the multiplier word after it (lexicon.numberMultipliers: "two dozen" = 24)', 'one figure'),
  'figure.number-word': rule('figures', 'a spelled-out number (lexicon.numberWords)', 'a figure'),
  'figure.fraction': rule('figures', 'a fraction word before a share word or an article and a scale ("half of", "a quarter of", "half a million"; lexicon.fractionWords)', 'a figure; its label is what it is a share of'),
  'figure.thousand-word': rule('figures', 'two numerals joined by a thousands word (lexicon.thousandWords)', 'one figure'),
  'figure.ratio': rule('figures', 'two numbers joined by a ratio word or "/" ("five of 17")', 'a ratio figure with valueMax'),
  'figure.range': rule('figures', 'two numbers joined by a dash, or by range words around them', 'a range figure with valueMax'),
  'figure.prefix-unit': rule('figures', 'a unit written before the number (lexicon.prefixUnits)', 'the figure\'s unit and kind'),
  'figure.unit': rule('figures', 'a unit or scale word after the number (lexicon.units, scaleWords)', 'the figure\'s unit and kind'),
  'figure.slogan-items': rule('figures', 'a quoted number slogan whose items are listed after a colon', 'a count labelled by its items'),
  'label.span-only': rule('figures', 'a label that is only a span word (lexicon.timeReferences.spans: "eighteen months")', 'no label: the span is the figure'),
  'label.after': rule('figures', 'the noun phrase after the number', 'the label'),
  'label.bracket': rule('figures', 'a bracketed number after its noun ("(3 images)")', 'the label before the bracket'),
  'label.copula-subject': rule('figures', 'a subject before a copula and the number ("NP là 32 chuyến")', 'the subject as label'),
  'label.share-of': rule('figures', 'a share word after an amount (lexicon.shareOf)', 'what it is a share of'),
  'label.share-noun': rule('figures', 'a percentage of a whole that is no group of people (lexicon.shareNoun; agentNouns and its groups are people)', 'the share noun before what it is a share of'),
  'label.money-in': rule('figures', 'a money word after a sum (lexicon.moneyIn)', 'what the money is'),
  'label.level-subject': rule('figures', 'a level frame before a measured number (labelPhrase.levels: "tại mức")', 'the clause subject before its predicate as the label'),
  'label.change-of-previous': rule('figures', 'a change verb after a comma before a measured number with no label of its own (changeNouns)', 'the change noun and the previous figure\'s label in the sentence'),
  'label.subject-clause': rule('figures', 'a counted noun that is the subject of its clause (lexicon.labelSubjectClause)', 'the noun and its predicate as a relative clause in the label'),
  'label.before': rule('figures', 'the noun phrase before a measured number', 'the label'),
  'label.change-noun': rule('figures', 'a change verb before the number (lexicon.changeNouns)', 'the change noun in the label'),
  'label.change-target': rule('figures', 'a bare number before a change-to word and a second number ("từ 12 xuống còn 9 môn"; changeNouns with no noun)', 'the label of the second number'),
  'label.comparison': rule('figures', 'a comparison after the figure (labelPhrase.comparisons)', 'the comparison kept in the label'),
  'figure.drop.glued': rule('figures', 'a number glued to letters ("F-35", "G7", "8h30")', 'nothing'),
  'figure.drop.date-code': rule('figures', 'a number inside a date, time or code written with separators ("14:00", "12/3", "22/CT-TTg")', 'nothing'),
  'figure.drop.date-cue': rule('figures', 'a number after a date or year cue, or before a date word (dateCuesBefore/After, yearCuesBefore)', 'nothing'),
  'figure.drop.ordinal-cue': rule('figures', 'a number after an ordinal or term cue (ordinalCuesBefore), or before a legal code\'s abbreviation (ordinalCuesAfter: "8 U.S.C. 1157")', 'nothing'),
  'figure.drop.ordinal-list': rule('figures', 'a number listed after an ordinal ("khoản 1, 2 và 3", "Articles 4, 5 and 6")', 'nothing'),
  'figure.drop.ordinal-suffix': rule('figures', 'a number with an ordinal suffix (grammar.ordinalSuffixes)', 'nothing'),
  'figure.drop.ordinal-mark': rule('figures', "a number with an ordinal mark kept apart: a dot before a word where the locale writes ordinals so, a short hyphenated case ending in a non-Latin script", 'nothing'),
  'figure.drop.zero-group': rule('figures', 'a multi-digit zero ("000"): a digit group the locale does not join, never a quantity', 'nothing'),
  'figure.drop.time-ref': rule('figures', 'a span of time used as a time: a time word after it or before the number (lexicon.timeReferences: "ten years ago", "the last 20 years")', 'nothing'),
  'figure.drop.unit-name': rule('figures', 'a number closing the name of a numbered unit or body (lexicon.unitNameCues: "Sư đoàn Không quân 372")', 'nothing'),
  'figure.drop.reference': rule('figures', 'a number naming parties already met (lexicon.referenceCounts: "the two leaders", "the two sides")', 'nothing'),
  'figure.drop.age': rule('figures', 'an age: after an age cue, or in apposition ("Jane Roe, 45, said")', 'nothing'),
  'figure.drop.enumerator': rule('figures', 'a list enumerator opening the sentence ("1.", "2)")', 'nothing'),
  'figure.drop.phone': rule('figures', 'a phone number or a long digit string with a leading zero', 'nothing'),
  'figure.drop.period': rule('figures', 'a year range, a dd/mm date or a day-month with a dash', 'nothing'),
  'figure.drop.bare-year': rule('figures', 'a year with no unit', 'nothing'),
  'figure.drop.date-word': rule('figures', 'a day before a month word ("15 tháng 3")', 'nothing'),
  'figure.drop.no-label': rule('figures', 'a bare number with nothing it counts', 'nothing'),
  'figure.drop.same-label': rule('figures', 'a second count of the same noun in one sentence', 'nothing: a part of the first'),
  'figure.drop.duplicate': rule('figures', 'the same value, unit and label words as an earlier figure', 'nothing: listed once'),
  // Directives: the cue, the shape of the item, and who issued it.
  'cue.command': rule('directives', 'a command verb (lexicon.directiveCues) used as a verb', 'a directive with an addressee'),
  'cue.command-colon': rule('directives', 'a command verb followed by ":"', 'a directive'),
  'cue.command-list': rule('directives', '"directing his Administration to:" — a command whose infinitive is a list after the colon', 'the list it opens (its items are directive.list-item)'),
  'cue.command-need-to': rule('directives', 'a command verb with an object and an infinitive (directiveCuesNeedTo; firstPersonCuesNeedTo on a first-person subject: "we are asking X to")', 'a directive'),
  'cue.quoted-order': rule('directives', 'a command verb carrying its order as a quote (quoteOrderCues)', 'a directive'),
  'cue.mandative': rule('directives', 'a mandative cue and a subjunctive clause (mandativeCues)', 'a directive'),
  'cue.obligation': rule('directives', 'an obligation marker (obligationMarkers) voiced by someone', 'a directive'),
  'cue.letter': rule('directives', 'a letter verb and its addressee (letterCues: "written to X"), then a request taking "object + infinitive" (letterRequests: "to tell them to", "inviting them to")', 'a directive to the addressee'),
  'cue.task-with': rule('directives', 'an active command verb of taskWithCues with an object, its particle and a gerund ("tasked the group with producing …")', 'a directive'),
  'cue.causative': rule('directives', 'a causative wish on a first-person subject (causativeCues: "we need this adopted …"): a pronoun or determiner object, then a past participle', 'a directive'),
  'cue.first-person-act': rule('directives', 'a formal act on a first-person subject (firstPersonActs: "I designated $5 million as …")', 'a directive of the narrator'),
  'cue.imperative': rule('directives', 'a sentence opening with a negative imperative (imperativeOpeners: "Do not …") voiced by someone', 'a directive to the audience'),
  'directive.gerund-task': rule('directives', 'a short gerund fragment right after a command in the same paragraph ("… send me a bill banning X. Requiring safe storage.")', 'one more directive of the same issuer'),
  'directive.parallel-task': rule('directives', 'a bare verb after ";" in the complement of a command with an infinitive ("call on X to A; impose B; and pass C")', 'one more directive of the same issuer and addressee'),
  'directive.list-item': rule('directives', 'an enumerated item after a directive that ends its paragraph', 'a directive of the same issuer'),
  'directive.back-attribution': rule('directives', 'a sentence handing the previous one to a speaker (backAttributions)', 'the previous sentence as that speaker\'s directive'),
  'directive.coordinated-clause': rule('directives', 'after a cue, ", and" (clauseCoordinators) then a short subject and an obligation of its own ("Congress must ban …, and state officials must do the same")', 'the second clause is a directive of its own, not part of the first'),
  'directive.clause-split': rule('directives', 'a ";" clause of a task list with no cue of its own', 'one more directive of the same issuer'),
  'directive.clause-task': rule('directives', 'a ";" clause whose organisation subject takes a task verb', 'one more directive'),
  'directive.frame-task': rule('directives', 'inside a directive\'s frame, an organisation subject before a task or action verb', 'a task of the frame\'s issuer'),
  'directive.purpose-task': rule('directives', 'a sentence opening with a purpose (purposeOpeners) then a group subject (taskSubjects) and a task verb (addresseeEnds)', 'a task told to that group'),
  'directive.continuation': rule('directives', 'right after a directive, a sentence opening with a continuation connective (continuationOpeners) then a task verb (addresseeEnds)', 'one more task of the same issuer'),
  'directive.imperative-task': rule('directives', 'right after a directive, a sentence naming nobody that opens with an action verb (actionVerbs)', 'one more task of the same issuer'),
  'directive.inherited-task': rule('directives', 'inside a document\'s frame, a condition, topic-marked rule or content opener', 'a task of the document\'s issuer'),
  'directive.restatement': rule('directives', 'an item with mostly the words of an earlier one', 'one item, in the fuller wording'),
  'issuer.subject': rule('directives', 'an official named before the cue in the clause', 'by = that official'),
  'issuer.said-after': rule('directives', 'an official named after the cue with a speech verb', 'by = that official'),
  'issuer.document': rule('directives', 'the issuer of a document signed in the sentence', 'by = the issuer'),
  'issuer.organisation': rule('directives', 'an organisation (orgHeads) as the subject', 'by = the organisation'),
  'issuer.office-holder': rule('directives', 'an office written alone as the subject, held by the one official the page names with it ("The Chief of Staff has asked …")', 'by = that official'),
  'issuer.office': rule('directives', 'an unnamed office holder as the subject', 'by = the office'),
  'directive.list-task': rule('directives', 'in a document\'s task list, a ";" clause opening with an action verb (actionVerbs)', 'one more task of the same issuer'),
  'issuer.shared-subject': rule('directives', 'a cue right after "and" with no subject of its own, in a sentence opened by an office ("The President has … and has directed …")', 'by = that office'),
  'issuer.acronym': rule('directives', 'an acronym in the subject', 'by = its spelled-out name on the page'),
  'issuer.referent': rule('directives', 'a pronoun or role noun subject', 'by = the official it refers back to'),
  'issuer.noun-subject': rule('directives', 'a group noun subject (agentNouns)', 'by = that group'),
  'issuer.enactor': rule('directives', 'a command in the relative clause of an enacted rule (enactVerbs, ruleNouns: "X has enacted legislation that requires …")', 'by = the enactor'),
  'issuer.voiced': rule('directives', 'an organisation reporting the obligation ("The court ruled that …")', 'by = the organisation'),
  'issuer.framed': rule('directives', 'an opening frame naming an organisation (issuerFrames)', 'by = the organisation'),
  'issuer.speaker': rule('directives', 'no issuer in the sentence: the current speaker or frame', 'by = that speaker'),
  'issuer.narrator': rule('directives', 'no issuer in the sentence, on a page in its own first-person voice (firstPersonWords: two sentences, or one under a headline naming a speech, statement or letter, speakerNouns): a first- or second-person sentence, or nobody else speaking', 'by = the page\'s narrator: the official its headline names or its lead says speaks, the lead\'s speaker (speakerLeadVerbs), the name signing it (a closing sentence that is only the name), the name the headline gives a speech (speakerNouns: "X\'s speech", "Remarks by X"), the one official the lead names, the headline\'s office, the lead\'s organisation, or the one official of the page; an organisation the narrator owns ("My Government") is the narrator'),
  'issuer.speaker-label': rule('directives', 'an item voiced by the page in a transcript paragraph opening with a speaker label ("MR. LIEBMAN:")', 'by = the one official of the page with that surname'),
  'directive.drop.subheading': rule('directives', 'a paragraph of one short sentence with no closing mark, more body after it (a section title)', 'nothing: it restates the task below'),
  'directive.drop.question-label': rule('directives', 'a transcript paragraph opening with the questioner\'s mark (questionerLabels: "Q")', 'nothing: a reporter\'s question'),
  'issuer.transcript': rule('directives', 'an organisation\'s order inside one person\'s speech (transcriptMarkers)', 'by = the speaker'),
  'issuer.inherited': rule('directives', 'a list item, split clause or frame task', 'by = the issuer of the list or frame'),
  'issuer.host': rule('directives', 'no speaker: the organisation hosting the event (lexicon.hostVerbs: "Sư đoàn X tổ chức Lễ …")', 'by = the host'),
  'issuer.none': rule('directives', 'nobody named', 'by = null'),
  'directive.drop.false-cue': rule('directives', 'a cue inside a false-cue phrase (lexicon.falseCues)', 'nothing'),
  'directive.drop.cue-as-noun': rule('directives', 'a cue after a determiner or noun marker (cueNounMarkers): an adjective or a noun', 'nothing'),
  'directive.drop.not-told': rule('directives', 'a verb of directiveCuesNeedTo with no "object + infinitive" nobody can be told by', 'nothing'),
  'directive.drop.compound': rule('directives', 'a cue glued by a hyphen to the word before it ("self-directed", "court-ordered")', 'nothing: the tail of a compound adjective'),
  'directive.drop.named': rule('directives', 'a capitalised marker after a word: it starts a name', 'nothing'),
  'directive.drop.question': rule('directives', 'a modal inside an indirect question (complementBreaks before it)', 'nothing'),
  'directive.drop.direct-question': rule('directives', 'a cue in a sentence that ends as a direct question (lexicon.questionMarks)', 'nothing: a question orders nothing'),
  'directive.drop.cue-shape': rule('directives', 'a command verb followed by a number or punctuation, or an obligation marker with nothing after it', 'nothing'),
  'directive.drop.non-issuer': rule('directives', 'a call by a non-issuer subject (nonIssuers)', 'nothing'),
  'directive.drop.modifier': rule('directives', 'a participle cue inside an opening phrase', 'nothing'),
  'directive.drop.unvoiced': rule('directives', 'an obligation nobody voices', 'nothing: commentary'),
  'directive.drop.comment': rule('directives', 'an obligation on a demonstrative subject (commentarySubjects)', 'nothing'),
  'directive.drop.prediction': rule('directives', 'an obligation on a subject that cannot act', 'nothing'),
  'directive.drop.aim': rule('directives', 'a bare-verb sentence that states a plan\'s aim or principle (lexicon.aimFrames: "nhằm mục đích", "trên nguyên tắc"), and the bare-verb items after it', 'nothing'),
  'directive.drop.result': rule('directives', 'a marker that is also a conjunction of result after a cause word, a comma or at the start of the sentence (lexicon.resultMarkers: "Do … nên …")', 'nothing'),
  'directive.drop.copula': rule('directives', '"should be a right", "should be more than …": an obligation whose verb is "be" before a noun phrase says what something is', 'nothing'),
  'directive.drop.negated': rule('directives', 'a command verb right after a negation (lexicon.cueNegations: "không yêu cầu")', 'nothing: "did not ask" orders nothing'),
  'directive.drop.opinion': rule('directives', 'a cue voiced by an opinion holder (lexicon.opinionSubjects: "Nhiều chuyên gia cho rằng cần …")', 'nothing: a view, not an order'),
  'directive.drop.condition': rule('directives', 'an obligation inside a purpose clause that runs into it (purposeOpeners: "để … cần có …")', 'nothing: a condition, not an order'),
  'directive.drop.tally': rule('directives', 'a command verb with no subject of its own before a count, in a ";" list of counts ("thu hồi 5 tỉ đồng; kiến nghị xử lý 3 tập thể")', 'nothing: a tally of results'),
  'directive.drop.verdict': rule('directives', 'a command verb continuing a court sentence (lexicon.verdictVerbs: "xử phạt …, buộc …")', 'nothing: the narrated verdict'),
  'directive.drop.passive': rule('directives', 'a command verb right after a passive marker and its agent (lexicon.passiveMarkers: "được Bộ X giao …")', 'nothing: the report of a task received'),
  'directive.drop.document-gist': rule('directives', 'a command verb right after a directive document word with nobody told (lexicon.directiveDocuments: "ban hành công điện đề nghị ứng phó …")', 'nothing: what the document is about; its tasks follow'),
  'directive.drop.role': rule('directives', 'a cue inside a description of a role (lexicon.roleFrames: "là người … đề xuất")', 'nothing: who someone is, not an order'),
  'directive.drop.subordinate': rule('directives', 'an obligation inside an adverbial clause (subordinators: "If you think the rule needs to …,")', 'nothing: a condition or a reason'),
  'directive.drop.relative': rule('directives', 'an obligation on a pronoun right after a determined noun ("the risks you will have to …")', 'nothing: a relative clause describing the noun'),
  'directive.drop.anaphoric': rule('directives', 'a command whose content is only a pronoun ("asked for this on …", "ordered that they be applied")', 'nothing: it points back at an order'),
  'directive.drop.fragment': rule('directives', 'a passive cue with no subject in its clause ("… and, where needed, been told to …")', 'nothing: a piece of a report, no order given to anyone'),
  'directive.drop.own-state': rule('directives', 'an obligation marker on a first-person subject before an ownStatePredicates phrase ("we should all be proud", "we must never forget")', 'nothing: the speaker\'s own feeling or remembrance, not an order'),
  'directive.drop.entitlement': rule('directives', 'an obligation marker before an entitlementPredicates phrase ("everyone should have the chance to …")', 'nothing: a right or a hope granted, not an order'),
  'directive.drop.own-need': rule('directives', 'an obligation marker of ownNeedMarkers on the speaker alone (ownNeedSubjects: "I have to say …", "I still need to hear …"); an inclusive "we need to …" stays a call to act', 'nothing: the speaker\'s own need or plan, not an order'),
  'directive.drop.list-intro': rule('directives', 'a command ending in a list intro before ":" (lexicon.listIntros: "… các nhiệm vụ sau:")', 'nothing: its list items are the directives'),
  'directive.drop.consequence': rule('directives', 'an obligation a verb of making governs (causingVerbs: "sẽ khiến các sân bay phải …")', 'nothing: a foreseen consequence, no order'),
  'directive.drop.rule-noun': rule('directives', 'a participle cue right after a law or rule noun (lexicon.ruleNouns: "laws prohibiting …")', 'nothing: what a law does, no order given'),
  'directive.drop.purpose-list': rule('directives', 'a command verb right after a purpose opener, or listed after a comma inside its clause (purposeOpeners: "in order to encourage …", "để tôn vinh …, khuyến khích …")', 'nothing: an aim, not an order'),
  'directive.drop.too-short': rule('directives', 'an item of fewer than two tokens', 'nothing'),
  // Documents.
  'document.code': rule('documents', 'a document type (documentTypes) and its number', 'a document with a code'),
  'document.quoted': rule('documents', 'a document type and a quoted title', 'a document'),
  'document.name-before': rule('documents', 'a capitalised name before a type word ("Inflation Reduction Act")', 'a document'),
  'document.name-after': rule('documents', 'a capitalised name after a type word ("Luật Đất đai")', 'a document'),
  'document.names-one': rule('documents', 'a type word that alone names the one document of its kind ("Hiến pháp")', 'a document'),
  'document.lowercase-name': rule('documents', 'a lowercase name after a type word that allows one', 'a document'),
  'document.short-reference': rule('documents', 'a document cited again by its type and bare number ("Decision No. 13" beside "Decision No. 13/2020/…")', 'one document, the full citation'),
  'document.year-name': rule('documents', 'a year before a document name (documentYearNames)', 'a document'),
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** A candidate a stage dropped, and the rule that dropped it: what `eval -v` reports for a miss. */
export interface Drop {
  rule: RuleId;
  /** The candidate as written (a name, a number, a clause). */
  text: string;
  evidence: string;
  paragraph: number;
}

/** Collects what the stages dropped, when a caller asks (`deriveSummary(article, trace)`). */
export interface Trace {
  drops: Drop[];
}

/** Returns the stage a rule belongs to. */
export function stageOf(id: string): Stage | null {
  return id in RULES ? RULES[id as RuleId].stage : null;
}
