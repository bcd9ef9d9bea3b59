import type { DocumentRef, FigureKind } from '../../schema';

/** A unit or currency word and the kind of figure it makes. */
export interface UnitEntry {
  text: string;
  kind: FigureKind;
}

/** A document-type word ("Chỉ thị", "Executive Order") and the kind it maps to. */
export interface DocumentTypeEntry {
  text: string;
  kind: DocumentRef['kind'];
  /** The document's name stands before the type word ("Inflation Reduction Act"). */
  namePrecedes?: boolean;
  /** With namePrecedes: a name may also follow the type word ("Treaty on the Non-Proliferation …"). */
  nameMayFollow?: boolean;
  /** The name may be written in lowercase after the type word ("Luật đầu tư công", "Đạo luật ngân sách"). */
  lowercaseName?: boolean;
  /** Only a number or a quoted title makes it a document ("Văn bản 7424", "Đề án “…”"). */
  needsCodeOrQuote?: boolean;
  /** With namePrecedes: the type word may be lowercase after a capitalised name ("the Paris climate agreement"). */
  lowercaseType?: boolean;
  /** The type word alone names the one document of its kind (the country's constitution, "Hiến pháp"). */
  namesOne?: boolean;
}

/**
 * Everything the engine knows about one language. Plain data: the engine reads it, never branches on
 * the language code. Multi-word entries are written as they appear in text; matching is
 * case-insensitive and tone-placement-insensitive unless a flag says otherwise.
 */
