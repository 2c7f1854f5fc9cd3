import { parseArgs } from 'node:util';
import { createDb, type DbHandle, isEmptyPortfolio, migrateToLatest, seedDemo } from '@portfolio/db';
import { createClock } from '../clock.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';

const HELP = `Usage: pnpm portfolio <command> [options]

Commands:
  migrate                      bring the database schema up to date
  seed --demo [--scale N]      write the demo portfolio into an empty database
           [--seed N]          (scale multiplies engagements; 100 gives about 1M measurements)
  help                         show this text

The database is PostgreSQL when DATABASE_URL is set, else the embedded one in PORTFOLIO_DATA_DIR (./.data).`;

/** A mistake of the caller's: printed without a stack, exit code 2. */
class UsageError extends Error {}

type Command = (args: string[], config: Config) => Promise<void>;

async function withDatabase<T>(config: Config, work: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a whole number ≥ 1, got "${text}"`);
  return value;
}

const commands: Record<string, Command> = {
  async migrate(_args, config) {
    await withDatabase(config, async () => {
      console.log('Database schema is up to date.');
    });
  },

  async seed(args, config) {
    const { values } = parseArgs({
      args,
      options: { demo: { type: 'boolean' }, scale: { type: 'string' }, seed: { type: 'string' } },
    });
    if (!values.demo) throw new UsageError('seed needs --demo (the only data set there is)');
    const scale = positiveInt('scale', values.scale, 1);
    const seed = positiveInt('seed', values.seed, 42);
    await withDatabase(config, async ({ db, kind }) => {
      if (!(await isEmptyPortfolio(db))) {
        throw new UsageError('the database already holds a portfolio; seed only writes into an empty one');
      }
      const started = performance.now();
      const counts = await seedDemo(db, { today: createClock(config.today).today(), scale, seed });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Seeded the demo portfolio at scale ${scale} into ${kind} in ${seconds} s:`);
      for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(14)} ${n}`);
    });
  },

  async help() {
    console.log(HELP);
  },
};

async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...args] = argv;
  const command = commands[name === '--help' || name === '-h' ? 'help' : name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    await command(args, loadConfig());
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      // parseArgs reports unknown options as a TypeError with a code.
      console.error(`Error: ${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
