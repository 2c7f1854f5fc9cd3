import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ImportCount, ImportRejectedError, importFiles } from '@portfolio/db';
import { formatInterchangeError, INTERCHANGE_FILE_NAMES, isInterchangeFileName } from '@portfolio/domain';
import { type Command, UsageError, withDatabase } from '../cli-support.ts';

const KNOWN = INTERCHANGE_FILE_NAMES.join(', ');

/** Whoever runs the CLI holds the database; the audit trail names them as the CLI's other commands do. */
const CLI_ACTOR = { userId: null, tokenId: null, label: 'cli' };

/** The interchange files the arguments name: a folder gives every known file in it, a file must have a known name. */
async function collectPaths(args: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${arg}`);
    if (info.isDirectory()) {
      const present = new Set(await readdir(arg));
      const found = INTERCHANGE_FILE_NAMES.filter((name) => present.has(name));
      if (found.length === 0) throw new UsageError(`${arg} holds none of the interchange files (${KNOWN})`);
      paths.push(...found.map((name) => join(arg, name)));
    } else if (isInterchangeFileName(basename(arg))) {
      paths.push(arg);
    } else {
      throw new UsageError(
        `${arg}: "${basename(arg)}" is not an interchange file name; the known files are ${KNOWN}`,
      );
    }
  }
  const names = paths.map((path) => basename(path));
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw new UsageError(`${twice} is given more than once`);
  return paths;
}

function describe(count: ImportCount, width: number): string {
  const recomputed = count.statusesChanged
    ? `; ${count.statusesChanged} measurement statuses recomputed`
    : '';
  return (
    `  ${count.file.padEnd(width)} ${String(count.rows).padStart(7)} rows: ${count.inserted} inserted, ` +
    `${count.updated} updated, ${count.unchanged} unchanged${recomputed}`
  );
}

const WIDTH = Math.max(...INTERCHANGE_FILE_NAMES.map((name) => name.length));

export const importCommand: Command = {
  summary: `import interchange CSV files in dependency order, each file all or nothing (${KNOWN})`,
  usage: 'import <folder | file.csv …>',
  async run(args, config) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    if (positionals.length === 0) throw new UsageError('import needs a folder or interchange files');
    const paths = await collectPaths(positionals);
    const files = await Promise.all(
      paths.map(async (path) => ({ name: basename(path), content: await readFile(path, 'utf8') })),
    );
    await withDatabase(config, async ({ db, kind }) => {
      const started = performance.now();
      try {
        // Audited as the dashboard's imports are: one `import` event per file, in the file's transaction.
        const counts = await importFiles(db, files, { audit: { actor: CLI_ACTOR } });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `Imported ${counts.length} ${counts.length === 1 ? 'file' : 'files'} into ${kind} in ${seconds} s:`,
        );
        for (const count of counts) console.log(describe(count, WIDTH));
      } catch (error) {
        if (!(error instanceof ImportRejectedError)) throw error;
        if (error.imported.length > 0) {
          console.log(`Imported into ${kind}:`);
          for (const count of error.imported) console.log(describe(count, WIDTH));
        }
        const rows = error.badRows === 1 ? 'row' : 'rows';
        console.error(`${error.file}: rejected, ${error.badRows} bad ${rows}`);
        for (const bad of error.errors) console.error(`  ${formatInterchangeError(bad)}`);
        const skipped = error.skipped.length > 0 ? `; not imported: ${error.skipped.join(', ')}` : '';
        throw new Error(`${error.file} was rejected, nothing of it was written${skipped}`);
      }
    });
  },
};
