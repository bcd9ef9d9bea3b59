import { capitalizeClause, shownAddressee, squashSpace } from '../format/brief-outline';
import { escapeHtml, formatHtmlSection } from '../format/html';
import { defuseLineStart, escapeMarkdown, formatMarkdownSection, markdown } from '../format/markdown';
import type { ReportUi } from './strings';
import type { ArticleRef } from './merge';
import { type ReportArticle, type ReportOutline, linkToSentence } from './outline';

// The report as Markdown (also the clipboard's text/plain) and as HTML (the clipboard's text/html
// and the .html export). Same order as the page and the Word file: title and date, the articles
// with their notes and briefs, then "Across articles", where every item links back to its
// article at its sentence. All page text and every note is escaped.

function markdownLink(text: string, url: string | null): string {
  return url ? `[${text}](<${url}>)` : text;
}

function markdownRefs(refs: ReadonlyArray<{ article: ArticleRef; evidence: string }>): string {
  return refs.map(({ article, evidence }) => markdownLink(`[${article.index + 1}]`, linkToSentence(article.url, evidence))).join(' ');
}

function markdownArticle(article: ReportArticle, strings: ReportUi): string[] {
  const lines = ['', `### ${article.number}. ${escapeMarkdown(article.title)}`];
  const meta = [...article.meta.map(escapeMarkdown), ...(article.link ? [`<${article.link}>`] : [escapeMarkdown(article.url)])];
  lines.push(defuseLineStart(meta.join(' · ')));
  if (article.note) lines.push('', `**${escapeMarkdown(strings.report.notePrefix)}** ${escapeMarkdown(article.note)}`);
  if (article.lead) lines.push('', markdown.escapeLineStart(article.lead));
  for (const view of article.sections) lines.push('', ...formatMarkdownSection(view, strings, 4));
  return lines;
}

function markdownAcross(outline: ReportOutline, strings: ReportUi): string[] {
  const { across, acrossShown } = outline;
  const r = strings.report;
  const lines = ['', `## ${r.acrossHeading}`];
  if (acrossShown.officials && across.officials.length > 0) {
    lines.push('', `### ${strings.sections.officials} (${across.officials.length})`);
    for (const official of across.officials) {
      const titles = official.titles.map(escapeMarkdown).join('; ');
      lines.push(
        `- **${escapeMarkdown(official.name)}**${titles ? ` — ${titles}` : ''} · ${r.articleCount(official.sightings.length)}: ${markdownRefs(official.sightings)}`,
      );
    }
  }
  if (acrossShown.directives && across.directives.length > 0) {
    lines.push('', `### ${r.directivesByIssuer}`);
    for (const group of across.directives) {
      const titles = group.titles.length ? ` — ${group.titles.map(escapeMarkdown).join('; ')}` : '';
      lines.push('', `#### ${group.issuer ? `${escapeMarkdown(group.issuer)}${titles}` : r.noIssuer}`);
      for (const { directive, article } of group.items) {
        const to = shownAddressee(directive);
        const addressee = to ? ` (${strings.directiveTo} ${escapeMarkdown(to)})` : '';
        lines.push(`- ${markdown.escapeLineStart(capitalizeClause(directive.text))}${addressee} ${markdownRefs([{ article, evidence: directive.evidence }])}`);
      }
    }
  }
  if (acrossShown.figures && across.figures.length > 0) {
    lines.push('', `### ${r.figuresByArticle}`);
    for (const { article, figures } of across.figures) {
      lines.push('', `#### ${markdownLink(`${article.index + 1}. ${escapeMarkdown(article.title)}`, linkToSentence(article.url, ''))}`);
      for (const figure of figures) {
        const label = figure.label ? ` — ${escapeMarkdown(figure.label)}` : '';
        lines.push(`- **${escapeMarkdown(figure.text)}**${label} ${markdownRefs([{ article, evidence: figure.evidence }])}`);
      }
    }
  }
  return lines.length > 2 ? lines : [];
}

/** Returns the report as Markdown that also reads as plain text; page text and notes escaped, links only to http(s) pages. */
export function formatReportMarkdown(outline: ReportOutline, strings: ReportUi): string {
  const r = strings.report;
  const lines = [`# ${escapeMarkdown(outline.title)}`, escapeMarkdown(outline.subtitle)];
  if (outline.articles.length > 0) lines.push('', `## ${r.articlesHeading}`);
  for (const article of outline.articles) lines.push(...markdownArticle(article, strings));
  lines.push(...markdownAcross(outline, strings));
  return `${lines.join('\n')}\n`;
}

function htmlLink(escapedText: string, url: string | null): string {
  return url ? `<a href="${escapeHtml(url)}">${escapedText}</a>` : escapedText;
}

