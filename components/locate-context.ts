import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Shows an evidence sentence in the page; absent where there is no page (tests, a stored brief). */
export type LocateEvidence = (evidence: string) => void;

/** Provided by the popup so every item can send the reader to its sentence without threading props. */
export const LocateContext = createContext<LocateEvidence | null>(null);

/** Returns the page's locate handler, or null when items cannot point into a page. */
export function useLocate(): LocateEvidence | null {
  return useContext(LocateContext);
}
