import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Section } from '../lib/schema';

/** Which item of the brief: its section and its place there. */
export interface ItemRef {
  section: Section;
  index: number;
}

/** Shows an evidence sentence in the page (and says which item asked); absent where there is no page (tests, a stored brief). */
export type LocateEvidence = (evidence: string, at?: ItemRef) => void;

/** Provided by the popup and the panel so every item can send the reader to its sentence without threading props. */
export const LocateContext = createContext<LocateEvidence | null>(null);

/** The item whose sentence is marked in the page now (the side panel keeps it), or null. */
export const CurrentItemContext = createContext<ItemRef | null>(null);

/** Returns the page's locate handler, or null when items cannot point into a page. */
export function useLocate(): LocateEvidence | null {
  return useContext(LocateContext);
}

/** Returns whether `at` is the item marked in the page now. */
export function useIsCurrent(at: ItemRef | undefined): boolean {
  const current = useContext(CurrentItemContext);
  return Boolean(at && current && current.section === at.section && current.index === at.index);
}
