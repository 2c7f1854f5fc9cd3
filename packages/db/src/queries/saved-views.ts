import { MAX_SAVED_VIEWS, type SavedViewInput } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { byBytes } from './byte-order.ts';
import type { FieldIssue } from './write-support.ts';

export type SavedView = { id: number; name: string; path: string; search: string; createdAt: Date };

const COLUMNS = ['id', 'name', 'path', 'search', 'created_at as createdAt'] as const;

/** A user's views, by name. */
export function listSavedViews(db: Db, userId: number): Promise<SavedView[]> {
  return db
    .selectFrom('saved_views')
    .where('user_id', '=', userId)
    .select(COLUMNS)
    .orderBy(byBytes('name'))
    .execute();
}

/**
 * Saves a view for a user; a name they already use, or a view past the most one keeps, is refused as an issue of
 * the name. The check and the insert hold the user's row, so two saves at once cannot pass the limit together; the
 * unique (user, name) constraint is the last word on names.
 */
export async function saveView(
  db: Db,
  userId: number,
  view: SavedViewInput,
): Promise<{ ok: true; view: SavedView } | { ok: false; issues: FieldIssue[] }> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('users').where('id', '=', userId).select('id').forUpdate().execute();
    const mine = await trx.selectFrom('saved_views').where('user_id', '=', userId).select('name').execute();
    if (mine.some((row) => row.name === view.name)) {
      return {
        ok: false,
        issues: [{ path: 'name', message: `You already have a view named "${view.name}"` }],
      };
    }
    if (mine.length >= MAX_SAVED_VIEWS) {
      const message = `You have ${MAX_SAVED_VIEWS} views, the most one keeps: delete one first`;
      return { ok: false, issues: [{ path: 'name', message }] };
    }
    const saved = await trx
      .insertInto('saved_views')
      .values({ user_id: userId, name: view.name, path: view.path, search: view.search })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return { ok: true, view: saved };
  });
}

/** Deletes one of a user's views; false when they have none with the id (another's view is not theirs to see). */
export async function deleteSavedView(db: Db, userId: number, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom('saved_views')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
