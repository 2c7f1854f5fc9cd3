/**
 * A seeded pseudo-random source for the demo data: the same seed gives the same sequence on every machine,
 * so a demo portfolio can be regenerated exactly (never Math.random).
 */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A number in [`min`, `max`). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the items, each as likely as its weight (the weight at the same index). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A normally distributed number (Box–Muller). */
  normal(mean?: number, sd?: number): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: a small, fast 32-bit generator, good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed derived from a seed and some keys (FNV-1a, then a final mix), so that each engagement and each aspect
 * of it draws from a stream of its own: generating engagements in chunks, or changing how one aspect is drawn,
 * leaves every other row unchanged.
 */
export function deriveSeed(seed: number, ...keys: readonly (string | number)[]): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const char of keys.join('\u0000')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick,
    weighted(items, weights) {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let point = next() * total;
      for (const [index, item] of items.entries()) {
        point -= weights[index] ?? 0;
        if (point < 0) return item;
      }
      return pick(items);
    },
    normal(mean = 0, sd = 1) {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
  };
}

/** A generator for a seed and keys: `rngFor(seed, 'charges', 'ENG-001')`. */
export function rngFor(seed: number, ...keys: readonly (string | number)[]): Rng {
  return createRng(deriveSeed(seed, ...keys));
}
