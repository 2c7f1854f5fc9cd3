import { TRPCClientError } from '@trpc/client';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { ConfigError, loadConfig } from '../config.ts';
import { FieldIssuesError } from '../write-errors.ts';
import { type Command, UsageError } from './cli-support.ts';
import { alerts } from './commands/alerts.ts';
import { digest } from './commands/digest.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { migrate } from './commands/migrate.ts';
import { missing } from './commands/missing.ts';
import { report } from './commands/report.ts';
import { seed } from './commands/seed.ts';
import { token } from './commands/token.ts';
import { user } from './commands/user.ts';
import { whatIf } from './commands/what-if.ts';

/** `pnpm portfolio <command>`: every command, in the order the help lists them. */
const commands: Record<string, Command> = {
  migrate,
  seed,
  report,
  'what-if': whatIf,
  alerts,
  missing,
  digest,
  user,
  token,
  import: importCommand,
  export: exportCommand,
};

function help(): string {
  const lines = Object.values(commands).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]);
  return [
    'Usage: pnpm portfolio <command> [options]',
    '',
    'Commands:',
    ...lines,
    '  help',
    '      show this text',
    '',
    'The database is PostgreSQL when DATABASE_URL is set, else the embedded one in PORTFOLIO_DATA_DIR (./.data).',
  ].join('\n');
}

/** The field issues of input the API refused, in this process (a ZodError) or through the server (its answer). */
function inputIssues(error: unknown): string[] | null {
  if (error instanceof TRPCError && error.cause instanceof ZodError) {
    return error.cause.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  if (error instanceof TRPCError && error.cause instanceof FieldIssuesError) {
    return error.cause.issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`);
  }
  if (error instanceof TRPCClientError) {
    const issues = (error.data as { issues?: { path: string; message: string }[] | null } | undefined)
      ?.issues;
    if (issues) return issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`);
  }
  return null;
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return 0;
  }
  try {
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command "${name}"`);
    await command.run(args, loadConfig());
    return 0;
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      console.error(`Error: ${error.message}\n\n${help()}`);
      return 2;
    }
    const issues = inputIssues(error);
    if (issues) {
      console.error(`Error: invalid input\n${issues.map((issue) => `  ${issue}`).join('\n')}`);
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

// Output piped into a program that stops reading (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
