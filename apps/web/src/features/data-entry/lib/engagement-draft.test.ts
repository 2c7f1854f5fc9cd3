import { classificationAnswersSchema } from '@portfolio/domain';
import { describe, expect, it } from 'vitest';
import { answersToKeep, withType } from './engagement-draft.ts';

describe('the new engagement’s draft', () => {
  it('keeps the guide’s answers only when the guide was used', () => {
    expect(answersToKeep(classificationAnswersSchema.parse({}))).toBeNull();
    expect(answersToKeep(classificationAnswersSchema.parse({ scale: 'BPO' }))).toMatchObject({
      scale: 'BPO',
    });
  });

  it('takes the guide’s type, dropping a service line of the other type', () => {
    expect(withType({ code: 'E', type: 'BPO', service_line: 'customer_support' }, 'KPO')).toEqual({
      code: 'E',
      type: 'KPO',
      service_line: '',
    });
    expect(withType({ type: '', service_line: 'market_research' }, 'KPO')).toEqual({
      type: 'KPO',
      service_line: 'market_research',
    });
  });
});
