import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The server and the CLI as users run them: their own processes, from the build (test/build-once.ts). */
const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const SERVER = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/portfolio.js', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** What the process wrote to stderr and stdout so far. */
  output(): string;
  /** SIGTERM (a graceful stop, awaited) or SIGKILL (a crash) to the process group. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/** Runs the server in its own process group, so that it is stopped with any children. */
function spawnServer(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [SERVER], {
    cwd: API_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Starts a server process on a free port and waits until it answers /healthz. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const { child, output, exited } = spawnServer({ ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`server on port ${port} did not start: ${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid ?? 0,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // already gone
      }
      await exited;
    },
  };
}

/** Starts a server process that is expected to refuse to start: its exit code and output. */
export async function failingServerProcess(env: Record<string, string>) {
  const { output, exited } = spawnServer({ ...env, PORT: String(await freePort()) });
  const code = await exited;
  return { code, output: output() };
}

/** `pnpm portfolio …` as a user runs it: its own process, its exit code and both outputs. */
export function portfolio(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
