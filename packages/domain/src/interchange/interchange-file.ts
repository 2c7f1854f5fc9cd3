import type { z } from 'zod';

/** The column layout of an interchange file. */
export interface InterchangeLayout {
  name: string;
  /** Every column, in the order of DESIGN.md (the order an export writes them). */
  columns: readonly string[];
  required: readonly string[];
  /** The natural key: no two rows of a file may share these values; an import upserts on them. */
  key: readonly string[];
}

/**
 * One file of the interchange format (DESIGN.md, "Interchange format"): its name, columns, natural key and the
 * schema that turns one row of cells into a typed row.
 */
export interface InterchangeFile<Name extends string = string, Row extends object = object>
  extends InterchangeLayout {
  name: Name;
  columns: readonly (keyof Row & string)[];
  required: readonly (keyof Row & string)[];
  key: readonly (keyof Row & string)[];
  schema: z.ZodType<Row, Record<string, string>>;
}
