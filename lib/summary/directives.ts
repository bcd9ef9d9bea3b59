import type { Directive } from '../schema';
import { APOSTROPHES, CLOSE_QUOTES, DASHES, HYPHEN, OPEN_QUOTES, QUOTES } from '../text/punctuation';
import { hasSuffix, keyOfTokens, placeNameEnd, toMatchKey, type CompiledLexicon, type DirectiveLookups } from './compile';
import { lastWordKey, namesDelivery, type ResolvedMention } from './officials';
import type { PreparedArticle, Sentence } from './prepare';
import type { RuleId, Trace } from './rules';
import { matchPhrase, phraseEndsAt, tokenize, type PhraseIndex, type Token } from './tokens';

interface Cue {
  at: number;
  end: number;
  type: 'command' | 'obligation';
  /** The rule that found the cue (or the task that stands for one). */
  rule: RuleId;
}

// The fewest words a ";" clause needs to be a task of its own (a shorter one is a noun listed inside the task).
const CLAUSE_TASK_MIN_WORDS = 3;
// The longest subject read before a marker that is also a conjunction of result (joinsResult).
const RESULT_SUBJECT_MAX_WORDS = 3;
const RESULT_CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '"', '“', '”']);
const NEED_TO_WINDOW = 12;
const ADDRESSEE_MAX = 10;
const SUBJECT_MAX = 10;
// "các bộ, ngành và UBND các tỉnh, thành phố trực thuộc Trung ương phải …": an addressee list may run longer.
const ADDRESSEE_SUBJECT_MAX = 18;
// "Chủ tịch UBND tỉnh, thành phố trực thuộc Trung ương phối hợp …": a task's subject in syllables may run as long.
const TASK_SUBJECT_MAX = 14;
const DUPLICATE_OVERLAP = 0.6;


function inFalseCue(toks: Token[], i: number, c: CompiledLexicon): boolean {
  for (let s = Math.max(0, i - 4); s <= i; s++) {
    const end = matchPhrase(c.falseCues, toks, s);
    if (end > i && !namedAfterCue(c.falseCues, toks, s, i)) return true;
  }
  return inQuotedFalseCue(toks, i, c);
}

// "they should have a vote" beside the false cue "should have": a cue longer than the false cue at its word wins.
function outrunsFalseCue(toks: Token[], i: number, end: number, c: CompiledLexicon): boolean {
  const falseEnd = matchPhrase(c.falseCues, toks, i);
  return falseEnd > i && end > falseEnd;
}

// "should be “understood as …”": a quote mark inside a false cue does not turn it into a cue.
function inQuotedFalseCue(toks: Token[], i: number, c: CompiledLexicon): boolean {
  const from = Math.max(0, i - 4);
  const window = toks.slice(from, i + 8);
  if (!window.some((t) => QUOTES.has(t.text))) return false;
  const bare = window.filter((t) => !QUOTES.has(t.text));
  const at = toks.slice(from, i).filter((t) => !QUOTES.has(t.text)).length;
  for (let k = 0; k <= at; k++) if (matchPhrase(c.falseCues, bare, k) > at) return true;
  return false;
}

const phraseCaps = new Map<string, boolean[]>();

// "giao Ban Tuyên giáo …" is "assign the Board …", not the compound "giao ban" (a briefing): a capitalised
// word after the cue where the false cue has a lowercase one starts a name.
function namedAfterCue(index: PhraseIndex, toks: Token[], s: number, cueAt: number): boolean {
  let node = index.root;
  let phrase: string | null = null;
  for (let j = s; j < toks.length; j++) {
    const next = node.next.get(toks[j]?.key ?? '');
    if (!next) break;
    node = next;
    if (node.phrase !== null) phrase = node.phrase;
  }
  if (phrase === null) return false;
  let caps = phraseCaps.get(phrase);
  if (!caps) {
    caps = tokenize(phrase).map((t) => t.cap);
    phraseCaps.set(phrase, caps);
  }
  return caps.some((cap, m) => s + m > cueAt && !cap && toks[s + m]?.cap === true);
}

const CLAUSE_ENDS = new Set(['.', ',', ';', '!', '?', '…']);
const PHRASE_BACK = 4;
const POSSESSED_WINDOW = 3;

// Whether a phrase of `index` ends right before token `i` ("không" + cue, "quan tâm" + cue).

const NOMINAL_WINDOW = 8;

// "dẫn đến việc Bộ X tham mưu, đề xuất …": a nominaliser before the cue's named subject makes the clause a noun.
function nominalised(s: Sentence, i: number, x: DirectiveLookups): boolean {
  for (let k = i - 2; k >= Math.max(0, i - NOMINAL_WINDOW); k--) {
    const t = s.tokens[k];
    if (!t || t.text === ';' || SENTENCE_MARKS.has(t.text)) return false;
    if (x.nominalisers.has(t.key) && s.tokens[k + 1]?.cap) return true;
  }
  return false;
}

// "… mà Tổng cục Hải quan giao": a relative marker after a word, then a name opening with a capital (a body or a person)
// and only words up to the cue, a few at most.
function namedRelative(toks: Token[], i: number, x: DirectiveLookups): boolean {
  for (let k = i - 2; k > 0 && k >= i - 1 - NAMED_RELATIVE_WORDS; k--) {
    if (toks[k]?.kind !== 'word') return false;
    if (x.namedRelativeMarkers.has(toks[k]?.key ?? '')) return !!toks[k + 1]?.cap && toks[i - 1]?.kind === 'word' && toks[k - 1]?.kind === 'word';
  }
  return false;
}

// "mà Tổng cục Hải quan giao": the name between the marker and the command has at most this many words.
const NAMED_RELATIVE_WORDS = 6;

// "self-directed": word, hyphen and cue with no space between them.
function gluedCompound(toks: Token[], i: number): boolean {
  const hyphen = toks[i - 1];
  return !toks[i]?.spaced && hyphen?.text === HYPHEN && !hyphen.spaced && toks[i - 2]?.kind === 'word';
}

// After "và" or opening the sentence, "đề xuất nghiêm túc của các nhà khoa học": a cue whose next few lowercase words end in a possessive is a
// noun ("the proposals of"); an addressee before the possessive ("yêu cầu lãnh đạo của các đơn vị …") is not.
function possessedCue(s: Sentence, end: number, c: CompiledLexicon): boolean {
  const x = c.directives;
  for (let k = end; k < Math.min(s.limit, end + POSSESSED_WINDOW + 1); k++) {
    const t = s.tokens[k];
    if (!t || t.kind !== 'word' || t.cap) return false;
    if (k > end && c.words.conveyedBy.has(t.key)) return true;
    if (matchPhrase(x.taskSubjects, s.tokens, k, s.limit) > 0 || matchPhrase(x.titleHeads, s.tokens, k, s.limit) > 0
      || matchPhrase(x.addresseeNouns, s.tokens, k, s.limit) > 0 || x.agentNouns.has(t.key)) return false;
  }
  return false;
}

