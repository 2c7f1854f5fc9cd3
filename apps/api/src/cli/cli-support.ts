import { createDb, type DbHandle, migrateToLatest } from '@portfolio/db';
import type { Config } from '../config.ts';

/** A mistake of the caller's: printed with the help text and no stack, exit code 2. */
export class UsageError extends Error {}

/** A command: parses its own arguments, prints its output, throws to fail. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[], config: Config): Promise<void>;
}

/** Opens the configured database, brings its schema up to date, runs the work and always closes it. */
export async function withDatabase<T>(config: Config, work: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

export function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`--${name} must be a whole number ≥ 1, got "${text}"`);
  return value;
}
