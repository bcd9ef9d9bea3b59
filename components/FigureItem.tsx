import type { Figure } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';
import type { ItemRef } from './locate-context';

export function FigureItem({ figure, at }: { figure: Figure; at?: ItemRef }) {
  return (
    <EvidenceItem evidence={figure.evidence} at={at}>
      <strong class="item-key figure-text">{figure.text}</strong>
      {figure.label && <span> — {figure.label}</span>}
    </EvidenceItem>
  );
}
