import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { type Markup, formatSectionItems } from '../format/brief-items';
import { capitalizeClause, shownAddressee, squashSpace } from '../format/brief-outline';
import type { SectionView } from '../format/brief-outline';
import { formatSectionHeading } from '../i18n/ui-strings';
import type { ReportUi } from './strings';
import type { ArticleRef } from './merge';
import { type ReportArticle, type ReportOutline, linkToSentence } from './outline';

// The report as a Word file, built with the `docx` library (it writes the Office Open XML and
// escapes every text it is given). Real structure, not look-alike formatting: Title and Heading
// 1–4 styles (Word's navigation pane and a table of contents see them), bulleted lists from a
// numbering definition, and hyperlinks, each item's to its article at its sentence. Times New
// Roman 13 pt, the face and size Vietnamese administrative documents use (Nghị định 30/2020).
// This module is imported by the report page only: the popup never loads `docx`.

const FONT = 'Times New Roman';
const SIZE_HALF_POINTS = 26;
/** Twentieths of a point: 6 pt after a paragraph, headings set off above. */
const AFTER = 120;

// Headings in black and bold at sizes a printed report uses, each kept with what follows it,
// rather than the library's blue defaults.
function headingStyle(halfPoints: number, before: number) {
  return {
    run: { font: FONT, size: halfPoints, bold: true, color: '000000' },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
  };
}

const STYLES = {
  default: {
    document: { run: { font: FONT, size: SIZE_HALF_POINTS }, paragraph: { spacing: { after: AFTER, line: 288 } } },
    title: {
      run: { font: FONT, size: 34, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
    },
    heading1: headingStyle(30, 360),
    heading2: headingStyle(28, 280),
    heading3: headingStyle(26, 180),
    listParagraph: { paragraph: { spacing: { after: 60 } } },
    hyperlink: { run: { color: '0B57D0', underline: {} } },
  },
};

// XML 1.0 forbids these characters anywhere in a document, escaped or not: a page that carries
// one would make a file Word refuses to open. Lone surrogates likewise.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Returns text safe to place in Word XML: characters XML cannot hold removed, whitespace collapsed. */
export function cleanForXml(text: string): string {
  return squashSpace(text.replace(XML_FORBIDDEN, ''));
}

// formatSectionItems writes the brief's wording once for every format; for Word its marks are
// split back into runs. The marks are characters cleanForXml has already removed from page text.
const STRONG_OPEN = '\u0001';
const STRONG_CLOSE = '\u0002';
const EM_OPEN = '\u0003';
const EM_CLOSE = '\u0004';
const MARKS = /([\u0001-\u0004])/;

const wordMarkup: Markup = {
  escape: cleanForXml,
  escapeLineStart: cleanForXml,
  strong: (text) => `${STRONG_OPEN}${text}${STRONG_CLOSE}`,
  em: (text) => `${EM_OPEN}${text}${EM_CLOSE}`,
};

function runsOf(marked: string): TextRun[] {
  let bold = false;
  let italics = false;
  const runs: TextRun[] = [];
  for (const piece of marked.split(MARKS)) {
    if (piece === STRONG_OPEN || piece === STRONG_CLOSE) bold = piece === STRONG_OPEN;
    else if (piece === EM_OPEN || piece === EM_CLOSE) italics = piece === EM_OPEN;
    else if (piece) runs.push(new TextRun({ text: piece, bold, italics }));
  }
  return runs;
}

function link(text: string, url: string | null): ParagraphChild {
  const run = new TextRun({ text: cleanForXml(text), style: 'Hyperlink' });
  return url ? new ExternalHyperlink({ link: url, children: [run] }) : run;
}

function refs(items: ReadonlyArray<{ article: ArticleRef; evidence: string }>): ParagraphChild[] {
  return items.flatMap(({ article, evidence }) => [new TextRun(' '), link(`[${article.index + 1}]`, linkToSentence(article.url, evidence))]);
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: [new TextRun(cleanForXml(text))] });
}

function bullet(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children });
}

function plain(text: string, options: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: cleanForXml(text), ...options })] });
}

