import type { Person } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';
import type { ItemRef } from './locate-context';

export function PersonItem({ person, at }: { person: Person; at?: ItemRef }) {
  return (
    <EvidenceItem evidence={person.evidence} at={at}>
      <strong class="item-key">{person.name}</strong>
      {person.role && <span> — {person.role}</span>}
    </EvidenceItem>
  );
}
