import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportCount } from '@portfolio/db';
import {
  compareInterchangeFileNames,
  formatInterchangeError,
  INTERCHANGE_FILE_NAMES,
  type InterchangeFileName,
  isInterchangeFileName,
} from '@portfolio/domain';
import { type Command, UsageError, withApi } from '../cli-support.ts';

const KNOWN = INTERCHANGE_FILE_NAMES.join(', ');

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
      paths.map(async (path) => ({
        name: basename(path) as InterchangeFileName,
        content: await readFile(path, 'utf8'),
      })),
    );
    files.sort((a, b) => compareInterchangeFileNames(a.name, b.name));
    await withApi(config, 'portfolio import', async ({ api, kind }) => {
      const started = performance.now();
      const imported: ImportCount[] = [];
      for (const [index, { name, content }] of files.entries()) {
        // The dashboard's import procedure, audited as one `import` event per file in the file's transaction.
        const result = await api.imports.run({ file: name, content, errors: 'all' });
        if (result.status === 'imported') {
          imported.push(result.count);
          continue;
        }
        if (imported.length > 0) {
          console.log(`Imported into ${kind}:`);
          for (const count of imported) console.log(describe(count, WIDTH));
        }
        const rows = result.badRows === 1 ? 'row' : 'rows';
        console.error(`${name}: rejected, ${result.badRows} bad ${rows}`);
        for (const bad of result.errors) console.error(`  ${formatInterchangeError(bad)}`);
        const skipped = files.slice(index + 1).map((file) => file.name);
        const notImported = skipped.length > 0 ? `; not imported: ${skipped.join(', ')}` : '';
        throw new Error(`${name} was rejected, nothing of it was written${notImported}`);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Imported ${imported.length} ${imported.length === 1 ? 'file' : 'files'} into ${kind} in ${seconds} s:`,
      );
      for (const count of imported) console.log(describe(count, WIDTH));
    });
  },
};
