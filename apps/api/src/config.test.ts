import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './.data',
      currency: 'USD',
      fiscalYearStart: 1,
      today: undefined,
      password: undefined,
      answerCacheMb: 64,
      trustProxy: false,
      production: false,
      logLevel: 'info',
    });
  });

  it('reads every variable, and treats an empty one as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db:5432/portfolio',
      PORTFOLIO_CURRENCY: 'EUR',
      PORTFOLIO_FISCAL_YEAR_START: '4',
      PORTFOLIO_TODAY: '2026-02-28',
      PORTFOLIO_ANSWER_CACHE_MB: '256',
      PORTFOLIO_DATA_DIR: '',
      PORTFOLIO_TRUST_PROXY: 'loopback, 10.0.0.0/8',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://app@db:5432/portfolio',
      dataDir: './.data',
      currency: 'EUR',
      fiscalYearStart: 4,
      today: '2026-02-28',
      answerCacheMb: 256,
      trustProxy: ['loopback', '10.0.0.0/8'],
      production: true,
    });
    expect(loadConfig({ PORTFOLIO_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ PORTFOLIO_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('names every bad variable with what it must be', () => {
    const read = () =>
      loadConfig({
        PORT: 'eighty',
        PORTFOLIO_CURRENCY: 'usd',
        PORTFOLIO_TODAY: '2026-02-30',
        PORTFOLIO_ANSWER_CACHE_MB: '0',
        PORTFOLIO_TRUST_PROXY: 'everyone',
      });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/PORT: /);
    expect(read).toThrow(/PORTFOLIO_CURRENCY: must be a three-letter ISO 4217 code/);
    expect(read).toThrow(/PORTFOLIO_TODAY: Expected a calendar date YYYY-MM-DD/);
    expect(read).toThrow(/PORTFOLIO_TRUST_PROXY: must be false, a number of proxy hops/);
    expect(read).toThrow(/PORTFOLIO_ANSWER_CACHE_MB: /);
  });
});
