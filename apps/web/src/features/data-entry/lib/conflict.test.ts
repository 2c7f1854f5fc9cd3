import { describe, expect, it } from 'vitest';
import { differences } from './conflict.ts';

describe('differences: what a conflict shows', () => {
  const opened = { code: 'ASA', name: 'Speed', expected: '30', minimum: '45' };

  it('marks what the other person changed and what the user changed', () => {
    const mine = { ...opened, name: 'Speed of answer' };
    const theirs = { ...opened, expected: '28' };
    expect(differences(['code', 'name', 'expected', 'minimum'], opened, mine, theirs)).toEqual([
      {
        column: 'name',
        opened: 'Speed',
        mine: 'Speed of answer',
        theirs: 'Speed',
        theirsChanged: false,
        mineChanged: true,
      },
      { column: 'expected', opened: '30', mine: '30', theirs: '28', theirsChanged: true, mineChanged: false },
    ]);
  });

  it('shows every field the other person changed, also where the user typed the same', () => {
    const mine = { ...opened, minimum: '40', expected: '28' };
    const theirs = { ...opened, minimum: '50', expected: '28' };
    expect(differences(['expected', 'minimum'], opened, mine, theirs)).toEqual([
      { column: 'expected', opened: '30', mine: '28', theirs: '28', theirsChanged: true, mineChanged: true },
      { column: 'minimum', opened: '45', mine: '40', theirs: '50', theirsChanged: true, mineChanged: true },
    ]);
  });
});