export interface Lexicon {
  code: string;
  /** Name syllables that may open a personal name; empty = any capitalised word may (English). */
  surnames: string[];
  /** Multi-syllable surnames (Tôn Thất, Nguyễn Phúc). */
  compoundSurnames: string[];
  /** A native name syllable (diacritics folded); a capitalised run with a word it does not match is a foreign name ("Joe Biden"). */
  nativeSyllable?: RegExp;
  /** Lowercase particles inside a personal name ("de", "van", "bin"). */
  nameParticles?: string[];
  /** Shortest and longest personal name in words. */
  nameWords: { min: number; max: number };
  /** Words just before a name that mark a person ("đồng chí", "Mr."); officials when a title is found. */
  nameCues: string[];
  /** Words before a name that mark an ordinary person ("anh", "chị"). */
  citizenCues: string[];
  /** Honorifics between a title and a name ("Dr.", "the Hon."), never part of the name. */
  honorifics: string[];
  /** Ranks and academic prefixes that are titles standing right before a name ("Đại tá", "GS.TS"). */
  ranks: string[];
  /** Title head phrases including their pre-modifiers ("Phó Chủ tịch", "Secretary of State"). */
  titleHeads: string[];
  /** Status words before a title ("nguyên", "Quyền", "former", "acting"). */
  titleStatus: string[];
  /** Lowercase words that may continue a title's organisation tail ("of", "the"); empty = any word may. */
  titleTailWords: string[];
  /** Words before a title that make it plural or generic ("các", "những"): no person is meant. */
  pluralMarkers: string[];
  /** Whether a title must start with a capital letter to count (true in Vietnamese). */
  titleNeedsCapital: boolean;
  /** Words that end a title chain: verbs and function words that follow a subject. */
  titleTerminators: string[];
  /** Words joining two titles of one person ("kiêm", "and"). */
  titleJoiners: string[];
  /** Words that introduce a title in an appositive ("the", "a"): dropped from the title. */
  titleArticles: string[];
  /** Unit words whose number is part of a name inside a title ("Quân khu" in "Tư lệnh Quân khu 7"). */
  titleNumberedUnits?: string[];
  /** Lowercase words that go on with a numbered unit's name after its number ("quốc gia" in "Ban Chỉ đạo 389 quốc gia"). */
  titleNumberedUnitTails?: string[];
  /** Lowercase words that stay inside a title between two capitalised words ("Bộ Thông tin và Truyền thông", "Cục Hàng không"). */
  titleInnerWords?: string[];
  /** Lowercase nouns that begin with a title terminator but stay inside a title ("dự án", "giao thông"). */
  titleInnerNouns?: string[];
  /** Verbs between a name and the office it takes ("giữ chức"): the title follows them. */
  titleBridges?: string[];
  /** Conjunctions that close a comma list inside one title ("Minister of Industry, Investment and Commerce"). */
  titleConjunctions?: string[];
  /** Capitalised sentence openers that never start such a modifier ("The", "But", "When"). */
  openerWords?: string[];
  /** Phrases after "Name," that introduce a title ("who is also"). */
  titleIntroducers?: string[];
  /** Honorifics that are courtesy only and never a title ("Mr.", "Mrs."); other honorifics count as titles. */
  courtesyCues?: string[];
  /** Degrees and honours ("Dr.", "GS.TS", "Datuk"): titles of an official, but alone they make nobody an official. */
  weakTitles?: string[];
  /** Offices and honours written right after a name, with no comma ("Jane Roe MP", "John Doe QC"); weak ones are in weakTitles too. */
  postNominals?: string[];
  /** Words that end a company's or a body's name ("Group", "Ltd", "Trust"): before a title head they make it a post there. */
  bodyNameEnds?: string[];
  /** Cues that, before one capitalised word, are part of a peer's whole name ("Lord Hill", "Baroness Hale"); before a full name, a title. */
  peerageCues?: string[];
  /**
   * Titles used as a style before a name ("Senator", "General"): after an office and its comma they are the
   * name's own second title ("the Minister for Health, Senator Jane Roe," holds both).
   */
  styleTitles?: string[];
  /**
   * Title heads that are public offices by themselves: in an appositive, capitalised words before them name the
   * area or body of the office ("X, Northshire PCC", "X, the White House Chief of Staff").
   */
  officeHeads?: string[];
  /** Words of notNameWords that may still close a personal name after a name word ("Theresa May", "Jack White"). */
  surnameHomographs?: string[];
  /**
   * Verbs that, right after one capitalised word opening the article ("May addresses …", "Hill sets out …"), make that
   * word the surname of the office holder the headline names alone ("Home Secretary speech to …").
   */
  leadSpeakerVerbs?: string[];
  /** Words of speaking for a body ("Thay mặt", "on behalf of"): the offices listed after them are represented, not held. */
  behalfCues?: string[];
  /** Closings of a letter ("Sincerely,"): the paragraph after one, a name alone, is the writer's signature. */
  valedictions?: string[];
  /**
   * Words before the office a decree's signer holds ("By the authority vested in me as President …"): a page with one
   * that closes on a paragraph that is only a name in capitals ("JOSEPH R. BIDEN JR.") is signed by that office's holder.
   */
  signerOfficeFrames?: string[];
  /**
   * Plural nouns for the holders of one office ("PCCs", "chief constables"): a name met only bare, but acting (a
   * possessor, or a subject before its verb) in a paragraph about them, is one of them, an official with no title written.
   */
  officeGroups?: string[];
  /** Capitalised words that are never a person's name (organisations, places, calendar words). */
  notNameWords: string[];
  /** Words just before a capitalised run that make it a place ("tỉnh", "huyện"). */
  placeClassifiers: string[];
  /** Full names that are places, not people (Hà Nội, Hà Tĩnh, Lâm Đồng). */
  placeNames: string[];
  /** Historical figures: never current officials. */
  historicalNames: string[];
  /**
   * Short forms of given names and the full form they stand for ("Joe" → "Joseph"): "Joe Biden" and
   * "Joseph R. Biden" are one person, named as first written.
   */
  givenNameForms?: Record<string, string>;
  /** Generational suffixes closing a full name ("Jr", "III"): the surname is the word before them. */
  nameSuffixes?: string[];
  /** Markers after which a paragraph's text is a credit, not content ("Ảnh:", "Photo:"). */
  creditMarkers: string[];
  /** Whole short paragraphs that are bylines or sources ("PV", "Theo TTXVN"). */
  bylineMarkers: string[];
  /** Verbs that report speech ("nhấn mạnh", "said"). */
  speechVerbs: string[];
  /** Openers that make the next named speaker the speaker of following paragraphs ("Phát biểu kết luận"). */
  speechFrames: string[];
  /** Command verbs: a directive on their own when used as a verb ("yêu cầu", "ordered"). */
  directiveCues: string[];
  /** Command verbs that need an "OBJECT to VERB" complement ("urged X to"). */
  directiveCuesNeedTo: string[];
  /** Obligation markers in the complement ("cần", "phải", "must"). */
  obligationMarkers: string[];
  /** Phrases that contain a cue but are not directives ("đáp ứng yêu cầu", "giao thông", "must have"). */
  falseCues: string[];
  /** Words before a cue that make it a noun or a past report ("các", "theo", "đáp ứng"). */
  cueNounMarkers: string[];
  /** Words that end an addressee after a command verb ("phải", "khẩn trương", "to"). */
  addresseeEnds: string[];
  /** Nouns that begin with an addressee end but name addressees ("tổ chức đảng" vs the verb "tổ chức"). */
  addresseeNouns?: string[];
  /** Task verbs after an organisation subject that make a sentence a task inside a directive's frame ("chủ trì, phối hợp"). */
  taskVerbs?: string[];
  /** Verbs that issue a document when a capitalised document type follows ("ký", "ban hành"): its contents inherit the issuer. */
  documentIssueVerbs?: string[];
  /** Phrases that issue a ruling with no document type after them ("thông báo về việc"). */
  issuePhrases?: string[];
  /** Action verbs that, after an agency subject inside a directive's frame, make a clause one more task ("theo dõi", "hướng dẫn"). */
  actionVerbs?: string[];
  /** Agency and group nouns a directive document gives tasks to ("các bộ, ngành", "các cơ quan", "cán bộ, công chức"). */
  taskSubjects?: string[];
  /** Openers of a condition before a task ("Trường hợp", "Nếu"): the task follows the comma. */
  conditionOpeners?: string[];
  /** Purpose openers of a task sentence ("Để …, các đơn vị tổ chức …"): the group subject after the comma is told to act. */
  purposeOpeners?: string[];
  /** Connectives that carry on the task list of the directive just before ("Bên cạnh đó", "Đồng thời"). */
  continuationOpeners?: string[];
  /** Phrases that present the article as one person's speech ("toàn văn bài phát biểu"): orders voiced in it for an organisation are that person's. */
  transcriptMarkers?: string[];
  /** The mark opening a reporter's question in a briefing transcript ("Q"), matched as written. */
  questionerLabels?: string[];
  /** Openers of a document's content ("Cụ thể", "Theo đó"): after a document's frame, its rule for the group named. */
  contentOpeners?: string[];
  /** Sentence openers of a report, not a task ("Trước đó", "Thời gian qua", "Như vậy"). */
  reportOpeners?: string[];
  /** Auxiliaries of past work ("đã"): a paragraph opening with such a report ends a directive document's frame. */
  pastMarkers?: string[];
  /**
   * Words that make a sentence state an aim or a principle ("nhằm mục đích", "trên nguyên tắc"): a plan's purposes and
   * principles, and the bare-verb items after them, are no tasks.
   */
  aimFrames?: string[];
  /** Auxiliaries of a promise, forecast or entitlement ("sẽ", "được"): such a sentence is no inherited task. */
  nonTaskMarkers?: string[];
  /** A copula or judgement making a verb-opening sentence a statement about that work ("Xây dựng X là giải pháp …"), not a task. */
  statementMarkers?: string[];
  /** Directive documents as written in lowercase after an issuing verb ("ký chỉ thị về …"): they frame the tasks after them. */
  directiveDocuments?: string[];
  /** Passive markers before an agent and a command verb ("được Bộ X giao …"): the sentence reports a task received. */
  passiveMarkers?: string[];
  /** Negations right before a command verb ("không", "chưa từng"): "did not ask" orders nothing. */
  cueNegations?: string[];
  /** Degree words right after a command verb ("rất", "hết sức"): "đã chỉ đạo rất quyết liệt" reports how, it gives no task. */
  cueDegreeWords?: string[];
  /** Verbs that take the cue after them as their object ("quan tâm", "thực hiện"): "carry out the request" is a noun. */
  cueObjectVerbs?: string[];
  /** Subjects whose views are opinions, not orders ("chuyên gia", "dư luận"): "experts say X should …" directs no one. */
  opinionSubjects?: string[];
  /** Verbs of a court's sentence ("xử phạt", "tuyên phạt"): a cue continuing such a sentence narrates the verdict. */
  verdictVerbs?: string[];
  /** Frames that make the words after them a description of someone's role ("là người"): no order. */
  roleFrames?: string[];
  /** Words that turn the clause after them into a noun ("việc"): "dẫn đến việc Bộ X đề xuất …" reports, it orders nothing. */
  nominalisers?: string[];
  /** Verbs of an organisation hosting the article's event ("tổ chức", "phát động"), before the event's capitalised name: the host issues the tasks nobody else voices. */
  hostVerbs?: string[];
  /** Salutations that open an address ("Kính thưa", "Dear"): the people named there are listeners, not speakers. */
  salutations?: string[];
  /** Words that end the search for "X to VERB" after a command verb: a question follows ("whether", "about"). */
  complementBreaks?: string[];
  /**
   * The complement breaks that open a question before an obligation ("asked whether councils should …"); default all
   * of complementBreaks. A preposition among them ("over") opens none: "won't negotiate over default and Republicans should pass …".
   */
  questionOpeners?: string[];
  /** Sentence-final marks of a direct question ("?"): a cue in a question asks, it orders nothing. Left out: off. */
  questionMarks?: string[];
  /** Words that make the "to" after them a preposition, not an infinitive ("according to", "due to"). */
  prepositionalTo?: string[];
  /** Relative pronouns of a person ("who"): a relative clause on the addressee ("urge anyone who believes … to report") stands between the verb and its "to". */
  addresseeRelatives?: string[];
  /** A relative marker before a named subject and its command ("chỉ tiêu mà Tổng cục Hải quan giao"): the command describes the noun. */
  namedRelativeMarkers?: string[];
  /** Opening frames whose organisation voices the clause's obligation ("Under the X Department's rules, …", "According to the ministry, …"). */
  issuerFrames?: string[];
  /** Auxiliaries that make a cue passive ("are required to"): the subject is the one told to act, not the one asking. */
  passiveAuxiliaries?: string[];
  /** Subjects that make an obligation a comment ("đây", "điều này"): nobody is told to act. */
  commentarySubjects?: string[];
  /** Nouns and pronouns that can be told to act ("residents", "we"): an obligation on any other subject is a prediction or a comment. */
  agentNouns?: string[];
  /** Words opening a clause inside a sentence ("that", "while"): the subject of a later verb follows the last one. */
  clauseOpeners?: string[];
  /** Pronoun subjects: never an issuer's name on their own ("they", "it"). */
  subjectPronouns?: string[];
  /** Subject heads whose calls are not directives ("protesters", "reports", "forecasts"). */
  nonIssuers?: string[];
  /** Words between a subject and its verb ("are", "have been", "already"). */
  subjectAuxiliaries?: string[];
  /** Auxiliaries written as a clitic after an apostrophe ("we're", "I've"): skipped like subjectAuxiliaries. */
  subjectClitics?: string[];
  /** Words that close the noun a subject is headed by ("of", "by"): "the use by the police" is headed by "use". */
  headBreaks?: string[];
  /** Prepositions opening a phrase: a participle cue inside it ("Despite reports urging …,") modifies a noun. */
  modifierOpeners?: string[];
  /** Verbs after a modal that make an inanimate subject normative, not a prediction ("should be free", "must become"). */
  normativeVerbs?: string[];
  /** Cues of a mandative subjunctive ("moves that", "requirement that"): a directive when "that X be …" follows. */
  mandativeCues?: string[];
  /** Command verbs that may carry the order as a quote ("urged residents, “Stay …”"). */
  quoteOrderCues?: string[];
  /** Word enumerators opening a list item ("Một là", "Thứ nhất"): after a directive, each item is one more. */
  enumerators?: string[];
  /** Sentence openers that hand the previous sentence to a speaker ("Đó là yêu cầu của"). */
  backAttributions?: string[];
  /** The cue an item taken by a back-attribution carries ("yêu cầu"). */
  backAttributionCue?: string;
  /** Pronouns and dummy subjects before an obligation that name no addressee ("we", "it", "tôi"). */
  nonAddressees?: string[];
  /**
   * First-person words ("I", "we", "our"): a page whose own text speaks in them outside quotes has a narrator
   * (the speaker of a speech, the body issuing a press release), and a first-person directive is the narrator's.
   */
  firstPersonWords?: string[];
  /** Second-person words ("you", "your"): a subject the audience owns ("Your budgets should …") is told to act. */
  secondPersonWords?: string[];
  /** Verbs after the lead's opening name that make it the page's speaker ("X opens …", "X sets out …"). */
  speakerLeadVerbs?: string[];
  /**
   * Nouns naming what a speaker delivers ("speech", "speaking note", "remarks", "address"): a headline's name owning
   * one ("X's speech at …") or after one and a speakerNounLinks word ("Speech by X, …") is the page's speaker.
   */
  speakerNouns?: string[];
  /** Words linking a speakerNouns noun to its speaker after it ("Speech by X", "Remarks of X"). */
  speakerNounLinks?: string[];
  /** Pronouns for a thing ("it"): as the subject of a command verb with no one told ("the urgency it demands"), no order. */
  inanimatePronouns?: string[];
  /** Adverbial subordinators ("if", "because", "where"): an obligation inside their clause is a condition or a reason, not an order. */
  subordinators?: string[];
  /**
   * Obligation markers that are also a conjunction of result ("nên": "should", and "so" in "Do trời mưa nên …"),
   * with the cause words that open the clause before them (and connectives spelled with them that are no cause,
   * "vì thế"): after a cause word, a comma, a long clause or at the start of the sentence the marker joins a
   * result, not an order.
   */
  resultMarkers?: { markers: string[]; causes: string[]; notCauses?: string[] };
  /**
   * Verbs that make something happen ("khiến", "làm cho"): an obligation they govern ("sẽ khiến các sân bay phải
   * tập trung …") is a consequence the writer foresees, no order.
   */
  causingVerbs?: string[];
  /**
   * How many paragraphs an "X said:" frame hands to X when the page's quotes carry no marks (English press releases:
   * the one paragraph after it); left out, the speaker keeps the voice until another speaks (a Vietnamese speech).
   */
  colonFrameParagraphs?: number;
  /** Relative pronouns ("which", "who"): an obligation in the clause they open describes the noun before it. */
  relativePronouns?: string[];
  /** Relative pronouns of people ("who"): "the only ones who should resign" still names whom the speaker calls on. */
  personRelatives?: string[];
  /** Negative imperatives opening a sentence ("Do not", "Don't"): the speaker's order to the audience. */
  imperativeOpeners?: string[];
  /**
   * Coordinators that after a comma open a second clause with its own subject and obligation ("Congress must ban …,
   * and state officials must do the same"): that clause is a directive of its own.
   */
  clauseCoordinators?: string[];
  /** Obligation markers that on a subject of ownNeedSubjects are the speaker's own need or plan ("I have to say"). */
  ownNeedMarkers?: string[];
  /**
   * The speaker alone as a subject ("I"): an obligation on it is the speaker's own need. An inclusive subject ("we need to …",
   * "we must …") in a statement or speech is a call to act, and stays a directive.
   */
  ownNeedSubjects?: string[];
  /**
   * Request verbs that take "object + to-infinitive" as a directive only on a first-person subject (firstPersonWords),
   * the speaker's own request ("We are asking every council to …", "I would ask you to …"); elsewhere they report.
   */
  firstPersonCuesNeedTo?: string[];
  /**
   * What an obligation marker on a first-person subject commemorates or feels rather than orders ("we should all be
   * proud", "we must never forget", "I must pay tribute"): the speaker's own state, not a directive.
   */
  ownStatePredicates?: string[];
  /** What an obligation marker grants rather than orders, on any subject ("everyone should have the chance to …"). */
  entitlementPredicates?: string[];
  /** Verbs of effect after a modal ("lead to", "result in"): "the changes should lead to …" forecasts, unless an official or the audience is the subject. */
  consequenceVerbs?: string[];
  /** Formal acts on a first-person subject ("designated"): "I designated $5 million as emergency funds" is the writer's act; elsewhere the word is an adjective or a passive. */
  firstPersonActs?: string[];
  /** Verbs of a causative wish on a first-person subject ("we need", "I want"): "we need this adopted everywhere" asks for it to be done. */
  causativeCues?: string[];
  /**
   * Command cues only an office, a body or the speaker in the first person gives ("is requesting supplemental
   * funding", "we are seeking authorization"); from anyone else ("the family is requesting privacy") they order nothing.
   * They are command cues of their own: no need to list them in directiveCues too.
   */
  issuerOnlyCues?: string[];
  /**
   * Enacting verbs and the rules they make ("has enacted legislation that requires …", "passed laws that ban …"): a
   * command in the relative clause of a rule (ruleNouns) is given by the enactor, the subject before the verb (issuer.enactor).
   */
  enactVerbs?: string[];
  /** Command verbs that take "OBJECT with VERB-ing" in the active voice ("tasked the group with producing …"). */
  taskWithCues?: string[];
  /** Base forms of command verbs that are verbs only after a modal, the infinitive marker or a pronoun ("will direct X to"). */
  modalCuesNeedTo?: string[];
  /** Connectives of a result ("từ đó", "thereby"): a ";" clause they open reports a consequence, not a task. */
  resultOpeners?: string[];
  /** Nouns of laws and rules: a participle cue after them describes the rule ("laws prohibiting …"). */
  ruleNouns?: string[];
  /** Last words of a command that introduces a task list before ":" ("sau" in "… các nhiệm vụ sau:", "the following"). */
  listIntros?: string[];
  /** The particle before the task of a taskWithCues verb ("with"). */
  taskWithParticle?: string;
  /** Verbs of a letter to an addressee ("written to"): with a request after the addressee (letterRequests), the writer's order. */
  letterCues?: string[];
  /** Requests after a letter's addressee that take "object + infinitive" ("to tell", "inviting"): "written to X inviting them to …". */
  letterRequests?: string[];
  /** Lowercase words inside a spelled-out acronym ("Centers for Disease Control": "for"). */
  acronymLinks?: string[];
  /** Words before a document's number ("số 22/CT-TTg", "No. 14110"), matched case-sensitively. */
  documentNumberWords?: string[];
  /** Sentence openers dropped from a directive's text ("Nhất là,", "Cùng với đó,"). */
  connectives: string[];
  /** Pronouns and title-less subjects that refer back to the current speaker ("đồng chí", "he"). */
  speakerPronouns: string[];
  /** Words that make the issuer an organisation ("UBND", "Ministry"). */
  orgHeads: string[];
  /** Units after a number (or before it for currency symbols), with the figure kind they make. */
  units: UnitEntry[];
  /** Units written before the number ("$", "US$", "VND"). */
  prefixUnits: UnitEntry[];
  /** Words that start with a unit but are other words ("đồng chí", "đồng bào"): the number has no unit. */
  /** Singular unit nouns joined to a number by a hyphen as a modifier ("a 30-year logjam", "a 12-month extension"). */
  hyphenUnits?: string[];
  unitCompounds?: string[];
  /** Scale words after a number, kept in the unit and not applied ("triệu", "billion"). */
  scaleWords: string[];
  /** Words before a number that make it a date or time ("ngày", "năm", "sáng"). */
  dateCuesBefore: string[];
  /** Words before a number that make it a date only when it is a year ("in 2020"; "in 5 days" is a figure). */
  yearCuesBefore?: string[];
  /** Words after a number that make it a date, time or age ("giờ", "tuổi", "tháng"). */
  dateCuesAfter: string[];
  /** Words before a number that make it an ordinal, a term or an identifier ("thứ", "khóa", "số"). */
  ordinalCuesBefore: string[];
  /** Words after a number that make it an identifier: a legal citation's title number ("8 U.S.C. 1157", "40 CFR"). */
  ordinalCuesAfter?: string[];
  /** Compounds that end in an ordinal cue word yet count ("dân số", "tổng số": population, total). */
  ordinalCueExceptions?: string[];
  /** Words before a number that make it an age ("sinh năm", "aged"). */
  ageCuesBefore: string[];
  /** Joiners of an age range after an age cue ("aged 12 to 18"): its high end is an age too. */
  ageRangeJoins?: string[];
  /**
   * A span of time used as a time, not a quantity: the span words ("years", "năm"), words before the
   * number ("the last", "cách đây") and words after the span or the number ("ago", "qua"): "ten years
   * ago", "in the last 20 years", "a week or two ago"; `afterMoney`: words before a span that, after an amount of
   * money, give the period it is spent over ("$8 million over four years").
   */
  timeReferences?: { spans: string[]; before: string[]; after: string[]; afterMoney?: string[] };
  /**
   * Capitalised words that open the name of a unit or body numbered after its name, with up to two
   * more capitalised words between ("Sư đoàn Không quân 372", "Vùng 2 Hải quân"): the number is a name.
   */
  unitNameCues?: string[];
  /**
   * A number between a definite word and a noun for parties already named is a reference, not a
   * quantity: "the two leaders", "both sides" ("the two staffers" still counts: only these nouns).
   */
  referenceCounts?: { before: string[]; nouns: string[] };
  /** Spelled-out numbers that count things ("five" → 5); "one" is left out, it is rarely a figure. */
  numberWords?: Record<string, number>;
  /** Number words that multiply the number before them ("two dozen" = 24, "three hundred" = 300). */
  numberMultipliers?: Record<string, number>;
  /**
   * Fraction words, read as a figure only before a share word or an article and a scale word
   * ("half of all exports", "over a quarter of", "half a million"), never as a term ("the second half").
   */
  fractionWords?: Record<string, number>;
  /**
   * Number words read only as the part of a ratio after one of `links` ("one in five"), never alone
   * ("one of them") and not before "of" ("one of two people" counts the two).
   */
  ratioParts?: { words: Record<string, number>; links: string[] };
  /** Words between two numbers that make a part of a whole ("five of 17", "29 trên 30"). */
  ratioWords?: string[];
  /** Approximators right before a number, kept in the figure's text ("khoảng 64%", "hơn 4.000 tỷ đồng"); the value is unchanged. */
  approximators?: string[];
  /** Words around two numbers that make one range ("từ 30% đến 40%", "between 1 million and 5 million"). */
  rangeWords?: { open: string[]; join: string[] };
  /**
   * Change verbs before a number and the noun naming what the number measures ("tăng" → "mức tăng",
   * "grew" → "growth of"). An empty noun marks a level word ("to", "lên"): "rose to 5%" is a level.
   */
  changeNouns?: Record<string, string>;
  /** Words after a percentage or amount that introduce what it is a share of ("of"). */
  shareOf?: string[];
  /**
   * The noun naming a percentage's share of a whole that is no group of people ("40% of exports" →
   * "share of exports"), and the group nouns it is not used with (beside agentNouns: "77% of men" → "men").
   */
  shareNoun?: { text: string; groups: string[] };
  /** Words after a sum of money that introduce what the money is ("$2 million in aid"); a bare lowercase noun must follow. */
  moneyIn?: string[];
  /** A thousands word inside one numeral ("11 bin 37" → 11037). */
  thousandWords?: string[];
  /** Longest label, in words. */
  labelMaxWords: number;
  /** Words that end a figure's label ("và", "so với", "and"). */
  labelStops: string[];
  /**
   * Conjunctions that join two modifiers inside the counted noun phrase ("ruling and opposition
   * parties"); they join only when two more label words follow.
   */
  labelJoiners?: string[];
  /** Word endings that mark a modifier before a joiner ("central", "ruling"); capitalised words count too. */
  labelModifierEndings?: string[];
  /**
   * What narrows the counted noun after it, kept in the label: a restrictive relative clause ("people
   * who died"), or a participle and its prepositional phrase ("people injured in the clashes").
   */
  labelPostModifiers?: { relatives: string[]; participles: string[]; participleEndings: string[]; prepositions: string[]; maxWords: number };
  /**
   * The counted noun as the subject of its clause ("9 million people went to the polls"): the label is
   * the noun and its predicate read as a relative clause ("people that went to the polls"). `relative`
   * opens it after a past form or a perfect; a progressive drops its auxiliary ("Britons are living
   * with …" → "Britons living with …"); `stops` end it.
   */
  labelSubjectClause?: {
    relative: string; pastForms: string[]; perfects: string[]; progressives: string[]; stops: string[]; maxWords: number;
    /** Passive markers kept inside a subject read backwards before the number ("số vốn được giải ngân"). */
    passives?: string[];
    /** Modal auxiliaries that, before a verb, open a relative clause too ("12 towns will join …" → "that will join …"). */
    modals?: string[];
    /** Auxiliaries of a passive after the noun, dropped like a progressive's ("400 homes are set to be built …" → "set to be built …"). */
    passiveAuxiliaries?: string[];
  };
  /**
   * Words right after a number that say the counted thing is named before it: a rate ("a year"), a
   * comparative ("more"), an adverb ("ago", "ahead") or a verb form ("based"). They end the label.
   */
  labelRedirects?: string[];
  /** Verbs and approximators stripped from a label taken before the number ("đạt", "rose to"). */
  labelLeadIns: string[];
  /** Noun phrase rules for figure labels (lib/summary/figure-label.ts); without them a label is only trimmed of stops. */
  labelPhrase?: {
    /** Words a label never starts or ends with ("của", "một", "the", "of"). */
    functionWords: string[];
    /** Verbs dropped from either end of a label ("dao động", "raised"): a label is a noun phrase. */
    verbs: string[];
    /** Compounds that begin with a stop word but are nouns inside a label ("giảm trừ", "tăng trưởng"). */
    nouns?: string[];
    /** Rates after an amount that belong to the label named before it ("mỗi tháng": "lương bình quân mỗi tháng"). */
    rates?: string[];
    /** Copulas of identity before a number: "NP là 32 chuyến" counts the subject NP, not the one-word noun after the number. */
    copulas?: string[];
    /** Prepositions opening a phrase that narrows the counted noun ("households without power", "fee on banks"). */
    prepositions?: string[];
    /** Auxiliaries between the counted noun and its narrowing phrase, dropped ("people were without power"). */
    auxiliaries?: string[];
    /** Perfect auxiliaries ("have"): "have applied for" is the noun's own act, so only "have been …" narrows it. */
    perfects?: string[];
    /** Endings of a progressive form that narrows a counted noun after an auxiliary ("families are relying on aid"). */
    progressiveEndings?: string[];
    /** Adjectives that narrow a counted noun with a phrase after an auxiliary ("eligible for", "available to"). */
    adjectives?: string[];
    /** Words linking two nouns inside a label read backwards ("of": "average efficiency of devices"). */
    links?: string[];
    /** Endings of a past participle that ends a label read before the number: the number is its object, not the label. */
    objectVerbEndings?: string[];
    /** Hedges between a verb and its number ("nearly", "at least"): "freed at least three prisoners" → "prisoners freed". */
    hedges?: string[];
    /** Nouns of a span of time ("years", "days"): "lasted 10 years" names no object of the verb. */
    spans?: string[];
    /** Comparison markers after a figure, kept in its label with their object ("so với cùng kỳ", "compared with 2020"). */
    comparisons?: string[];
    /**
     * Level frames before a number ("ở mức", "tại mức"): the label is the subject of the clause, read
     * past a short predicate ("giá X được niêm yết tại mức 5 triệu đồng" → "giá X").
     */
    levels?: string[];
    /**
     * Verbs of having between an owner and a measure noun before the number ("căn hộ ven sông có giá 3
     * tỷ" → "giá căn hộ ven sông"): the label is the measure of the owner.
     */
    possessions?: string[];
    /**
     * Words that never name what a number counts when they are all the label holds: adverbs,
     * adjectives and bare classifiers ("mới", "nhất", "đứa"; "worth", "current"). Such a label is refused (empty).
     */
    nonHeads?: string[];
    /** Bare classifiers ("đứa", "chiếc", "loại"): a label only with the noun they classify, never alone. */
    classifiers?: string[];
  };
  /** Document-type words ("Nghị quyết", "Executive Order"). */
  documentTypes: DocumentTypeEntry[];
  /** Lowercase words that may continue a document's name ("của", "of"). */
  documentTailWords: string[];
  /** Linking words after a type word that a named document goes on through ("to" in "National Strategy to Counter …"). */
  documentTailLinks?: string[];
  /** Capitalised words after a document-type word that make it an event, not a document ("Hội nghị"). */
  documentNotTail: string[];
  /** Lowercase phrases that continue a document's name wherever they stand ("các cấp", "lần thứ"). */
  documentNameParts?: string[];
  /** Documents named by the fiscal year written before them ("the 2030/2031 budget"). */
  documentYearNames?: string[];
}

