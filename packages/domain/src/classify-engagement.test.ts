import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_CRITERIA,
  classificationAnswersSchema,
  classifyEngagement,
  storedClassification,
} from './classify-engagement.ts';

const answers = (given: Partial<Record<string, 'BPO' | 'KPO' | 'unsure'>>) =>
  classificationAnswersSchema.parse(given);

describe('classifyEngagement: the BPO-or-KPO guide', () => {
  it('asks every criterion of the table, each with its BPO and KPO side', () => {
    expect(CLASSIFICATION_CRITERIA.map((c) => c.criterion)).toEqual([
      'Nature of tasks',
      'Skills',
      'Complexity',
      'Objective',
      'Scale',
      'Client interaction',
      'Judged by',
    ]);
    expect(CLASSIFICATION_CRITERIA[0]).toMatchObject({
      BPO: 'Routine, rule-based, repeatable',
      KPO: 'Complex, knowledge-intensive, analytical',
    });
  });

  it('a call centre: six answers BPO, scale unsure → BPO, and says which answers pointed there', () => {
    const result = classifyEngagement(
      answers({
        nature: 'BPO',
        skills: 'BPO',
        complexity: 'BPO',
        objective: 'BPO',
        interaction: 'BPO',
        judgedBy: 'BPO',
      }),
    );
    expect(result).toEqual({
      suggested: 'BPO',
      pointsTo: { BPO: ['nature', 'skills', 'complexity', 'objective', 'interaction', 'judgedBy'], KPO: [] },
      unsure: ['scale'],
      tieBroken: false,
    });
  });

  it('patent research: 5 KPO against 2 BPO (scale, interaction) → KPO', () => {
    const result = classifyEngagement(
      answers({
        nature: 'KPO',
        skills: 'KPO',
        complexity: 'KPO',
        objective: 'KPO',
        scale: 'BPO',
        interaction: 'BPO',
        judgedBy: 'KPO',
      }),
    );
    expect(result.suggested).toBe('KPO');
    expect(result.pointsTo.BPO).toEqual(['scale', 'interaction']);
    expect(result.pointsTo.KPO).toEqual(['nature', 'skills', 'complexity', 'objective', 'judgedBy']);
  });

  it('a tie of 3 against 3 is broken by how the engagement will be judged', () => {
    const result = classifyEngagement(
      answers({
        nature: 'BPO',
        skills: 'BPO',
        complexity: 'KPO',
        objective: 'KPO',
        scale: 'BPO',
        interaction: 'KPO',
        judgedBy: 'unsure',
      }),
    );
    expect(result).toMatchObject({ suggested: null, tieBroken: false });

    const decided = classifyEngagement(
      answers({
        nature: 'BPO',
        skills: 'BPO',
        complexity: 'KPO',
        scale: 'KPO',
        judgedBy: 'KPO',
        objective: 'BPO',
      }),
    );
    expect(decided).toMatchObject({ suggested: 'KPO', tieBroken: true });
  });

  it('no answers → no suggestion; the decision is the user’s', () => {
    expect(classifyEngagement(answers({}))).toMatchObject({ suggested: null, unsure: expect.any(Array) });
    expect(classifyEngagement(answers({})).unsure).toHaveLength(7);
  });

  it('keeps the answers with the suggestion computed from them, never taken from the caller', () => {
    expect(storedClassification(answers({ nature: 'KPO' }))).toEqual({
      answers: {
        nature: 'KPO',
        skills: 'unsure',
        complexity: 'unsure',
        objective: 'unsure',
        scale: 'unsure',
        interaction: 'unsure',
        judgedBy: 'unsure',
      },
      suggested: 'KPO',
    });
  });

  it('refuses an answer that is not BPO, KPO or unsure', () => {
    expect(classificationAnswersSchema.safeParse({ nature: 'maybe' }).success).toBe(false);
  });
});
