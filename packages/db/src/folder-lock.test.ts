import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderInUseError, type FolderOwner, lockFolder, OWNER_FILE } from './folder-lock.ts';

const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const LOCK_MODULE = fileURLToPath(new URL('./folder-lock.ts', import.meta.url));

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'portfolio-lock-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The pid of a process that has ended: its lock is stale. */
function deadPid(): number {
  const child = spawnSync('sh', ['-c', 'echo $$']);
  return Number(String(child.stdout).trim());
}

function ownerFile(owner: Partial<FolderOwner>): void {
  const full: FolderOwner = {
    token: 'left-behind',
    pid: deadPid(),
    host: hostname(),
    startTicks: null,
    program: 'the dashboard server',
    since: '2026-01-01T00:00:00.000Z',
    protocol: 1,
    ...owner,
  };
  writeFileSync(path.join(folder, OWNER_FILE), JSON.stringify(full));
}

const readOwner = (): FolderOwner => JSON.parse(readFileSync(path.join(folder, OWNER_FILE), 'utf8'));

describe('lockFolder', () => {
  it('gives the folder to one holder; the next is refused with the holder named, until it is released', async () => {
    const lock = await lockFolder(folder, 'the dashboard server');
    expect(readOwner()).toMatchObject({ pid: process.pid, program: 'the dashboard server' });
    await lock.publish({ url: 'http://localhost:3000', cliSecret: 'pc_secret' });
    const refused = await lockFolder(folder, 'portfolio import').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FolderInUseError);
    expect((refused as Error).message).toBe(
      `The data folder ${folder} is in use by the dashboard server (process ${process.pid}, ` +
        `http://localhost:3000, since ${lock.owner.since}).`,
    );
    await lock.release();
    const next = await lockFolder(folder, 'portfolio import');
    expect(next.tookOverFrom).toBeNull();
    await next.release();
  });

  it('takes over a lock whose process no longer runs, and says whose it was', async () => {
    ownerFile({ program: 'the dashboard server', since: '2026-01-01T00:00:00.000Z' });
    const lock = await lockFolder(folder, 'the dashboard server');
    expect(lock.tookOverFrom).toMatchObject({ token: 'left-behind', since: '2026-01-01T00:00:00.000Z' });
    expect(readOwner().pid).toBe(process.pid);
    await lock.release();
  });

  it.runIf(process.platform === 'linux')(
    'takes a running process whose start time differs for a reused pid',
    async () => {
      ownerFile({ pid: process.pid, startTicks: 1 });
      const lock = await lockFolder(folder, 'portfolio import');
      expect(lock.tookOverFrom?.startTicks).toBe(1);
      await lock.release();
    },
  );

  it('takes over an owner file that is not one (cut short, edited by hand)', async () => {
    writeFileSync(path.join(folder, OWNER_FILE), '{"pid": 12');
    const lock = await lockFolder(folder, 'portfolio import');
    expect(readOwner().token).toBe(lock.owner.token);
    await lock.release();
  });

  it('leaves an owner file that is no longer its own when released', async () => {
    const lock = await lockFolder(folder, 'portfolio import');
    ownerFile({ token: 'someone else', pid: process.pid });
    await lock.release();
    expect(readOwner().token).toBe('someone else');
  });

  it('gives a stale lock to exactly one of several processes starting at once', async () => {
    ownerFile({});
    const script = [
      `import { lockFolder } from ${JSON.stringify(LOCK_MODULE)};`,
      `try { await lockFolder(${JSON.stringify(folder)}, 'contender'); console.log('locked');`,
      `  await new Promise((resolve) => setTimeout(resolve, 3000)); }`,
      `catch (error) { console.log(error.constructor.name); }`,
    ].join('\n');
    const contend = () =>
      new Promise<string>((resolve, reject) => {
        execFile(TSX, ['--input-type=module', '-e', script], (error, stdout) =>
          error ? reject(error) : resolve(stdout.trim()),
        );
      });
    const outcomes = await Promise.all(Array.from({ length: 5 }, contend));
    expect(outcomes.filter((outcome) => outcome === 'locked')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'FolderInUseError')).toHaveLength(4);
  }, 60_000);
});
