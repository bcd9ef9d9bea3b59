import { capitalizeClause, shownAddressee } from '../lib/format';
import type { AcrossArticles, ArticleRef } from '../lib/report/merge';
import { linkToSentence } from '../lib/report/outline';
import { EvidenceItem } from './EvidenceItem';
import { useReportUi } from './report-ui-context';

interface ReportAcrossProps {
  across: AcrossArticles;
  shown: { officials: boolean; directives: boolean; figures: boolean };
}

/** "[2]": a link to the article, opened at the sentence where the browser supports text fragments. */
function ArticleLink({ article, evidence }: { article: ArticleRef; evidence: string }) {
  const ui = useReportUi();
  const href = linkToSentence(article.url, evidence);
  const label = `[${article.index + 1}]`;
  return href ? (
    <a class="article-ref" href={href} target="_blank" rel="noopener noreferrer" title={`${ui.report.sentenceLink(article.index + 1)}: ${article.title}`}>
      {label}
    </a>
  ) : (
    <span class="article-ref">{label}</span>
  );
}

/** The report's "Across articles": each official once with every title and the articles naming them, directives by issuer, figures by article. */
export function ReportAcross({ across, shown }: ReportAcrossProps) {
  const ui = useReportUi();
  const r = ui.report;
  const officials = shown.officials && across.officials.length > 0;
  const directives = shown.directives && across.directives.length > 0;
  const figures = shown.figures && across.figures.length > 0;
  if (!officials && !directives && !figures) return null;
  return (
    <section class="across" aria-labelledby="across-heading">
      <h2 id="across-heading" lang={ui.lang}>
        {r.acrossHeading}
      </h2>
      {officials && (
        <section class="section" data-across="officials">
          <h3 lang={ui.lang}>
            {ui.sections.officials} <span class="count">({across.officials.length})</span>
          </h3>
          <ul class="items">
            {across.officials.map((official) => (
              <EvidenceItem
                key={official.name}
                evidence={official.sightings[0]?.evidence ?? ''}
                source={
                  <span class="item-attribution">
                    {r.articleCount(official.sightings.length)}:{' '}
                    {official.sightings.map((s) => (
                      <ArticleLink key={s.article.index} article={s.article} evidence={s.evidence} />
                    ))}
                  </span>
                }
              >
                <strong class="item-key">{official.name}</strong>
                {official.titles.length > 0 && <span> — {official.titles.join('; ')}</span>}
              </EvidenceItem>
            ))}
          </ul>
        </section>
      )}
      {directives && (
        <section class="section" data-across="directives">
          <h3 lang={ui.lang}>{r.directivesByIssuer}</h3>
          {across.directives.map((group) => (
            <div class="issuer-group" key={group.issuer ?? ''}>
              <h4 class="issuer">
                {group.issuer ? (
                  <>
                    <strong>{group.issuer}</strong>
                    {group.titles.length > 0 && <span class="issuer-titles"> — {group.titles.join('; ')}</span>}
                  </>
                ) : (
                  <span lang={ui.lang}>{r.noIssuer}</span>
                )}
              </h4>
              <ul class="items">
                {group.items.map(({ directive, article }, i) => {
                  const to = shownAddressee(directive);
                  return (
                    <EvidenceItem
                      key={i}
                      evidence={directive.evidence}
                      source={
                        <span class="item-attribution">
                          {to && `${ui.directiveTo} ${to} · `}
                          <ArticleLink article={article} evidence={directive.evidence} />
                        </span>
                      }
                    >
                      {capitalizeClause(directive.text)}
                    </EvidenceItem>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      )}
      {figures && (
        <section class="section" data-across="figures">
          <h3 lang={ui.lang}>{r.figuresByArticle}</h3>
          {across.figures.map(({ article, figures: list }) => (
            <div class="figure-group" key={article.index}>
              <h4 class="figure-article">
                {article.index + 1}. {article.title}
              </h4>
              <ul class="items">
                {list.map((figure, i) => (
                  <EvidenceItem key={i} evidence={figure.evidence} source={<ArticleLink article={article} evidence={figure.evidence} />}>
                    <strong class="item-key figure-text">{figure.text}</strong>
                    {figure.label && <span> — {figure.label}</span>}
                  </EvidenceItem>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </section>
  );
}
