import { describe, expect, it } from 'vitest';
import { toggled } from './toggle.ts';

describe('toggled', () => {
  it('adds or removes an item, keeping the order of all items', () => {
    const all = ['critical', 'warning', 'info'];
    expect(toggled(all, ['info'], 'critical', true)).toEqual(['critical', 'info']);
    expect(toggled(all, ['critical', 'info'], 'critical', false)).toEqual(['info']);
    expect(toggled(all, ['info'], 'info', true)).toEqual(['info']);
  });
});
