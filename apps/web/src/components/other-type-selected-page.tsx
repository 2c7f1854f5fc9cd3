import { PageHeader } from './page-header.tsx';

/**
 * A page about one type of engagement (BPO savings, KPO insight) when the type filter selects only the other type:
 * nothing to show, and why.
 */
export function OtherTypeSelectedPage({ title, type }: { title: string; type: 'BPO' | 'KPO' }) {
  const other = type === 'BPO' ? 'KPO' : 'BPO';
  return (
    <section>
      <PageHeader title={title} />
      <p className="state state--empty">{`This page covers ${type} engagements; the type filter selects ${other}.`}</p>
    </section>
  );
}