function findCues(s: Sentence, c: CompiledLexicon, trace?: Trace): Cue[] {
  const toks = s.tokens;
  const cues: Cue[] = [];
  // The cue word of the last false cue ("khởi kiện yêu cầu …"): "… và yêu cầu …" after it carries on the same claim.
  let falseKey: string | null = null;
  for (let i = 0; i < s.limit; i++) {
    const t = toks[i];
    if (!t || t.kind !== 'word') {
      if (t && (t.text === ';' || SENTENCE_MARKS.has(t.text))) falseKey = null;
      continue;
    }
    // "Cần Thơ (2)": a known place's name is no cue word.
    const place = t.cap ? placeNameEnd(toks, i, s.limit, c) : -1;
    if (place > 0) {
      i = place - 1;
      continue;
    }
    const command = matchPhrase(c.directiveCues, toks, i, s.limit);
    let needTo = matchPhrase(c.directiveCuesNeedTo, toks, i, s.limit);
    // "We are asking every council to …": a request verb that orders only on the speaker's own subject.
    if (needTo < 0 && afterFirstPerson(toks, i, c.directives)) needTo = matchPhrase(c.directives.firstPersonCuesNeedTo, toks, i, s.limit);
    if (needTo < 0 && afterModal(toks, i, c.directives)) needTo = matchPhrase(c.directives.modalCuesNeedTo, toks, i, s.limit);
    const obligation = matchPhrase(c.obligationMarkers, toks, i, s.limit);
    const mandative = matchPhrase(c.directives.mandativeCues, toks, i, s.limit);
    if (mandative > 0 && hasSubjunctive(toks, mandative, s.limit, c.directives)) {
      cues.push({ at: i, end: mandative, type: 'command', rule: 'cue.mandative' });
      i = mandative - 1;
      continue;
    }
    // "Do not wait for approval.": a negative imperative opening the sentence, a bare verb after it.
    const imperative = i === imperativeStart(s, c) ? matchPhrase(c.directives.imperativeOpeners, toks, i, s.limit) : -1;
    if (imperative > 0 && toks[imperative]?.kind === 'word' && !toks[imperative]?.cap && !asksQuestion(s, c)) {
      cues.push({ at: i, end: imperative, type: 'obligation', rule: 'cue.imperative' });
      i = imperative - 1;
      continue;
    }
    const act = matchPhrase(c.directives.firstPersonActs, toks, i, s.limit);
    if (act > 0 && afterFirstPerson(toks, i, c.directives) && act < s.limit && !CLAUSE_ENDS.has(toks[act]?.text ?? '')) {
      cues.push({ at: i, end: act, type: 'command', rule: 'cue.first-person-act' });
      i = act - 1;
      continue;
    }
    const taskWith = matchPhrase(c.directives.taskWithCues, toks, i, s.limit);
    if (taskWith > 0 && taskWithObject(toks, i, taskWith, s.limit, c.directives)) {
      cues.push({ at: i, end: taskWith, type: 'command', rule: 'cue.task-with' });
      i = taskWith - 1;
      continue;
    }
    const causative = matchPhrase(c.directives.causativeCues, toks, i, s.limit);
    if (causative > 0 && !asksQuestion(s, c) && causativeObject(toks, i, causative, s.limit, c.directives)) {
      cues.push({ at: i, end: causative, type: 'command', rule: 'cue.causative' });
      i = causative - 1;
      continue;
    }
    // "I have written to all councils to tell them to …": the letter's addressee is the one told.
    const letter = matchPhrase(c.directives.letterCues, toks, i, s.limit);
    const request = letter > 0 && !asksQuestion(s, c) ? letterRequestEnd(toks, letter, s.limit, c) : -1;
    if (request > 0) {
      cues.push({ at: i, end: letter, type: 'command', rule: 'cue.letter' });
      i = request - 1;
      continue;
    }
    if (command < 0 && needTo < 0 && obligation < 0) continue;
    if (asksQuestion(s, c)) { // "Did they need to respond?"
      trace?.drops.push({ rule: 'directive.drop.direct-question', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    const cueKey = command > 0 ? keyOfTokens(toks, i, command) : null;
    const sameClaim = cueKey !== null && cueKey === falseKey && toks[i - 1]?.key === c.grammar.coordinator;
    if (sameClaim || (inFalseCue(toks, i, c) && !outrunsFalseCue(toks, i, Math.max(command, needTo, obligation), c))) {
      if (cueKey) falseKey = cueKey;
      trace?.drops.push({ rule: 'directive.drop.false-cue', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    const prevKey = toks[i - 1]?.key ?? '';
    if (command > 0 || needTo > 0) {
      const x = c.directives;
      // "phi công không yêu cầu …", "ông chưa từng đề nghị …": a negated command orders nothing.
      if (phraseEndsAt(x.cueNegations, toks, i, PHRASE_BACK)) {
        trace?.drops.push({ rule: 'directive.drop.negated', text: t.text, evidence: s.text, paragraph: s.para });
        continue;
      }
      // "quan tâm đề xuất …", "thực hiện yêu cầu …", "đề xuất nghiêm túc của …": the cue is the object, a noun.
      const coordinated = i === 0 || prevKey === c.grammar.coordinator;
      if (phraseEndsAt(x.cueObjectVerbs, toks, i, PHRASE_BACK) || (coordinated && possessedCue(s, command > 0 ? command : needTo, c)) || nominalised(s, i, x)) {
        trace?.drops.push({ rule: 'directive.drop.cue-as-noun', text: t.text, evidence: s.text, paragraph: s.para });
        continue;
      }
      // "đã đề xuất và được … chấp thuận", "đã chỉ đạo rất quyết liệt": a cue with no complement, a report.
      const joined = command > 0 ? toks[command] : undefined;
      if ((joined?.key === c.grammar.coordinator && matchPhrase(x.nonTaskMarkers, toks, command + 1, s.limit) > 0) || (command > 0 && matchPhrase(x.cueDegreeWords, toks, command, s.limit) > 0)) {
        trace?.drops.push({ rule: 'directive.drop.cue-shape', text: t.text, evidence: s.text, paragraph: s.para });
        continue;
      }
    }
    // "federal laws prohibiting discrimination", "legislation requiring platforms to …": a participle after a law
    // or rule noun says what the law does; it orders nothing of itself.
    if ((command > 0 || needTo > 0) && hasSuffix(t.key, c.directives.grammar.progressiveEndings) && c.directives.ruleNouns.has(prevKey)) {
      trace?.drops.push({ rule: 'directive.drop.rule-noun', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "with the urgency it demands": a thing as the subject demands nothing of anyone, unless it tells someone to act.
    if (command > 0 && needTo < 0 && c.directives.inanimatePronouns.has(prevKey)) {
      trace?.drops.push({ rule: 'directive.drop.non-issuer', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "chỉ tiêu mà Tổng cục Hải quan giao thêm": a relative marker and a named subject right before the command describe a noun.
    if ((command > 0 || needTo > 0) && namedRelative(toks, i, c.directives)) {
      trace?.drops.push({ rule: 'directive.drop.relative', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "a self-directed care program", "the court-ordered review": a cue glued by a hyphen to the word before it is the
    // tail of a compound adjective, no verb.
    if ((command > 0 || needTo > 0) && gluedCompound(toks, i)) {
      trace?.drops.push({ rule: 'directive.drop.compound', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "Frequently Asked Questions to help …": a capitalised cue between capitalised words is part of a name.
    if ((command > 0 || needTo > 0) && t.cap && toks[i - 1]?.kind === 'word' && toks[i - 1]?.cap && toks[i - 1]?.spaced
      && toks[Math.max(command, needTo)]?.cap && c.directives.grammar.modifiersBeforeHead) {
      trace?.drops.push({ rule: 'directive.drop.named', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "là cơ hội để tôn vinh …, khuyến khích sáng tạo …", "in order to encourage …": a verb of a purpose states an aim.
    if ((command > 0 || needTo > 0) && inPurposeList(toks, i, c)) {
      trace?.drops.push({ rule: 'directive.drop.purpose-list', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "protection orders (…) to keep …": a plural cue after a noun is the noun's head.
    if (needTo > 0 && pluralNounCue(toks, i, Math.max(command, needTo), c)) {
      trace?.drops.push({ rule: 'directive.drop.cue-as-noun', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "their required checks": after a determiner the cue is an adjective. Listed after a noun ("the importance of
    // their leadership, called on them to …") a verb that tells someone to do something is still a verb.
    const marked = c.cueNounMarkers.has(prevKey);
    const toAt = needTo > 0 && !marked ? toVerbAt(toks, needTo, s.limit, c.directives, c) : -1;
    const told = toAt > 0 && canBeTold(s, i, needTo, toAt, c, c.directives);
    const adjective = marked || (listedAfterNounMarker(toks, i, c) && !told);
    // "the President is directing his Administration to:": the infinitives are the list after the colon.
    if (needTo > 0 && !adjective && toAt < 0 && listAfterTo(toks, needTo, s.limit, c.directives)) {
      cues.push({ at: i, end: needTo, type: 'command', rule: 'cue.command-list' });
      i = needTo - 1;
      continue;
    }
    if (needTo > 0 && !adjective && (told || hasQuotedOrder(toks, i, needTo, s.limit, c.directives))) {
      cues.push({ at: i, end: needTo, type: 'command', rule: toAt > 0 ? 'cue.command-need-to' : 'cue.quoted-order' });
      i = needTo - 1;
      continue;
    }
    // "yêu cầu, trong thời gian tới, các đơn vị …": a connective between commas may stand between the verb and its task.
    const framedAfter = toks[command]?.text === ',' && matchPhrase(c.connectives, toks, command + 1, s.limit) > 0;
    if (command > 0 && pluralNounCue(toks, i, command, c)) { // "new court orders over …"
      trace?.drops.push({ rule: 'directive.drop.cue-as-noun', text: t.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    if (command > 0 && !adjective && toks[command]?.kind !== 'num' && (toks[command]?.kind !== 'punct' || framedAfter)) {
      cues.push({ at: i, end: command, type: 'command', rule: 'cue.command' });
      i = command - 1;
      continue;
    }
    if (command > 0 && toks[command]?.text === ':' && !adjective) {
      cues.push({ at: i, end: command, type: 'command', rule: 'cue.command-colon' });
      i = command - 1;
      continue;
    }
    // "Cần Giờ", "Must Farm": a capitalised marker after a word starts a name.
    // "So I hope you will …": a first-person pronoun is capitalised anywhere.
    const named = t.cap && toks[i - 1]?.kind === 'word' && !c.directives.firstPerson.has(t.key);
    const question = obligation > 0 && !named && inQuestion(toks, i, c);
    // "… khi Tổ quốc cần.", "when they must,": a marker with nothing after it orders nothing.
    const after = toks[obligation];
    const bare = obligation > 0 && (obligation >= s.limit || (after?.kind === 'punct' && CLAUSE_ENDS.has(after.text)));
    if (obligation > 0 && ownNeed(toks, i, obligation, c.directives)) {
      trace?.drops.push({ rule: 'directive.drop.own-need', text: t.text, evidence: s.text, paragraph: s.para });
      i = obligation - 1;
      continue;
    }
    if (obligation > 0 && ownState(toks, i + 1, s.limit, c.directives.ownStatePredicates, c.directives) && afterFirstPerson(toks, i, c.directives)) {
      trace?.drops.push({ rule: 'directive.drop.own-state', text: t.text, evidence: s.text, paragraph: s.para });
      i = obligation - 1;
      continue;
    }
    if (obligation > 0 && ownState(toks, i + 1, s.limit, c.directives.entitlementPredicates, c.directives)) {
      trace?.drops.push({ rule: 'directive.drop.entitlement', text: t.text, evidence: s.text, paragraph: s.para });
      i = obligation - 1;
      continue;
    }
    // "Health care should be a right", "it should be more than aid": "be" and a noun phrase judge; nobody is told to act.
    if (obligation > 0 && copulaPredicate(toks, obligation, c)) {
      trace?.drops.push({ rule: 'directive.drop.copula', text: t.text, evidence: s.text, paragraph: s.para });
      i = obligation - 1;
      continue;
    }
    if (obligation > 0 && followsCausingVerb(toks, i, c)) {
      trace?.drops.push({ rule: 'directive.drop.consequence', text: t.text, evidence: s.text, paragraph: s.para });
      i = obligation - 1;
      continue;
    }
    if (obligation > 0 && joinsResult(toks, i, obligation, c)) {
      trace?.drops.push({ rule: 'directive.drop.result', text: t.text, evidence: s.text, paragraph: s.para });
      i = obligation - 1;
      continue;
    }
    if (obligation > 0 && !named && !question && !bare) {
      cues.push({ at: i, end: obligation, type: 'obligation', rule: 'cue.obligation' });
      i = obligation - 1;
      continue;
    }
    const rule: RuleId = adjective ? 'directive.drop.cue-as-noun' : needTo > 0 ? 'directive.drop.not-told'
      : named ? 'directive.drop.named' : question ? 'directive.drop.question' : 'directive.drop.cue-shape';
    trace?.drops.push({ rule, text: t.text, evidence: s.text, paragraph: s.para });
  }
  return cues;
}

// "written to all councils to tell them to …", "… inviting them to …": where the request after a letter's addressee
// ends, when it has an "object + infinitive" of its own; -1 when punctuation or the window ends the addressee first.
function letterRequestEnd(toks: Token[], from: number, limit: number, c: CompiledLexicon): number {
  const { end } = letterRequestAt(toks, from, limit, c);
  return end > 0 && toVerbAt(toks, end, limit, c.directives, c) > 0 ? end : -1;
}

function letterRequestAt(toks: Token[], from: number, limit: number, c: CompiledLexicon): { start: number; end: number } {
  for (let k = from + 1; k < Math.min(limit, from + NEED_TO_WINDOW); k++) {
    const t = toks[k];
    if (!t || t.kind === 'punct') break;
    const end = matchPhrase(c.directives.letterRequests, toks, k, limit);
    if (end > 0) return { start: k, end };
  }
  return { start: -1, end: -1 };
}

const CAUSATIVE_OBJECT_MAX = 3;

// "we need this adopted …", "I want every report published": after a first-person subject, an object opened by a
// pronoun or determiner, then a lowercase past participle.
function causativeObject(toks: Token[], i: number, end: number, limit: number, x: DirectiveLookups): boolean {
  if (!afterFirstPerson(toks, i, x) || !opensNounPhrase(toks[end], x) || toks[end]?.cap) return false;
  for (let j = end + 1; j < Math.min(limit, end + 1 + CAUSATIVE_OBJECT_MAX); j++) {
    const t = toks[j];
    if (!t || t.kind !== 'word' || t.cap || x.auxiliaries.has(t.key)) return false;
    if (hasSuffix(t.key, x.grammar.pastEndings)) return true;
  }
  return false;
}

// "… để tôn vinh các tác phẩm, khuyến khích sáng tạo": right after a comma, a cue whose clause (back to ";", ":" or
// the sentence start) holds a purpose opener and no capitalised subject or speech verb after it lists one more aim.
function inPurposeList(toks: Token[], i: number, c: CompiledLexicon): boolean {
  // "… in order to encourage other communities to adopt …": the cue is the purpose's own verb.
  if (phraseEndsAt(c.directives.purposeOpeners, toks, i, PHRASE_BACK)) return true;
  if (toks[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k >= 0; k--) {
    const t = toks[k];
    if (!t || t.text === ';' || t.text === ':' || t.text === '.') return false;
    if (matchPhrase(c.directives.purposeOpeners, toks, k, i) > 0) return true;
    if (matchPhrase(c.speechVerbs, toks, k, i) > 0 || (t.cap && t.kind === 'word' && k > 0)) return false;
  }
  return false;
}

// "will direct", "to direct", "we direct": a modal, the infinitive marker or a personal pronoun right before i.
function afterModal(toks: Token[], i: number, x: DirectiveLookups): boolean {
  const prev = toks[i - 1];
  if (!prev || prev.kind !== 'word') return false;
  return x.auxiliaries.has(prev.key) || prev.key === x.grammar.infinitiveMarker || x.pronouns.has(prev.key) || x.firstPerson.has(prev.key);
}

// "tasked the group with producing …": an active verb (no passive auxiliary before it), a short object opening a
// noun phrase, then the particle and a gerund.
const TASK_WITH_OBJECT_MAX = 6;
function taskWithObject(toks: Token[], i: number, end: number, limit: number, x: DirectiveLookups): boolean {
  if (!x.taskWithParticle || x.passiveAuxiliaries.has(toks[i - 1]?.key ?? '') || !opensNounPhrase(toks[end], x)) return false;
  for (let j = end + 1; j < Math.min(limit, end + 1 + TASK_WITH_OBJECT_MAX); j++) {
    const t = toks[j];
    if (!t || t.kind !== 'word') return false;
    if (t.key === x.taskWithParticle) return toks[j + 1]?.kind === 'word' && hasSuffix(toks[j + 1]?.key ?? '', x.grammar.progressiveEndings);
  }
  return false;
}

// "theo đúng mục tiêu, yêu cầu tại đề án": a cue listed after a noun that a determiner opened is a noun too.
const LISTED_NOUN_WINDOW = 3;
function listedAfterNounMarker(toks: Token[], i: number, c: CompiledLexicon): boolean {
  if (toks[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - LISTED_NOUN_WINDOW); k--) {
    const t = toks[k];
    if (!t || t.kind !== 'word' || t.cap) return false;
    if (k < i - 2 && c.cueNounMarkers.has(t.key)) return true;
  }
  return false;
}

// "I have to say …": the speaker alone (ownNeedSubjects, auxiliaries aside) as the subject of a need marker.
function ownNeed(toks: Token[], i: number, end: number, x: DirectiveLookups): boolean {
  return matchPhrase(x.ownNeedMarkers, toks, i, end) === end && afterSubjectOf(toks, i, x.ownNeedSubjects, x);
}

// "… should all be proud", "… must never forget": a phrase of `predicates` right after the marker (auxiliaries
// and adverbs of subjectAuxiliaries aside).
function ownState(toks: Token[], end: number, limit: number, predicates: PhraseIndex, x: DirectiveLookups): boolean {
  for (let k = end; k < limit; k++) {
    if (matchPhrase(predicates, toks, k, limit) > 0) return true;
    if (!x.auxiliaries.has(toks[k]?.key ?? '')) return false;
  }
  return false;
}

// Whether the word before `i`, auxiliaries and adverbs of subjectAuxiliaries aside, is a first-person subject ("we also", "I have").
function afterFirstPerson(toks: Token[], i: number, x: DirectiveLookups): boolean {
  return afterSubjectOf(toks, i, x.firstPerson, x);
}

// Whether the word before `i`, auxiliaries and adverbs aside, is one of `subjects` ("I still", "we also").
function afterSubjectOf(toks: Token[], i: number, subjects: Set<string>, x: DirectiveLookups): boolean {
  return subjects.has(toks[subjectWordBefore(toks, i, x)]?.key ?? '');
}

// Index of the word before `i` once auxiliaries and their clitics are passed ("we are", "we're").
function subjectWordBefore(toks: Token[], i: number, x: DirectiveLookups): number {
  let k = i - 1;
  for (;;) {
    if (k >= 0 && x.auxiliaries.has(toks[k]?.key ?? '')) k--;
    // "we're", "I've": an unspaced clitic after an apostrophe is an auxiliary too.
    else if (k >= 1 && x.clitics.has(toks[k]?.key ?? '') && !toks[k]?.spaced && APOSTROPHES.has(toks[k - 1]?.text ?? '')) k -= 2;
    else break;
  }
  return k;
}

// Where a sentence's own words start: after opening quotes and connectives ("“Do not …", "And do not …").
function imperativeStart(s: Sentence, c: CompiledLexicon): number {
  let k = 0;
  while (k < s.limit && QUOTES.has(s.tokens[k]?.text ?? '')) k++;
  const end = matchPhrase(c.connectives, s.tokens, k, s.limit);
  return end > 0 && s.tokens[end]?.kind === 'word' ? end : k;
}

// "court orders over …", "new bans on …": a one-word cue in its plural noun form after a lowercase word that is
// no subject (an auxiliary, a pronoun, a group, an organisation or an office would make it a verb).
function pluralNounCue(toks: Token[], i: number, end: number, c: CompiledLexicon): boolean {
  const x = c.directives;
  const t = toks[i];
  const prev = toks[i - 1];
  if (!x.grammar.analysesSubjects || !t || end !== i + 1 || !hasSuffix(t.key, x.grammar.pluralEndings) || !prev || prev.kind !== 'word' || prev.cap) return false;
  if (x.auxiliaries.has(prev.key) || x.pronouns.has(prev.key) || x.agentNouns.has(prev.key) || x.conjunctions.has(prev.key) || x.clauseOpeners.has(prev.key)) return false;
  if (matchPhrase(c.orgHeads, toks, i - 1, i) > 0 || matchPhrase(x.titleHeads, toks, i - 1, i) > 0) return false;
  const next = toks[end];
  // "pill presses and their spare parts …": a plural noun coordinated with another noun phrase.
  return !next || next.kind === 'punct' || x.headBreaks.has(next.key) || x.conjunctions.has(next.key);
}

const QUESTION_WINDOW = 10;
const SUBJUNCTIVE_WINDOW = 8;

// "moves that all sittings be suspended": a mandative "that" clause has a bare "be" (not "will be", "to be").
function hasSubjunctive(toks: Token[], from: number, limit: number, x: DirectiveLookups): boolean {
  for (let k = from + 1; k < Math.min(limit, from + SUBJUNCTIVE_WINDOW); k++) {
    const t = toks[k];
    if (!t || t.kind === 'punct') return false;
    if (t.key === x.grammar.subjunctiveCopula) return toks[k - 1]?.kind === 'word' && !x.auxiliaries.has(toks[k - 1]?.key ?? '');
  }
  return false;
}

// "urged voters, “Look at what I delivered”": the order is the quote after the addressee.
function hasQuotedOrder(toks: Token[], i: number, from: number, limit: number, x: DirectiveLookups): boolean {
  if (matchPhrase(x.quoteOrderCues, toks, i, limit) < 0) return false;
  for (let k = from + 1; k < Math.min(limit, from + NEED_TO_WINDOW); k++) {
    const t = toks[k];
    if (!t) return false;
    if ((t.text === ',' || t.text === ':') && OPEN_QUOTES.has(toks[k + 1]?.text ?? '')) return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

// "advice on how the plan should be structured": a modal inside an indirect question orders nothing.
// A sentence ending in a question mark asks ("Did they need to respond?", "Is it because …, or would they have to …?").
function asksQuestion(s: Sentence, c: CompiledLexicon): boolean {
  const marks = c.directives.questionMarks;
  if (!marks.size) return false;
  for (let k = Math.min(s.limit, s.tokens.length) - 1; k >= 0; k--) {
    const t = s.tokens[k];
    if (!t) continue;
    if (t.kind === 'punct' && marks.has(t.text)) return true;
    if (t.kind === 'punct' && QUOTES.has(t.text)) continue;
    return false;
  }
  return false;
}

function inQuestion(toks: Token[], i: number, c: CompiledLexicon): boolean {
  const breaks = c.directives.questionOpeners;
  for (let k = i - 1; k >= Math.max(0, i - QUESTION_WINDOW); k--) {
    const t = toks[k];
    if (!t || (t.kind === 'punct' && t.text !== ',')) return false;
    if (breaks.has(t.key)) return true;
  }
  return false;
}

// "Do kỳ nghỉ kéo dài nên …", "…, nên …": a marker that is also a conjunction of result joins a result after a cause
// word earlier in the sentence, after a comma or opening the sentence (lexicon.resultMarkers).
// A subject before the modal is short ("hộ kinh doanh nên …"); a longer clause before the marker is a cause.
// The subject is counted from the clause start: a comma or a verb of saying ("X khuyến nghị hộ kinh doanh nên …").
// A longer marker that starts with it ("nên chăng") is a modal only.
function joinsResult(toks: Token[], i: number, obligation: number, c: CompiledLexicon): boolean {
  const r = c.directives.resultMarkers;
  if (!r || matchPhrase(r.markers, toks, i) !== obligation) return false;
  if (i === 0 || toks[i - 1]?.kind === 'punct') return true;
  let words = 0;
  // Only clause marks end the clause ("Covid-19", "5/2021" are words of it).
  const clauseMark = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && (RESULT_CLAUSE_MARKS.has(t.text) || (DASHES.has(t.text) && t.spaced));
  for (let k = i - 1; k >= 0 && !clauseMark(toks[k]) && !phraseEndsAt(c.speechVerbs, toks, k + 1, PHRASE_BACK); k--) if (toks[k]?.kind !== 'punct') words++;
  if (words > RESULT_SUBJECT_MAX_WORDS) return true;
  for (let k = 0; k < i; k++) if (matchPhrase(r.causes, toks, k, i) > 0 && matchPhrase(r.notCauses, toks, k, i) < 0) return true;
  return false;
}

const CONSEQUENCE_WINDOW = 6;

// "Việc tăng chuyến bay sẽ khiến các sân bay phải …": a verb that makes something happen, a few words before the
// modal in the same clause, governs it (lexicon.causingVerbs).
function followsCausingVerb(toks: Token[], i: number, c: CompiledLexicon): boolean {
  for (let k = i - 1; k >= 0 && i - k <= CONSEQUENCE_WINDOW; k--) {
    const t = toks[k];
    if (!t || (t.kind === 'punct' && !QUOTES.has(t.text))) return false;
    if (matchPhrase(c.directives.causingVerbs, toks, k, i) > 0) return true;
  }
  return false;
}

// Where subjects are analysed: the bare copula right after the marker, then an article or a determiner ("be a right").
function copulaPredicate(toks: Token[], at: number, c: CompiledLexicon): boolean {
  const x = c.directives;
  if (!x.grammar.analysesSubjects || !x.grammar.subjunctiveCopula || toks[at]?.key !== x.grammar.subjunctiveCopula) return false;
  const next = toks[at + 1];
  return !!next && next.kind === 'word' && (c.titleArticles.has(next.key) || x.determiners.has(next.key));
}

// "… directing his Administration to:": the infinitive marker, then the colon that ends the sentence, a few words on.
function listAfterTo(toks: Token[], from: number, limit: number, x: DirectiveLookups): boolean {
  if (!x.grammar.infinitiveMarker || toks[limit - 1]?.text !== ':' || toks[limit - 2]?.key !== x.grammar.infinitiveMarker) return false;
  if (limit - 2 - from > NEED_TO_WINDOW) return false;
  for (let k = from; k < limit - 2; k++) if (toks[k]?.kind === 'punct' || x.complementBreaks.has(toks[k]?.key ?? '')) return false;
  return true;
}

// "urged X to act": a command verb needs "to" + a verb within a short window, on the same clause; returns
// where that "to" is, or -1. A question word before "to" ("pressed X about whether … to revise") makes it a
// question, not an order; "according to", "to the" are prepositions, not the infinitive; a new clause
// ("told lawmakers it was his duty to …", "…, and lied … to cover") ends the search.
function toVerbAt(toks: Token[], from: number, limit: number, x: DirectiveLookups, c: CompiledLexicon): number {
  let window = from + NEED_TO_WINDOW;
  for (let k = from; k < Math.min(limit, window); k++) {
    const t = toks[k];
    if (!t || t.text === '.' || t.text === ';' || x.complementBreaks.has(t.key)) return -1;
    // "pressing this agenda because it's the right thing to do": a subordinate clause's "to" is its own.
    if (k > from && x.subordinators.has(t.key) && !t.cap) return -1;
    // "told reporters that he tried to help": a "that" clause reports; its "to" belongs to the report.
    if (c.words.complementizers.has(t.key)) return -1;
    const next = toks[k + 1];
    // "calling on leaders, the private sector, and philanthropy to join …": ", and" before the last addressee and its
    // "to" closes a list; anywhere else it opens a new clause.
    if (t.text === ',' && x.conjunctions.has(next?.key ?? '')) {
      const to = listTailTo(toks, k + 2, limit, x);
      if (to < 0) return -1;
      window = Math.max(window, to + 1);
      k = to - 1;
      continue;
    }
    // "urge anyone who believes their systems have been compromised … to report …": a relative clause on the addressee
    // does not count against the window.
    if (k > from && x.addresseeRelatives.has(t.key)) window += RELATIVE_ROOM;
    // Each comma of an addressee list gives the window room for one more item.
    if (t.text === ',' && k > from && next?.kind === 'word') window += LIST_ITEM_ROOM;
    // "asked Jane Roe, the head of the college, to review …": a name's appositive does not count against the window.
    const close = t.text === ',' && toks[k - 1]?.cap && c.titleArticles.has(next?.key ?? '') ? appositiveEnd(toks, k, limit) : -1;
    if (close > 0) {
      window += close - k + 1;
      k = close;
      continue;
    }
    // "encourage grantees of the … program—which supports …—to improve …", "(CCAMPIS)": an aside in brackets or
    // between dashes does not count against the window either.
    const aside = k > from ? asideEnd(toks, k, limit) : -1;
    if (aside > 0) {
      window += aside - k + 1;
      k = aside;
      continue;
    }
    if (k > from && x.pronouns.has(t.key) && next?.key !== x.grammar.infinitiveMarker && x.auxiliaries.has(next?.key ?? '')) return -1;
    if (t.key !== x.grammar.infinitiveMarker || next?.kind !== 'word' || next.cap) continue;
    if (x.prepositionalTo.has(toks[k - 1]?.key ?? '') || c.cueNounMarkers.has(next.key)) continue;
    return k;
  }
  return -1;
}

// A last list item after ", and" has at most this many words before its "to" (listTailTo); each comma of an
// addressee list lets the "to" stand this many tokens further.
const LIST_TAIL_MAX = 4;
const LIST_ITEM_ROOM = 3;
// A relative clause on the addressee lets the "to" stand this many tokens further.
const RELATIVE_ROOM = 10;

// "…, and philanthropy to join": where the "to" of a list's last item stands (a few words, no pronoun or auxiliary
// on the way, a lowercase verb after it), or -1.
function listTailTo(toks: Token[], from: number, limit: number, x: DirectiveLookups): number {
  for (let k = from; k < Math.min(limit, from + LIST_TAIL_MAX + 1); k++) {
    const t = toks[k];
    const next = toks[k + 1];
    if (t && k > from && t.key === x.grammar.infinitiveMarker) return next?.kind === 'word' && !next.cap ? k : -1;
    if (!t || t.kind !== 'word' || x.pronouns.has(t.key) || x.auxiliaries.has(t.key)) return -1;
  }
  return -1;
}

const APPOSITIVE_MAX = 10;
const ASIDE_MAX = 30;
const ASIDE_DASHES = new Set(['—', '–']);

// The token closing an aside opened at `open`: "(" … ")", or a long dash … the next long dash; -1 when none.
function asideEnd(toks: Token[], open: number, limit: number): number {
  const t = toks[open];
  const closeText = t?.text === '(' ? ')' : t && ASIDE_DASHES.has(t.text) ? t.text : null;
  if (!closeText) return -1;
  for (let k = open + 1; k < Math.min(limit, open + ASIDE_MAX); k++) {
    const u = toks[k];
    if (!u || u.text === '.' || u.text === ';') return -1;
    if (u.text === closeText) return k;
  }
  return -1;
}

// The comma closing an appositive opened by the comma at `open` ("Jane Roe, the head of the college, …"), or -1.
function appositiveEnd(toks: Token[], open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + APPOSITIVE_MAX); k++) {
    const t = toks[k];
    if (!t || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (t.text === ',') return k;
  }
  return -1;
}

// Whether the cue tells someone to act: with no addressee ("had asked to pass on …"; aeb-a1fca19b884e in fixture-examples.test.ts) only a passive cue does
// ("are required to"). After another verb the cue may be an adjective on a plural thing ("failed to conduct
// required checks on inmates and falsified records to show …"): no one is told, unless the thing is to be
// acted on ("ordered files to be sealed").
function canBeTold(s: Sentence, at: number, from: number, toAt: number, c: CompiledLexicon, x: DirectiveLookups): boolean {
  if (!x.grammar.analysesSubjects) return true;
  // "was tasked with drafting …": a preposition after the verb opens no addressee; its "to" is another verb's.
  if (toAt !== from && x.headBreaks.has(s.tokens[from]?.key ?? '')) return false;
  if (toAt === from) return x.passiveAuxiliaries.size === 0 || x.passiveAuxiliaries.has(s.tokens[at - 1]?.key ?? '');
  const prev = s.tokens[at - 1];
  const afterVerb = !!prev && prev.kind === 'word' && !prev.cap && !x.auxiliaries.has(prev.key) && !x.agentNouns.has(prev.key)
    && !x.pronouns.has(prev.key) && !x.conjunctions.has(prev.key) && matchPhrase(c.orgHeads, s.tokens, at - 1, at) < 0;
  const head = headOf(s, from, toAt, x);
  const h = s.tokens[head];
  if (!afterVerb || head !== from || !h || h.cap || !hasSuffix(h.key, x.grammar.pluralEndings) || x.agentNouns.has(h.key)) return true;
  if (matchPhrase(c.orgHeads, s.tokens, head, toAt) > 0 || matchPhrase(x.titleHeads, s.tokens, head, toAt) > 0) return true;
  return matchPhrase(x.normativeVerbs, s.tokens, toAt + 1, s.limit) > 0;
}

const SENTENCE_MARKS = new Set(['.', '!', '?', '…']);

/** Whether the sentence closes with a mark, a sign-off slash after it counted in ("…./.", "…/" of official texts). */
function closesWithMark(s: Sentence): boolean {
  const last = s.tokens[s.limit - 1];
  const mark = last?.text === '/' && !last.spaced ? s.tokens[s.limit - 2] : last;
  return SENTENCE_MARKS.has(mark?.text ?? '');
}

/** Words between ", and" and the obligation of a second clause: its subject ("state officials"). */
const SECOND_CLAUSE_SUBJECT_MAX = 5;

/**
 * Whether ", and" at i opens a second clause with its own subject and obligation after a cue of the first
 * ("Congress must ban …, and state officials must do the same"): a few words, then an obligation cue.
 */
function coordinatedClauseAt(s: Sentence, i: number, from: number, cues: readonly Cue[], x: DirectiveLookups): boolean {
  const toks = s.tokens;
  if (toks[i]?.text !== ',' || !x.clauseCoordinators.has(toks[i + 1]?.key ?? '')) return false;
  if (!cues.some((q) => q.at >= from && q.at < i)) return false;
  const second = cues.find((q) => q.at > i + 2 && q.at <= i + 2 + SECOND_CLAUSE_SUBJECT_MAX);
  if (!second || second.type !== 'obligation') return false;
  return toks.slice(i + 2, second.at).every((t) => t.kind === 'word');
}

/**
 * The clauses of a sentence as [start, end, fresh, coordinated]: split at ";"; inside a quotation the segmenter keeps
 * whole, each sentence of the quote opens a clause of its own (fresh), which continues no item before it; and, given
 * the sentence's cues, at ", and" before a second clause's own obligation (coordinated).
 */
function clauseBounds(s: Sentence, cues: readonly Cue[] = [], x?: DirectiveLookups): [number, number, boolean, boolean][] {
  const out: [number, number, boolean, boolean][] = [];
  let start = 0;
  let fresh = false;
  let coordinated = false;
  let quoted = false;
  for (let i = 0; i < s.limit; i++) {
    const t = s.tokens[i];
    if (!t) continue;
    if (t.kind === 'punct' && OPEN_QUOTES.has(t.text) && !CLOSE_QUOTES.has(t.text)) quoted = true;
    else if (t.kind === 'punct' && CLOSE_QUOTES.has(t.text) && !OPEN_QUOTES.has(t.text)) quoted = false;
    const next = s.tokens[i + 1];
    const prev = s.tokens[i - 1];
    const ends = quoted && SENTENCE_MARKS.has(t.text) && !!next?.cap && next.spaced && prev?.kind === 'word' && prev.text.length > 1;
    const joins = !quoted && !!x && coordinatedClauseAt(s, i, start, cues, x);
    if (t.text === ';' || ends || joins) {
      out.push([start, i, fresh, coordinated]);
      start = joins ? i + 2 : i + 1;
      fresh = ends;
      coordinated = joins;
    }
  }
  if (start < s.limit) out.push([start, s.limit, fresh, coordinated]);
  return out;
}

function spanText(s: Sentence, a: number, b: number): string {
  const first = s.tokens[a];
  const last = s.tokens[b - 1];
  if (!first || !last || b <= a) return '';
  return s.text.slice(first.start, last.end);
}

function skipConnectives(s: Sentence, a: number, b: number, c: CompiledLexicon): number {
  let k = a;
  for (;;) {
    const end = matchPhrase(c.connectives, s.tokens, k, b);
    if (end < 0) break;
    k = end;
    if (s.tokens[k]?.text === ',') k++;
  }
  return k;
}

function trimEdges(s: Sentence, a: number, b: number): [number, number] {
  let x = a;
  let y = b;
  const edge = (t: string | undefined) => /^[,:;.\-…]$/.test(t ?? '');
  const opens = (t: string) => OPEN_QUOTES.has(t) && !CLOSE_QUOTES.has(t);
  const closes = (t: string) => CLOSE_QUOTES.has(t) && !OPEN_QUOTES.has(t);
  // "… giữ vững kỷ luật, sẵn sàng chiến đấu”, Đại tá X nhấn mạnh": a quote opened before the item closes its words; what follows
  // the closing mark names who said them.
  let depth = 0;
  for (let k = x; k < y; k++) {
    const t = s.tokens[k]?.text ?? '';
    if (opens(t)) depth++;
    else if (closes(t) && depth > 0) depth--;
    else if (closes(t) && s.tokens[k + 1]?.text === ',' && k + 2 < y) {
      y = k;
      break;
    }
  }
  for (;;) {
    while (x < y && edge(s.tokens[x]?.text)) x++;
    while (y > x && edge(s.tokens[y - 1]?.text)) y--;
    // "… sẵn sàng chiến đấu”": a closing quote whose opening quote lies outside the item, or an opening one never closed in it.
    const inside = s.tokens.slice(x, y).map((t) => t.text);
    if (y > x && closes(inside[inside.length - 1]!) && !inside.slice(0, -1).some(opens)) y--;
    else if (y > x && opens(inside[0]!) && !inside.slice(1).some(closes)) x++;
    else return [x, y];
  }
}

interface Built {
  start: number;
  end: number;
  by: string | null;
  to: string | null;
  cue: Cue;
  /** The issuer is an organisation named as the subject. */
  org: boolean;
  /** One task of a list (a document's, or a frame's): each ";"-separated task after it is an item of its own. */
  split?: boolean;
  /** The rules that made the item: its shape or cue, then its issuer. */
  rules: RuleId[];
}

/** What carries from one sentence to the next while reading directives: who speaks, and which frame or list is open. */
interface SpeakerFrame {
  /** The official (or organisation) whose voice the following sentences carry. */
  speaker: string | null;
  /** The speaker is an organisation that gave an order, not a person who spoke: the next organisation to order takes over. */
  speakerOrg: boolean;
  /** Paragraph of the last directive, cue or frame: a directive's frame reaches into the next paragraph. */
  lastPara: number;
  /** A list opened by a directive ending its paragraph ("X yêu cầu …:"): its items are X's. */
  list: { by: string; cue: string; para: number; colon: boolean; pending?: number; /** Items may open with a bare verb, no marker (cue.command-list). */ bareVerbs?: boolean } | null;
  /** A directive document ("Thủ tướng ký Chỉ thị …") frames the paragraphs after it: their tasks are its issuer's. */
  document: { by: string } | null;
  /** The document whose frame a report closed: its issuer's next command ("Thủ tướng yêu cầu …") opens it again. */
  closed: { by: string } | null;
  /** Paragraph of the last command or task. */
  commandPara: number;
  /** "… toàn văn bài phát biểu của Thứ trưởng X": the article after it is X's speech. */
  transcriptOf: string | null;
  /** "Sư đoàn X tổ chức Lễ …": the organisation hosting the event, the issuer of tasks nobody else voices. */
  host: string | null;
  /** Paragraph of the "X said:" frame that handed the voice to the speaker: X speaks the paragraph after it. */
  voicePara: number;
  /** The last sentence reported past work and gave no directive ("X đã …"); a connective after it ("Cùng với đó,
   * …", "Đồng thời …") goes on with the report, not with a task. */
  reported: boolean;
}

const START_FRAME: SpeakerFrame = { speaker: null, lastPara: -2, list: null, document: null, commandPara: -2, transcriptOf: null, host: null, voicePara: -2, reported: false, closed: null, speakerOrg: false };

/** What one sentence shows the directive rules, read once. */
interface SentenceView {
  s: Sentence;
  /** The officials mentioned in the sentence. */
  here: ResolvedMention[];
  cues: Cue[];
  hasSpeech: boolean;
  /** The sentence opens with a speech frame ("Phát biểu kết luận, …"). */
  framed: boolean;
  salutation: boolean;
  /** A document the sentence issues, and where its verb is. */
  issue: { by: string; at: number } | null;
  /** The sentence speaks in the first or second person outside quotes ("I hope you will …"). */
  personal: boolean;
}

/** The article-wide inputs and the items found so far. */
interface DirectiveContext {
  doc: PreparedArticle;
  c: CompiledLexicon;
  x: DirectiveLookups;
  bySentence: Map<number, ResolvedMention[]>;
  out: Directive[];
  seen: Seen[];
  trace?: Trace;
  /** Who the page speaks as, when it speaks in the first person (pageNarrator). */
  narrator: string | null;
  /** A transcript's speaker labels, by paragraph (speakerLabels). */
  labels: Map<number, SpeakerLabel>;
  /** The named holder of an office written alone (officeHolders). */
  holder: OfficeHolder;
}

/** The named holder of an office the page writes alone ("The Chief of Staff has asked …"), when one official holds it. */
type OfficeHolder = (office: string) => string | null;

function officeHolders(officials: readonly { name: string; titles: readonly string[] }[], c: CompiledLexicon): OfficeHolder {
  const withTitles = officials.map((o) => ({ name: o.name, keys: o.titles.map((t) => toMatchKey(t)) }));
  return (office) => {
    const words = toMatchKey(office).split(' ');
    while (words.length > 1 && c.titleArticles.has(words[0]!)) words.shift();
    const key = words.join(' ');
    const names = new Set(withTitles.filter((o) => o.keys.some((k) => k === key || k.endsWith(` ${key}`))).map((o) => o.name));
    return names.size === 1 ? [...names][0]! : null;
  };
}

/** Returns the directives of an article with issuer and addressee; praise, past work and false cues are skipped, restatements listed once. */
export function findDirectives(doc: PreparedArticle, c: CompiledLexicon, mentions: ResolvedMention[], trace?: Trace, officials: readonly { name: string; titles: readonly string[] }[] = []): Directive[] {
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const ctx: DirectiveContext = { doc, c, x: c.directives, bySentence, out: [], seen: [], trace, narrator: pageNarrator(doc, c, mentions), labels: speakerLabels(doc, c, mentions), holder: officeHolders(officials, c) };
  let frame = START_FRAME;
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    const label = ctx.labels.get(s.para);
    // "Q  Is that the total? …": a reporter's question in a briefing orders nothing.
    if (label?.question) {
      trace?.drops.push({ rule: 'directive.drop.question-label', text: s.text, evidence: s.text, paragraph: s.para });
      continue;
    }
    const before = ctx.out.length;
    frame = readDirectiveSentence(s, frame, ctx);
    // "Khẩn trương thực hiện hợp đồng mua vaccine cho trẻ em" between paragraphs: a section title restates the task
    // below it, so it lists nothing (its frame still carries on).
    if (ctx.out.length > before && isSubheading(doc, s)) {
      for (const d of ctx.out.splice(before)) trace?.drops.push({ rule: 'directive.drop.subheading', text: d.text, evidence: s.text, paragraph: s.para });
    }
  }
  return ctx.out;
}

interface SpeakerLabel {
  /** The person the label names ("MR. LIEBMAN:" → the page's Jeff Liebman), or null when the page names nobody so. */
  name: string | null;
  /** Where the paragraph's own words start, after the label's colon. */
  end: number;
  /** The label's words as written ("MR", "LIEBMAN"). */
  words: string[];
  question: boolean;
}
const LABEL_WORDS_MAX = 3;

// A transcript's paragraphs open with who speaks: "MR. LIEBMAN:", "SECRETARY CLINTON:" (words in capitals and a colon),
// or the questioner's mark (questionerLabels: "Q"). Each is keyed by paragraph.
function speakerLabels(doc: PreparedArticle, c: CompiledLexicon, mentions: ResolvedMention[]): Map<number, SpeakerLabel> {
  const labels = new Map<number, SpeakerLabel>();
  const x = c.directives;
  for (const s of doc.sentences) {
    if (labels.has(s.para) || !isFirstOfParagraph(doc, s)) continue;
    const first = s.tokens[0];
    if (first && x.questionerLabels.has(first.text) && s.tokens[1]?.kind === 'word') {
      labels.set(s.para, { name: null, end: 1, words: [], question: true });
      continue;
    }
    let k = 0;
    const words: Token[] = [];
    while (k < s.limit && words.length <= LABEL_WORDS_MAX) {
      const t = s.tokens[k];
      if (!t || !isAcronym(t)) break;
      words.push(t);
      k++;
      if (s.tokens[k]?.text === '.' && !s.tokens[k]?.spaced) k++; // "MR."
    }
    if (!words.length || words.length > LABEL_WORDS_MAX || s.tokens[k]?.text !== ':') continue;
    const surname = lastWordKey(words[words.length - 1]!.text);
    const named = [...new Set(mentions.filter((m) => m.official && lastWordKey(m.name) === surname).map((m) => m.name))];
    labels.set(s.para, { name: named.length === 1 ? named[0]! : null, end: k + 1, words: words.map((t) => t.text), question: false });
  }
  return labels;
}

/** Reads one sentence's directives into ctx.out and returns the frame the next sentence is read in. */
function readDirectiveSentence(s: Sentence, prev: SpeakerFrame, ctx: DirectiveContext): SpeakerFrame {
  const { doc, c, x, bySentence, out, seen, trace } = ctx;
  const f: SpeakerFrame = { ...prev, list: prev.list && { ...prev.list } };
  const here = (bySentence.get(s.id) ?? []).filter((m) => m.official);
  const hasSpeech = startsPhraseIn(c.speechVerbs, s, 0, s.limit);
  const frameEnd = matchPhrase(c.speechFrames, s.tokens, 0, s.limit);
  const framed = frameEnd > 0;
  const salutation = matchPhrase(x.salutations, s.tokens, 0, s.limit) > 0;
  // "Phát biểu chỉ đạo, đồng chí X đề nghị …": the cue inside the report frame names the speech, not the order.
  const cues = findCues(s, c, trace).filter((q) => q.at >= frameEnd);
  if (!f.host) f.host = hostOf(s, here, c);
  const transcript = transcriptSpeaker(s, here, x);
  if (transcript) f.transcriptOf = transcript;
  const issued = documentIssue(s, here, c, x) ?? citedIssuer(s, c, x);
  // A document cited inside someone's speech ("Thủ tướng đã có Quyết định …") is background, not a new frame.
  const issue: { by: string; at: number } | null = issued && !(f.speaker && f.speaker !== issued.by && !f.document) ? issued : null;
  // "Công điện nêu rõ, thời gian qua, …": a paragraph opened by the document's own type word is the document speaking.
  const documentSpeaks = matchPhrase(c.documentTypes, s.tokens, c.titleArticles.has(s.tokens[0]?.key ?? '') ? 1 : 0, s.limit) > 0;
  if (f.document && isFirstOfParagraph(doc, s) && !documentSpeaks && endsFrame(s, here, f.document.by, hasSpeech || framed, x)) {
    f.closed = f.document;
    f.document = null;
  }
  if (issue) {
    f.document = { by: issue.by };
    f.closed = null;
    f.speaker = issue.by;
    f.commandPara = s.para;
    f.lastPara = s.para;
  }
  // "Tăng cường …. Đó là yêu cầu của đồng chí X": the sentence before is X's directive.
  if (matchPhrase(x.backAttributions, s.tokens, 0, s.limit) > 0 && here[0]) {
    attributeBack(doc, s, here[0].name, out, seen, c);
    f.speaker = here[0].name;
    f.lastPara = s.para;
    f.reported = false;
    return f;
  }
  // "Một là, …", "- Tăng cường …", "2. Sơ tán …" after "X yêu cầu …:": each item is X's directive.
  // The segmenter may split "1. | Tổ chức …": the item is the sentence after a lone marker.
  const lone = f.list && f.list.pending === s.para && !isFirstOfParagraph(doc, s);
  // A worded enumerator ("Thứ nhất, …") opens an item even when the item names an official ("các chỉ đạo của Thủ tướng").
  const worded = matchPhrase(x.enumerators, s.tokens, 0, s.limit) > 0;
  const item = lone ? 0 : f.list && s.para - f.list.para === 1 && isFirstOfParagraph(doc, s) && (here.length === 0 || worded) ? enumeratorEnd(s, c, f.list.colon, f.list.bareVerbs) : -1;
  if (f.list && item > 0 && item >= s.limit) {
    f.list.pending = s.para;
    return f;
  }
  if (item >= 0 && f.list) {
    const [p, q] = trimEdges(s, skipConnectives(s, item, s.limit, c), s.limit);
    if (q - p >= 2) {
      // "X yêu cầu …: Thứ năm, hoàn thiện thể chế; rà soát …": each ";" task of an item of a colon list is one
      // directive, as in a document's list; plain speech ("X đề nghị …. Thứ nhất, A; B") keeps its item whole.
      for (const [a, b] of f.list.colon ? semicolonParts(s, p, q) : [[p, q] as [number, number]]) {
        const [pa, qb] = trimEdges(s, a, b);
        if (qb - pa < 2) continue;
        out.push({ text: spanText(s, pa, qb), by: f.list.by, to: null, cue: f.list.cue, evidence: s.text, paragraph: s.para, rules: ['directive.list-item', 'issuer.inherited'] });
        seen.push({ words: new Set(s.tokens.slice(pa, qb).filter((t) => t.kind !== 'punct').map((t) => t.key)), index: out.length - 1, lead: false });
      }
      f.list.para = s.para;
      f.lastPara = s.para;
      f.commandPara = s.para;
      f.reported = false;
      return f;
    }
  }
  const view: SentenceView = { s, here, cues, hasSpeech, framed, salutation, issue, personal: ctx.narrator !== null && speaksPersonally(s, x) };
  const built = buildClauses(view, f, ctx);
  const label = ctx.labels.get(s.para);
  if (label) applyLabel(built, label, isFirstOfParagraph(doc, s));
  const emitted = emitItems(view, built, f, ctx);
  if (emitted) f.lastPara = s.para;
  // A document issued ("Thủ tướng đã ký Chỉ thị …") opens its tasks; it reports no past work.
  // A plan's aim or principle ("Thực hiện … nhằm mục đích …") reports no task either: the bare-verb items after it are its aims.
  f.reported = !emitted && !issue && !(documentSpeaks && f.document) && (startsPhraseIn(x.pastMarkers, s, 0, s.limit, s.limit, true) || statesAim(s, x) || (prev.reported && cues.length === 0));
  return nextFrame(view, built, f, doc, c);
}

/** The items of a sentence's clauses: a cue's clause, or a task or split clause inside an open frame or list. */
function buildClauses(view: SentenceView, f: Readonly<SpeakerFrame>, ctx: DirectiveContext): Built[] {
  const { s, here, cues, hasSpeech, framed, issue } = view;
  const { doc, c, x, bySentence, trace } = ctx;
  const built: Built[] = [];
  // The frame's issuer, and whether this sentence is inside a command's frame: a document's, or the paragraph
  // after an order ("Phó Thủ tướng yêu cầu …" then "Bộ Tài chính theo dõi sát …"), until another voice speaks.
  const issuerHere = f.document?.by ?? f.speaker;
  const listLike = f.document !== null || f.speakerOrg;
  const taskFrame = (f.document !== null || s.para - f.commandPara <= 1) && !here.some((m) => m.name !== issuerHere && (hasSpeech || framed));
  let sentenceFrom = 0;
  let sentenceStart = 0;
  // Items of a clause after ", and" (coordinated) record the rule that made that clause.
  let tagFrom = -1;
  const tag = (): void => {
    if (tagFrom >= 0) for (const d of built.slice(tagFrom)) d.rules.push('directive.coordinated-clause');
    tagFrom = -1;
  };
  for (const [a, b, fresh, coordinated] of clauseBounds(s, cues, x)) {
    tag();
    if (coordinated) tagFrom = built.length;
    if (fresh) {
      sentenceFrom = built.length;
      sentenceStart = a;
    }
    const start0 = skipConnectives(s, a, b, c);
    // "the clerks who should resign – their managers should …": a later cue stands for one inside a relative clause or a condition.
    const inClause = cues.filter((q) => q.at >= a && q.at < b);
    const cue = inClause.find((q, n) => n === inClause.length - 1 || q.type !== 'obligation'
      || !(inSubordinate(s, start0, q.at, c, x) || inContactRelative(s, start0, q.at, c, x) || afterRelativeSubject(s, start0, q.at, c, x)));
    const prevBuilt = built.length > sentenceFrom ? built[built.length - 1] : undefined;
    // In a task list (a document's, or after "X yêu cầu …:") each ";"-separated task is an item; in a speech the
    // clauses after ";" elaborate the same point ("ngành cần A; tiếp tục B").
    // A ";" inside a quoted slogan ("phương châm: “A; B”") splits nothing.
    const split = !!prevBuilt && (f.document !== null || prevBuilt.split === true || colonBefore(s, a)) && quotedSpan(s, a) === null;
    // An organisation's tasks ("Bộ Y tế đề nghị các địa phương A; tăng cường B") list one task per ";" when it opens with a verb.
    const verbSplit = split || (!!prevBuilt && (listLike || prevBuilt.org) && quotedSpan(s, a) === null);
    if (!cue) {
      if (prevBuilt) {
        // "…; đồng thời xây dựng …": a continuation connective after ";" opens one more task of the same issuer.
        const more = continuationAt(s, a, start0, b, x);
        if (more > 0) {
          const cueHere: Cue = { at: start0, end: more, type: 'obligation', rule: 'directive.continuation' };
          built.push({ start: start0, end: b, by: prevBuilt.by, to: null, cue: cueHere, org: false, split: prevBuilt.split, rules: ['directive.continuation', 'issuer.inherited'] });
          continue;
        }
        // "call on Congress to hold …; impose …; and pass …": a bare verb after ";" is one more infinitive of the call.
        const parallel = prevBuilt.cue.rule === 'cue.command-need-to' && s.tokens[a - 1]?.text === ';' ? parallelInfinitiveAt(s, start0, b, x) : -1;
        if (parallel >= 0) {
          const cueHere: Cue = { at: parallel, end: parallel + 1, type: 'command', rule: 'directive.parallel-task' };
          built.push({ start: parallel, end: b, by: prevBuilt.by, to: prevBuilt.to, cue: cueHere, org: false, split: true, rules: ['directive.parallel-task', 'issuer.inherited'] });
          continue;
        }
        // "…; tiêm mũi thứ 2 cho trẻ em …" in a document's task list: a ";" clause opening with an action verb is one more task.
        // "…; từ đó xây dựng đơn vị …" (thereby): a result of the work before, no task.
        const result = matchPhrase(x.resultOpeners, s.tokens, a, b) > 0;
        const verb = verbSplit && !result && s.tokens[a - 1]?.text === ';' ? listTaskAt(s, start0, b, x) : -1;
        if (verb > 0) {
          const cueHere: Cue = { at: start0, end: verb, type: 'obligation', rule: 'directive.list-task' };
          built.push({ start: start0, end: b, by: prevBuilt.by, to: null, cue: cueHere, org: false, split: true, rules: ['directive.list-task', 'issuer.inherited'] });
          continue;
        }
        // A continuation's ";" clauses elaborate its one point ("…; nhất là lực lượng …").
        // A command earlier in the sentence opens the frame too, for a subject opening the clause ("X yêu cầu A …;
        // các huyện phối hợp …"; not "…; cùng với Đảng ủy, Bộ tư lệnh tiếp tục …").
        const found = (taskFrame || prevBuilt.cue.type === 'command') && !prevBuilt.rules.includes('directive.continuation') ? findTask(s, start0, b, c, x, true) : null;
        const next = found && (taskFrame || found.start === start0) ? found : null;
        if (next) built.push({ start: next.start, end: b, by: prevBuilt.by, to: next.org, cue: next.cue, org: false, split: true, rules: ['directive.clause-task', 'issuer.inherited'] });
        // "…: số lượng; mã số; trị giá": a clause of a word or two is a listed noun of the task, not a task.
        else if (split && !hasNonTask(s, start0, Math.min(b, start0 + NON_TASK_WINDOW), x) && wordCount(s, start0, b) >= CLAUSE_TASK_MIN_WORDS) {
          built.push({ start: start0, end: b, by: prevBuilt.by, to: null, cue: prevBuilt.cue, org: false, split: true, rules: ['directive.clause-split', 'issuer.inherited'] });
        } else prevBuilt.end = b;
        continue;
      }
      // "Để …, các cơ quan, đơn vị tổ chức …": a purpose, then the group told to act.
      const purpose = a === 0 ? purposeTask(s, start0, b, c, x) : null;
      if (purpose) {
        built.push({ start: purpose.start, end: b, by: issuerHere ?? f.host, to: purpose.org, cue: purpose.cue, org: false, split: true, rules: ['directive.purpose-task', issuerFallback(issuerHere, f.host)] });
        continue;
      }
      // "Bên cạnh đó, tiếp tục …", "Trong đó, chú trọng …" right after a directive: one more task of its issuer.
      const continued = a === 0 && s.para - f.lastPara <= 1 && !f.reported ? continuationAt(s, a, start0, b, x) : -1;
      if (continued > 0) {
        const cueHere: Cue = { at: start0, end: continued, type: 'obligation', rule: 'directive.continuation' };
        built.push({ start: start0, end: b, by: issuerHere ?? f.host, to: null, cue: cueHere, org: false, split: listLike, rules: ['directive.continuation', issuerFallback(issuerHere, f.host)] });
        continue;
      }
      // Inside a directive's frame, "Bộ X chủ trì, phối hợp …" is one more task of the same issuer.
      const found = f.speaker && s.para - f.lastPara <= 1 && !f.reported ? findTask(s, start0, b, c, x) : null;
      // "Văn phòng Bộ đã tham mưu …": a past, a promise or a report before the verb tells of work, not a task.
      const task = found && !hasNonTask(s, start0, found.cue.at, x) ? found : null;
      if (task) {
        built.push({ start: task.start, end: b, by: issuerHere, to: task.org, cue: task.cue, org: false, split: true, rules: ['directive.frame-task', 'issuer.inherited'] });
        continue;
      }
      const inherited = taskFrame && issuerHere && !f.reported ? inheritedTask(s, a, start0, b, f.document !== null, c, x) : null;
      if (inherited) {
        built.push({ start: inherited.start, end: b, by: issuerHere, to: inherited.org, cue: inherited.cue, org: false, split: true, rules: ['directive.inherited-task', 'issuer.inherited'] });
        continue;
      }
      // Right after a directive, a sentence that opens with an action verb and names nobody is one more task of
      // the same issuer, the verb's subject left out as in a task list.
      const bareShape = a === 0 && (issuerHere || s.para === f.lastPara) && s.para - f.lastPara <= 1 && !f.reported && here.length === 0 && !framed;
      const aim = bareShape && statesAim(s, x);
      if (aim && imperativeAt(s, start0, b, x) > 0) ctx.trace?.drops.push({ rule: 'directive.drop.aim', text: spanText(s, start0, b), evidence: s.text, paragraph: s.para });
      const bare = bareShape && !aim ? imperativeAt(s, start0, b, x) : -1;
      if (bare > 0) {
        const cueHere: Cue = { at: start0, end: bare, type: 'obligation', rule: 'directive.imperative-task' };
        built.push({ start: start0, end: b, by: issuerHere ?? f.host, to: null, cue: cueHere, org: false, split: listLike, rules: ['directive.imperative-task', issuerFallback(issuerHere, f.host)] });
        continue;
      }
      // "I ask Congress to send me a bill banning …. Enacting universal background checks. Requiring safe storage.":
      // short gerund fragments right after a call name more of what it asks for.
      const asked = a === 0 ? gerundTaskOf(doc, s, ctx.out, x) : null;
      if (asked) {
        const cueHere: Cue = { at: 0, end: 1, type: 'command', rule: 'directive.gerund-task' };
        built.push({ start: 0, end: b, by: asked.by, to: asked.to, cue: cueHere, org: false, split: true, rules: ['directive.gerund-task', 'issuer.inherited'] });
      }
      continue;
    }
    // "The Authority - which has rejected the Trump administration … - called for …": a name inside
    // a parenthetical between subject and verb is not the subject.
    const open = parentheticalOpen(s, start0, cue.at, x);
    // "“Thủ tướng đã chỉ đạo rõ. Tôi đề nghị …”, X nói": a name in an earlier sentence of a quote is not the subject.
    const before = here.filter((m) => m.start >= sentenceStart && m.end <= cue.at && (open < 0 || m.end <= open));
    // "A, B, and C agree that Republicans should …": a listed official nearest the clause stands for the list's first.
    const nearest = before[before.length - 1];
    const subject = coordinatedSubject(s, a, cue.at, before, x) ?? (nearest && before.length > 1 ? subjectList(s, sentenceStart, nearest.end, before, x) : undefined) ?? nearest;
    // After ";" a clause without its own subject continues the previous item ("…; tham mưu phân công …").
    const ownSubject = cue.type === 'command'
      ? (subject && subject.start >= a) || organisationBefore(s, start0, cue.at, c) !== null
      : (subject && subject.start >= a) || (!opensWithVerb(s, start0, cue.at, x) && subjectBefore(s, start0, cue.at, c, here) !== null);
    if (prevBuilt && !ownSubject) {
      if (split) built.push({ start: start0, end: b, by: prevBuilt.by, to: null, cue, org: false, split: true, rules: [cue.rule, 'directive.clause-split', 'issuer.inherited'] });
      else prevBuilt.end = b;
      continue;
    }
    // Inside a directive's frame, "Bộ X chủ trì, phối hợp …, chỉ đạo …" and "Bộ X, Bộ Y chỉ đạo …" are tasks the
    // frame's issuer gives those organisations (a dispatch's numbered list), built from the organisation on.
    const frameTask: ReturnType<typeof findTask> = cue.type === 'command' && f.speaker && s.para - f.lastPara <= 1 && !(subject && subject.start >= a) ? findTask(s, start0, b, c, x, taskFrame) : null;
    if (frameTask && frameTask.cue.at <= cue.at && frameTask.org !== f.speaker) {
      built.push({ start: frameTask.start, end: b, by: issuerHere, to: frameTask.org, cue: frameTask.cue, org: false, split: true, rules: ['directive.frame-task', 'issuer.inherited'] });
      continue;
    }
    const after = here.find((m) => m.start >= cue.end);
    // "…, CQĐT đề nghị truy tố ông X": with an organisation as the subject, an official after the cue is the object.
    const said = !subject && after && hasSpeech && (cue.type !== 'command' || organisationBefore(s, afterLastComma(s, start0, cue.at), cue.at, c) === null) ? after : undefined;
    let by: string | null = subject?.name ?? said?.name ?? null;
    let byRule: RuleId = subject ? 'issuer.subject' : said ? 'issuer.said-after' : 'issuer.none';
    let to: string | null = null;
    let textStart = start0;
    let org = false;
    const dropped = (rule: RuleId): void => {
      trace?.drops.push({ rule, text: spanText(s, start0, b), evidence: s.text, paragraph: s.para });
    };
    const notOrder = notAnOrder(s, start0, b, cue, here, !!(subject && subject.start >= a), c, x);
    if (notOrder) {
      dropped(notOrder);
      continue;
    }
    if (cue.type === 'command') {
      // "Froman said the leaders will direct the ministers to …": a reported clause with a noun subject of its own is
      // that subject's order, not the speaker's.
      const reported = subject && byRule === 'issuer.subject' ? afterSpeechVerb(s, subject.end, cue.at, c) : null;
      const reportedSubject = reported !== null && x.grammar.analysesSubjects ? nounSubject(s, reported, cue.at, c, x) : null;
      if (reportedSubject) {
        by = reportedSubject;
        byRule = 'issuer.noun-subject';
      }
      if (!subject && !issuesOrders(s, start0, cue, x)) { // "Despite reports urging …", "protesters called for …"
        dropped(participleInModifier(s, start0, cue, x) ? 'directive.drop.modifier' : 'directive.drop.non-issuer');
        continue;
      }
      if (participleInModifier(s, start0, cue, x)) { // "X will take measures, including calling for …"
        dropped('directive.drop.modifier');
        continue;
      }
      // "Thủ tướng Chính phủ vừa ký Công điện … chỉ đạo …": the document's issuer orders.
      if (!by && issue && issue.at < cue.at) {
        by = issue.by;
        byRule = 'issuer.document';
      }
      // "The Department is a member and I encourage you all to join": on a page in its own voice, a first-person
      // subject of the cue is the narrator, whatever the clause before it names.
      if (!by && ctx.narrator && afterFirstPerson(s.tokens, cue.at, x) && !x.firstPerson.has(s.tokens[cue.at]?.key ?? '')) {
        by = ctx.narrator;
        byRule = 'issuer.narrator';
      }
      if (!by) {
        const voice = voiceOf(view, f, ctx);
        ({ by, org, rule: byRule } = commandIssuer(doc, s, start0, cue, open, voice, c, x, bySentence, ctx.holder));
        if (byRule === 'issuer.speaker' && by !== f.speaker) byRule = 'issuer.narrator';
        // "My Government will require …": an organisation the narrator owns speaks for the narrator.
        if (byRule === 'issuer.organisation' && by && ctx.narrator && ownedByNarrator(by, x)) {
          by = ctx.narrator;
          org = false;
          byRule = 'issuer.narrator';
        }
      }
      if (!by && f.host) {
        by = f.host;
        byRule = 'issuer.host';
      }
      // "The family is requesting privacy", "Residents are seeking answers": a request only an office, a body or the
      // speaker gives, from anyone else, orders nothing.
      const requestOnly = matchPhrase(x.issuerOnlyCues, s.tokens, cue.at, cue.end) === cue.end;
      if (requestOnly && (!by || byRule === 'issuer.noun-subject')) {
        dropped('directive.drop.non-issuer');
        continue;
      }
      // "yêu cầu: …", "yêu cầu, trong thời gian tới, …", "yêu cầu trong thời gian tới, …": the task starts after them.
      const mark = s.tokens[cue.end]?.text;
      textStart = skipConnectives(s, mark === ',' || mark === ':' ? cue.end + 1 : cue.end, b, c);
      // "People are being urged to …": a passive order keeps the subject it is given to.
      if (x.grammar.analysesSubjects && s.tokens[cue.end]?.key === x.grammar.infinitiveMarker && x.passiveAuxiliaries.has(s.tokens[cue.at - 1]?.key ?? '')) {
        const [from, end] = subjectRegion(s, start0, cue.at, x);
        let to0 = end;
        while (to0 > from && x.passiveAuxiliaries.has(s.tokens[to0 - 1]?.key ?? '')) to0--; // "are being"
        if (to0 <= from) { // "… have taken the quiz and, where needed, been directed to …": no subject, a piece of a report
          dropped('directive.drop.fragment');
          continue;
        }
        textStart = from;
        to = spanText(s, from, to0) || null;
        // "Other passengers will be asked to …": the subject is told, not telling; the order is the voice's.
        if (to && by && (byRule === 'issuer.noun-subject' || byRule === 'issuer.organisation') && to.includes(by)) {
          by = voiceOf(view, f, ctx);
          byRule = by !== null && by === f.speaker ? 'issuer.speaker' : 'issuer.narrator';
          org = false;
        }
      }
      // "ordered that they be applied", "asked for this on our side": a pronoun object only points back at an order.
      if (pointsBack(s, textStart, b, cue, x)) {
        dropped('directive.drop.anaphoric');
        continue;
      }
      if (cue.rule === 'cue.letter') to = spanText(s, cue.end, letterRequestAt(s.tokens, cue.end, s.limit, c).start) || null;
      // What is requested ("requesting funding") is no addressee.
      if (!requestOnly) to ??= recipientBefore(s, start0, cue.at, c, x) ?? addresseeAfter(s, textStart, b, c);
      // "demanding it be signed": a mandative clause keeps its verb.
      if (cue.rule === 'cue.mandative') textStart = cue.at;
    } else {
      // "The court ruled that member states must …" (aeb-833caf3bdba5 in fixture-examples.test.ts): an organisation
      // subject of the clause that reports the obligation voices it.
      const voiced = !by ? organisationSubject(s, start0, cue.at, c, x) : null;
      if (voiced && reportWords(s, voiced.end, cue.at, x) >= REPORT_MIN_WORDS && startsPredicate(s, voiced.end, c, x)) {
        by = voiced.name;
        byRule = 'issuer.voiced';
      }
      if (!by) {
        by = framedIssuer(s, start0, cue.at, c, x);
        byRule = 'issuer.framed';
      }
      if (!by) {
        by = voiceOf(view, f, ctx);
        byRule = by !== null && by === f.speaker ? 'issuer.speaker' : 'issuer.narrator';
      }
      if (!by) { // an obligation nobody voices is commentary, not a directive
        dropped('directive.drop.unvoiced');
        continue;
      }
      // "If you think the rule needs to change, I will hear you": a condition or a reason orders nothing.
      if (inSubordinate(s, start0, cue.at, c, x)) {
        dropped('directive.drop.subordinate');
        continue;
      }
      // "the risks you will have to face", "the tools they need to …", "real issues which need to be addressed": a
      // relative clause on a noun describes it.
      if (inContactRelative(s, start0, cue.at, c, x) || onThingRelative(s, start0, cue.at, c, x)) {
        dropped('directive.drop.relative');
        continue;
      }
      // "I hope you will …", "I want you to …": the marker carries its own subject and addressee.
      if (x.firstPerson.has(s.tokens[cue.at]?.key ?? '')) {
        built.push({ start: cue.at, end: b, by, to: null, cue, org, rules: [cue.rule, byRule] });
        continue;
      }
      if (subject && subject.end <= cue.at) {
        const spoken = afterSpeechVerb(s, Math.max(subject.end, start0), cue.at, c);
        // "Theo đồng chí X, Title, ngành cần …": the frame and the speaker's titles are not the directive.
        // The comma is looked for in this clause only: after ";" the task starts at its own subject ("…; các xã cần …").
        const floor = Math.max(subject.end, start0);
        const afterFrame = framed && spoken === null ? afterLastComma(s, floor, cue.at) : start0;
        textStart = spoken ?? (afterFrame > floor ? afterFrame : start0);
      } else if (!subject) {
        // "Công điện nêu rõ, các bộ, ngành phải …": the report verb and what precedes it are not the task.
        const spoken = afterSpeechVerb(s, start0, cue.at, c);
        const opening = spoken !== null && !s.tokens.slice(start0, spoken - 1).some((t) => t.text === ',') && s.tokens[spoken - 1]?.text === ',';
        if (spoken !== null && opening && spoken < cue.at) textStart = spoken;
      }
      // "Theo Thông tư X của Bộ Y, các bệnh viện phải …": the frame names the issuer; the rule starts after it.
      if (!subject && textStart === start0 && matchPhrase(c.speechFrames, s.tokens, start0, cue.at) > 0) {
        const comma = s.tokens.findIndex((t, k) => k >= start0 && k < cue.at && t.text === ',');
        if (comma > 0) textStart = comma + 1;
      }
      if (opensComment(s, start0, cue.at, x) || opensComment(s, textStart, cue.at, x)) { // "X nói đây là bất cập, cần thay đổi"
        dropped('directive.drop.comment');
        continue;
      }
      if (!canAct(s, textStart, cue, c, x, here)) { // "Prices should ease": a prediction, nobody is told to act
        dropped('directive.drop.prediction');
        continue;
      }
      to = subjectBefore(s, textStart, cue.at, c, here, ADDRESSEE_SUBJECT_MAX);
    }
    const quote = quotedSpan(s, cue.at);
    // A quote split by ";" keeps each clause to itself: "“A không phải …; B phải …” - X nhấn mạnh".
    if (quote && said) textStart = Math.max(quote[0], start0);
    // "urged the public not to …", "yêu cầu các bộ, ngành …": the order keeps its verb, which says how strongly it is
    // given; after "yêu cầu:" or "yêu cầu, thời gian tới, …" the task starts where it did.
    // "We are asking X to …": a first-person subject stays with its verb.
    if (cue.type === 'command' && textStart === cue.end) {
      const own = subjectWordBefore(s.tokens, cue.at, x);
      let verb = cue.at;
      while (verb + 1 < cue.end && x.auxiliaries.has(s.tokens[verb]?.key ?? '')) verb++; // "has proposed …" → "proposed …"
      textStart = own >= start0 && x.firstPerson.has(s.tokens[own]?.key ?? '') ? own : verb;
    }
    built.push({ start: textStart, end: quote && said ? Math.min(quote[1], b) : b, by, to, cue, org, rules: [cue.rule, byRule] });
  }
  tag();
  return built;
}

const TALLY_WINDOW = 5;
const PASSIVE_WINDOW = 8;
const ROLE_WINDOW = 8;

// Why a cue's clause orders nothing, or null: an opinion holder's view ("Nhiều chuyên gia cho rằng cần …"), a role
// ("là người … đề xuất …"), a condition ("để … cần có …"), a narrated verdict ("xử phạt …, buộc …") or a tally
// of results ("…; kiến nghị xử lý 5 tập thể; …").
function notAnOrder(s: Sentence, start0: number, b: number, cue: Cue, here: ResolvedMention[], ownSubject: boolean, c: CompiledLexicon, x: DirectiveLookups): RuleId | null {
  const toks = s.tokens;
  const lastComma = afterLastComma(s, start0, cue.at);
  let opening = start0;
  while (opening < cue.at && toks[opening]?.kind === 'punct') opening++;
  const named = (from: number) => here.some((m) => m.start >= from && m.start < cue.at) || organisationBefore(s, lastComma, cue.at, c) !== null;
  for (let k = start0; k < cue.at; k++) {
    if (matchPhrase(x.opinionSubjects, toks, k, cue.at) > 0 && !named(k)) return 'directive.drop.opinion';
    // "X là người trực tiếp tham mưu, đề xuất …"; an opening "Là người lính …, các đồng chí phải …" is an adjunct.
    if (k > opening && cue.at - k <= ROLE_WINDOW && matchPhrase(x.roleFrames, toks, k, cue.at) > 0) return 'directive.drop.role';
  }
  if (cue.type === 'obligation') {
    for (let p = start0; p < cue.at; p++) {
      if (p !== start0 && toks[p - 1]?.text !== ',') continue;
      if (matchPhrase(x.purposeOpeners, toks, p, cue.at) < 0) continue;
      if (!toks.slice(p, cue.at).some((t) => t.text === ',') && !named(p)) return 'directive.drop.condition';
    }
    return null;
  }
  for (let k = 0; k < cue.at; k++) if (matchPhrase(x.verdictVerbs, toks, k, cue.end) > 0) return 'directive.drop.verdict';
  // "… được Bộ X giao nhiệm vụ …": the agent of a passive gave the task; the sentence reports who received it.
  for (let k = Math.max(0, cue.at - PASSIVE_WINDOW); k < cue.at - 1; k++) {
    if (matchPhrase(x.passiveMarkers, toks, k, cue.at) === k + 1 && toks[k + 1]?.cap && nameRunEnd(s, k + 1, c) === cue.at) return 'directive.drop.passive';
  }
  // "… ban hành công điện đề nghị ứng phó với bão": the cue describes the document, telling nobody; its tasks follow.
  for (let k = Math.max(start0, cue.at - PASSIVE_WINDOW); k < cue.at; k++) {
    if (matchPhrase(x.directiveDocuments, toks, k, cue.at) !== cue.at || recipientBefore(s, start0, cue.at, c, x) !== null) continue;
    const told = toks[cue.end]?.cap || matchPhrase(x.taskSubjects, toks, cue.end, b) > 0 || addresseeAfter(s, cue.end, b, c) !== null;
    if (!told) return 'directive.drop.document-gist';
  }
  if (ownSubject || organisationBefore(s, lastComma, cue.at, c) !== null) return null;
  let counted = false;
  for (let k = cue.end; k < Math.min(b, cue.end + TALLY_WINDOW); k++) {
    const t = toks[k];
    if (!t || t.kind === 'punct') break;
    if (t.kind === 'num') counted = true;
  }
  if (!counted) return null;
  const others = clauseBounds(s).filter(([p, q]) => q <= start0 || p >= b);
  return others.some(([p, q]) => toks.slice(p, q).some((t) => t.kind === 'num')) ? 'directive.drop.tally' : null;
}

// In a labelled paragraph the label is no part of an item, and an item voiced by the page (no issuer in its sentence)
// is the labelled speaker's (issuer.speaker-label).
const LABEL_VOICED: readonly RuleId[] = ['issuer.narrator', 'issuer.speaker', 'issuer.none'];
function applyLabel(built: Built[], label: SpeakerLabel, first: boolean): void {
  for (const d of built) {
    if (first && d.start < label.end) d.start = label.end;
    // "MR. LIEBMAN: The legislation calls for …": a word of the label is no acronym of an issuer.
    const fromLabel = first && d.by !== null && label.words.includes(d.by);
    const voiced = d.rules.find((r) => LABEL_VOICED.includes(r) || (fromLabel && r.startsWith('issuer.')));
    if (label.name && voiced) {
      d.by = label.name;
      d.rules = d.rules.map((r) => (r === voiced ? 'issuer.speaker-label' : r));
    }
  }
}

function issuerFallback(issuer: string | null, host: string | null): RuleId {
  return issuer ? 'issuer.inherited' : host ? 'issuer.host' : 'issuer.none';
}

/** Adds the built items to ctx.out (a restatement merges into its first wording); true when any stood. */
function emitItems(view: SentenceView, built: Built[], f: Readonly<SpeakerFrame>, ctx: DirectiveContext): boolean {
  const { s } = view;
  const { out, seen, trace } = ctx;
  let emitted = false;
  for (const d of built) {
    // "Thay mặt Ban tổ chức, Bộ X đề nghị …" inside X's minister's speech: the speaker voices the ministry's order.
    if (d.org && f.transcriptOf) {
      d.by = f.transcriptOf;
      d.rules = [...d.rules.filter((r) => !r.startsWith('issuer.')), 'issuer.transcript'];
    }
    const [p, q] = trimEdges(s, d.start, d.end);
    const text = spanText(s, p, q);
    if (!text || q - p < 2) {
      trace?.drops.push({ rule: 'directive.drop.too-short', text, evidence: s.text, paragraph: s.para });
      continue;
    }
    // "… thực hiện tốt các nhiệm vụ trọng tâm sau:": the intro of a task list names no task; its items follow.
    if (d.cue.rule === 'cue.command-list' || (s.tokens[q]?.text === ':' && q === s.limit - 1 && phraseEndsAt(ctx.x.listIntros, s.tokens, q, PHRASE_BACK))) {
      trace?.drops.push({ rule: 'directive.drop.list-intro', text, evidence: s.text, paragraph: s.para });
      emitted = true;
      continue;
    }
    const words = new Set(s.tokens.slice(p, q).filter((t) => t.kind !== 'punct').map((t) => t.key));
    const item: Directive = {
      text, by: d.by, to: d.to, cue: spanText(s, d.cue.at, d.cue.end), evidence: s.text, paragraph: s.para, rules: d.rules,
    };
    emitted = true;
    const dup = seen.find((w) => isRestatement(w, words, s.para === 0));
    if (dup) {
      mergeRestatement(out, dup, item, words);
      continue;
    }
    seen.push({ words, index: out.length, lead: s.para === 0 });
    out.push(item);
  }
  return emitted;
}

/** The frame after a sentence: who speaks next, and whether a list opens or closes. */
function nextFrame(view: SentenceView, built: Built[], f: SpeakerFrame, doc: PreparedArticle, c: CompiledLexicon): SpeakerFrame {
  const { s, here, cues, hasSpeech, framed, salutation, issue } = view;
  // Who speaks next: the official named with a speech verb or a report frame here carries over; an
  // organisation issuing a directive speaks next only when no person does.
  // A directive (or a frame) ending the paragraph opens a list: with ":" any item marker, else only "Một là", "Thứ nhất".
  const colon = s.tokens[s.limit - 1]?.text === ':';
  const issuer = built[built.length - 1]?.by ?? (colon && (framed || hasSpeech) ? here[0]?.name ?? f.speaker : null);
  // Inside an item of a bare-verb list ("Deliver … . Within 45 days, members will recommend …"), a later directive of
  // the item's paragraph opens no list of its own: the next bare verb is the list's next item.
  const inItem = !!f.list?.bareVerbs && f.list.para === s.para && !colon;
  if (issuer && isLastOfParagraph(doc, s) && !inItem) {
    const cueTok = built[built.length - 1]?.cue;
    f.list = { by: issuer, cue: cueTok ? spanText(s, cueTok.at, cueTok.end) : '', para: s.para, colon, bareVerbs: cueTok?.rule === 'cue.command-list' };
  } else if (f.list && s.para > f.list.para && f.list.pending !== s.para) f.list = null;
  if (framed || cues.length) f.lastPara = Math.max(f.lastPara, s.para); // a frame or a cue opens a directive's frame
  if (built.some((d) => d.cue.type === 'command' || d.split)) f.commandPara = s.para;
  // An organisation, or an office named without a person ("Trưởng Ban X đề nghị …"), that gives an order.
  const ordering = built.find((d) => d.org || d.rules.includes('issuer.office'))?.by ?? null;
  // On a page in its own voice, "As I told you …, I have been talking to X" keeps the narrator's voice, and so does
  // a sentence in which X only tells the narrator to act ("Since President X asked me to …, our office has …").
  const toldNarrator = view.personal && !hasSpeech && cues.length > 0 && cues.every((q) => c.directives.firstPerson.has(s.tokens[q.end]?.key ?? ''));
  if (!salutation && (hasSpeech || framed || cues.length) && here[0] && !(view.personal && selfVoiced(s, cues, c)) && !toldNarrator) {
    f.speaker = here[0].name;
    f.speakerOrg = false;
    f.voicePara = colon && (hasSpeech || framed) ? s.para : -2;
  } else if ((!f.speaker || (f.speakerOrg && ordering)) && !here[0]) {
    f.speaker = ordering;
    f.speakerOrg = ordering !== null;
  }
  if (issue) {
    f.speaker = issue.by;
    f.speakerOrg = !here.some((m) => m.name === issue.by);
  }
  // After the background of a document, its issuer's own command goes back to the document's tasks.
  if (!f.document && f.closed && built.some((d) => d.cue.type === 'command' && d.by === f.closed?.by && d.rules.includes('issuer.subject'))) {
    f.document = f.closed;
    f.closed = null;
  }
  return f;
}

// Who issues a command with no named official before or after it: an organisation subject, an unnamed office,
// an acronym, a pronoun's referent, a group noun, else the current speaker. Each reading is one rule, tried in turn.
function commandIssuer(
  doc: PreparedArticle, s: Sentence, start0: number, cue: Cue, open: number, speaker: string | null,
  c: CompiledLexicon, x: DirectiveLookups, bySentence: Map<number, ResolvedMention[]>, holder: OfficeHolder,
): { by: string | null; org: boolean; rule: RuleId } {
  const issuer = coordinatedOrganisation(s, start0, cue.at, c, x) ?? organisationBefore(s, start0, cue.at, c) ?? organisationBefore(s, afterLastComma(s, start0, cue.at), cue.at, c)
    ?? (open > 0 ? organisationSubject(s, start0, open, c, x)?.name ?? null : null) ?? senderBefore(s, start0, cue.at, c, x);
  if (issuer !== null) return { by: namedOrganisation(doc, s, issuer, c) ?? issuer, org: true, rule: 'issuer.organisation' };
  const office = officeBefore(s, start0, cue.at, c, x);
  const readings: [RuleId, () => string | null | undefined][] = [
    // "The Chief of Staff has asked …" on a page that names the White House Chief of Staff: the office's holder.
    ['issuer.office-holder', () => (office ? holder(office) : null)],
    ['issuer.office', () => office],
    ['issuer.acronym', () => acronymIssuer(doc, s, start0, cue.at, x)],
    ['issuer.referent', () => referentOf(doc, s, start0, cue.at, c, x, bySentence)],
    ['issuer.organisation', () => organisationSubject(s, start0, cue.at, c, x)?.name],
    ['issuer.noun-subject', () => nounSubject(s, start0, cue.at, c, x)],
    ['issuer.shared-subject', () => sharedOfficeSubject(s, start0, cue.at, c, x)],
    ['issuer.enactor', () => enactorSubject(s, start0, cue.at, c, x)],
    ['issuer.speaker', () => speaker],
  ];
  for (const [rule, read] of readings) {
    const by = read();
    if (by !== null && by !== undefined) return { by, org: false, rule };
  }
  return { by: null, org: false, rule: 'issuer.none' };
}

const BULLETS = new Set(['-', '+', '•', '*']);

// "…, được UBND tỉnh X chấp thuận, có văn bản gửi Bộ Y đề nghị …": a segment opening with a sending verb has
// no subject of its own; the sender is the last organisation named before it in the sentence.
function senderBefore(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const from = afterLastComma(s, a, cueAt);
  if (from === a || matchPhrase(x.documentIssueVerbs, s.tokens, from, cueAt) < 0) return null;
  for (let k = from - 2; k >= a; k--) {
    const t = s.tokens[k];
    if (!t?.cap || matchPhrase(c.orgHeads, s.tokens, k, from) < 0) continue;
    if (k > a && s.tokens[k - 1]?.cap) continue; // inside a longer name
    const end = nameRunEnd(s, k, c);
    return end > k ? spanText(s, k, end) : null;
  }
  return null;
}

// "… có văn bản gửi Bộ Y đề nghị …": the organisation a request was sent to, named right before the cue.
function recipientBefore(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  for (let k = afterLastComma(s, a, cueAt); k < cueAt; k++) {
    if (s.tokens[k]?.cap) continue;
    const v = matchPhrase(x.documentIssueVerbs, s.tokens, k, cueAt);
    if (v < 0 || !s.tokens[v]?.cap || matchPhrase(c.orgHeads, s.tokens, v, cueAt) < 0) continue;
    return nameRunEnd(s, v, c) === cueAt ? spanText(s, v, cueAt) : null;
  }
  return null;
}

// "Sư đoàn X (Quân chủng Y) tổ chức Lễ phát động …": the organisation before a host verb and the event's
// capitalised name, when no official is named before it.
function hostOf(s: Sentence, here: ResolvedMention[], c: CompiledLexicon): string | null {
  for (let k = 1; k < s.limit; k++) {
    const t = s.tokens[k];
    if (!t || t.cap || t.kind !== 'word') continue;
    const v = matchPhrase(c.directives.hostVerbs, s.tokens, k, s.limit);
    if (v < 0 || !s.tokens[v]?.cap) continue;
    if (here.some((m) => m.start < k)) return null;
    let end = k;
    if (s.tokens[end - 1]?.text === ')') while (end > 0 && s.tokens[end - 1]?.text !== '(') end--;
    if (s.tokens[end - 1]?.text === '(') end--;
    return organisationBefore(s, afterLastComma(s, 0, end), end, c);
  }
  return null;
}

// The official whose speech the article presents in full ("toàn văn bài phát biểu của X"), or null.
function transcriptSpeaker(s: Sentence, here: ResolvedMention[], x: DirectiveLookups): string | null {
  for (let k = 0; k < s.limit; k++) {
    const end = matchPhrase(x.transcriptMarkers, s.tokens, k, s.limit);
    if (end < 0) continue;
    return here.find((m) => m.start >= end)?.name ?? null;
  }
  return null;
}
const NON_TASK_WINDOW = 4;
const CONTENT_SUBJECT_WINDOW = 12;
const RULE_VERB_WINDOW = 7;

// "Thủ tướng X vừa ký Chỉ thị …", "Bộ Nội vụ ban hành Thông báo …", "UBND tỉnh thông báo về việc …": who issues a
// document (the person named before the verb, else the organisation or office), and where the verb is.
function documentIssue(s: Sentence, here: ResolvedMention[], c: CompiledLexicon, x: DirectiveLookups): { by: string; at: number } | null {
  for (let k = 1; k < s.limit; k++) {
    if (s.tokens[k]?.cap) continue;
    const v = matchPhrase(x.documentIssueVerbs, s.tokens, k, s.limit);
    // "vừa ký chỉ thị về …": a directive document is named in lowercase too.
    const issued = v > 0 && ((s.tokens[v]?.cap === true && matchPhrase(c.documentTypes, s.tokens, v, s.limit) > 0) || matchPhrase(x.directiveDocuments, s.tokens, v, s.limit) > 0);
    if (!issued && matchPhrase(x.issuePhrases, s.tokens, k, s.limit) < 0) continue;
    const person = here.filter((m) => m.end <= k).pop();
    if (person && !startsPhraseIn(c.speechVerbs, s, person.end, k)) return { by: person.name, at: k };
    // "Văn phòng UBND tỉnh có Thông báo … kết luận của đồng chí X": the office conveys X's conclusions.
    const conveyed = here.find((m) => m.start > k && s.tokens.slice(k, m.start).some((t) => c.words.conveyedBy.has(t.key)));
    if (conveyed) return { by: conveyed.name, at: k };
    const from = afterLastComma(s, 0, k);
    const y = stripAuxiliaries(s, from, k, c);
    const by = organisationBefore(s, from, y, c) ?? officeBefore(s, from, y, c, x);
    return by ? { by, at: k } : null;
  }
  return null;
}

const CITE_WINDOW = 8;

// "Theo Thông tư 12/2025/TT-BYT của Bộ Y tế, …", "Thông tư … của Ngân hàng Nhà nước yêu cầu …": a document cited
// with its issuer; its rules are that issuer's, each document's own (a round-up of new rules cites many).
function citedIssuer(s: Sentence, c: CompiledLexicon, x: DirectiveLookups): { by: string; at: number } | null {
  // The document opens the sentence, as its subject or after a frame ("Theo …").
  const frame = matchPhrase(c.speechFrames, s.tokens, 0, s.limit);
  for (const k of frame > 0 ? [0, frame] : [0]) {
    if (!s.tokens[k]?.cap) continue;
    const type = matchPhrase(c.documentTypes, s.tokens, k, s.limit);
    if (type < 0) continue;
    for (let j = type; j < Math.min(s.limit, type + CITE_WINDOW); j++) {
      const t = s.tokens[j];
      if (!t || t.text === ',' || t.text === ';' || (SENTENCE_MARKS.has(t.text) && s.tokens[j + 1]?.spaced)) break;
      if (!c.words.conveyedBy.has(t.key) || !s.tokens[j + 1]?.cap) continue;
      if (matchPhrase(c.orgHeads, s.tokens, j + 1, s.limit) < 0 && matchPhrase(x.titleHeads, s.tokens, j + 1, s.limit) < 0) break;
      const by = spanText(s, j + 1, nameRunEnd(s, j + 1, c));
      return by ? { by, at: j } : null;
    }
  }
  return null;
}

// The end of a name written the Vietnamese way from `k`: capitalised syllables, each word's lowercase syllable
// after its capital ("Bộ Giáo dục và Đào tạo", "Bộ Y tế"), numbers, and joiners between capitals ("và").
function nameRunEnd(s: Sentence, k: number, c: CompiledLexicon): number {
  let j = k;
  while (j < s.limit) {
    const t = s.tokens[j];
    const prev = s.tokens[j - 1];
    if (!t) break;
    if (t.cap || t.kind === 'num') { j++; continue; }
    if (t.kind !== 'word' || (!c.titles.innerWords.has(t.key) && startsVerb(s, j, c))) break;
    if (c.titles.innerWords.has(t.key) && s.tokens[j + 1]?.cap) { j++; continue; }
    if (j > k && prev?.cap && prev.kind === 'word') { j++; continue; }
    break;
  }
  return j;
}

// Whether a verb the lexicon knows starts at `k` ("chấp thuận", "đề nghị", "tăng cường"): it ends a name.
function startsVerb(s: Sentence, k: number, c: CompiledLexicon): boolean {
  const x = c.directives;
  return [c.titleTerminators, x.actionVerbs, x.addresseeEnds, x.cueObjectVerbs, c.speechVerbs, c.directiveCues, c.obligationMarkers]
    .some((index) => matchPhrase(index, s.tokens, k, s.limit) > 0);
}

// "Thực hiện … nhằm mục đích …", "… trên nguyên tắc: …": the sentence states an aim or a principle (lexicon.aimFrames).
function statesAim(s: Sentence, x: DirectiveLookups): boolean {
  return startsPhraseIn(x.aimFrames, s, 0, s.limit);
}

// Whether a phrase of `index` starts at a token in [from, to), ending by `limit`; with `lowercase`, not at a
// capitalised word ("Cần Giờ" is a place, not "cần").
function startsPhraseIn(index: PhraseIndex, s: Sentence, from: number, to: number, limit = to, lowercase = false): boolean {
  for (let k = from; k < to; k++) {
    if (lowercase && s.tokens[k]?.cap) continue;
    if (matchPhrase(index, s.tokens, k, limit) > 0) return true;
  }
  return false;
}

// A document's frame ends at a paragraph that opens with another voice ("Bộ trưởng Y cho biết …") or a report of
// past work ("Trước đó, …", "… đã triển khai …").
function endsFrame(s: Sentence, here: ResolvedMention[], by: string, speaks: boolean, x: DirectiveLookups): boolean {
  if (speaks && here.some((m) => m.name !== by)) return true;
  if (matchPhrase(x.reportOpeners, s.tokens, 0, s.limit) > 0) return true;
  // Only the first task counts: "…; tiếp tục thực hiện các mục tiêu … đã được Đảng đề ra" reports nothing.
  let first = 0;
  while (first < s.limit && !TASK_BREAKS.has(s.tokens[first]?.text ?? '')) first++;
  return startsPhraseIn(x.pastMarkers, s, 0, first, s.limit, true);
}

const TASK_BREAKS = new Set([';', ':']);

// A promise, a forecast, an entitlement or a report ("sẽ", "được", "cho biết") in [a, b): no inherited task.
function hasNonTask(s: Sentence, a: number, b: number, x: DirectiveLookups): boolean {
  return startsPhraseIn(x.nonTaskMarkers, s, a, b, s.limit, true);
}

// Whether a ":" earlier in the sentence introduces the clause at `a` as one item of a list ("X yêu cầu: A; B; C").
function colonBefore(s: Sentence, a: number): boolean {
  for (let k = 0; k < a; k++) if (s.tokens[k]?.text === ':') return true;
  return false;
}

// Inside a directive's frame, a clause with no cue word is one more task: an agency subject before an action verb
// ("Bộ X theo dõi sát …", "Các cơ quan chủ động …"). Inside a document also a task after a
// condition ("Trường hợp …, kịp thời báo cáo …"), a rule with a topic marker ("Các cơ quan … thì căn cứ …")
// and the content a content opener opens ("Cụ thể, cán bộ … nghỉ …"). A report, a promise or an entitlement is not.
// Cases from dantri-1 are in fixture-examples.test.ts.
function inheritedTask(s: Sentence, a: number, start0: number, b: number, inDocument: boolean, c: CompiledLexicon, x: DirectiveLookups): { start: number; org: string | null; cue: Cue } | null {
  if (matchPhrase(x.reportOpeners, s.tokens, a, b) > 0) return null;
  const task = findTask(s, start0, b, c, x, true);
  if (task) return hasNonTask(s, start0, task.cue.at, x) ? null : task;
  if (!inDocument) return null;
  const condition = matchPhrase(x.conditionOpeners, s.tokens, start0, b);
  if (condition > 0) {
    let k = condition;
    while (k < b && s.tokens[k]?.text !== ',') k++;
    const verb = matchPhrase(x.actionVerbs, s.tokens, k + 1, b);
    if (k < b && verb > 0) return { start: start0, org: null, cue: { at: k + 1, end: verb, type: 'obligation', rule: 'directive.inherited-task' } };
  }
  if (matchPhrase(x.taskSubjects, s.tokens, start0, b) > 0) {
    for (let k = start0 + 1; k < b; k++) {
      if (!c.words.topicMarkers.has(s.tokens[k]?.key ?? '')) continue;
      if (hasNonTask(s, start0, k, x)) return null;
      for (let j = k + 1; j < Math.min(b, k + RULE_VERB_WINDOW); j++) {
        const verb = matchPhrase(x.actionVerbs, s.tokens, j, b);
        if (verb > 0) return { start: start0, org: null, cue: { at: j, end: verb, type: 'obligation', rule: 'directive.inherited-task' } };
      }
      return null;
    }
  }
  if (matchPhrase(x.contentOpeners, s.tokens, a, b) < 0 || hasNonTask(s, start0, b, x)) return null;
  for (let k = start0; k < Math.min(b, start0 + CONTENT_SUBJECT_WINDOW); k++) {
    const end = matchPhrase(x.taskSubjects, s.tokens, k, b);
    if (end > 0) return { start: k, org: null, cue: { at: k, end, type: 'obligation', rule: 'directive.inherited-task' } };
  }
  return null;
}

const SUBHEADING_MAX_WORDS = 12;
const LINE_END_MARKS = new Set(['.', '!', '?', '…', ';', ':', ',']);

// A paragraph of one short sentence with no closing mark, followed by more body: a section title.
function isSubheading(doc: PreparedArticle, s: Sentence): boolean {
  if (!isFirstOfParagraph(doc, s) || !isLastOfParagraph(doc, s) || s.para === 0) return false;
  const next = doc.sentences[s.id + 1];
  if (!next) return false;
  const last = s.tokens[s.tokens.length - 1];
  if (!last || LINE_END_MARKS.has(last.text) || QUOTES.has(last.text)) return false;
  return s.tokens.filter((t) => t.kind === 'word').length <= SUBHEADING_MAX_WORDS;
}

function isFirstOfParagraph(doc: PreparedArticle, s: Sentence): boolean {
  return doc.sentences[s.id - 1]?.para !== s.para;
}

function isLastOfParagraph(doc: PreparedArticle, s: Sentence): boolean {
  return doc.sentences[s.id + 1]?.para !== s.para;
}

/** The ";"-separated parts of [p, q) (the whole span when it holds no ";"). */
function semicolonParts(s: Sentence, p: number, q: number): [number, number][] {
  const parts: [number, number][] = [];
  let a = p;
  for (let k = p; k < q; k++) {
    if (s.tokens[k]?.text !== ';') continue;
    parts.push([a, k]);
    a = k + 1;
  }
  parts.push([a, q]);
  return parts;
}

// Where an enumerated item's text starts, or -1: "Một là,"/"Thứ nhất," anywhere in a list; bullets
// ("- ", "+ ") and numbers ("1.", "2)") only after an introducing colon.
function enumeratorEnd(s: Sentence, c: CompiledLexicon, colon: boolean, bareVerbs = false): number {
  const x = c.directives;
  const word = matchPhrase(x.enumerators, s.tokens, 0, s.limit);
  if (word > 0) return word;
  if (!colon) return -1;
  const first = s.tokens[0];
  if (first && BULLETS.has(first.key) && first.key !== '') return 1;
  if (first?.kind === 'num' && /^\d{1,2}$/.test(first.text) && (s.tokens[1]?.text === '.' || s.tokens[1]?.text === ')')) return 2;
  // "directing his Administration to: | Establish an Initiative … | Deliver concrete …": list items whose markup
  // carried the bullet open with the bare verb.
  return bareVerbs && opensWithBareVerb(s, c) ? 0 : -1;
}

// A sentence opening with a verb in its base form ("Establish an …", "Tăng cường …"): an action verb of the
// lexicon, or, where infinitives take a marker, a capitalised word that no noun phrase, auxiliary or inflection opens.
function opensWithBareVerb(s: Sentence, c: CompiledLexicon): boolean {
  const x = c.directives;
  const t = s.tokens[0];
  const next = s.tokens[1];
  if (!t || t.kind !== 'word' || !next || next.kind !== 'word') return false;
  // A line with no closing mark is a subheading ("Boost job quality for early educators"), not an item.
  if (!closesWithMark(s)) return false;
  if (matchPhrase(x.actionVerbs, s.tokens, 0, s.limit) > 0) return true;
  if (!x.grammar.infinitiveMarker || !t.cap || c.titles.openers.has(t.key) || x.pronouns.has(t.key) || x.firstPerson.has(t.key) || x.secondPerson.has(t.key) || x.determiners.has(t.key)) return false;
  if (x.auxiliaries.has(t.key) || x.conjunctions.has(t.key) || x.subordinators.has(t.key) || hasSuffix(t.key, x.grammar.pastEndings) || hasSuffix(t.key, x.grammar.progressiveEndings)) return false;
  // "Establish an Initiative", "Deliver concrete recommendations": a lowercase object or its determiner follows.
  return !next.cap;
}

// The sentence before a back-reference ("Đó là yêu cầu của X") is X's directive; an item already taken from it changes issuer.
function attributeBack(doc: PreparedArticle, s: Sentence, by: string, out: Directive[], seen: Seen[], c: CompiledLexicon): void {
  const prev = doc.sentences[s.id - 1];
  if (!prev || prev.heading || prev.limit === 0) return;
  const taken = out.filter((d) => d.evidence === prev.text && d.paragraph === prev.para);
  if (taken.length) {
    for (const d of taken) {
      d.by = by;
      d.rules = [...d.rules.filter((r) => !r.startsWith('issuer.')), 'directive.back-attribution'];
    }
    return;
  }
  const [p, q] = trimEdges(prev, skipConnectives(prev, 0, prev.limit, c), prev.limit);
  if (q - p < 2) return;
  out.push({ text: spanText(prev, p, q), by, to: null, cue: c.directives.backAttributionCue, evidence: prev.text, paragraph: prev.para, rules: ['directive.back-attribution'] });
  seen.push({ words: new Set(prev.tokens.slice(p, q).filter((t) => t.kind !== 'punct').map((t) => t.key)), index: out.length - 1, lead: false });
}

interface Seen {
  words: Set<string>;
  index: number;
  lead: boolean;
}

// The lead restating a body directive, or the body repeating one: mostly the same words.
function isRestatement(w: Seen, words: Set<string>, lead: boolean): boolean {
  const shared = overlap(w.words, words);
  if (shared < DUPLICATE_OVERLAP) return false;
  return w.lead || lead || sharedOfLarger(w.words, words) >= DUPLICATE_OVERLAP;
}

function sharedOfLarger(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return shared / Math.max(1, a.size, b.size);
}

// Keep the fuller wording of a restated directive. The issuer stays the lead's when the body's
// issuer is only the lead's addressee ("Thủ tướng giao Bộ X chỉ đạo …" vs "Bộ X chỉ đạo …").
function mergeRestatement(out: Directive[], dup: Seen, item: Directive, words: Set<string>): void {
  const kept = out[dup.index];
  if (!kept) return;
  const restated = (rules: string[]): string[] => (rules.includes('directive.restatement') ? rules : [...rules, 'directive.restatement']);
  if (words.size <= dup.words.size) {
    if (!kept.by) kept.by = item.by;
    kept.rules = restated(kept.rules);
    return;
  }
  const sameKey = (u: string | null, v: string | null) => !!u && !!v && toMatchKey(u) === toMatchKey(v);
  const by = kept.by && sameKey(kept.to, item.by) ? kept.by : item.by ?? kept.by;
  out[dup.index] = { ...item, by, to: item.to ?? kept.to, rules: restated(item.rules) };
  dup.words = words;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function organisationBefore(s: Sentence, a: number, cueAt: number, c: CompiledLexicon): string | null {
  if (cueAt - a < 1) return null;
  let k = a;
  // "Today the Administration is requesting …": an opening time word is no part of the name.
  if (c.grammar.modifiersBeforeHead && c.titles.openers.has(s.tokens[k]?.key ?? '') && !c.titleArticles.has(s.tokens[k]?.key ?? '')) a = ++k;
  if (c.titleArticles.has(s.tokens[k]?.key ?? '')) k++;
  const head = matchPhrase(c.orgHeads, s.tokens, k, cueAt);
  if (head < 0) return null;
  // "Administration officials called on …": before a lowercase agent noun the organisation word is its modifier;
  // the noun phrase is the subject (issuer.noun-subject).
  if (c.grammar.modifiersBeforeHead && isAgentNoun(s.tokens[head], c.directives)) return null;
  // "Bộ X đã có văn bản đề nghị …", "Tổ bay lập tức phát thông báo yêu cầu …": the organisation ends at the
  // auxiliary, or at the first lowercase verb after its name ("và", "tại" join a name's parts).
  const nonTask = c.directives.nonTaskMarkers;
  let end = cueAt;
  for (let j = k + 1; j < cueAt; j++) {
    const t = s.tokens[j];
    if (!t || t.cap) continue;
    // Where modifiers precede the head, a name ends at its head: any lowercase word after it but a link ("the
    // Department continues to …", "the Department of Education") opens the predicate.
    const predicate = c.grammar.modifiersBeforeHead && !c.documentTailWords.has(t.key);
    const verb = j >= head && t.kind === 'word' && !c.titles.innerWords.has(t.key)
      && (predicate || matchPhrase(c.titleTerminators, s.tokens, j, cueAt) > 0 || matchPhrase(c.directives.documentIssueVerbs, s.tokens, j, cueAt) > 0);
    if (verb || matchPhrase(nonTask, s.tokens, j, cueAt) > 0) {
      end = j;
      break;
    }
  }
  // A long span is a subject only when the name ends early, at an auxiliary or verb ("UBND tỉnh X đã có văn bản gửi …").
  if (end - a > SUBJECT_MAX) return null;
  const [x, y] = trimEdges(s, a, stripAuxiliaries(s, k, end, c));
  return spanText(s, x, y) || null;
}

// Auxiliaries between subject and verb ("đã", "cũng", "has") are not part of the subject.
function stripAuxiliaries(s: Sentence, a: number, b: number, c: CompiledLexicon): number {
  let y = b;
  while (y > a && !s.tokens[y - 1]?.cap && matchPhrase(c.titleTerminators, s.tokens, y - 1, b) > 0) y--;
  return y;
}

function addresseeAfter(s: Sentence, from: number, b: number, c: CompiledLexicon): string | null {
  const ends = c.directives.addresseeEnds;
  // An obligation marker ("yêu cầu X phải …") bounds the addressee best; verbs are the fallback.
  for (let k = from + 1; k < Math.min(b, from + ADDRESSEE_MAX + 4); k++) {
    const t = s.tokens[k];
    if (!t || (t.kind === 'punct' && !continuesList(s, k, b, c))) break;
    if (!t.cap && matchPhrase(c.obligationMarkers, s.tokens, k, b) > 0) return spanText(s, from, k) || null;
  }
  // The window counts the commas of a list too: "các cấp ủy, tổ chức đảng, chính quyền tập trung …".
  for (let k = from + 1; k < Math.min(b, from + ADDRESSEE_MAX + 4); k++) {
    const t = s.tokens[k];
    if (!t || (t.kind === 'punct' && !continuesList(s, k, b, c))) return null;
    const noun = matchPhrase(c.directives.addresseeNouns, s.tokens, k, b);
    if (noun > 0) {
      k = noun - 1; // "tổ chức đảng": a noun, though "tổ chức" is also a verb that ends the addressee
      continue;
    }
    if (!t.cap && matchPhrase(ends, s.tokens, k, b) > 0) return spanText(s, from, k) || null;
  }
  return null;
}

// "các sở, ban, ngành", "UBND các huyện, thành phố, thị xã": a comma before a lowercase noun continues a
// list of addressees; before a verb, a marker or a capitalised word it ends the phrase.
function continuesList(s: Sentence, k: number, b: number, c: CompiledLexicon): boolean {
  const next = s.tokens[k + 1];
  if (s.tokens[k]?.text !== ',' || !next || next.kind !== 'word' || k + 1 >= b) return false;
  // "Đảng ủy, Bộ Tư lệnh Quân khu tập trung …": a comma list of organisations.
  if (next.cap) return matchPhrase(c.orgHeads, s.tokens, k + 1, b) > 0 && orgListBefore(s, k, c);
  if (matchPhrase(c.directives.addresseeNouns, s.tokens, k + 1, b) > 0) return true;
  if (matchPhrase(c.directives.addresseeEnds, s.tokens, k + 1, b) > 0 || matchPhrase(c.obligationMarkers, s.tokens, k + 1, b) > 0) return false;
  return matchPhrase(c.titleTerminators, s.tokens, k + 1, b) < 0 && matchPhrase(c.connectives, s.tokens, k + 1, b) < 0;
}

// Whether the words before the comma at `k` end an organisation's name that opens at a capital after a
// clause break: "… yêu cầu Đảng ủy, Bộ Tư lệnh …".
function orgListBefore(s: Sentence, k: number, c: CompiledLexicon): boolean {
  for (let j = k - 1; j >= Math.max(0, k - SUBJECT_MAX); j--) {
    const t = s.tokens[j];
    if (!t || t.kind === 'punct') return false;
    if (t.cap && matchPhrase(c.orgHeads, s.tokens, j, k) > 0) return true;
  }
  return false;
}

function afterSpeechVerb(s: Sentence, from: number, cueAt: number, c: CompiledLexicon): number | null {
  for (let k = from; k < cueAt; k++) {
    const end = matchPhrase(c.speechVerbs, s.tokens, k, cueAt);
    if (end > 0) {
      let x = end;
      while (x < cueAt && /^[,:"“]$/.test(s.tokens[x]?.text ?? '')) x++;
      if (c.words.complementizers.has(s.tokens[x]?.key ?? '')) x++;
      return x;
    }
  }
  return null;
}

function subjectBefore(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, here: ResolvedMention[], max = SUBJECT_MAX): string | null {
  if (cueAt - a < 1 || cueAt - a > max) return null;
  // Past SUBJECT_MAX only a list of the groups a task is given to ("các bộ, ngành và UBND các tỉnh, …").
  if (cueAt - a > SUBJECT_MAX && matchPhrase(c.directives.taskSubjects, s.tokens, a, cueAt) < 0) return null;
  if (here.some((m) => m.start >= a && m.start < cueAt)) return null;
  const y = stripAuxiliaries(s, a, cueAt, c);
  let [x, z] = trimEdges(s, a, y);
  while (x < z && QUOTES.has(s.tokens[x]?.text ?? '')) x++;
  const first = s.tokens[x];
  if (!first || z <= x || c.speakerPronouns.has(first.key) || c.directives.nonAddressees.has(first.key)) return null;
  for (let k = x; k < z; k++) {
    const t = s.tokens[k];
    if (t?.kind === 'punct' && !QUOTES.has(t.text) && !continuesList(s, k, z, c)) return null;
  }
  return spanText(s, x, z) || null;
}

function quotedSpan(s: Sentence, at: number): [number, number] | null {
  let open = -1;
  for (let k = at - 1; k >= 0; k--) {
    const t = s.tokens[k]?.text ?? '';
    if (OPEN_QUOTES.has(t)) {
      open = k + 1;
      break;
    }
    if (CLOSE_QUOTES.has(t) && !OPEN_QUOTES.has(t)) return null;
  }
  if (open < 0) return null;
  for (let k = at; k < s.limit; k++) {
    const t = s.tokens[k]?.text ?? '';
    if (CLOSE_QUOTES.has(t)) return [open, k];
  }
  return null;
}

// A clause that opens with a verb ("nghiên cứu và khẩn trương xây dựng …") has no subject of its own.
function opensWithVerb(s: Sentence, a: number, cueAt: number, x: DirectiveLookups): boolean {
  return a === cueAt || matchPhrase(x.addresseeEnds, s.tokens, a, cueAt + 1) > 0 || matchPhrase(x.taskVerbs, s.tokens, a, cueAt + 1) > 0;
}

// The subject of a verb often follows an opening phrase: "Từ những phân tích này, Bộ X đề nghị …".
function afterLastComma(s: Sentence, a: number, cueAt: number): number {
  let from = a;
  for (let k = a; k < cueAt; k++) if (s.tokens[k]?.text === ',') from = k + 1;
  return from;
}

// A demonstrative subject at the clause start or after a comma: the obligation is a comment.
// After the coordinator, a demonstrative and its noun right before the modal ("They will raise the bar and that officer
// must …") are a subject of their own; "and that councils …" may open a report's complement, so one word at most.
function opensComment(s: Sentence, a: number, cueAt: number, x: DirectiveLookups): boolean {
  let to = cueAt;
  while (to > a && x.auxiliaries.has(s.tokens[to - 1]?.key ?? '')) to--;
  for (let k = a; k < cueAt; k++) {
    const afterAnd = x.grammar.analysesSubjects && s.tokens[k - 1]?.key === x.grammar.coordinator && to - k <= 2;
    if (k !== a && s.tokens[k - 1]?.text !== ',' && !afterAnd) continue;
    if (matchPhrase(x.commentarySubjects, s.tokens, k, cueAt) > 0) return true;
  }
  return false;
}

// "The President has set a goal … and has also directed agencies to …", "Over the months, the President met …, and
// urged Congress to …": a cue right after the coordinator (auxiliaries aside) has no subject of its own and shares
// the office that opens the sentence or a clause of it (after a comma), followed by its lowercase verb.
function sharedOfficeSubject(s: Sentence, start0: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const toks = s.tokens;
  let k = cueAt - 1;
  while (k > start0 && x.auxiliaries.has(toks[k]?.key ?? '')) k--;
  if (k <= 0 || toks[k]?.key !== c.grammar.coordinator) return null;
  return openingOffice(s, k, c, x);
}

// The last office with its article before token `limit` that a lowercase verb follows ("today the President will …").
function lastOfficeBefore(s: Sentence, limit: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const toks = s.tokens;
  for (let from = limit - 2; from >= 0; from--) {
    const office = c.titleArticles.has(toks[from]?.key ?? '') ? officeWithVerb(s, from, from + 1, limit, x) : null;
    if (office) return office;
  }
  return null;
}

// The office from `from` (its article) whose head starts at `head`, when a lowercase verb follows the head; else null.
function officeWithVerb(s: Sentence, from: number, head: number, limit: number, x: DirectiveLookups): string | null {
  const end = matchPhrase(x.titleHeads, s.tokens, head, limit);
  const verb = s.tokens[end];
  return end > head && verb?.kind === 'word' && !verb.cap ? spanText(s, from, end) : null;
}

// The office that opens the sentence, or a clause of it after a comma, before token `limit`, followed by its
// lowercase verb ("The President has …", "Over the months, the President met …"); null when there is none.
function openingOffice(s: Sentence, limit: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const toks = s.tokens;
  for (let from = 0; from < limit; from++) {
    if (from > 0 && toks[from - 1]?.text !== ',') continue;
    const head = c.titleArticles.has(toks[from]?.key ?? '') ? from + 1 : from;
    if (c.lex.titleNeedsCapital && !toks[head]?.cap) continue;
    const office = officeWithVerb(s, from, head, limit, x);
    if (office) return office;
  }
  return null;
}

// An unnamed office holder as issuer: "…, Bộ trưởng đã chỉ đạo …" → "Bộ trưởng" (dantri-3 in fixture-examples.test.ts).
function officeBefore(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  let from = afterLastComma(s, a, cueAt);
  // "Trưởng Ban Chỉ huy PCTT, TKCN và …": a comma between two acronyms is inside the office's name.
  const inner = new Set<number>();
  while (from - 2 >= a && s.tokens[from - 1]?.text === ',' && isAcronym(s.tokens[from - 2]) && isAcronym(s.tokens[from])) {
    inner.add(from - 1);
    from = afterLastComma(s, a, from - 1);
  }
  if (cueAt - from < 1 || cueAt - from > (inner.size ? ADDRESSEE_SUBJECT_MAX : SUBJECT_MAX)) return null;
  const first = s.tokens[from];
  if (!first || (c.lex.titleNeedsCapital && !first.cap)) return null;
  let k = from;
  if (c.titleArticles.has(first.key)) k++;
  const headEnd = matchPhrase(x.titleHeads, s.tokens, k, cueAt);
  if (headEnd < 0) return null;
  let y = stripAuxiliaries(s, k, cueAt, c);
  // "The Governor continues to call for …": where modifiers precede the head, a lowercase word after the office but a
  // link ("Secretary of State") opens the predicate.
  for (let j = headEnd; c.grammar.modifiersBeforeHead && j < y; j++) {
    const t = s.tokens[j];
    if (t && t.kind === 'word' && !t.cap && !c.titleTailWords.has(t.key)) {
      y = j;
      break;
    }
  }
  if (s.tokens.slice(from, y).some((t, i) => t.kind === 'punct' && !inner.has(from + i))) return null;
  return spanText(s, from, y) || null;
}

const NARRATOR_MIN_SENTENCES = 2;
const LEAD_NAME_MAX = 4;
const RELATIVE_WINDOW = 4;
const AGENT_AFTER_WINDOW = 5;

// Whether a word that `person` accepts stands in the sentence outside quotes.
function personOutsideQuotes(s: Sentence, person: (key: string) => boolean): boolean {
  let open = false;
  for (let k = 0; k < s.limit; k++) {
    const t = s.tokens[k];
    if (!t) continue;
    if (OPEN_QUOTES.has(t.text) && (!CLOSE_QUOTES.has(t.text) || !open)) open = true;
    else if (CLOSE_QUOTES.has(t.text)) open = false;
    else if (!open && person(t.key)) return true;
  }
  return false;
}

// "My Government", "Our Department": a name opened by a first-person word.
function ownedByNarrator(name: string, x: DirectiveLookups): boolean {
  const first = tokenize(name)[0];
  return !!first && x.firstPerson.has(first.key);
}

// A first- or second-person word outside quotes: the sentence is in the page's own voice.
function speaksPersonally(s: Sentence, x: DirectiveLookups): boolean {
  return personOutsideQuotes(s, (key) => x.firstPerson.has(key) || x.secondPerson.has(key));
}

// "As I told you in May, I have been talking to X": a speech verb or a cue whose subject is the narrator's "I".
function selfVoiced(s: Sentence, cues: Cue[], c: CompiledLexicon): boolean {
  const x = c.directives;
  const firstBefore = (k: number): boolean => {
    let j = k - 1;
    while (j >= 0 && x.auxiliaries.has(s.tokens[j]?.key ?? '')) j--;
    return x.firstPerson.has(s.tokens[j]?.key ?? '');
  };
  if (cues.some((q) => firstBefore(q.at))) return true;
  for (let k = 1; k < s.limit; k++) if (firstBefore(k) && matchPhrase(c.speechVerbs, s.tokens, k, s.limit) > 0) return true;
  return false;
}

// Who speaks a sentence with no issuer of its own: the speaker an "X said:" frame hands the next paragraphs to
// (colonFrameParagraphs; the page's own voice after them); on a page in its own voice, the narrator for a first- or
// second-person sentence, else the current speaker; elsewhere the current speaker.
function voiceOf(view: SentenceView, f: Readonly<SpeakerFrame>, ctx: DirectiveContext): string | null {
  const { narrator } = ctx;
  const span = ctx.x.colonFrameParagraphs;
  if (f.speaker && f.voicePara >= 0 && span !== null) return view.s.para - f.voicePara <= span ? f.speaker : narrator;
  if (!narrator) return f.speaker;
  if (view.personal) return narrator;
  return f.speaker ?? narrator;
}

// The page's narrator (issuer.narrator): when its own text speaks in the first person outside quotes (a speech, an
// authored article, a press release saying "we"), the official the headline names or the lead says speaks, else the
// name opening the lead before a speaking verb ("X opens …"), else the name signing it, else the name the headline
// gives a speech ("X's speech", "Remarks by X"), else the one official the lead names, else the office the headline
// names, else the organisation the lead names (an acronym spelled out on the page, or a name headed by an
// organisation word), else the one official the page names.
function pageNarrator(doc: PreparedArticle, c: CompiledLexicon, mentions: ResolvedMention[]): string | null {
  const x = c.directives;
  if (!x.firstPerson.size || !x.grammar.analysesSubjects) return null;
  let voiced = 0;
  let colonPara = -2;
  for (const s of doc.sentences) {
    if (s.heading || s.limit === 0) continue;
    if (s.para - colonPara > 1 && hasFirstPerson(s, x)) voiced++;
    if (s.tokens[s.limit - 1]?.text === ':') colonPara = s.para;
    if (voiced >= NARRATOR_MIN_SENTENCES) break;
  }
  // A headline that names the page a speech, statement or letter ("Statement by …") needs one first-person sentence.
  if (voiced < NARRATOR_MIN_SENTENCES && !(voiced > 0 && doc.headline && namesDelivery(doc.headline, x))) return null;
  // The headline's speaker ("Remarks by Governor X"), or an official the lead says speaks ("Minister X writes …").
  const named = mentions.find((m) => m.official && (m.sentence < 0 || (doc.sentences[m.sentence]?.para === 0 && speaksAt(doc.sentences[m.sentence]!, m.end, c))));
  if (named) return named.name;
  const lead = doc.sentences.find((s) => s.para === 0);
  const opening = lead ? leadSpeaker(lead, c, x) : null;
  if (opening) return opening;
  // A letter signed by an official: a closing paragraph that is only the name (its office may follow on a line
  // of its own, so the name need not have been read as an official's).
  const last = doc.sentences.length - 1;
  const signed = mentions.find((m) => m.sentence >= last - SIGNATURE_SENTENCES && signatureOnly(doc.sentences[m.sentence], m.start, m.end, c));
  if (signed) return signed.name;
  // "X's speech at …", "Speech by X, Minister for …": the name the headline gives what is delivered.
  const delivered = doc.headline ? headlineSpeaker(doc.headline, mentions, c, x) : null;
  if (delivered) return delivered;
  // "The Rt Hon X MP delivered this speech …": the one official the lead names, wherever the name stands.
  const inLead = uniqueName(mentions.filter((m) => m.official && doc.sentences[m.sentence]?.para === 0));
  if (inLead) return inLead;
  const office = doc.headline ? headlineOffice(doc.headline, x) : null;
  if (office) return office;
  for (const s of doc.headline ? [doc.headline, ...doc.sentences] : doc.sentences) {
    if (s.para > 1) break;
    const org = leadOrganisation(doc, s, c, x);
    if (org) return org;
  }
  // The one official the page names at all (a release's quoted official yields to the organisation its lead opens with).
  return uniqueName(mentions.filter((m) => m.official));
}

const SIGNATURE_SENTENCES = 2;

const HEADLINE_SPEAKER_GAP = 3;

// The one name among the mentions, or null when there is none or more than one.
function uniqueName(ms: ResolvedMention[]): string | null {
  const names = new Set(ms.map((m) => m.name));
  return names.size === 1 ? ms[0]!.name : null;
}

// "X's speech at …", "X’s speaking note for …" (a capitalised run owning, within a few words, a speakerNouns noun),
// "Speech by X, Minister for …", "Remarks of X" (the noun, a speakerNounLinks word, a capitalised run): the name
// the officials stage read inside the run, else a run an office heads, else a run of two or more words.
function headlineSpeaker(h: Sentence, mentions: ResolvedMention[], c: CompiledLexicon, x: DirectiveLookups): string | null {
  const toks = h.tokens;
  const titleAt = (k: number, to: number): number => Math.max(matchPhrase(x.titleHeads, toks, k, to), matchPhrase(c.honorifics, toks, k, to));
  const named = (from: number, to: number, bare: boolean): string | null => {
    if (to <= from) return null;
    const m = mentions.find((q) => q.sentence < 0 && q.start < to && q.end > from);
    if (m) return m.name;
    // "The Rt Hon Jane Roe MP": the name between the titles; a run of titles alone is the office.
    let a = from;
    while (a < to && titleAt(a, to) > a) a = titleAt(a, to);
    let b = to;
    for (let j = b - 1; j >= a; j--) if (titleAt(j, b) === b) b = j;
    const titled = a > from || b < to;
    if (titled && b > a) return spanText(h, a, b) || null;
    if (titled) return spanText(h, c.titleArticles.has(toks[from]?.key ?? '') ? from + 1 : from, to) || null;
    for (let j = from; j < to; j++) if (titleAt(j, to) > 0) return spanText(h, from, to) || null;
    return bare && to - from >= 2 ? spanText(h, from, to) || null : null;
  };
  for (let k = 0; k < h.limit; k++) {
    const end = matchPhrase(x.speakerNouns, toks, k, h.limit);
    if (end < 0) continue;
    // "Speech by X": the capitalised run after the link (an article may open it).
    if (x.speakerNounLinks.has(toks[end]?.key ?? '')) {
      let from = end + 1;
      if (c.titleArticles.has(toks[from]?.key ?? '') && !toks[from]?.cap) from++;
      let to = from;
      // "Remarks by President Biden Before Virtual FEMA Briefing": a Title Case headline's capitalised linking word ends the run.
      while (to < h.limit && toks[to]?.kind === 'word' && toks[to]?.cap && (to === from || !c.titles.openers.has(toks[to]?.key ?? ''))) to++;
      const got = named(from, to, true);
      if (got) return got;
    }
    // "The Rt Hon X MP speech at …": a titled run right before the noun.
    let run = k;
    while (run > 0 && toks[run - 1]?.kind === 'word' && toks[run - 1]?.cap) run--;
    if (run < k) {
      let titled = false;
      for (let j = run; j < k && !titled; j++) titled = titleAt(j, k) > 0;
      const got = titled ? named(run, k, false) : null;
      if (got) return got;
    }
    // "X's … speech": an owner ending at an apostrophe and the clitic, a few words before the noun.
    for (let p = k - 2; p >= Math.max(1, k - 2 - HEADLINE_SPEAKER_GAP); p--) {
      if (!APOSTROPHES.has(toks[p]?.text ?? '') || toks[p + 1]?.key !== x.grammar.possessiveClitic) continue;
      let from = p;
      while (from > 0 && toks[from - 1]?.kind === 'word' && toks[from - 1]?.cap) from--;
      const got = named(from, p, true);
      if (got) return got;
      break;
    }
  }
  return null;
}

// Whether the sentence holds nothing but the name from `start` to `end` (punctuation aside), or a closing and the name
// ("Sincerely, JANE ROE"): a signature.
function signatureOnly(s: Sentence | undefined, start: number, end: number, c: CompiledLexicon): boolean {
  if (!s || !s.tokens.slice(end).every((t) => t.kind === 'punct')) return false;
  if (start === 0) return true;
  const closing = matchPhrase(c.titles.valedictions, s.tokens, 0, start);
  return closing > 0 && closing === start - 1 && s.tokens[closing]?.text === ',';
}

function hasFirstPerson(s: Sentence, x: DirectiveLookups): boolean {
  return personOutsideQuotes(s, (key) => x.firstPerson.has(key));
}

function speaksAt(s: Sentence, k: number, c: CompiledLexicon): boolean {
  return matchPhrase(c.speechVerbs, s.tokens, k, s.limit) > 0 || matchPhrase(c.directives.speakerLeadVerbs, s.tokens, k, s.limit) > 0;
}

// "X opens the conference …", "The Trade Minister outlined …": the capitalised run opening the lead (after an
// article) before a speaking verb.
function leadSpeaker(s: Sentence, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const from = c.titleArticles.has(s.tokens[0]?.key ?? '') ? 1 : 0;
  let k = from;
  while (k < Math.min(s.limit, from + LEAD_NAME_MAX) && s.tokens[k]?.kind === 'word' && s.tokens[k]?.cap && !c.titleArticles.has(s.tokens[k]?.key ?? '')) k++;
  if (k === from || s.tokens[k]?.cap || matchPhrase(x.speakerLeadVerbs, s.tokens, k, s.limit) < 0) return null;
  // "The Ministry said …" is an organisation's release, read below; an article opens only an office.
  if (from > 0) {
    let office = false;
    for (let j = from; j < k && !office; j++) office = matchPhrase(x.titleHeads, s.tokens, j, k) === k;
    if (!office) return null;
  }
  return spanText(s, from, k) || null;
}

// "Energy Minister speech at …": an office the headline names with no name after it.
function headlineOffice(h: Sentence, x: DirectiveLookups): string | null {
  for (let k = 0; k < h.limit; k++) {
    if (!h.tokens[k]?.cap) continue;
    const end = matchPhrase(x.titleHeads, h.tokens, k, h.limit);
    if (end < 0) continue;
    if (h.tokens[end]?.cap) return null; // "Minister X": a name the officials stage reads
    return spanText(h, k, end) || null;
  }
  return null;
}

// "WHA’s campaign …" with "Widget Health Agency (WHA)" on the page, or "The Department of Roads has …": an
// organisation opening a sentence of the lead, as the subject of what the page says.
function leadOrganisation(doc: PreparedArticle, s: Sentence, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const open = c.titleArticles.has(s.tokens[0]?.key ?? '') ? 1 : 0;
  for (let k = open; k < Math.min(s.limit, open + SUBJECT_MAX); k++) {
    const t = s.tokens[k];
    if (!t || !t.cap || t.kind !== 'word') return null;
    if (matchPhrase(x.titleHeads, s.tokens, k, s.limit) > 0) return null; // "Fire Commissioner X": a person
    if (ACRONYM.test(t.text)) {
      const spelled = expandAcronym(doc, t.text, x.acronymLinks);
      if (spelled) return spelled;
    }
    const head = matchPhrase(c.orgHeads, s.tokens, k, s.limit);
    if (head < 0) continue;
    const from = open;
    let to = head;
    while (to < s.limit && (s.tokens[to]?.cap || (x.acronymLinks.has(s.tokens[to]?.key ?? '') && s.tokens[to + 1]?.cap))) to++;
    return spanText(s, from, to) || null;
  }
  return null;
}

// An obligation inside an adverbial clause ("If you think the rule needs to …", "Because X should …"): a
// subordinator between the clause start (or its last comma) and the modal.
// A speech verb in between ("… when X told staff they would need to …") reports an order inside the clause.
function inSubordinate(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): boolean {
  if (!x.subordinators.size) return false;
  // "If you work for one of these companies you will either need to …": a pronoun and an auxiliary after the clause's
  // own subject open the main clause where no comma closes the subordinate one.
  let mainSubject = -1;
  for (let k = cueAt - 1; k >= a; k--) {
    const t = s.tokens[k];
    if (!t || (t.kind === 'punct' && !QUOTES.has(t.text)) || matchPhrase(c.speechVerbs, s.tokens, k, cueAt) > 0) return false;
    if (x.pronouns.has(t.key) && x.auxiliaries.has(s.tokens[k + 1]?.key ?? '') && k + 1 < cueAt) mainSubject = k;
    if (x.subordinators.has(t.key)) return !(mainSubject > k + 1);
  }
  return false;
}

// "the risks you will have to …", "the tools and time they need to …": a pronoun subject right after a noun
// its determiner opened is a relative clause with no "that"; the obligation describes the noun.
function inContactRelative(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): boolean {
  if (!x.grammar.analysesSubjects) return false;
  const [from, to] = subjectRegion(s, a, cueAt, x);
  // "depots which we must build on": a relative clause with a subject of its own describes the noun before it
  // ("the ones who should resign" may still call for something). Its subject opens a noun phrase; a verb after the
  // pronoun ("all firms which own land here will have to …") ends a subject relative, and the modal is the clause's.
  if (from > a && to > from && x.relativePronouns.has(s.tokens[from - 1]?.key ?? '') && s.tokens[from - 2]?.kind === 'word'
    && opensNounPhrase(s.tokens[from], x) && !s.tokens.slice(from, cueAt).some((t) => t.kind === 'punct')) return true;
  const pronoun = s.tokens[to - 1];
  const noun = s.tokens[to - 2];
  if (to - from < 2 || !pronoun || !x.pronouns.has(pronoun.key) || !noun || noun.kind !== 'word' || noun.cap) return false;
  if (x.auxiliaries.has(noun.key) || x.conjunctions.has(noun.key) || x.clauseOpeners.has(noun.key) || c.words.complementizers.has(noun.key)) return false;
  // "told the workers they would need to …": after people the pronoun opens what they were told.
  if (x.pronouns.has(noun.key) || x.firstPerson.has(noun.key) || x.secondPerson.has(noun.key) || x.agentNouns.has(noun.key)) return false;
  for (let k = to - 3; k >= Math.max(from, to - 2 - RELATIVE_WINDOW); k--) {
    const t = s.tokens[k];
    if (!t || t.kind === 'punct') return false;
    if (c.cueNounMarkers.has(t.key)) return true;
  }
  return false;
}

// "a duty that should empower …, and so I have written to …": a complementizer right after a noun and before the
// modal is a relative subject; the obligation describes the noun, and a later cue in the clause is the order
// ("the only ones who should resign" names people, and may still call for something).
function afterRelativeSubject(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): boolean {
  const k = beforeAuxiliaries(s, a, cueAt, x);
  const noun = s.tokens[k - 1];
  return k > a && c.words.complementizers.has(s.tokens[k]?.key ?? '') && noun?.kind === 'word' && !noun.cap;
}

// "issues which need to be addressed": the modal right after a relative pronoun on a noun that is no agent (agentNouns,
// a title) belongs to a clause describing that thing; "the clerks who should resign" (personRelatives) still names people.
function onThingRelative(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): boolean {
  if (!x.grammar.analysesSubjects) return false;
  const k = beforeAuxiliaries(s, a, cueAt, x);
  const pronoun = s.tokens[k]?.key ?? '';
  const noun = s.tokens[k - 1];
  if (k <= a || x.personRelatives.has(pronoun) || !(x.relativePronouns.has(pronoun) || c.words.complementizers.has(pronoun))) return false;
  if (noun?.kind !== 'word' || noun.cap) return false;
  return !x.agentNouns.has(noun.key) && !x.pronouns.has(noun.key) && matchPhrase(x.titleHeads, s.tokens, k - 1, k) < 0;
}

// The last word before the cue at `cueAt` that is no auxiliary (subjectAuxiliaries), not before `a`.
function beforeAuxiliaries(s: Sentence, a: number, cueAt: number, x: DirectiveLookups): number {
  let k = cueAt - 1;
  while (k > a && x.auxiliaries.has(s.tokens[k]?.key ?? '')) k--;
  return k;
}

// A pronoun, a determiner or a capitalised word opens a noun phrase ("we", "the council", "Ministers").
function opensNounPhrase(t: Token | undefined, x: DirectiveLookups): boolean {
  return !!t && t.kind === 'word' && (t.cap || x.pronouns.has(t.key) || x.firstPerson.has(t.key) || x.secondPerson.has(t.key) || x.determiners.has(t.key));
}

// "asked for this on our side", "ordered that they be applied": the order's content is only a pronoun
// (then a preposition, the clause end, or a bare passive), pointing back at an order already listed.
function pointsBack(s: Sentence, from: number, b: number, cue: Cue, x: DirectiveLookups): boolean {
  if (!x.grammar.analysesSubjects) return false;
  let k = from;
  if (cue.rule === 'cue.mandative') k = cue.end;
  // "what Pakistan has requested of us": a preposition and a pronoun, and nothing after, name no task.
  const object = s.tokens[k + 1]?.key ?? '';
  if (x.headBreaks.has(s.tokens[k]?.key ?? '') && (x.pronouns.has(object) || x.firstPerson.has(object) || x.secondPerson.has(object))
    && (k + 2 >= b || s.tokens[k + 2]?.kind === 'punct')) return true;
  const first = s.tokens[k];
  if (!first || !(x.pronouns.has(first.key) || matchPhrase(x.commentarySubjects, s.tokens, k, k + 1) > 0)) return false;
  const next = s.tokens[k + 1];
  if (!next || k + 1 >= b || next.kind === 'punct' || x.headBreaks.has(next.key)) return true;
  // "that they be applied": the copula and one participle, then the clause ends.
  return cue.rule === 'cue.mandative' && next.key === x.grammar.subjunctiveCopula && (k + 3 >= b || s.tokens[k + 3]?.kind === 'punct');
}

function isAcronym(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

// "Bộ X chủ trì, phối hợp …", "…, Bộ Y phối hợp …" (dantri-1 in fixture-examples.test.ts): an organisation subject, at the
// clause start or after a comma, right before a task verb; an auxiliary ("đã", "cũng") makes it a report.
// With `action`, inside a command's frame: also an agency or group subject ("các bộ, ngành", "UBND các tỉnh") before an
/** "Để …, các đơn vị tổ chức …": after a purpose opener and its comma, a group subject directly before a task verb. */
function purposeTask(s: Sentence, a: number, b: number, c: CompiledLexicon, x: DirectiveLookups): { start: number; org: string; cue: Cue } | null {
  const toks = s.tokens;
  if (matchPhrase(x.purposeOpeners, toks, a, b) < 0) return null;
  // "Để thực hiện thắng lợi, hiệu quả đợt thi đua, các cơ quan …": the subject opens after one of the purpose's commas.
  let p = a + 1;
  let subj = -1;
  for (; p < b && subj < 0; p++) if (toks[p - 1]?.text === ',') subj = matchPhrase(x.taskSubjects, toks, p, b);
  p--;
  if (subj < 0) return null;
  for (let q = subj; q < Math.min(b, p + SUBJECT_MAX); q++) {
    const t = toks[q];
    if (!t || (t.kind === 'punct' && t.text !== ',')) return null;
    if (t.kind !== 'word' || t.cap) continue;
    if (matchPhrase(x.nonTaskMarkers, toks, q, b) > 0 || matchPhrase(x.pastMarkers, toks, q, b) > 0) return null;
    const end = matchPhrase(c.directives.addresseeEnds, toks, q, b);
    if (end > 0) return { start: p, org: spanText(s, p, q), cue: { at: q, end, type: 'obligation', rule: 'directive.purpose-task' } };
  }
  return null;
}

// "Bên cạnh đó, tiếp tục …", "Đồng thời, duy trì …": where the task verb after a continuation connective ends, or -1.
function continuationAt(s: Sentence, a: number, start0: number, b: number, x: DirectiveLookups): number {
  const opener = matchPhrase(x.continuationOpeners, s.tokens, a, b);
  const lead = s.tokens[start0];
  if (opener < 0 || start0 < opener || lead?.kind !== 'word' || lead.cap) return -1;
  if (hasNonTask(s, start0, Math.min(b, start0 + NON_TASK_WINDOW), x)) return -1;
  return Math.max(matchPhrase(x.addresseeEnds, s.tokens, start0, b), matchPhrase(x.actionVerbs, s.tokens, start0, b));
}

// A short fragment of a gerund phrase ("Requiring safe storage.") right after a sentence of the same paragraph that
// gave a command (or another such fragment): that command's item, whose issuer and addressee it shares; else null.
const GERUND_TASK_MAX = 12;
function gerundTaskOf(doc: PreparedArticle, s: Sentence, out: readonly Directive[], x: DirectiveLookups): Directive | null {
  const first = s.tokens[0];
  if (!first || first.kind !== 'word' || !first.cap || !hasSuffix(first.key, x.grammar.progressiveEndings) || first.key.length < 5) return null;
  if (s.limit > GERUND_TASK_MAX || s.tokens[s.limit - 1]?.text !== '.' || s.tokens.slice(0, s.limit).some((t) => t.text === ',' || t.text === ':')) return null;
  const prev = out[out.length - 1];
  const before = doc.sentences[s.id - 1];
  if (!prev || !before || before.para !== s.para || prev.evidence !== before.text) return null;
  return prev.rules.some((r) => r === 'cue.command-need-to' || r === 'cue.command' || r === 'directive.gerund-task') ? prev : null;
}

// Where a bare verb opens the clause at start0 (after the coordinator): a lowercase word that opens no noun phrase
// and is no preposition, auxiliary, participle or past form ("; impose …", "; and pass …"); -1 otherwise. Only
// where commands take an infinitive (grammar.infinitiveMarker).
function parallelInfinitiveAt(s: Sentence, start0: number, b: number, x: DirectiveLookups): number {
  if (!x.grammar.infinitiveMarker) return -1;
  let k = start0;
  if (s.tokens[k]?.key === x.grammar.coordinator) k++;
  const t = s.tokens[k];
  if (!t || k + 1 >= b || t.kind !== 'word' || t.cap || opensNounPhrase(t, x) || x.headBreaks.has(t.key) || x.auxiliaries.has(t.key)) return -1;
  if (hasSuffix(t.key, x.grammar.pastEndings) || hasSuffix(t.key, x.grammar.progressiveEndings) || x.conjunctions.has(t.key)) return -1;
  return s.tokens[k + 1]?.kind === 'word' ? k : -1;
}

// A clause of a task list opening with an action verb, no promise or report in it: where the verb ends, or -1.
function listTaskAt(s: Sentence, start0: number, b: number, x: DirectiveLookups): number {
  if (s.tokens[start0]?.kind !== 'word' || hasNonTask(s, start0, Math.min(b, start0 + NON_TASK_WINDOW), x)) return -1;
  const end = matchPhrase(x.actionVerbs, s.tokens, start0, b);
  return end > start0 && s.tokens[end]?.kind === 'word' ? end : -1;
}

// A sentence opening with an action verb, no promise, report or entitlement in it: where the verb ends, or -1.
function imperativeAt(s: Sentence, start0: number, b: number, x: DirectiveLookups): number {
  // A line with no closing mark is a subheading ("Tăng cường kiểm tra, …"), not a task.
  if (start0 !== 0 || !closesWithMark(s)) return -1;
  if (hasNonTask(s, start0, Math.min(b, start0 + NON_TASK_WINDOW), x)) return -1;
  if (startsPhraseIn(x.pastMarkers, s, 0, s.limit, s.limit, true)) return -1;
  // The judgement comes before the first comma: "…, nhất là …" later in the task is no copula.
  let comma = start0;
  while (comma < b && !CLAUSE_ENDS.has(s.tokens[comma]?.text ?? '')) comma++;
  if (startsPhraseIn(x.statementMarkers, s, start0, comma, comma, true)) return -1;
  const end = matchPhrase(x.actionVerbs, s.tokens, start0, b);
  if (end < 0) return -1;
  // "Kiểm điểm, xử lý …" lists verbs; a verb, a comma and a noun ("Thực hiện, các đơn vị …") is no bare task.
  if (s.tokens[end]?.kind === 'word') return end;
  return s.tokens[end]?.text === ',' && Math.max(matchPhrase(x.actionVerbs, s.tokens, end + 1, b), matchPhrase(x.addresseeEnds, s.tokens, end + 1, b)) > 0 ? end : -1;
}

// action verb ("theo dõi", "hướng dẫn", "chủ động").
function findTask(s: Sentence, a: number, b: number, c: CompiledLexicon, x: DirectiveLookups, action = false): { start: number; org: string; cue: Cue } | null {
  for (let p = a; p < b; p++) {
    if (p !== a && s.tokens[p - 1]?.text !== ',') continue;
    const first = s.tokens[p];
    // A group noun is the subject only at the clause start ("…, cho phép các đơn vị áp dụng …" is an object).
    const agency = action && p === a && matchPhrase(x.taskSubjects, s.tokens, p, b) > 0;
    // "Bộ Y tế chủ trì …", and an office as the subject: "Chủ tịch UBND tỉnh phối hợp …".
    if (!agency && (!first?.cap || (matchPhrase(c.orgHeads, s.tokens, p, b) < 0 && matchPhrase(x.titleHeads, s.tokens, p, b) < 0))) continue;
    for (let k = p + 1; k < Math.min(b, p + TASK_SUBJECT_MAX); k++) {
      const t = s.tokens[k];
      // "Bộ Quốc phòng, Bộ Công an chỉ đạo …": a comma list of organisations is one subject.
      if (t?.text === ',' && s.tokens[k + 1]?.cap && matchPhrase(c.orgHeads, s.tokens, k + 1, b) > 0) continue;
      if (action && t?.text === ',' && continuesList(s, k, b, c)) continue; // "Các cơ quan, đơn vị bố trí …"
      // "Trung tâm Văn hóa -Thể thao và Truyền thông": a dash glued to the next capitalised word joins the body's name.
      if (t && DASHES.has(t.text) && s.tokens[k + 1]?.cap && !s.tokens[k + 1]?.spaced) continue;
      if (!t || t.kind === 'punct') break;
      const end = t.cap ? -1 : Math.max(matchPhrase(x.taskVerbs, s.tokens, k, b), action ? matchPhrase(x.actionVerbs, s.tokens, k, b) : -1);
      // "Tổng biên tập Báo X bày tỏ cảm ơn sự chỉ đạo …": a verb of speech that gives no task ends the subject.
      if (end < 0 && !t.cap && matchPhrase(c.speechVerbs, s.tokens, k, b) > 0) break;
      if (end < 0) continue;
      if (stripAuxiliaries(s, p, k, c) < k) return null;
      return { start: p, org: spanText(s, p, k), cue: { at: k, end, type: 'obligation', rule: 'directive.frame-task' } };
    }
  }
  return null;
}

// The subject of a verb: after the last comma and the last clause opener ("steps that one should"), less auxiliaries.
// A relative pronoun before a verb ("all firms which own land here will have to …") opens a subject relative: the
// subject is the noun before it, unless the coordinator opens a new clause after it ("… which gives you X and we must …").
function subjectRegion(s: Sentence, a: number, cueAt: number, x: DirectiveLookups): [number, number] {
  let from = afterLastComma(s, a, cueAt);
  for (let k = from; k < cueAt; k++) {
    const t = s.tokens[k];
    if (!x.clauseOpeners.has(t?.key ?? '')) continue;
    const next = s.tokens[k + 1];
    const subjectRelative = x.relativePronouns.has(t?.key ?? '') && k > from && !opensNounPhrase(next, x) && next?.kind === 'word' && !x.auxiliaries.has(next.key)
      && !s.tokens.slice(k + 1, cueAt).some((u) => u.key === x.grammar.coordinator);
    if (!subjectRelative) from = k + 1;
  }
  while (from < cueAt && QUOTES.has(s.tokens[from]?.text ?? '')) from++;
  let to = cueAt;
  // "he’s proposing": the apostrophe of a clitic auxiliary opening the cue belongs to the verb.
  const clitic = s.tokens[to]?.key ?? '';
  if (to > from && APOSTROPHES.has(s.tokens[to - 1]?.text ?? '') && (x.clitics.has(clitic) || clitic === x.grammar.possessiveClitic) && !s.tokens[to]?.spaced) to--;
  // "The industry can and must …": a modal coordinated with the cue's is part of the verb, not the subject.
  while (to > from && (x.auxiliaries.has(s.tokens[to - 1]?.key ?? '')
    || (s.tokens[to - 1]?.key === x.grammar.coordinator && x.auxiliaries.has(s.tokens[to - 2]?.key ?? '')))) to--;
  return [from, to];
}

// The head noun of a subject: the last word before a preposition ("the use by the police" → "use").
function headOf(s: Sentence, from: number, to: number, x: DirectiveLookups): number {
  let head = -1;
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (head >= 0 && x.headBreaks.has(t?.key ?? '')) break;
    if (t?.kind === 'word') head = k;
  }
  return head;
}

// A person, a group, an organisation or a pronoun can be told to act; a capital mid-sentence names one.
function isAgentAt(s: Sentence, k: number, c: CompiledLexicon, x: DirectiveLookups): boolean {
  const t = s.tokens[k];
  if (!t) return false;
  if (x.agentNouns.has(t.key)) return true;
  if (matchPhrase(c.orgHeads, s.tokens, k, s.limit) > 0 || matchPhrase(x.titleHeads, s.tokens, k, s.limit) > 0) return true;
  return t.cap && s.tokens.slice(0, k).some((u) => u.kind === 'word');
}

// An obligation needs an addressee who can act; on a thing it is a prediction ("prices should ease"), unless
// it judges a state ("college should be free", "the rule must become law").
function canAct(s: Sentence, a: number, cue: Cue, c: CompiledLexicon, x: DirectiveLookups, here: ResolvedMention[]): boolean {
  if (!x.grammar.analysesSubjects) return true;
  const [from0, to] = subjectRegion(s, a, cue.at, x);
  // "… the findings were plain and the council must …": "and" before an article opens a new subject.
  let from = from0;
  // "… won't negotiate over default and Republicans should pass …": so does "and" before a capitalised word.
  for (let k = from0; k < to - 1; k++) if (s.tokens[k]?.key === x.grammar.coordinator && (c.titleArticles.has(s.tokens[k + 1]?.key ?? '') || !!s.tokens[k + 1]?.cap)) from = k + 1;
  if (to <= from || here.some((m) => m.start >= from && m.start < cue.at)) return true;
  // "Your budgets should show …": what the audience owns is theirs to act on.
  for (let k = from; k < to; k++) if (x.secondPerson.has(s.tokens[k]?.key ?? '')) return true;
  // "it must be led by you": the audience named as the agent right after the verb.
  for (let k = cue.end + 1; k < Math.min(s.limit, cue.end + AGENT_AFTER_WINDOW); k++) {
    if (s.tokens[k]?.kind === 'punct') break;
    if (x.secondPerson.has(s.tokens[k]?.key ?? '') && x.headBreaks.has(s.tokens[k - 1]?.key ?? '')) return true;
  }
  // "I believe that they should contribute to a reduction in …": a modal before a verb of effect forecasts.
  if (matchPhrase(x.consequenceVerbs, s.tokens, cue.end, s.limit) > 0) return false;
  const normative = matchPhrase(x.normativeVerbs, s.tokens, cue.end, s.limit);
  // "should be seeking" is the progressive of an action, not a judged state.
  if (normative > 0 && !hasSuffix(s.tokens[normative]?.key ?? '', x.grammar.progressiveEndings)) return true;
  const head = headOf(s, from, to, x);
  return head < 0 || isAgentAt(s, head, c, x);
}

// Reported calls of crowds, reports and forecasts are not directives; nor is a participle inside an opening
// phrase ("In a letter calling for …,", "Despite reports urging …,"; aeb-d0382c0d9573 in fixture-examples.test.ts), which modifies a noun.
function issuesOrders(s: Sentence, a: number, cue: Cue, x: DirectiveLookups): boolean {
  if (participleInModifier(s, a, cue, x)) return false;
  const [from, to] = subjectRegion(s, a, cue.at, x);
  const head = headOf(s, from, to, x);
  return head < 0 || !x.nonIssuers.has(s.tokens[head]?.key ?? '');
}

// A participle cue right after a phrase-opening preposition ("Despite reports urging …", ", including calling for …"; aeb-833caf3bdba5 in fixture-examples.test.ts).
function participleInModifier(s: Sentence, a: number, cue: Cue, x: DirectiveLookups): boolean {
  const opener = afterLastComma(s, a, cue.at);
  const cueKey = s.tokens[cue.at]?.key ?? '';
  return hasSuffix(cueKey, x.grammar.progressiveEndings) && !x.auxiliaries.has(s.tokens[cue.at - 1]?.key ?? '') && x.modifierOpeners.has(s.tokens[opener]?.key ?? '');
}

// "The Ministry of X has suspended … and requested …": the organisation opening the clause issues the second verb too.
function coordinatedOrganisation(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  let before = cueAt;
  while (before > a && x.auxiliaries.has(s.tokens[before - 1]?.key ?? '')) before--;
  if (!x.grammar.analysesSubjects || s.tokens[before - 1]?.key !== x.grammar.coordinator) return null;
  let k = a;
  if (c.titleArticles.has(s.tokens[k]?.key ?? '')) k++;
  const end = matchPhrase(c.orgHeads, s.tokens, k, cueAt);
  if (end < 0) return null;
  let y = end;
  while (y < cueAt && (s.tokens[y]?.cap || (c.titleTailWords.has(s.tokens[y]?.key ?? '') && s.tokens[y + 1]?.cap))) y++;
  return spanText(s, a, y) || null;
}

// "Parents are urging …": a group named by a common noun issues its own call (aeb-d0382c0d9573 in fixture-examples.test.ts).
function nounSubject(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const [from, to] = subjectRegion(s, a, cueAt, x);
  const head = headOf(s, from, to, x);
  const key = s.tokens[head]?.key ?? '';
  if (head < 0 || x.pronouns.has(key) || !x.agentNouns.has(key) || to - from > SUBJECT_MAX) return null;
  if (s.tokens.slice(from, to).some((t) => t.kind === 'punct' && !QUOTES.has(t.text) && !APOSTROPHES.has(t.text))) return null;
  const [p, q] = trimEdges(s, skipConnectives(s, from, to, c), to);
  return spanText(s, p, q) || null;
}

const ENACTED_RULE_WORDS = 4;

// "New York has enacted legislation that requires …", "Eight states have now passed laws that ban …": a command in
// the relative clause of a rule is the enactor's, the noun phrase before the enacting verb (never a pronoun).
function enactorSubject(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const rel = s.tokens[cueAt - 1]?.key ?? '';
  if (!x.relativePronouns.has(rel) && !c.words.complementizers.has(rel)) return null;
  if (!x.ruleNouns.has(s.tokens[cueAt - 2]?.key ?? '')) return null;
  let verb = cueAt - 3;
  while (verb >= a && cueAt - 2 - verb <= ENACTED_RULE_WORDS && !x.enactVerbs.has(s.tokens[verb]?.key ?? '')) {
    if (s.tokens[verb]?.kind !== 'word') return null;
    verb--;
  }
  if (verb < a || !x.enactVerbs.has(s.tokens[verb]?.key ?? '')) return null;
  const from = afterLastComma(s, a, verb);
  // "have now", "has also": the verb's auxiliaries and lowercase adverbs end nothing of the subject.
  let to = verb;
  while (to > from && !s.tokens[to - 1]?.cap && !x.agentNouns.has(s.tokens[to - 1]?.key ?? '') && s.tokens[to - 1]?.kind === 'word') to--;
  const [p, q] = trimEdges(s, skipConnectives(s, from, to, c), to);
  if (q <= p || q - p > SUBJECT_MAX || s.tokens.slice(p, q).some((t) => t.kind === 'punct')) return null;
  const head = s.tokens[q - 1];
  if (!head || x.pronouns.has(head.key) || x.firstPerson.has(head.key) || (!head.cap && !x.agentNouns.has(head.key))) return null;
  return spanText(s, p, q);
}

const COORDINATED_SUBJECT_MAX = 6;
const REPORT_MIN_WORDS = 2;

// Where a parenthetical that ends right before the verb opens ("X - which …, - called", "X, who …, urged"), or -1.
function parentheticalOpen(s: Sentence, a: number, cueAt: number, x: DirectiveLookups): number {
  if (!x.grammar.analysesSubjects) return -1;
  let close = cueAt - 1;
  while (close > a && x.auxiliaries.has(s.tokens[close]?.key ?? '')) close--;
  const closer = s.tokens[close];
  if (!closer || closer.kind !== 'punct' || !(DASHES.has(closer.text) || closer.text === ',')) return -1;
  for (let k = close - 1; k > a; k--) {
    const t = s.tokens[k];
    if (!t || t.kind !== 'punct') continue;
    if (DASHES.has(closer.text)) return DASHES.has(t.text) && t.spaced ? k : -1;
    if (t.text === ',') return x.clauseOpeners.has(s.tokens[k + 1]?.key ?? '') ? k : -1;
  }
  return -1;
}

// A lowercase agent noun ("officials", "leaders"): after an organisation word it heads the noun phrase.
function isAgentNoun(t: Token | undefined, x: DirectiveLookups): boolean {
  return !!t && t.kind === 'word' && !t.cap && x.agentNouns.has(t.key);
}

// "The European Union's top court", "The teachers' union": a noun phrase opening the clause whose head is an
// organisation word; the span ends at its last organisation word.
function organisationSubject(s: Sentence, a: number, end: number, c: CompiledLexicon, x: DirectiveLookups): { name: string; end: number } | null {
  if (!x.grammar.analysesSubjects) return null;
  let k = a;
  if (c.titleArticles.has(s.tokens[k]?.key ?? '')) k++;
  const from = k;
  let last = -1;
  for (; k < end && k - from < SUBJECT_MAX; k++) {
    const t = s.tokens[k];
    if (!t) break;
    // "In a retelling in the Cabinet, …" is no subject; "Department of Homeland Security" links capitals.
    if (x.headBreaks.has(t.key) && !(k > from && s.tokens[k + 1]?.cap && c.documentTailWords.has(t.key))) break;
    if (t.kind === 'punct') {
      // "Union's", "PG&E": a possessive or an unspaced joiner stays inside the phrase.
      if (APOSTROPHES.has(t.text) && s.tokens[k + 1]?.key === x.grammar.possessiveClitic) {
        k++;
        continue;
      }
      if (t.text === '&' || (t.text === '-' && !t.spaced)) continue;
      break;
    }
    if (t.kind !== 'word' || x.auxiliaries.has(t.key) || x.clauseOpeners.has(t.key) || matchPhrase(c.speechVerbs, s.tokens, k, end) > 0) break;
    const head = matchPhrase(c.orgHeads, s.tokens, k, end);
    if (head > 0) {
      last = head;
      k = head - 1;
    }
  }
  if (last < 0) return null;
  // "Administration officials": the organisation word modifies the agent noun after it.
  if (isAgentNoun(s.tokens[last], x)) return null;
  const name = spanText(s, from, last);
  return name ? { name, end: last } : null;
}

// "Under the Education Department's rules, borrowers are required to …": the organisation in an opening frame.
function framedIssuer(s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups): string | null {
  const frame = matchPhrase(x.issuerFrames, s.tokens, a, cueAt);
  if (frame < 0) return null;
  let comma = frame;
  while (comma < cueAt && s.tokens[comma]?.text !== ',') comma++;
  return comma < cueAt ? organisationSubject(s, frame, comma, c, x)?.name ?? null : null;
}

// Whether the organisation phrase ends right before its verb ("The union is adamant …", "The court ruled …"),
// not inside a longer noun phrase ("Rising costs and slow growth have …").
function startsPredicate(s: Sentence, k: number, c: CompiledLexicon, x: DirectiveLookups): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word') return false;
  return x.auxiliaries.has(t.key) || matchPhrase(c.speechVerbs, s.tokens, k, s.limit) > 0 || (!t.cap && hasSuffix(t.key, x.grammar.pastEndings));
}

// Words between the end of a subject and a modal, auxiliaries aside: "ruled that member states" counts 4.
function reportWords(s: Sentence, from: number, cueAt: number, x: DirectiveLookups): number {
  let n = 0;
  for (let k = from; k < cueAt; k++) {
    const t = s.tokens[k];
    if (t?.kind === 'word' && !x.auxiliaries.has(t.key)) n++;
  }
  return n;
}

// "X raises a motion on the deaths of Y and moves that …": a verb after "and" shares the clause's subject,
// not the last name before it.
function coordinatedSubject(s: Sentence, a: number, cueAt: number, before: ResolvedMention[], x: DirectiveLookups): ResolvedMention | undefined {
  if (!x.grammar.analysesSubjects || before.length < 2) return undefined;
  let k = cueAt;
  while (k > a && x.auxiliaries.has(s.tokens[k - 1]?.key ?? '')) k--;
  // "President A and Prime Minister B called on …", "A, B, and C agree that …": officials listed as the subject;
  // the first leads. A title and its name are two mentions of one official, side by side.
  const listed = subjectList(s, a, k, before, x);
  if (listed) return listed;
  if (s.tokens[k - 1]?.key !== x.grammar.coordinator) return undefined;
  const first = before.find((m) => m.start >= a);
  return first && first.start - a <= COORDINATED_SUBJECT_MAX ? first : undefined;
}

// The first official of a list of officials ("A and B", "A, B, and C") that ends right before the verb at k, or a
// lowercase verb after it; undefined when the last mention before k is in no such list.
function subjectList(s: Sentence, a: number, k: number, before: ResolvedMention[], x: DirectiveLookups): ResolvedMention | undefined {
  const toks = s.tokens;
  let n = before.length - 1;
  const last = before[n]!;
  const after = toks[last.end];
  const verbNext = last.end === k || (!!after && after.kind === 'word' && !after.cap && !x.relativePronouns.has(after.key)
    && !x.headBreaks.has(after.key) && after.key !== x.grammar.coordinator);
  if (!verbNext) return undefined;
  let first: ResolvedMention | undefined;
  let groups = 0;
  let name = '';
  let groupStart = Infinity;
  for (; n >= 0; n--) {
    const m = before[n]!;
    if (m.start < a) break;
    if (groups > 0 && m.name === name && m.end === groupStart) {
      groupStart = m.start;
      first = m;
      continue;
    }
    // Between two officials of the list: commas or the coordinator, then the next one's capitalised title words.
    const gap = toks.slice(m.end, groupStart === Infinity ? m.end : groupStart);
    const joins = (t: Token): boolean => t.text === ',' || t.key === x.grammar.coordinator;
    const lastJoin = gap.reduce((at, t, g) => (joins(t) ? g : at), -1);
    if (groups > 0 && (lastJoin < 0 || !gap.every((t, g) => (g <= lastJoin ? joins(t) : t.kind === 'word' && t.cap)))) break;
    groups++;
    name = m.name;
    groupStart = m.start;
    first = m;
  }
  return groups >= 2 ? first : undefined;
}

const ACRONYM = /^[A-Z]{2,6}$/;
const REFERENT_SENTENCES = 30;

// "CBP's guidelines recommend …", "the FDA requirement that …": an acronym in the subject names the issuer,
// spelled out as the capitalised name on the page whose initials it is ("Food and Drug Administration").
function acronymIssuer(doc: PreparedArticle, s: Sentence, a: number, cueAt: number, x: DirectiveLookups): string | null {
  if (!x.grammar.analysesSubjects) return null;
  const [from, to] = subjectRegion(s, a, cueAt, x);
  let acr: Token | undefined;
  for (let k = from; k < to; k++) if (ACRONYM.test(s.tokens[k]?.text ?? '')) acr = s.tokens[k];
  if (!acr) return null;
  return expandAcronym(doc, acr.text, x.acronymLinks) ?? acr.text;
}

// "the Department" after "the Department of Education" was named: a bare organisation head stands for the nearest
// full name with that head earlier on the page (capitalised words and links around it); null when there is none.
function namedOrganisation(doc: PreparedArticle, s: Sentence, issuer: string, c: CompiledLexicon): string | null {
  const words = tokenize(issuer);
  const head = words[words.length - 1];
  if (!head || !head.cap || words.length > 2 || (words.length === 2 && !c.titleArticles.has(words[0]!.key))) return null;
  if (matchPhrase(c.orgHeads, words, words.length - 1, words.length) !== words.length) return null;
  for (let id = s.id; id >= 0; id--) {
    const t = doc.sentences[id];
    if (!t) continue;
    const toks = t.tokens;
    for (let i = t.limit - 1; i >= 0; i--) {
      if (toks[i]?.key !== head.key || !toks[i]?.cap) continue;
      let b = i + 1;
      while (b < t.limit && ((toks[b]?.cap && toks[b]?.kind === 'word') || (c.documentTailWords.has(toks[b]?.key ?? '') && !toks[b]?.cap && toks[b + 1]?.cap))) b++;
      let a = i;
      while (a > 0 && toks[a - 1]?.cap && toks[a - 1]?.kind === 'word' && !c.titleArticles.has(toks[a - 1]!.key) && !c.titles.openers.has(toks[a - 1]!.key)) a--;
      if (b - a > 1) return t.text.slice(toks[a]!.start, toks[b - 1]!.end);
    }
  }
  return null;
}

// The capitalised name right before "(ACR)" where the page defines it: "the Department of Transportation (DOT)".
function definedAcronym(doc: PreparedArticle, acr: string, links: Set<string>): string | null {
  for (const t of doc.sentences) {
    const toks = t.tokens;
    for (let i = 2; i + 1 < t.limit; i++) {
      if (toks[i]?.text !== acr || toks[i - 1]?.text !== '(' || toks[i + 1]?.text !== ')') continue;
      let k = i - 1;
      while (k > 0 && i - 1 - k < DEFINED_NAME_MAX) {
        const w = toks[k - 1];
        if (!w || w.kind !== 'word') break;
        if (!w.cap && !(links.has(w.key) && toks[k - 2]?.cap)) break;
        k--;
      }
      while (k < i - 1 && links.has(toks[k]?.key ?? '')) k++; // "The Department of …" opening the sentence
      if (k < i - 1 && toks[k]?.cap) return t.text.slice(toks[k]!.start, toks[i - 2]!.end);
    }
  }
  return null;
}

const DEFINED_NAME_MAX = 8;

function expandAcronym(doc: PreparedArticle, acr: string, links: Set<string>): string | null {
  const defined = definedAcronym(doc, acr, links);
  if (defined) return defined;
  for (const t of doc.sentences) {
    const toks = t.tokens;
    for (let i = 0; i < t.limit; i++) {
      if (toks[i]?.text[0] !== acr[0] || !toks[i]?.cap) continue;
      let n = 0;
      let k = i;
      for (; k < t.limit && n < acr.length; k++) {
        const w = toks[k];
        if (!w || w.kind !== 'word') break;
        if (!w.cap) {
          if (k > i && links.has(w.key) && toks[k + 1]?.cap) continue;
          break;
        }
        if (w.text[0] !== acr[n]) break;
        n++;
      }
      if (n === acr.length && k - i > 1) return t.text.slice(toks[i]!.start, toks[k - 1]!.end);
    }
  }
  return null;
}

// "he urged residents …": a pronoun is the person named last before it (aeb-e7994d550087 in fixture-examples.test.ts) (this or the previous paragraph);
// "the researcher urged …": a role noun is the person that role was written before ("researcher Dr X").
function referentOf(doc: PreparedArticle, s: Sentence, a: number, cueAt: number, c: CompiledLexicon, x: DirectiveLookups, bySentence: Map<number, ResolvedMention[]>): string | null {
  if (!x.grammar.analysesSubjects) return null;
  const [from, to] = subjectRegion(s, a, cueAt, x);
  const first = s.tokens[from];
  if (!first) return null;
  const pronoun = to > from && c.speakerPronouns.has(s.tokens[to - 1]?.key ?? ''); // "Later he urged …"
  // "The Bill would require …" (herald-sun-1 in fixture-examples.test.ts): a document is no role a person was introduced with.
  const roleWord = to - from === 2 && c.titleArticles.has(first.key) && matchPhrase(c.documentTypes, s.tokens, from + 1, to) < 0;
  const role = roleWord && !x.agentNouns.has(s.tokens[from + 1]?.key ?? '') ? s.tokens[from + 1]?.key : undefined;
  if (!pronoun && !role) return null;
  // "The President will announce that he's proposing …": a pronoun after an office earlier in its sentence is that office.
  const office = pronoun && !(bySentence.get(s.id) ?? []).some((m) => m.official && m.start < from) ? lastOfficeBefore(s, from, c, x) : null;
  if (office) return office;
  for (let id = s.id - 1; id >= Math.max(0, s.id - REFERENT_SENTENCES); id--) {
    const prev = doc.sentences[id];
    if (!prev || (pronoun && s.para - prev.para > 1)) return null;
    const people = (bySentence.get(id) ?? []).filter((m) => m.official);
    if (pronoun && people.length) return people[people.length - 1]!.name;
    const named = people.find((m) => prev.tokens.slice(Math.max(0, m.start - 3), m.start).some((t) => t.key === role));
    if (named) return named.name;
  }
  return null;
}

// Words (no punctuation) in [from, to) of the sentence.
function wordCount(s: Sentence, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (s.tokens[k]?.kind === 'word') n++;
  return n;
}
