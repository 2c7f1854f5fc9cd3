import { z } from 'zod';

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Every setting the app reads from the environment, validated once at start (DESIGN.md, Configuration). */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PORTFOLIO_DATA_DIR: z.string().min(1).default('./.data'),
  PORTFOLIO_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD')
    .default('USD'),
  PORTFOLIO_FISCAL_YEAR_START: z.coerce.number().int().min(1).max(12).default(1),
  PORTFOLIO_TODAY: z
    .string()
    .regex(isoDate, 'must be a date YYYY-MM-DD')
    .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'must be a real calendar date')
    .optional(),
  PORTFOLIO_PASSWORD: z.string().min(1).optional(),
  PORTFOLIO_ANSWER_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(64),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  currency: string;
  fiscalYearStart: number;
  /** Fixed "today" (YYYY-MM-DD), or undefined to use the real date. */
  today: string | undefined;
  password: string | undefined;
  /** Memory for the answers kept per data version (apps/api/src/answer-cache.ts), in MiB of their JSON. */
  answerCacheMb: number;
  production: boolean;
  logLevel: string;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.PORTFOLIO_DATA_DIR,
    currency: c.PORTFOLIO_CURRENCY,
    fiscalYearStart: c.PORTFOLIO_FISCAL_YEAR_START,
    today: c.PORTFOLIO_TODAY,
    password: c.PORTFOLIO_PASSWORD,
    answerCacheMb: c.PORTFOLIO_ANSWER_CACHE_MB,
    production: c.NODE_ENV === 'production',
    logLevel: c.LOG_LEVEL,
  };
}
