import { z } from 'zod';

/** A stored row's id. */
export const idSchema = z.number().int().positive();

/** The version of a row the caller read; a change is refused when the row has moved on since. */
export const versionSchema = z.number().int().positive();

/** A row to archive, restore or delete: which, and the version the caller saw. */
export const rowRefSchema = z.object({ id: idSchema, version: versionSchema });
export type RowRef = z.infer<typeof rowRefSchema>;
