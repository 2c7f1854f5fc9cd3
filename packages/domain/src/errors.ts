/** Why a business rule refused its input; callers map these to user-facing errors. */
export type DomainErrorCode =
  | 'INVALID_MONEY'
  | 'INVALID_DECIMAL'
  | 'INVALID_PERIOD'
  | 'INVALID_DATE'
  | 'INVALID_ARGUMENT'
  | 'MISSING_FX_RATE';

/** An input a business rule cannot accept, with a stable code and a message fit to show the user. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}

/** A conversion needed an FX rate that is not on record; a missing rate is never taken as 1. */
export class MissingFxRateError extends DomainError {
  readonly currency: string;
  readonly period: string;
  readonly reportingCurrency: string;

  constructor(currency: string, period: string, reportingCurrency: string) {
    super('MISSING_FX_RATE', `No FX rate for ${currency} in ${period} (to ${reportingCurrency})`);
    this.name = 'MissingFxRateError';
    this.currency = currency;
    this.period = period;
    this.reportingCurrency = reportingCurrency;
  }
}