function sectionParagraphs(view: SectionView, strings: ReportUi): Paragraph[] {
  const title = formatSectionHeading(view.section, view.items ? view.items.length : null, strings, view.total);
  const out = [heading(title, HeadingLevel.HEADING_3)];
  if (!view.items) out.push(plain(strings.unsupported, { italics: true }));
  else if (view.items.length === 0) out.push(plain(strings.noneFound, { italics: true }));
  else out.push(...formatSectionItems(view, wordMarkup, strings).map((item) => bullet(runsOf(item))));
  return out;
}

function articleParagraphs(article: ReportArticle, strings: ReportUi): Paragraph[] {
  const out = [heading(`${article.number}. ${article.title}`, HeadingLevel.HEADING_2)];
  const meta: ParagraphChild[] = article.meta.length ? [new TextRun(`${article.meta.map(cleanForXml).join(' · ')} · `)] : [];
  meta.push(link(article.url, article.link));
  out.push(new Paragraph({ children: meta }));
  if (article.note) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: `${strings.report.notePrefix} `, bold: true }), new TextRun({ text: cleanForXml(article.note), italics: true })],
      }),
    );
  }
  if (article.lead) out.push(plain(article.lead));
  for (const view of article.sections) out.push(...sectionParagraphs(view, strings));
  return out;
}

function acrossParagraphs(outline: ReportOutline, strings: ReportUi): Paragraph[] {
  const { across, acrossShown } = outline;
  const r = strings.report;
  const out: Paragraph[] = [];
  if (acrossShown.officials && across.officials.length > 0) {
    out.push(heading(`${strings.sections.officials} (${across.officials.length})`, HeadingLevel.HEADING_2));
    for (const official of across.officials) {
      const titles = official.titles.map(cleanForXml).join('; ');
      out.push(
        bullet([
          new TextRun({ text: cleanForXml(official.name), bold: true }),
          new TextRun(`${titles ? ` — ${titles}` : ''} · ${r.articleCount(official.sightings.length)}:`),
          ...refs(official.sightings),
        ]),
      );
    }
  }
  if (acrossShown.directives && across.directives.length > 0) {
    out.push(heading(r.directivesByIssuer, HeadingLevel.HEADING_2));
    for (const group of across.directives) {
      const titles = group.titles.length ? ` — ${group.titles.join('; ')}` : '';
      out.push(heading(group.issuer ? `${group.issuer}${titles}` : r.noIssuer, HeadingLevel.HEADING_3));
      for (const { directive, article } of group.items) {
        const to = shownAddressee(directive);
        const text = `${capitalizeClause(cleanForXml(directive.text))}${to ? ` (${strings.directiveTo} ${cleanForXml(to)})` : ''}`;
        out.push(bullet([new TextRun(text), ...refs([{ article, evidence: directive.evidence }])]));
      }
    }
  }
  if (acrossShown.figures && across.figures.length > 0) {
    out.push(heading(r.figuresByArticle, HeadingLevel.HEADING_2));
    for (const { article, figures } of across.figures) {
      out.push(heading(`${article.index + 1}. ${article.title}`, HeadingLevel.HEADING_3));
      for (const figure of figures) {
        out.push(
          bullet([
            new TextRun({ text: cleanForXml(figure.text), bold: true }),
            new TextRun(figure.label ? ` — ${cleanForXml(figure.label)}` : ''),
            ...refs([{ article, evidence: figure.evidence }]),
          ]),
        );
      }
    }
  }
  return out.length ? [heading(r.acrossHeading, HeadingLevel.HEADING_1), ...out] : [];
}

/** Returns the report as a Word document: Title and Heading styles, bulleted lists, hyperlinks; every text cleaned for XML. */
export function buildReportDocument(outline: ReportOutline, strings: ReportUi): Document {
  const r = strings.report;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanForXml(outline.title))] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: cleanForXml(outline.subtitle), italics: true })] }),
  ];
  if (outline.articles.length > 0) children.push(heading(r.articlesHeading, HeadingLevel.HEADING_1));
  for (const article of outline.articles) children.push(...articleParagraphs(article, strings));
  children.push(...acrossParagraphs(outline, strings));
  return new Document({
    creator: 'NewsBrief',
    title: cleanForXml(outline.title),
    description: r.pageTitle,
    styles: STYLES,
    sections: [{ children }],
  });
}

/** Returns the bytes of the report's .docx file. */
export function packReportDocx(outline: ReportOutline, strings: ReportUi): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(buildReportDocument(outline, strings));
}
