import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Command, UsageError, withApi } from '../cli-support.ts';

export const exportCommand: Command = {
  summary: 'write the portfolio as interchange CSV files into a folder (created when missing)',
  usage: 'export <folder>',
  async run(args, config) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const [folder, ...rest] = positionals;
    if (folder === undefined || rest.length > 0) throw new UsageError('export needs exactly one folder');
    await withApi(config, 'portfolio export', async ({ api, kind }) => {
      const files = await api.exports.all();
      await mkdir(folder, { recursive: true });
      for (const file of files) await writeFile(join(folder, file.name), file.content, 'utf8');
      const width = Math.max(...files.map((file) => file.name.length));
      console.log(`Exported ${files.length} files from ${kind} to ${folder}:`);
      for (const file of files)
        console.log(`  ${file.name.padEnd(width)} ${String(file.rows).padStart(7)} rows`);
    });
  },
};
