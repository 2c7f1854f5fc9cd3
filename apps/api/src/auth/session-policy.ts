/** How long a session lives: ended after an hour without a request, and after 12 hours whatever happens. */
export const SESSION_IDLE_SECONDS = 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_COOKIE = 'portfolio_session';

/** The cookie of a browser a user signed in from (sign-in.ts), kept for 180 days. */
export const DEVICE_COOKIE = 'portfolio_device';
export const DEVICE_SECONDS = 180 * 24 * 60 * 60;

/**
 * Sign-in attempts: failures counted over 15 minutes, per account and per address for browsers the account has not
 * signed in from, per device for those it has.
 */
export const SIGN_IN_LIMITS = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20, perDevice: 5 };
