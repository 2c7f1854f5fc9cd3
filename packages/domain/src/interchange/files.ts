import { type ChargeCsvRow, chargesFile } from './charges-file.ts';
import { type DeliverableCsvRow, deliverablesFile } from './deliverables-file.ts';
import { type EngagementCsvRow, engagementsFile } from './engagements-file.ts';
import { type FxRateCsvRow, fxRatesFile } from './fx-rates-file.ts';
import type { InterchangeFile } from './interchange-file.ts';
import { type MeasurementCsvRow, measurementsFile } from './measurements-file.ts';
import { type SlaCsvRow, slasFile } from './slas-file.ts';
import { type VendorCsvRow, vendorsFile } from './vendors-file.ts';

/** Every interchange file in dependency order: a file only refers to keys of the files before it. */
export const INTERCHANGE_FILES = [
  vendorsFile,
  engagementsFile,
  slasFile,
  measurementsFile,
  chargesFile,
  deliverablesFile,
  fxRatesFile,
] as const;

export type InterchangeFileName = (typeof INTERCHANGE_FILES)[number]['name'];

export const INTERCHANGE_FILE_NAMES: readonly InterchangeFileName[] = INTERCHANGE_FILES.map(
  (file) => file.name,
);

/** The typed row of each file. */
export interface InterchangeRows {
  'vendors.csv': VendorCsvRow;
  'engagements.csv': EngagementCsvRow;
  'slas.csv': SlaCsvRow;
  'measurements.csv': MeasurementCsvRow;
  'charges.csv': ChargeCsvRow;
  'deliverables.csv': DeliverableCsvRow;
  'fx_rates.csv': FxRateCsvRow;
}

export function isInterchangeFileName(name: string): name is InterchangeFileName {
  return (INTERCHANGE_FILE_NAMES as readonly string[]).includes(name);
}

/** Sorts file names into dependency order (the order of INTERCHANGE_FILES). */
export function compareInterchangeFileNames(a: InterchangeFileName, b: InterchangeFileName): number {
  return INTERCHANGE_FILE_NAMES.indexOf(a) - INTERCHANGE_FILE_NAMES.indexOf(b);
}

/** Each file's definition by its name, with its row type. */
export const INTERCHANGE_FILE_BY_NAME: {
  [Name in InterchangeFileName]: InterchangeFile<Name, InterchangeRows[Name]>;
} = {
  'vendors.csv': vendorsFile,
  'engagements.csv': engagementsFile,
  'slas.csv': slasFile,
  'measurements.csv': measurementsFile,
  'charges.csv': chargesFile,
  'deliverables.csv': deliverablesFile,
  'fx_rates.csv': fxRatesFile,
};
