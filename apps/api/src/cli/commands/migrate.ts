import { type Command, withDatabase } from '../cli-support.ts';

export const migrate: Command = {
  summary: 'bring the database schema up to date',
  usage: 'migrate',
  async run(_args, config) {
    await withDatabase(config, async ({ kind }) => {
      console.log(`The ${kind} database schema is up to date.`);
    });
  },
};
