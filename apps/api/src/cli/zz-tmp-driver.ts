import { loadConfig } from '../config.ts';
import { UsageError } from './cli-support.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';

const [name, ...args] = process.argv.slice(2);
const command = name === 'import' ? importCommand : exportCommand;
try {
  await command.run(args, loadConfig());
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`Error: ${error.message}\n(usage: ${command.usage})`);
    process.exitCode = 2;
  } else {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
