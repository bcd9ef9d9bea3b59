import * as z from 'zod/mini';

// The single source of NewsBrief's data types. `zod/mini` keeps the popup and background small;
// every type below is `z.infer` of its schema, never written by hand.

/** A clean article as the extractor hands it to the summary stage. */
export const Article = z.object({
  url: z.string(),
  title: z.string(),
  byline: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  /** BCP 47 tag as declared by the page (or detected), lowercase primary subtag first: "vi", "en-us". */
  lang: z.nullable(z.string()),
  publishedTime: z.nullable(z.string()),
  /** The sapo / standfirst / meta description: 0–3 sentences, '' when the page has none. */
  lead: z.string(),
  /** Body paragraphs as plain text, in reading order; subheadings included as their own entries. */
  paragraphs: z.array(z.string()),
  /** True when the page was too large to read whole: `paragraphs` hold its first part only. */
  truncated: z.optional(z.boolean()),
});
export type Article = z.infer<typeof Article>;

/** Where an item came from: the sentence as it stands in the article, and where it stands. */
const evidenceFields = {
  /** The whole sentence the item came from, as written (display form, not the matching form). */
  evidence: z.string(),
  /** Index into `[lead, ...paragraphs]` of the paragraph holding `evidence`: 0 is the lead. */
  paragraph: z.number(),
  /** Ids of the engine rules that made the item (lib/summary/rules.ts), in the order they applied. */
  rules: z.array(z.string()),
};

export const Official = z.object({
  name: z.string(),
  /** Each title once, verbatim as first written, most senior first as the article orders them. */
  titles: z.array(z.string()),
  /** How many times the article mentions the person (full name, given name, or title alone). */
  mentions: z.number(),
  ...evidenceFields,
});
export type Official = z.infer<typeof Official>;

/** A named person who holds no office in the article (quoted citizen, expert, victim). */
export const Person = z.object({
  name: z.string(),
  /** Role as the article gives it ("bác sĩ", "resident"), or null. */
  role: z.nullable(z.string()),
  mentions: z.number(),
  ...evidenceFields,
});
export type Person = z.infer<typeof Person>;

export const FigureKind = z.enum(['money', 'percent', 'count', 'measure', 'ratio', 'number']);
export type FigureKind = z.infer<typeof FigureKind>;

export const Figure = z.object({
  /** The figure as written in the article: "7.893", "3.500 tỷ đồng", "$1,250", "10-15%". */
  text: z.string(),
  /** The number with the language's separators resolved, scale words not applied: "12,5 triệu" → 12.5. */
  value: z.number(),
  /** Upper bound of a range ("10-15%" → 15), else null. */
  valueMax: z.nullable(z.number()),
  /** Scale word and unit as written after normalising spacing: "tỷ đồng", "%", "million", "$", "ha". */
  unit: z.nullable(z.string()),
  kind: FigureKind,
  /** What the figure counts: the noun phrase it quantifies ("chi bộ trực thuộc Đảng ủy cơ sở"). */
  label: z.string(),
  ...evidenceFields,
});
export type Figure = z.infer<typeof Figure>;

export const Directive = z.object({
  /** The directive itself: the clause that states what must be done. */
  text: z.string(),
  /** The issuer's name (an official's `name`), an organisation, or null when nobody is named. */
  by: z.nullable(z.string()),
  /** The addressee where stated ("Sở Y tế", "ngành Tổ chức xây dựng Đảng"), else null. */
  to: z.nullable(z.string()),
  /** The cue that marks it ("yêu cầu", "cần", "urged"). */
  cue: z.string(),
  ...evidenceFields,
});
export type Directive = z.infer<typeof Directive>;

export const DocumentKind = z.enum([
  'resolution',
  'directive',
  'decision',
  'decree',
  'conclusion',
  'plan',
  'law',
  'circular',
  'dispatch',
  'order',
  'other',
]);

/** A legal or official document the article cites ("Chỉ thị số 22/CT-TTg", "Executive Order 14110"). */
export const DocumentRef = z.object({
  text: z.string(),
  kind: DocumentKind,
  /** The document number or code as written ("22/CT-TTg"), else null. */
  code: z.nullable(z.string()),
  ...evidenceFields,
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const Section = z.enum(['officials', 'people', 'figures', 'directives', 'documents']);
export type Section = z.infer<typeof Section>;

/**
 * What the reader should know about a brief, as a code the UI words in its own language.
 * 'figures-only': the engine has no lexicon for `lang`, so officials, people and directives are
 * not looked for; figures are.
 */
export const SummaryNote = z.enum(['figures-only']);
export type SummaryNote = z.infer<typeof SummaryNote>;

export const Summary = z.object({
  url: z.string(),
  title: z.string(),
  siteName: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  publishedTime: z.nullable(z.string()),
  /** The language the engine used: a lexicon's code ("vi", "en"), the page's or the text's primary subtag, or "und" when unknown. */
  lang: z.string(),
  /** 1–3 sentences that open the brief. */
  lead: z.array(z.string()),
  officials: z.array(Official),
  people: z.array(Person),
  figures: z.array(Figure),
  directives: z.array(Directive),
  documents: z.array(DocumentRef),
  /** Sections the engine cannot produce for this language (no lexicon): shown as such, not as "none found". */
  unsupported: z.array(Section),
  /** Notes for the reader, as codes; the UI names `lang` in its own language ("French", "tiếng Pháp"). */
  notes: z.array(SummaryNote),
});
export type Summary = z.infer<typeof Summary>;
