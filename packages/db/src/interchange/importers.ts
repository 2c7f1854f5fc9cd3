import type { InterchangeError, InterchangeFileName, InterchangeRows } from '@portfolio/domain';
import { storedColumns } from './file-columns.ts';
import { asStored, type Importer, ofEngagements, sameDecimal } from './importer-support.ts';
import { KeyResolver, quoted } from './key-resolver.ts';
import { budgetsByCode, vendorIdsByName } from './natural-keys.ts';
import { importMeasurements, importSlas } from './sla-importers.ts';
import { upsertRows } from './upsert.ts';

export type { PreparedImport, RowPreparer, WriteCounts } from './importer-support.ts';

const importVendors: Importer<InterchangeRows['vendors.csv']> = asStored({
  table: 'vendors',
  ...storedColumns('vendors.csv'),
});

const importEngagements: Importer<InterchangeRows['engagements.csv']> = async (
  trx,
  { omitted, maySetBudgets },
) => {
  const vendors = await vendorIdsByName(trx);
  // Budgets are finance's: for anyone else a budget must stay as stored (or be left out, or empty on a new row).
  const budgets = maySetBudgets || omitted.has('annual_budget') ? null : await budgetsByCode(trx);
  return (rows) => {
    const resolver = new KeyResolver();
    const budgetErrors: InterchangeError[] = [];
    const records = rows.flatMap(({ line, row }) => {
      const { vendor, ...rest } = row;
      if (budgets && !sameDecimal(budgets.get(row.code) ?? null, row.annual_budget)) {
        budgetErrors.push({
          line,
          column: 'annual_budget',
          reason:
            'the annual budget is set by finance (admin or finance role); leave it as stored or leave the column out',
        });
        return [];
      }
      const vendorId = resolver.find(vendors, vendor, line, 'vendor', () => `vendor ${quoted(vendor)}`);
      return vendorId === undefined ? [] : [{ ...rest, vendor_id: vendorId }];
    });
    return {
      errors: [...resolver.errors, ...budgetErrors],
      write: () =>
        upsertRows(
          trx,
          {
            table: 'engagements',
            ...storedColumns('engagements.csv'),
          },
          records,
          omitted,
        ),
    };
  };
};

const importCharges: Importer<InterchangeRows['charges.csv']> = ofEngagements({
  table: 'charges',
  ...storedColumns('charges.csv'),
});

const importDeliverables: Importer<InterchangeRows['deliverables.csv']> = ofEngagements({
  table: 'deliverables',
  ...storedColumns('deliverables.csv'),
});

const importFxRates: Importer<InterchangeRows['fx_rates.csv']> = asStored({
  table: 'fx_rates',
  ...storedColumns('fx_rates.csv'),
});

/** How each file is imported once its rows are valid. */
export const IMPORTERS: { [Name in InterchangeFileName]: Importer<InterchangeRows[Name]> } = {
  'vendors.csv': importVendors,
  'engagements.csv': importEngagements,
  'slas.csv': importSlas,
  'measurements.csv': importMeasurements,
  'charges.csv': importCharges,
  'deliverables.csv': importDeliverables,
  'fx_rates.csv': importFxRates,
};
