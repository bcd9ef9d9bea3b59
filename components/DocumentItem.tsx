import type { DocumentRef } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';

export function DocumentItem({ document }: { document: DocumentRef }) {
  return <EvidenceItem evidence={document.evidence}>{document.text}</EvidenceItem>;
}
