import { assertCents, type Cents, toCents } from './money.ts';

/** Net cost = charges (all categories) − credits owed − credits pending (a pending credit is withheld until settled). */
export function netCostCents(charges: Cents, owed: Cents, pending: Cents): Cents {
  assertCents(charges, 'Charges');
  assertCents(owed, 'Credits owed');
  assertCents(pending, 'Credits pending');
  return toCents(BigInt(charges) - BigInt(owed) - BigInt(pending));
}
