import { pino } from 'pino';

/** Structured JSON logs on stdout; one logger for the server and the CLI. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'portfolio-api' } });
}

export type Logger = ReturnType<typeof createLogger>;
