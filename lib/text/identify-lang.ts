// Which language a text is written in, from the text alone: for pages that declare none (a .txt
// file, a bare page) or the wrong one (a Vietnamese CMS left at lang="en", a German blog at "en").
// Script first (Han, Hangul, Cyrillic, Arabic…), then, for Latin script, Vietnamese letters and
// the share of words that are a language's most frequent function words. Our own code rather than
// franc-min: franc-min would add 56 KB gzip to the background, and on the 248 corpus pages whose
// language is known (declared language withheld) it named 246 right (a Chinese page as Japanese,
// an Indonesian one as Malay), this code 247 (a page of basketball box scores stays unknown);
// `npm run eval:lang` measures it again.

/** Most frequent function words per Latin-script language: enough to tell them apart in prose. */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is that for was with on said are by it as from have has this were be at not but which will',
  fr: 'le la les de des et est une du dans que pour qui au sur pas par avec sont ont cette aux il elle ce plus été son sa ses leur mais',
  de: 'der die und das ist nicht mit von den ein eine zu sich auch dem für auf im wird sind des werden wie bei nach aus einer',
  es: 'el los las de del que y en un una por con para es se al lo como más su fue han pero sus este está sobre entre',
  pt: 'o os a as de do da dos das que e em um uma para com não no na por é mais ao foi são se pela pelo seu sua também',
  it: 'il di che e la per un una del della non sono è le gli con nel alla anche più dei da si ha questo delle nella',
  nl: 'de het een en van is dat niet op te met voor zijn er ook aan wordt bij maar om naar door dan nog heeft',
  // Only words Spanish and Portuguese do not share, which would otherwise outvote them.
  ca: 'els les i amb per va dels són més però aquest això hi seva seu fer',
  ro: 'și în de la a cu pe care din este nu o un pentru mai să sau fost sunt ca au iar fi',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada ada juga adalah karena bisa sudah tersebut saat oleh kita bahwa',
  ms: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada ada juga ialah kerana boleh telah tersebut bagi oleh bahawa iaitu',
  sw: 'na ya wa kwa katika ni za la kuwa hiyo pia huo hii cha kama wakati baada hilo hicho zaidi kwamba',
  tr: 've bir bu da de için ile olarak çok daha gibi olan en ama kadar sonra değil ise tarafından ancak göre',
  pl: 'i w na z się nie do to że jest o jak po od za są przez oraz który już tym też jego może',
  cs: 'a v se na je že s z o do to jsou by pro ve k jako jeho ale také bylo jsem podle který',
  sk: 'a v sa na je že s z o do to sú by pre ako ale aj bolo jeho ktorý podľa tak ich',
  hr: 'i je u na se da za su od a s o koji kao iz sa ne će to bi ali ili koja',
  sl: 'in je v na se da za so pa z ki ne po tudi bi s od kot ali bo',
  hu: 'a az és hogy nem is egy meg van el de ez csak már volt mint még pedig kell után',
  sv: 'och i att det som en på är av för med till den har de inte om ett var jag men från',
  da: 'og i at det som en på er af for med til den har de ikke om et var jeg men fra også efter',
  nb: 'og i at det som en på er av for med til den har de ikke om et var jeg men fra også etter',
  fi: 'ja on ei että se oli hän ovat kun mutta myös tai joka ole sen jo kanssa mukaan',
  et: 'ja on et ei see ta ka oli mis kui aga nagu või seda ning',
  lt: 'ir kad yra į su iš bet tai apie buvo jo nuo taip kaip dėl',
  lv: 'un ir ka ar no par uz kas arī bet lai to tas vai kā',
  af: 'die en van het is in nie wat te vir op dat met sy om ook word',
  tl: 'ang ng sa na mga at ay ni si hindi ko ito para kay pag',
};

