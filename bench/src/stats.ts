/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/**
 * Runs `work` once to warm up, then `times` times, and returns the milliseconds of each timed run. `before`, when
 * given, runs untimed before each run (to make the API compute its answer afresh).
 */
export async function timeRuns(
  times: number,
  work: () => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    await before?.();
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
