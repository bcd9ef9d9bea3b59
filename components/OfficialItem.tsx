import type { Official } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';

export function OfficialItem({ official }: { official: Official }) {
  return (
    <EvidenceItem evidence={official.evidence}>
      <strong class="item-key">{official.name}</strong>
      {official.titles.length > 0 && <span> — {official.titles.join(', ')}</span>}
    </EvidenceItem>
  );
}
