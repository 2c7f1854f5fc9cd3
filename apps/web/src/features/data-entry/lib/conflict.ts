import { TRPCClientError } from '@trpc/client';

/** A save refused because the row moved on: the row as it is now, who changed it, and which rows (a month). */
export type ApiConflict<Current> = {
  message: string;
  current: Current;
  changedBy: string | null;
  changedAt: string | null;
  keys: string[] | null;
};

/** The conflict of a CONFLICT answer, or null for any other error. */
export function apiConflict<Current>(error: unknown): ApiConflict<Current> | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as
    | { code?: string; conflict?: Omit<ApiConflict<Current>, 'message'> | null }
    | undefined;
  if (data?.code !== 'CONFLICT' || !data.conflict) return null;
  return { message: error.message, ...data.conflict };
}

/** One field of a conflict: what it was when the form opened, what the user typed, and what is saved now. */
export type Difference = {
  column: string;
  opened: string;
  mine: string;
  theirs: string;
  /** Someone else changed it since the form opened. */
  theirsChanged: boolean;
  /** The user changed it in the form. */
  mineChanged: boolean;
};

const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim() === (b ?? '').trim();

/**
 * The fields where the saved row and the user's form disagree, each marked with who changed it: what the other
 * person changed (opened → theirs) and what the user changed (opened → mine).
 */
export function differences(
  columns: readonly string[],
  opened: Readonly<Record<string, string>>,
  mine: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, string>>,
): Difference[] {
  return columns.flatMap((column) => {
    const theirsChanged = !same(opened[column], theirs[column]);
    const mineChanged = !same(opened[column], mine[column]);
    if (!theirsChanged && same(mine[column], theirs[column])) return [];
    return [
      {
        column,
        opened: opened[column] ?? '',
        mine: mine[column] ?? '',
        theirs: theirs[column] ?? '',
        theirsChanged,
        mineChanged,
      },
    ];
  });
}