/** Letters that mark one Latin-script language among the others: each word holding one counts for it. */
const MARK_LETTERS: Record<string, RegExp> = {
  de: /[ßäöü]/, fr: /[œèêëç]/, es: /[ñ¿¡]/, pt: /[ãõç]/, ro: /[ășț]/, tr: /[ğış]/, pl: /[łąęśźżń]/,
  cs: /[řůě]/, sk: /[ľĺŕôä]/, hu: /[őű]/, da: /[æø]/, nb: /[æø]/, sv: /[åäö]/, fi: /[äö]/, hr: /[čćđšž]/,
  lt: /[ąčęėįšųūž]/, lv: /[āēīūķļņ]/,
};

const SETS = new Map(Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words.split(' '))]));

/** Fewest words a Latin-script text needs before it may overrule the language its page declares. */
const MIN_WORDS_TO_OVERRULE = 12;
/** Fewest function words of its language a Latin-script text needs to be named at all. */
const MIN_HITS = 2;

/** Returns a language's most frequent function words (those the identifier counts), or none. */
export function getFunctionWords(code: string): readonly string[] {
  return FUNCTION_WORDS[code]?.split(' ') ?? [];
}

// Letters only Vietnamese uses among Latin scripts (ă, đ, ơ, ư and the precomposed tone block):
// share of words containing one ≈ 0.56 in Vietnamese prose, ≈ 0.13 in English about Vietnam (notes §6.1).
const VI_LETTER_RE = /[ăâđơưĂÂĐƠƯ\u1EA0-\u1EF9]/;

// Scripts that name their language (or its usual one) outright.
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['kana', /[\u3040-\u30ff]/u],
  ['ko', /[\uac00-\ud7af\u1100-\u11ff]/u],
  ['zh', /\p{Script=Han}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['th', /\p{Script=Thai}/u],
  ['el', /\p{Script=Greek}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['hi', /\p{Script=Devanagari}/u],
  ['bn', /\p{Script=Bengali}/u],
  ['ta', /\p{Script=Tamil}/u],
  ['ka', /\p{Script=Georgian}/u],
  ['hy', /\p{Script=Armenian}/u],
  ['km', /\p{Script=Khmer}/u],
  ['lo', /\p{Script=Lao}/u],
  ['my', /\p{Script=Myanmar}/u],
  ['am', /\p{Script=Ethiopic}/u],
  ['latin', /\p{Script=Latin}/u],
];

const SAMPLE_CHARS = 5000;
const SAMPLE_WORDS = 600;
const MIN_LETTERS = 20;
/** A Latin-script text needs this share of function words of its language to be named. */
const MIN_SHARE = 0.08;
/** Share of words with a Vietnamese letter above which a Latin-script text is Vietnamese. */
const VI_MIN_SHARE = 0.15;

/** A language identified in a text, with how sure the identifier is of it. */
export interface Identified {
  /** ISO 639-1 code: "vi", "en", "fr", "zh"… */
  code: string;
  /** 0–1: share of the evidence for it (letters of its script, or words of its function-word list). */
  score: number;
  /** For Latin-script texts, each candidate's share of function words (to weigh a declared language). */
  shares?: ReadonlyMap<string, number>;
}

// Script of each letter seen, '' for a letter of none listed, null for a non-letter: computed once per code point.
const scriptOfChar = new Map<string, string | null>();

function scriptOf(ch: string): string | null {
  let script = scriptOfChar.get(ch);
  if (script === undefined) {
    script = /\p{L}/u.test(ch) ? (SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? '') : null;
    scriptOfChar.set(ch, script);
  }
  return script;
}

function countScripts(sample: string): { letters: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of sample) {
    const script = scriptOf(ch);
    if (script === null) continue;
    letters++;
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return { letters, counts };
}

function pickCyrillic(words: string[]): string {
  const text = words.join(' ');
  if (/[іїєґ]/.test(text)) return 'uk';
  if (/[ўі]/.test(text)) return 'be';
  if (/[ђћџљњ]/.test(text)) return 'sr';
  if (/[ѓќѕ]/.test(text)) return 'mk';
  if (/[әғқңөұүһ]/.test(text)) return 'kk';
  // Bulgarian has no ы or э and writes ъ inside words.
  if (!/[ыэ]/.test(text) && (text.match(/ъ/g)?.length ?? 0) > words.length / 20) return 'bg';
  return 'ru';
}

function pickArabic(text: string): string {
  if (/[ٹڈڑںےھ]/.test(text)) return 'ur';
  if (/[پچژگ]/.test(text) || /ی/.test(text)) return 'fa';
  return 'ar';
}

/** Each Latin-script candidate's share of the words: function words (half a word for a marked letter); for vi, words with a Vietnamese letter. */
function measureLatin(words: string[]): Map<string, number> {
  const shares = new Map<string, number>();
  if (words.length === 0) return shares;
  shares.set('vi', words.filter((w) => VI_LETTER_RE.test(w)).length / words.length);
  for (const [code, set] of SETS) {
    let hits = 0;
    let marked = 0;
    const marks = MARK_LETTERS[code];
    for (const w of words) {
      if (set.has(w)) hits++;
      if (marks?.test(w)) marked++;
    }
    // Letters alone ("ô" in a Vietnamese word) name no language: function words must be there too.
    shares.set(code, hits < MIN_HITS ? hits / words.length : (hits + marked / 2) / words.length);
  }
  return shares;
}

function identifyLatin(words: string[]): Identified | null {
  const shares = measureLatin(words);
  const vi = shares.get('vi') ?? 0;
  if (vi > VI_MIN_SHARE) return { code: 'vi', score: vi, shares };
  let best: Identified | null = null;
  for (const [code, share] of shares) {
    if (code !== 'vi' && (!best || share > best.score)) best = { code, score: share, shares };
  }
  return best && best.score >= MIN_SHARE ? best : null;
}

function sampleWords(text: string): string[] {
  return (text.slice(0, SAMPLE_CHARS).toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? []).slice(0, SAMPLE_WORDS);
}

/** Returns the language of `text`, or null when the text is too short or matches none well enough. */
export function identifyLanguage(text: string): Identified | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { letters, counts } = countScripts(sample);
  if (letters < MIN_LETTERS) return null;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [script, n] = ranked[0] ?? ['', 0];
  const score = n / letters;
  const words = sampleWords(sample);
  // Japanese mixes kana with Han: any real share of kana makes a Han text Japanese.
  const kana = (counts.get('kana') ?? 0) / letters;
  if ((script === 'zh' || script === 'kana') && kana > 0.05) return { code: 'ja', score: score + kana };
  if (script === 'latin') return identifyLatin(words);
  if (script === 'cyrillic') return { code: pickCyrillic(words), score };
  if (script === 'arabic') return { code: pickArabic(sample), score };
  return script && score > 0.3 ? { code: script, score } : null;
}

