import { dateSchema, isTimeZone } from '@portfolio/domain';
import { z } from 'zod';

/** Every setting the app reads from the environment, validated once at start (DESIGN.md, Configuration). */
const configSchema = z
  .object({
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
          message:
            'must be false, a number of proxy hops, or addresses/subnets such as loopback or 10.0.0.0/8',
        });
        return z.NEVER;
      })
      .default(false),
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:$/.test(protocolOf(value)), 'must be an smtp:// or smtps:// URL')
      .optional(),
    PORTFOLIO_MAIL_FROM: z
      .string()
      .regex(/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/, 'must be an address, or "Name <address>"')
      .optional(),
    PORTFOLIO_PUBLIC_URL: z
      .string()
      .refine((value) => /^https?:$/.test(protocolOf(value)), 'must be an http:// or https:// URL')
      .optional(),
    PORTFOLIO_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')
      .default('UTC'),
    PORTFOLIO_SECRET_KEY: z
      .string()
      .refine(
        (value) => secretKeyBytes(value) !== null,
        'must be 32 random bytes, as 64 hex digits or in base64',
      )
      .optional(),
    PORTFOLIO_NOTIFY_TICK_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    PORTFOLIO_NOTIFY_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(60_000),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((env) => env.SMTP_URL === undefined || env.PORTFOLIO_MAIL_FROM !== undefined, {
    path: ['PORTFOLIO_MAIL_FROM'],
    message: 'is required with SMTP_URL: the address digests are sent from',
  });

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** A 256-bit key written as 64 hex digits or base64; null when it is not one. */
function secretKeyBytes(text: string): Buffer | null {
  const bytes = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  return bytes.length === 32 ? bytes : null;
}

/** Alert digests and chat messages (apps/api/src/notifications). */
export interface NotificationConfig {
  /** The mail server; unset: digests are built and kept as "would have sent". */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where the dashboard is reached, for the links in messages (no trailing slash). */
  publicUrl: string;
  /** The organisation's time zone (IANA), whose wall-clock hours digests are sent at. */
  timeZone: string;
  /** Seals webhook URLs; unset: a key file in the embedded database's folder (secret-box.ts). */
  secretKey: Buffer | undefined;
  /** How often the server looks for due digests, new critical alerts and messages to send. */
  tickMs: number;
  /** The wait before the first retry of a failed message; each further one waits twice as long. */
  retryMs: number;
}

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
  notifications: NotificationConfig;
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
    notifications: {
      smtpUrl: c.SMTP_URL,
      mailFrom: c.PORTFOLIO_MAIL_FROM ?? 'Outsourcing Portfolio <portfolio@localhost>',
      publicUrl: (c.PORTFOLIO_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
      timeZone: c.PORTFOLIO_TIME_ZONE,
      secretKey:
        c.PORTFOLIO_SECRET_KEY === undefined
          ? undefined
          : (secretKeyBytes(c.PORTFOLIO_SECRET_KEY) ?? undefined),
      tickMs: c.PORTFOLIO_NOTIFY_TICK_MS,
      retryMs: c.PORTFOLIO_NOTIFY_RETRY_MS,
    },
  };
}
