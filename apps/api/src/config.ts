import { dateSchema } from '@portfolio/domain';
import { z } from 'zod';

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
  PORTFOLIO_TODAY: dateSchema.optional(),
  PORTFOLIO_PASSWORD: z.string().min(1).optional(),
  PORTFOLIO_ANSWER_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(64),
  PORTFOLIO_TRUST_PROXY: z
    .string()
    .transform((text, ctx): TrustProxy => {
      const value = text.trim();
      if (value === 'false') return false;
      if (/^\d+$/.test(value)) return Number(value);
      const parts = value.split(',').map((part) => part.trim());
      const address = /^(loopback|linklocal|uniquelocal|[\d.]+(\/\d+)?|[\da-fA-F:]+(\/\d+)?)$/;
      if (parts.every((part) => address.test(part))) return parts;
      ctx.addIssue({
        code: 'custom',
        message: 'must be false, a number of proxy hops, or addresses/subnets such as loopback or 10.0.0.0/8',
      });
      return z.NEVER;
    })
    .default(false),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * Which proxies' X-Forwarded-For/-Proto the server believes (Express's `trust proxy`): none by default, so a client
 * cannot choose its own address for the sign-in limits or the audit trail.
 */
export type TrustProxy = false | number | string[];

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
  trustProxy: TrustProxy;
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
    trustProxy: c.PORTFOLIO_TRUST_PROXY,
    production: c.NODE_ENV === 'production',
    logLevel: c.LOG_LEVEL,
  };
}
