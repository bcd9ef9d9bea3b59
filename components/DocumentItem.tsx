import type { DocumentRef } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';
import type { ItemRef } from './locate-context';

export function DocumentItem({ document, at }: { document: DocumentRef; at?: ItemRef }) {
  return <EvidenceItem evidence={document.evidence} at={at}>{document.text}</EvidenceItem>;
}
