import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * The embedded database has one owner at a time. PGlite runs PostgreSQL inside the process that opened the folder
 * and keeps pages in that process's memory, so a second process writing the same folder loses one side's writes
 * (confirmed ones included). The owner holds `owner.json` in the folder for as long as it runs; a process that
 * finds it held by a live process refuses (or, for the CLI, goes through the owning server), and a lock left by a
 * process that died is recognised by its process id and start time and taken over.
 */
export const OWNER_FILE = 'owner.json';

/** Bumped when what a CLI may ask of a running server changes, so an old server is recognised and named. */
export const OWNER_PROTOCOL = 1;

export interface FolderOwner {
  /** Random per holder: tells one holder's file from the next one's. */
  token: string;
  pid: number;
  host: string;
  /** The process's start time in clock ticks since boot (Linux), so a reused process id is not taken for it. */
  startTicks: number | null;
  /** What holds the folder: `server`, or the CLI command that runs (`portfolio import`). */
  program: string;
  since: string;
  protocol: number;
  /** Where the owning server answers, once it listens (loopback). */
  url?: string;
  /** The secret the CLI presents to the owning server; the file is readable by the folder's owner alone. */
  cliSecret?: string;
}

/** The folder is held by another live process (or one that cannot be checked from here). */
export class FolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly owner: FolderOwner,
  ) {
    const where = owner.url ? `, ${owner.url}` : '';
    const host = owner.host === hostname() ? '' : ` on ${owner.host}`;
    super(
      `The data folder ${folder} is in use by ${owner.program} (process ${owner.pid}${host}${where}, ` +
        `since ${owner.since}).`,
    );
  }
}

/** The lock cannot be taken or read at all (permissions, a read-only disk): nothing was opened. */
export class FolderLockError extends Error {}

export interface FolderLock {
  readonly folder: string;
  readonly owner: FolderOwner;
  /** The owner of a lock left behind by a process that no longer runs, which this one took over. */
  readonly tookOverFrom: FolderOwner | null;
  /** Adds what others may read of the owner (the server's URL and the CLI's secret), replacing the file whole. */
  publish(details: Pick<FolderOwner, 'url' | 'cliSecret'>): Promise<void>;
  /** Gives the folder up; a file that is no longer this holder's is left alone. */
  release(): Promise<void>;
}

/** This process's start time (field 22 of /proc/<pid>/stat), or null where /proc does not exist. */
async function startTicksOf(pid: number | 'self'): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Whether the owner recorded in a lock file still runs. A process on another host cannot be checked: it counts. */
export async function isAlive(owner: FolderOwner): Promise<boolean> {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if (errnoOf(error) !== 'EPERM') return false;
  }
  if (owner.startTicks === null) return true;
  const ticks = await startTicksOf(owner.pid);
  return ticks === null || ticks === owner.startTicks;
}

function isOwner(value: unknown): value is FolderOwner {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.token === 'string' && typeof v.pid === 'number' && typeof v.host === 'string';
}

/**
 * The folder's owner as its file says, or null when there is no file. A file that is not an owner's (cut short by
 * a crash while it was written, edited by hand) counts as stale.
 */
export async function readFolderOwner(folder: string): Promise<FolderOwner | 'unreadable' | null> {
  let text: string;
  try {
    text = await readFile(path.join(folder, OWNER_FILE), 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    if (errnoOf(error) === 'EACCES') {
      throw new FolderLockError(
        `${path.join(folder, OWNER_FILE)} cannot be read by this user: run the command as the user that owns ` +
          `the data folder ${folder}.`,
      );
    }
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isOwner(parsed) ? parsed : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Writes a file whole under a temporary name first, so that a reader never sees it half written. */
async function writeWhole(file: string, owner: FolderOwner): Promise<string> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, `${JSON.stringify(owner, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return temporary;
}

/**
 * Takes the folder for this process, or throws FolderInUseError naming the live owner. Creating the file is
 * atomic (a hard link of a fully written file, which fails when the name exists), so of two processes starting
 * at once exactly one gets it. A stale file is first moved aside under a name of this process's own; only one of
 * several contenders can move a given file, and one that finds it moved a newer, live owner's file puts it back.
 */
export async function lockFolder(folder: string, program: string): Promise<FolderLock> {
  const absolute = path.resolve(folder);
  const file = path.join(absolute, OWNER_FILE);
  try {
    await mkdir(absolute, { recursive: true });
  } catch (error) {
    throw new FolderLockError(`The data folder ${absolute} cannot be created: ${(error as Error).message}`);
  }
  let owner: FolderOwner = {
    token: randomBytes(12).toString('hex'),
    pid: process.pid,
    host: hostname(),
    startTicks: await startTicksOf('self'),
    program,
    since: new Date().toISOString(),
    protocol: OWNER_PROTOCOL,
  };
  let tookOverFrom: FolderOwner | null = null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const temporary = await writeWhole(file, owner).catch((error: unknown) => {
      throw new FolderLockError(`The data folder ${absolute} is not writable: ${(error as Error).message}`);
    });
    try {
      await link(temporary, file);
      await unlink(temporary);
      return {
        folder: absolute,
        tookOverFrom,
        get owner() {
          return owner;
        },
        async publish(details) {
          owner = { ...owner, ...details };
          const next = await writeWhole(file, owner);
          await rename(next, file);
        },
        async release() {
          const current = await readFolderOwner(absolute).catch(() => null);
          if (current !== null && current !== 'unreadable' && current.token === owner.token) {
            await unlink(file).catch(() => {});
          }
        },
      };
    } catch (error) {
      await unlink(temporary);
      if (errnoOf(error) !== 'EEXIST') throw error;
    }
    const held = await readFolderOwner(absolute);
    if (held === null) continue;
    if (held !== 'unreadable' && (await isAlive(held))) throw new FolderInUseError(absolute, held);
    await moveStaleAside(file, held);
    if (held !== 'unreadable') tookOverFrom = held;
  }
  throw new FolderLockError(
    `The data folder ${absolute} could not be locked: its owner file keeps changing.`,
  );
}

async function moveStaleAside(file: string, stale: FolderOwner | 'unreadable'): Promise<void> {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return; // another contender moved it first
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  const staleToken = stale === 'unreadable' ? null : stale.token;
  const movedToken = (() => {
    try {
      const parsed: unknown = JSON.parse(moved);
      return isOwner(parsed) ? parsed.token : null;
    } catch {
      return null;
    }
  })();
  if (movedToken !== null && movedToken !== staleToken) {
    // A live owner took the folder between our read and the move: give its file back.
    await link(aside, file).catch(() => {});
  }
  await unlink(aside).catch(() => {});
}
