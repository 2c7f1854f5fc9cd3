import { engagementValuesSchema } from '@portfolio/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Card } from '../../../components/card.tsx';
import { FormError, Notice } from '../../../components/form-messages.tsx';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { apiConflict } from '../lib/conflict.ts';
import { answersToKeep } from '../lib/engagement-draft.ts';
import { engagementFields } from '../lib/fields.ts';
import { useEngagementDraft } from '../lib/use-engagement-draft.ts';
import { ClassificationGuide } from './classification-guide.tsx';
import { RecordForm } from './record-form.tsx';

type Engagement = RouterOutputs['records']['engagements']['get'];

/** An engagement's terms with the guide's answers kept with it; archive at the end. */
export function EngagementTerms({
  record,
  canEdit,
  canSetBudget,
  onSaved,
}: {
  record: Engagement;
  canEdit: boolean;
  /** Finance's: others see the budget in the terms but cannot change it. */
  canSetBudget: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const vendors = useQuery(trpc.records.vendors.list.queryOptions());
  const update = useMutation(trpc.records.engagements.update.mutationOptions());
  const archive = useMutation(
    trpc.records.engagements.archive.mutationOptions({ onSuccess: () => onSaved() }),
  );
  const { answers, values, setValues, formKey, guide } = useEngagementDraft(
    () => ({ ...record.values }),
    record.classification?.answers,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const vendorNames = vendors.data?.map((v) => v.values.name) ?? [record.values.vendor];
  const archiveConflict = apiConflict(archive.error);

  return (
    <>
      <Card
        title="Terms"
        subtitle="Changing the at-risk share or the earn-back months changes every credit of the engagement"
        wide
        actions={
          canEdit && record.values.status !== 'archived' ? (
            <button
              type="button"
              className="button button--small"
              disabled={archive.isPending}
              onClick={() => archive.mutate({ id: record.id, version: record.version })}
            >
              Archive the engagement
            </button>
          ) : null
        }
      >
        <Notice>{notice}</Notice>
        {archive.error ? (
          <FormError>{archiveConflict ? `${archiveConflict.message}` : archive.error.message}</FormError>
        ) : null}
        <RecordForm<Engagement>
          key={formKey}
          label={`Terms of ${record.values.code}`}
          fields={(draft) => engagementFields(draft.type ?? '', vendorNames)}
          schema={engagementValuesSchema}
          record={record}
          initial={values}
          canEdit={canEdit}
          fixed={canSetBudget ? [] : ['annual_budget']}
          readOnlyNote={`Read-only: the terms are changed by operations${canSetBudget ? '; the budget is set above' : ''}.`}
          submitLabel="Save terms"
          onValuesChange={setValues}
          save={(draft, base) =>
            update.mutateAsync({
              id: record.id,
              version: (base ?? record).version,
              values: draft,
              classification: answersToKeep(answers),
            })
          }
          onSaved={async (result) => {
            setNotice(result.changed ? 'Terms saved.' : 'Nothing changed.');
            await onSaved();
          }}
        />
      </Card>
      <ClassificationGuide {...guide} disabled={!canEdit} />
    </>
  );
}
