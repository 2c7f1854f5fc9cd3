import { sql } from 'kysely';

/**
 * A column ordered by its bytes: the same order on every database whatever its collation (PGlite's and a
 * PostgreSQL server's differ on "AB-C" against "ABB"), where an order is part of a contract.
 */
export const byBytes = (column: string) => sql`${sql.ref(column)} collate "C"`;
