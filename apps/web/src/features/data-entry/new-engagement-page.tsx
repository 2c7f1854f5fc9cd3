import { blankValues, engagementValuesSchema } from '@portfolio/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { Card } from '../../components/card.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useRole } from '../../lib/use-role.ts';
import { ClassificationGuide } from './components/classification-guide.tsx';
import { RecordForm } from './components/record-form.tsx';
import { answersToKeep } from './lib/engagement-draft.ts';
import { engagementFields } from './lib/fields.ts';
import { entryPath } from './lib/paths.ts';
import { useEngagementDraft } from './lib/use-engagement-draft.ts';
import { useRefreshAll } from './lib/use-refresh.ts';
import './data-entry.css';

type Engagement = RouterOutputs['records']['engagements']['get'];

/** A new engagement: the BPO-or-KPO guide beside its terms. */
export function NewEngagementPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshAll();
  const { can, role } = useRole();
  const vendors = useQuery(trpc.records.vendors.list.queryOptions());
  const create = useMutation(trpc.records.engagements.create.mutationOptions());
  const { answers, values, setValues, formKey, guide } = useEngagementDraft(
    () => ({ ...blankValues('engagements.csv'), status: 'active', at_risk_pct: '0', earn_back_months: '0' }),
    {},
  );
  const vendorNames = vendors.data?.filter((v) => v.archivedAt === null).map((v) => v.values.name) ?? [];
  const canEdit = can('operations');

  if (!canEdit) {
    return (
      <section>
        <PageHeader title="New engagement" meta={<Link to="/data-entry">Back to data entry</Link>} />
        {role === null ? (
          <p className="state state--loading" role="status">
            Loading…
          </p>
        ) : (
          <p className="state">
            Engagements are created by operations (the ops and admin roles). Your role, {role}, reads them:
            open one from <Link to="/engagements">the engagements</Link>.
          </p>
        )}
      </section>
    );
  }
  return (
    <section>
      <PageHeader title="New engagement" meta={<Link to="/data-entry">Back to data entry</Link>} />
      <ClassificationGuide {...guide} disabled={!canEdit} />
      <Card
        title="Terms"
        subtitle="Credit terms (at risk, earn-back) and the in-house baseline decide credits and savings"
        wide
      >
        <RecordForm<Engagement>
          key={formKey}
          label="New engagement"
          fields={(draft) => engagementFields(draft.type ?? '', vendorNames)}
          schema={engagementValuesSchema}
          record={null}
          initial={values}
          canEdit={canEdit}
          // The budget is finance's: set after creating, in the engagement's Terms tab.
          fixed={can('finance') ? [] : ['annual_budget']}
          submitLabel="Create engagement"
          onValuesChange={setValues}
          save={(draft) => create.mutateAsync({ values: draft, classification: answersToKeep(answers) })}
          onSaved={async (result) => {
            await refresh();
            await navigate(entryPath(result.record.values.code, 'slas'));
          }}
        />
      </Card>
    </section>
  );
}
