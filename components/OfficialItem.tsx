import type { Official } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';
import type { ItemRef } from './locate-context';

export function OfficialItem({ official, at }: { official: Official; at?: ItemRef }) {
  return (
    <EvidenceItem evidence={official.evidence} at={at}>
      <strong class="item-key">{official.name}</strong>
      {official.titles.length > 0 && <span> — {official.titles.join(', ')}</span>}
    </EvidenceItem>
  );
}
