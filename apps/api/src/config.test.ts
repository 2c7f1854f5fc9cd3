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
      notifications: {
        smtpUrl: undefined,
        mailFrom: 'Outsourcing Portfolio <portfolio@localhost>',
        publicUrl: 'http://localhost:3000',
        timeZone: 'UTC',
        secretKey: undefined,
        tickMs: 30_000,
        retryMs: 60_000,
      },
    });
  });

  it('reads the mail server, the links’ address, the time zone, the secret key and the sender’s pace', () => {
    const key = 'ab'.repeat(32);
    const { notifications } = loadConfig({
      SMTP_URL: 'smtps://digest:secret@mail.example.com:465',
      PORTFOLIO_MAIL_FROM: 'Portfolio <portfolio@example.com>',
      PORTFOLIO_PUBLIC_URL: 'https://portfolio.example.com/',
      PORTFOLIO_TIME_ZONE: 'Europe/Berlin',
      PORTFOLIO_SECRET_KEY: key,
      PORTFOLIO_NOTIFY_TICK_MS: '100',
      PORTFOLIO_NOTIFY_RETRY_MS: '50',
    });
    expect(notifications).toEqual({
      smtpUrl: 'smtps://digest:secret@mail.example.com:465',
      mailFrom: 'Portfolio <portfolio@example.com>',
      publicUrl: 'https://portfolio.example.com',
      timeZone: 'Europe/Berlin',
      secretKey: Buffer.from(key, 'hex'),
      tickMs: 100,
      retryMs: 50,
    });
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ PORTFOLIO_SECRET_KEY: base64 }).notifications.secretKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({ PORT: '8080' }).notifications.publicUrl).toBe('http://localhost:8080');
  });

  it('refuses a bad mail server, address, time zone or key, and a mail server without a sender', () => {
    const read = () =>
      loadConfig({
        SMTP_URL: 'http://mail.example.com',
        PORTFOLIO_MAIL_FROM: 'nobody',
        PORTFOLIO_PUBLIC_URL: 'portfolio.example.com',
        PORTFOLIO_TIME_ZONE: 'Mars/Olympus',
        PORTFOLIO_SECRET_KEY: 'short',
        PORTFOLIO_NOTIFY_TICK_MS: '0',
      });
    expect(read).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(read).toThrow(/PORTFOLIO_MAIL_FROM: must be an address/);
    expect(read).toThrow(/PORTFOLIO_PUBLIC_URL: must be an http/);
    expect(read).toThrow(/PORTFOLIO_TIME_ZONE: must be an IANA time zone/);
    expect(read).toThrow(/PORTFOLIO_SECRET_KEY: must be 32 random bytes/);
    expect(read).toThrow(/PORTFOLIO_NOTIFY_TICK_MS: /);
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(
      /PORTFOLIO_MAIL_FROM: is required with SMTP_URL/,
    );
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