function htmlRefs(refs: ReadonlyArray<{ article: ArticleRef; evidence: string }>): string {
  return refs.map(({ article, evidence }) => htmlLink(`[${article.index + 1}]`, linkToSentence(article.url, evidence))).join(' ');
}

function htmlArticle(article: ReportArticle, strings: ReportUi): string[] {
  const parts = [`<h3>${article.number}. ${escapeHtml(article.title)}</h3>`];
  const meta = [...article.meta.map(escapeHtml), article.link ? htmlLink(escapeHtml(article.link), article.link) : escapeHtml(article.url)];
  parts.push(`<p>${meta.join(' · ')}</p>`);
  if (article.note) parts.push(`<p><strong>${escapeHtml(strings.report.notePrefix)}</strong> ${escapeHtml(article.note)}</p>`);
  if (article.lead) parts.push(`<p>${escapeHtml(article.lead)}</p>`);
  for (const view of article.sections) parts.push(formatHtmlSection(view, strings, 4));
  return parts;
}

function htmlAcross(outline: ReportOutline, strings: ReportUi): string[] {
  const { across, acrossShown } = outline;
  const r = strings.report;
  const parts: string[] = [];
  if (acrossShown.officials && across.officials.length > 0) {
    parts.push(`<h3>${escapeHtml(`${strings.sections.officials} (${across.officials.length})`)}</h3>`, '<ul>');
    for (const official of across.officials) {
      const titles = official.titles.map(escapeHtml).join('; ');
      parts.push(
        `<li><strong>${escapeHtml(official.name)}</strong>${titles ? ` — ${titles}` : ''} · ${escapeHtml(r.articleCount(official.sightings.length))}: ${htmlRefs(official.sightings)}</li>`,
      );
    }
    parts.push('</ul>');
  }
  if (acrossShown.directives && across.directives.length > 0) {
    parts.push(`<h3>${escapeHtml(r.directivesByIssuer)}</h3>`);
    for (const group of across.directives) {
      const titles = group.titles.length ? ` — ${group.titles.map(escapeHtml).join('; ')}` : '';
      parts.push(`<h4>${group.issuer ? `${escapeHtml(group.issuer)}${titles}` : escapeHtml(r.noIssuer)}</h4>`, '<ul>');
      for (const { directive, article } of group.items) {
        const to = shownAddressee(directive);
        const addressee = to ? ` (${escapeHtml(strings.directiveTo)} ${escapeHtml(to)})` : '';
        parts.push(`<li>${escapeHtml(capitalizeClause(directive.text))}${addressee} ${htmlRefs([{ article, evidence: directive.evidence }])}</li>`);
      }
      parts.push('</ul>');
    }
  }
  if (acrossShown.figures && across.figures.length > 0) {
    parts.push(`<h3>${escapeHtml(r.figuresByArticle)}</h3>`);
    for (const { article, figures } of across.figures) {
      parts.push(`<h4>${htmlLink(`${article.index + 1}. ${escapeHtml(article.title)}`, linkToSentence(article.url, ''))}</h4>`, '<ul>');
      for (const figure of figures) {
        const label = figure.label ? ` — ${escapeHtml(figure.label)}` : '';
        parts.push(`<li><strong>${escapeHtml(figure.text)}</strong>${label} ${htmlRefs([{ article, evidence: figure.evidence }])}</li>`);
      }
      parts.push('</ul>');
    }
  }
  return parts.length ? [`<h2>${escapeHtml(r.acrossHeading)}</h2>`, ...parts] : [];
}

/** Returns the report as an HTML fragment (the clipboard's text/html); every piece of page text and every note escaped. */
export function formatReportHtml(outline: ReportOutline, strings: ReportUi): string {
  const r = strings.report;
  const parts = [`<h1>${escapeHtml(outline.title)}</h1>`, `<p>${escapeHtml(outline.subtitle)}</p>`];
  if (outline.articles.length > 0) parts.push(`<h2>${escapeHtml(r.articlesHeading)}</h2>`);
  for (const article of outline.articles) parts.push(...htmlArticle(article, strings));
  parts.push(...htmlAcross(outline, strings));
  return parts.join('\n');
}

/** Returns the report as a whole HTML document for the .html export: UTF-8, the UI language, no script, no remote resource. */
export function formatReportHtmlDocument(outline: ReportOutline, strings: ReportUi): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(strings.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(squashSpace(outline.title))}</title>`,
    '<style>body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}h2{border-bottom:1px solid #ccc}</style>',
    '</head>',
    '<body>',
    formatReportHtml(outline, strings),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
