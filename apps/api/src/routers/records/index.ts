import { router } from '../../trpc.ts';
import { chargeRecordsRouter } from './charges.ts';
import { deliverableRecordsRouter } from './deliverables.ts';
import { engagementRecordsRouter } from './engagements.ts';
import { fxRateRecordsRouter } from './fx-rates.ts';
import { measurementRecordsRouter } from './measurements.ts';
import { slaRecordsRouter } from './slas.ts';
import { vendorRecordsRouter } from './vendors.ts';

/**
 * Editing the rows of the interchange format from the dashboard: each entity's list (with versions), create,
 * update and archive or delete. Operations owns vendors, engagements, SLAs, measurements and deliverables;
 * finance owns charges and FX rates. Every change and its audit event share one transaction, and a change over a
 * newer version is refused with the current values (CONFLICT).
 */
export const recordsRouter = router({
  vendors: vendorRecordsRouter,
  engagements: engagementRecordsRouter,
  slas: slaRecordsRouter,
  measurements: measurementRecordsRouter,
  charges: chargeRecordsRouter,
  deliverables: deliverableRecordsRouter,
  fxRates: fxRateRecordsRouter,
});
