import { skipToken, useQuery } from '@tanstack/react-query';
import { Tile, TileGrid } from '../../../components/tiles.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useFilters, useFormat } from '../../../lib/use-filters.ts';
import { type ScopedRange, scopedInput } from './detail-scope.ts';

/** The engagement's figures of the range, as the report computes them. */
export function FigureTiles(scope: ScopedRange) {
  const trpc = useTRPC();
  const format = useFormat();
  const { openMonth } = useFilters();
  const input = scopedInput(scope);
  const report = useQuery(trpc.report.portfolio.queryOptions(input ?? skipToken));
  const figures = report.data?.engagements[0];
  if (!figures) {
    return report.data ? (
      <p className="note">The engagement neither ran nor was charged in the range.</p>
    ) : null;
  }
  return (
    <TileGrid label="Figures of the range" inProgress={openMonth}>
      <Tile label="Charges" {...format.tile('money', figures.charges)} />
      <Tile label="Net cost" {...format.tile('money', figures.netCost)} />
      <Tile label="Credits owed" {...format.tile('money', figures.creditsOwed)} />
      <Tile label="Credits pending" {...format.tile('money', figures.creditsPending)} />
      {figures.savings !== null ? (
        <Tile
          label="Savings"
          {...format.tile('money', figures.savings)}
          detail={`${format.format('pct', figures.savingsPct)} of baseline`}
        />
      ) : null}
      <Tile
        label="SLA attainment"
        {...format.tile('pct', figures.sla.attainmentPct)}
        detail={`${figures.sla.breached} breached`}
      />
    </TileGrid>
  );
}
