import { parseArgs } from 'node:util';
import { FolderInUseError, isEmptyPortfolio, seedDemo } from '@portfolio/db';
import { createClock } from '../../clock.ts';
import { type Command, positiveInt, RefusedError, UsageError, withDatabase } from '../cli-support.ts';

export const seed: Command = {
  summary: 'write the demo portfolio into an empty database (scale 100 gives about 1M measurements)',
  usage: 'seed --demo [--scale N] [--seed N]',
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: { demo: { type: 'boolean' }, scale: { type: 'string' }, seed: { type: 'string' } },
    });
    if (!values.demo) throw new UsageError('seed needs --demo (the only data set there is)');
    const scale = positiveInt('scale', values.scale, 1);
    const seedNumber = positiveInt('seed', values.seed, 42);
    await withDatabase(config, 'portfolio seed', async ({ db, kind }) => {
      if (!(await isEmptyPortfolio(db))) {
        throw new UsageError('the database already holds a portfolio; seed only writes into an empty one');
      }
      const started = performance.now();
      const counts = await seedDemo(db, {
        today: createClock(config.today).today(),
        scale,
        seed: seedNumber,
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Seeded the demo portfolio at scale ${scale} into ${kind} in ${seconds} s:`);
      for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(14)} ${n}`);
    }).catch((error: unknown) => {
      // Seeding writes hundreds of thousands of rows into an empty database: not through a running dashboard.
      if (!(error instanceof FolderInUseError)) throw error;
      throw new RefusedError(
        `${error.message} seed writes only into an empty database and not while it is in use: stop it first ` +
          '(an empty embedded database is seeded with the demo when the dashboard first starts).',
      );
    });
  },
};
