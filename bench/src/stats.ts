/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
