import {
  createDb,
  type DbHandle,
  type DbKind,
  FolderInUseError,
  type FolderOwner,
  migrateToLatest,
  OWNER_PROTOCOL,
  readFolderOwner,
} from '@portfolio/db';
import type { Config } from '../config.ts';
import { SERVER_PROGRAM } from '../server.ts';
import { type Api, localApi, remoteApi } from './cli-caller.ts';

/** A mistake of the caller's: printed with the help text and no stack, exit code 2. */
export class UsageError extends Error {}

/** The command cannot run now (the folder is busy, the server cannot take it): nothing was written, exit code 1. */
export class RefusedError extends Error {}

/** A command: parses its own arguments, prints its output, throws to fail. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[], config: Config): Promise<void>;
}

/**
 * Opens the configured database for this command alone, brings its schema up to date, runs the work and always
 * closes it. An embedded folder held by a running server or another command is not opened (FolderInUseError).
 */
export async function withDatabase<T>(
  config: Config,
  program: string,
  work: (handle: DbHandle) => Promise<T>,
): Promise<T> {
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, program });
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Where the command's API calls go, for its output. */
export interface Backend {
  api: Api;
  kind: DbKind;
  /** The running server the calls go through, when it holds the embedded folder. */
  server: string | null;
}

/**
 * Runs the work against the API. On PostgreSQL, or an embedded folder nobody holds, the API runs in this process
 * (holding the folder meanwhile); while the dashboard server holds the folder, the calls go through that server,
 * so the command neither waits for it to stop nor writes behind its back.
 */
export async function withApi<T>(
  config: Config,
  program: string,
  work: (backend: Backend) => Promise<T>,
): Promise<T> {
  try {
    return await withDatabase(config, program, (handle) =>
      work({ api: localApi(config, handle), kind: handle.kind, server: null }),
    );
  } catch (error) {
    if (!(error instanceof FolderInUseError)) throw error;
    const owner = await serverOwning(error);
    return work({
      api: remoteApi(loopbackUrl(owner), owner.cliSecret ?? ''),
      kind: 'pglite',
      server: owner.url ?? '',
    });
  }
}

const STARTING_WAIT_MS = 60_000;

/**
 * The server that holds the folder, once it listens (a server that is starting has not said where yet). Anything
 * else holding it (another command, a server of an older version) is a refusal with what to do.
 */
export async function serverOwning(error: FolderInUseError): Promise<FolderOwner & { url: string }> {
  let owner = error.owner;
  const deadline = Date.now() + STARTING_WAIT_MS;
  while (owner.program === SERVER_PROGRAM && !owner.url && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const current = await readFolderOwner(error.folder);
    if (current === null || current === 'unreadable' || current.token !== owner.token) {
      throw new RefusedError(`${error.message} It stopped while starting: run the command again.`);
    }
    owner = current;
  }
  if (owner.program !== SERVER_PROGRAM) {
    throw new RefusedError(`${error.message} Run the command again when it has finished.`);
  }
  if (owner.protocol !== OWNER_PROTOCOL || !owner.cliSecret) {
    throw new RefusedError(
      `${error.message} That server is of another version than this command and cannot take it: restart the ` +
        'dashboard with this version, or stop it and run the command again.',
    );
  }
  if (!owner.url) throw new RefusedError(`${error.message} It did not finish starting within a minute.`);
  return owner as FolderOwner & { url: string };
}

/** The owning server over loopback: the CLI's secret never leaves this machine. */
function loopbackUrl(owner: FolderOwner & { url: string }): string {
  const url = new URL(owner.url);
  url.hostname = '127.0.0.1';
  return url.origin;
}

export function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`--${name} must be a whole number ≥ 1, got "${text}"`);
  return value;
}
