import { describe, expect, it } from 'vitest';
import { allSettledOrThrow } from './yield-to-io.ts';

const after = <T>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) =>
    setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms),
  );

describe('allSettledOrThrow', () => {
  it('gives every value in order', async () => {
    await expect(allSettledOrThrow([after(5, 'a'), after(1, 2)])).resolves.toEqual(['a', 2]);
  });

  it('throws the first failure only once the others have ended', async () => {
    let slowEnded = false;
    const slow = after(30, 'slow').then((value) => {
      slowEnded = true;
      return value;
    });
    const failure = allSettledOrThrow([after(1, 'first', true), slow, after(5, 'second', true)]);
    await expect(failure).rejects.toThrow('first');
    expect(slowEnded).toBe(true);
  });
});
