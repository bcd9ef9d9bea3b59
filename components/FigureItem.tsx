import type { Figure } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';

export function FigureItem({ figure }: { figure: Figure }) {
  return (
    <EvidenceItem evidence={figure.evidence}>
      <strong class="item-key figure-text">{figure.text}</strong>
      {figure.label && <span> — {figure.label}</span>}
    </EvidenceItem>
  );
}
