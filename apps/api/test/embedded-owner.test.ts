import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { OWNER_FILE } from '@portfolio/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cookieOf } from './http-server.ts';
import { failingServerProcess, portfolio, type ServerProcess, startServerProcess } from './processes.ts';

/**
 * One embedded folder, a real server process and real CLI processes: the CLI's writes go through the running
 * server (seen at once, kept after a restart), a second server is refused, and a killed server's lock is taken
 * over by the next start.
 */
describe('the embedded database has one owner', () => {
  let folder: string;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;
  const PASSWORD = 'a long enough password';

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'portfolio-owner-'));
    env = { PORTFOLIO_DATA_DIR: path.join(folder, 'data'), PORTFOLIO_PASSWORD: PASSWORD };
    // A folder that holds a portfolio already, so the server's first start does not seed the demo.
    writeFileSync(path.join(folder, 'vendors.csv'), 'name,country\nAcme Services,India\n');
    const seeded = await portfolio(['import', path.join(folder, 'vendors.csv')], env);
    expect(seeded.code).toBe(0);
    const admin = await portfolio(['user', 'add', '--email', 'ana@example.com', '--role', 'admin'], env);
    expect(admin.code).toBe(0);
    server = await startServerProcess(env);
  }, 180_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  async function signIn(email: string) {
    const answer = await call(server?.url ?? '', 'auth.signIn', {
      mutation: true,
      input: { email, password: PASSWORD },
    });
    return { status: answer.status, cookie: cookieOf(answer.setCookie) };
  }

  async function vendorNames(cookie: string | null): Promise<string[]> {
    const answer = await call(server?.url ?? '', 'meta.filterOptions', { cookie });
    return (answer.body.result?.data as { vendors: string[] } | undefined)?.vendors ?? [];
  }

  it('keeps the owner file readable by its owner alone', () => {
    const file = path.join(folder, 'data', OWNER_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const owner = readOwner();
    expect(() => process.kill(owner.pid, 0)).not.toThrow();
    expect(owner.url).toBe(server?.url.replace('127.0.0.1', 'localhost'));
  });

  it('sends the CLI through the running server: its writes are seen at once, audited as cli', async () => {
    const added = await portfolio(['user', 'add', '--email', 'olu@example.com', '--role', 'ops'], env);
    expect(added).toMatchObject({ code: 0, stdout: 'Added olu@example.com as ops.\n', stderr: '' });
    expect((await signIn('olu@example.com')).status).toBe(200);

    writeFileSync(path.join(folder, 'vendors.csv'), 'name,country\nBeacon Analytics,Poland\n');
    const imported = await portfolio(['import', path.join(folder, 'vendors.csv')], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(
      /^Imported 1 file into pglite in [\d.]+ s:\n {2}vendors\.csv\s+1 rows: 1 inserted/,
    );
    const { cookie } = await signIn('ana@example.com');
    expect(await vendorNames(cookie)).toEqual(['Acme Services', 'Beacon Analytics']);

    const audit = await call(server?.url ?? '', 'admin.audit', {
      cookie,
      input: { entity: 'import', limit: 5 },
    });
    const events = audit.body.result?.data as { actor: string; action: string }[];
    expect(events[0]).toMatchObject({ actor: 'cli', action: 'import' });
  });

  it('prints the same refusals and exit codes through the server', async () => {
    writeFileSync(path.join(folder, 'vendors.csv'), 'name,country\n,Nowhere\n');
    const rejected = await portfolio(['import', path.join(folder, 'vendors.csv')], env);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toBe(
      'vendors.csv: rejected, 1 bad row\n  line 2, column name: is required but empty\n' +
        'Error: vendors.csv was rejected, nothing of it was written\n',
    );
    const badInput = await portfolio(['report', '--from', '2026-13', '--to', '2026-01'], env);
    expect(badInput.code).toBe(2);
    expect(badInput.stderr).toMatch(/^Error: invalid input\n {2}from: /);
    const seed = await portfolio(['seed', '--demo'], env);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain('is in use by the dashboard server');
  });

  it('refuses a second server on the same folder, naming the folder, the process and its URL', async () => {
    const second = await failingServerProcess(env);
    expect(second.code).toBe(1);
    expect(second.output).toContain(
      `The data folder ${path.join(folder, 'data')} is in use by the dashboard server`,
    );
    expect(second.output).toContain(`process ${readOwner().pid}`);
    expect(second.output).toContain(readOwner().url);
  });

  it('keeps what the CLI wrote after a graceful restart, and takes over the lock of a killed server', async () => {
    await server?.stop('SIGTERM');
    server = await startServerProcess(env);
    expect((await signIn('olu@example.com')).status).toBe(200);

    const killedPid = readOwner().pid;
    await server.stop('SIGKILL');
    expect(readOwner().pid).toBe(killedPid); // a crash leaves its lock behind
    server = await startServerProcess({ ...env, LOG_LEVEL: 'info' });
    expect(server.output()).toContain('taken over');
    expect(readOwner().pid).not.toBe(killedPid);
    const { cookie } = await signIn('ana@example.com');
    expect(await vendorNames(cookie)).toEqual(['Acme Services', 'Beacon Analytics']);
  });

  it('refuses, writing nothing, while another command holds the folder or the server is of another version', async () => {
    await server?.stop('SIGTERM');
    server = undefined;
    const file = path.join(folder, 'data', OWNER_FILE);
    const busy = {
      token: 'other',
      pid: process.pid, // this test process: alive
      host: hostname(),
      startTicks: null,
      program: 'portfolio import',
      since: new Date().toISOString(),
      protocol: 1,
    };
    writeFileSync(file, JSON.stringify(busy), { mode: 0o600 });
    const whileImporting = await portfolio(
      ['user', 'add', '--email', 'kim@example.com', '--role', 'viewer'],
      env,
    );
    expect(whileImporting.code).toBe(1);
    expect(whileImporting.stderr).toContain('is in use by portfolio import');
    expect(whileImporting.stderr).toContain('Run the command again when it has finished');

    writeFileSync(
      file,
      JSON.stringify({ ...busy, program: 'the dashboard server', protocol: 0, url: 'http://localhost:1' }),
    );
    const oldServer = await portfolio(['user', 'add', '--email', 'kim@example.com', '--role', 'viewer'], env);
    expect(oldServer.code).toBe(1);
    expect(oldServer.stderr).toContain('of another version than this command');

    rmSync(file);
    server = await startServerProcess(env);
    const { cookie } = await signIn('ana@example.com');
    const users = await call(server.url, 'admin.users', { cookie });
    const emails = ((users.body.result?.data ?? []) as { email: string }[]).map((user) => user.email);
    expect(emails).not.toContain('kim@example.com');
  });

  function readOwner(): { pid: number; url: string } {
    return JSON.parse(readFileSync(path.join(folder, 'data', OWNER_FILE), 'utf8'));
  }
});
