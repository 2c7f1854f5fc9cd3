import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, mulberry32 } from './rng.ts';

describe('seeded random numbers', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('derives independent streams from keys', () => {
    expect(deriveSeed(1, 'charges', 'ENG-001')).toBe(deriveSeed(1, 'charges', 'ENG-001'));
    expect(deriveSeed(1, 'charges', 'ENG-001')).not.toBe(deriveSeed(1, 'charges', 'ENG-002'));
    expect(deriveSeed(1, 'charges', 'ENG-001')).not.toBe(deriveSeed(2, 'charges', 'ENG-001'));
  });

  it('draws whole numbers within bounds, picks, weights and shuffles', () => {
    const rng = createRng(42);
    const ints = Array.from({ length: 2000 }, () => rng.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
    expect(Array.from({ length: 200 }, () => rng.weighted(['a', 'b'], [1, 0]))).not.toContain('b');
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => rng.pick([])).toThrow(/empty/);
    const normals = Array.from({ length: 5000 }, () => rng.normal(10, 2));
    const mean = normals.reduce((a, b) => a + b, 0) / normals.length;
    expect(mean).toBeGreaterThan(9.8);
    expect(mean).toBeLessThan(10.2);
  });
});
