import { useQuery } from '@tanstack/react-query';
import { Tile } from '../../components/tiles.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { spendQueries } from './spend-queries.ts';

/**
 * The credit notes of the range (negative charge lines, converted as charges are): already counted in the charges
 * above, shown on their own so finance sees what vendors gave back.
 */
export function CreditNotesTile() {
  const trpc = useTRPC();
  const format = useFormat();
  const { input } = useFilters();
  const notes = useQuery(spendQueries(trpc, { input }).creditNotes);
  const months = notes.data?.months ?? 0;
  return (
    <Tile
      label="Credit notes"
      {...format.tile('money', notes.data?.creditNotes ?? null)}
      detail={
        notes.data
          ? months === 0
            ? 'none in the range'
            : `in ${months} engagement-month${months === 1 ? '' : 's'}, included in charges`
          : undefined
      }
    />
  );
}
