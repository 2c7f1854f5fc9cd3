import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('createLogger', () => {
  it("writes an error's message and PostgreSQL code, not the connection pg's pool attaches to it", () => {
    const lines: string[] = [];
    const logger = createLogger('warn', { write: (line: string) => void lines.push(line) });
    const lost = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      client: { connectionParameters: { user: 'postgres', database: 'portfolio' }, _queryQueue: [] },
    });
    logger.warn({ err: lost }, 'idle database connection lost');
    const [line] = lines.map((text) => JSON.parse(text));
    expect(line.msg).toBe('idle database connection lost');
    expect(line.err).toMatchObject({
      type: 'Error',
      message: 'terminating connection due to administrator command',
      code: '57P01',
    });
    expect(line.err).not.toHaveProperty('client');
  });
});