/**
 * How a language builds the phrases the stages read, where languages truly differ: word order,
 * the few function words a rule turns on, and inflection endings. Flags say which analyses apply;
 * a stage reads them and never asks which language it runs. `null` or `[]` = the language has no such
 * marker, and the rules that need one do not fire.
 */
export interface Grammar {
  /** Modifiers stand before the head they modify ("Senate Majority Leader", "French President"). */
  modifiersBeforeHead: boolean;
  /** A personal name opens with a surname from the lexicon's list (vi); else any capitalised run may be a name. */
  namesOpenWithSurname: boolean;
  /** A surname alone refers back to a person named in full ("Blinken said"). */
  refersBySurname: boolean;
  /** Only the lexicon's `titleTailWords` continue a title's lowercase tail; else any lowercase word may. */
  closedTitleTails: boolean;
  /** Subjects are analysed for who can be told to act (agent nouns, heads, parentheticals, pronoun referents). */
  analysesSubjects: boolean;
  /** Possessive clitic after an apostrophe ("'s"). */
  possessiveClitic: string | null;
  /** Preposition that links a title to the person it serves ("aide to Vice President X"). */
  titleRecipientLink: string | null;
  /** Preposition opening a title's field right after its head ("director of operations"). */
  titleFieldLink: string | null;
  /** Infinitive marker of a command's complement ("urged X to act"). */
  infinitiveMarker: string | null;
  /** Bare copula of a mandative subjunctive ("moves that all sittings be suspended"). */
  subjunctiveCopula: string | null;
  /** Complementizers opening reported content after a speech verb ("that", "rằng"). */
  complementizers: string[];
  /** Coordinating conjunction that shares a subject between two verbs ("… has suspended X and requested …"). */
  coordinator: string | null;
  /** Marker naming whose words an office conveys ("kết luận của đồng chí X"). */
  conveyedBy: string[];
  /** Topic marker between a group subject and its rule ("Các cơ quan … thì căn cứ …"). */
  topicMarkers: string[];
  /** Plural noun endings ("inmates"). */
  pluralEndings: string[];
  /** Progressive/participle endings ("urging"). */
  progressiveEndings: string[];
  /** Past tense/participle endings ("ruled"). */
  pastEndings: string[];
  /** Suffixes glued to a number that make it an ordinal ("1st", "45th"). */
  ordinalSuffixes: string[];
  /** The counted noun follows the number ("25 000 habitants"), so a lowercase word just before it is a verb, not the label. */
  countedNounAfter: boolean;
  /**
   * Two counted nouns are listed with a comma and no conjunction ("5.000 cán bộ, chiến sĩ"): a short
   * lowercase noun after a comma stays in the label. Absent = false.
   */
  commaListsCountedNouns?: boolean;
}

/** One language as the engine reads it: its data and its grammar. */
export interface Language {
  code: string;
  lexicon: Lexicon;
  grammar: Grammar;
}
