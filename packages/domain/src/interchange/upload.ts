import { z } from 'zod';
import { INTERCHANGE_FILE_NAMES, type InterchangeFileName } from './files.ts';

/** The largest file the dashboard uploads in one request (the demo at scale 100 exports about 60 MB). */
export const MAX_IMPORT_CHARS = 200_000_000;

/** One interchange file uploaded from the browser or the CLI: its name says which entity it holds. */
export const uploadSchema = z.object({
  file: z.enum(INTERCHANGE_FILE_NAMES as [InterchangeFileName, ...InterchangeFileName[]]),
  content: z
    .string()
    .max(MAX_IMPORT_CHARS, 'The file is too large to upload at once: import it with the CLI'),
});

/** An import to run: `errors: 'all'` answers every error of a rejected file (the CLI prints them all). */
export const importRunSchema = uploadSchema.extend({
  errors: z.enum(['first', 'all']).default('first'),
});
