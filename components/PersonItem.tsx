import type { Person } from '../lib/schema';
import { EvidenceItem } from './EvidenceItem';

export function PersonItem({ person }: { person: Person }) {
  return (
    <EvidenceItem evidence={person.evidence}>
      <strong class="item-key">{person.name}</strong>
      {person.role && <span> — {person.role}</span>}
    </EvidenceItem>
  );
}
