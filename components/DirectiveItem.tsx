import { capitalizeClause, shownAddressee } from '../lib/format';
import type { Directive } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';
import type { ItemRef } from './locate-context';
import { useUi } from './ui-context';

export function DirectiveItem({ directive, at }: { directive: Directive; at?: ItemRef }) {
  const ui = useUi();
  const addressee = shownAddressee(directive);
  const to = addressee ? `${ui.directiveTo} ${addressee}` : null;
  const source =
    directive.by || to ? (
      <span class="item-attribution">
        — {directive.by && <span class="directive-by">{directive.by}</span>}
        {directive.by && to && ', '}
        {to}
      </span>
    ) : undefined;
  return (
    <EvidenceItem evidence={directive.evidence} at={at} source={source}>
      {capitalizeClause(directive.text)}
    </EvidenceItem>
  );
}
