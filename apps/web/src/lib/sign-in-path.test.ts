import { describe, expect, it } from 'vitest';
import { returnPath, signInPath } from './sign-in-path.ts';

describe('the sign-in round trip', () => {
  it('remembers the page to come back to', () => {
    expect(signInPath('/slas?from=2025-01')).toBe('/sign-in?next=%2Fslas%3Ffrom%3D2025-01');
    expect(signInPath('/')).toBe('/sign-in');
  });

  it('only ever returns to a path of this site', () => {
    expect(returnPath('/slas?from=2025-01')).toBe('/slas?from=2025-01');
    expect(returnPath('//evil.example/x')).toBe('/');
    expect(returnPath('https://evil.example')).toBe('/');
    expect(returnPath(null)).toBe('/');
  });
});
