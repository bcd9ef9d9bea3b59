// Small statistics for the bench scripts.

/** Returns the value at quantile q (0..1) of the numbers, nearest-rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