function scriptOfLanguage(code: string): string {
  try {
    return new Intl.Locale(code).maximize().script ?? '';
  } catch {
    return '';
  }
}

/**
 * Returns the language a text is in, given the one its page declares: the declared one unless the
 * text plainly is another (a Vietnamese page left at lang="en-us", a German blog at "en"), then the
 * identified one; null when neither is known. A declared language is overruled by another script,
 * or in Latin script when its own function words are less than half the identified language's.
 */
export function resolveLanguage(declared: string | null, text: string): string | null {
  const found = identifyLanguage(text);
  if (!declared) return found?.code ?? null;
  const primary = declared.toLowerCase().split(/[-_]/)[0] ?? '';
  const words = sampleWords(text);
  if (!found || found.code === primary) {
    // Declared English over a long text with almost no English function words: a template default.
    if (primary === 'en' && !found && words.length >= MIN_WORDS_TO_OVERRULE * 2 && (measureLatin(words).get('en') ?? 0) < 0.02) return null;
    return declared;
  }
  // A few words in Latin script are no evidence against the page's own declaration.
  if (found.shares && words.length < MIN_WORDS_TO_OVERRULE) return declared;
  const declaredShare = found.shares?.get(primary);
  if (declaredShare !== undefined) return declaredShare < found.score / 2 ? found.code : declared;
  // A language the identifier has no words for: overruled only by text in another script.
  return scriptOfLanguage(primary) !== scriptOfLanguage(found.code) ? found.code : declared;
}
