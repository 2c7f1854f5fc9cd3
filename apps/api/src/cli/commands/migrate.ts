import { FolderInUseError } from '@portfolio/db';
import { type Command, serverOwning, withDatabase } from '../cli-support.ts';

export const migrate: Command = {
  summary: 'bring the database schema up to date',
  usage: 'migrate',
  async run(_args, config) {
    try {
      await withDatabase(config, 'portfolio migrate', async ({ kind }) => {
        console.log(`The ${kind} database schema is up to date.`);
      });
    } catch (error) {
      if (!(error instanceof FolderInUseError)) throw error;
      // A server migrates its database as it starts, before it listens.
      const server = await serverOwning(error);
      console.log(`The pglite database schema is up to date (the server at ${server.url} migrated it).`);
    }
  },
};
