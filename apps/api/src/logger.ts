import { type DestinationStream, pino } from 'pino';

/**
 * What a request log must never hold: the session cookie, a bearer token, a cookie being set. Anyone who can read
 * the logs could replay them; sessions and tokens are stored hashed for the same reason.
 */
const SECRETS = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'];

/**
 * An error as pino writes it (type, message, stack, its own fields such as PostgreSQL's code), less the `client` that
 * pg's pool attaches to an idle connection's error: the whole connection object, a screen of JSON per line.
 */
function serializeError(error: Error): Record<string, unknown> {
  const { client: _client, ...fields } = pino.stdSerializers.err(error);
  return fields;
}

/** Structured JSON logs on stdout (or the given stream); one logger for the server and the CLI. */
export function createLogger(level: string, destination?: DestinationStream) {
  const options = {
    level,
    base: { service: 'portfolio-api' },
    redact: { paths: SECRETS, censor: '[redacted]' },
    serializers: { err: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type Logger = ReturnType<typeof createLogger>;
