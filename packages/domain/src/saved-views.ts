import { z } from 'zod';
import { nameSchema, textProblem, textSchema } from './schemas.ts';

/** The most views one user keeps: a menu, not a store. */
export const MAX_SAVED_VIEWS = 100;
/** The longest path and query string a view keeps (the filters of a page fit many times over). */
export const MAX_VIEW_PATH = 500;
export const MAX_VIEW_SEARCH = 2000;

/**
 * A page of the dashboard: an absolute path of this site. `//host` and `/\host` would leave the site when opened
 * (a protocol-relative address), so they are refused, as is anything that is not one line of text.
 */
const viewPathSchema = textSchema.max(MAX_VIEW_PATH).superRefine((path, ctx) => {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
    ctx.addIssue({ code: 'custom', message: 'must be a page of the dashboard, starting with a single /' });
    return;
  }
  const problem = textProblem(path, 'name');
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** The page's query string as the address bar holds it: empty, or starting with `?`. */
const viewSearchSchema = textSchema.max(MAX_VIEW_SEARCH).superRefine((search, ctx) => {
  if (search !== '' && !search.startsWith('?')) {
    ctx.addIssue({ code: 'custom', message: 'must be empty or start with ?' });
    return;
  }
  const problem = textProblem(search, 'name');
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** A view to save: its name (the name rules of every name: trimmed, one line, at most 200 characters), page, filters. */
export const savedViewSchema = z.object({
  name: nameSchema.pipe(z.string().min(1, 'is required but empty')),
  path: viewPathSchema,
  search: viewSearchSchema.default(''),
});
export type SavedViewInput = z.output<typeof savedViewSchema>;
