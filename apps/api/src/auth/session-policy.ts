/** How long a session lives: ended after an hour without a request, and after 12 hours whatever happens. */
export const SESSION_IDLE_SECONDS = 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_COOKIE = 'portfolio_session';

/** Sign-in attempts: failures counted over 15 minutes, per account and per address. */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 5;
export const SIGN_IN_MAX_FAILURES_PER_ADDRESS = 20;
