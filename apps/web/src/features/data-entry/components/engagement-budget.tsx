import { engagementBudgetSchema } from '@portfolio/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Card } from '../../../components/card.tsx';
import { Notice } from '../../../components/form-messages.tsx';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { clientIssues } from '../lib/form-issues.ts';

type Engagement = RouterOutputs['records']['engagements']['get'];

/**
 * Finance's part of an engagement's terms: its annual budget, which the Spend page and the budget alerts judge
 * the engagement's charges against. Operations see it in the terms but cannot change it.
 */
export function EngagementBudget({
  record,
  onSaved,
}: {
  record: Engagement;
  onSaved: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const setBudget = useMutation(trpc.records.engagements.setBudget.mutationOptions());
  const [value, setValue] = useState(record.values.annual_budget ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { code, currency } = record.values;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const input = { id: record.id, version: record.version, annualBudget: value };
    const issue = clientIssues(engagementBudgetSchema, input).annualBudget;
    if (issue) return setProblem(issue);
    try {
      const result = await setBudget.mutateAsync(input);
      setProblem(null);
      setNotice(result.changed ? 'Budget saved.' : 'Nothing changed.');
      await onSaved();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <Card
      title="Budget"
      subtitle="Set by finance: the Spend page and the budget alerts judge the engagement's charges against it"
      wide
    >
      <form className="budget-form" aria-label={`Budget of ${code}`} onSubmit={save} noValidate>
        <label>
          Annual budget ({currency})
          <input
            inputMode="decimal"
            value={value}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'budget-problem' : undefined}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={setBudget.isPending}>
          Save budget
        </button>
      </form>
      {problem ? (
        <p id="budget-problem" className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <Notice>{notice}</Notice>
    </Card>
  );
}
