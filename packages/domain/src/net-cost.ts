import { assertCents, type Cents, toCents } from './money.ts';

/** Net cost = charges (all categories) − credits owed − credits pending (a pending credit is withheld until settled). */
export function netCostCents(charges: Cents, owed: Cents, pending: Cents): Cents {
  assertCents(charges, 'Charges');
  assertCents(owed, 'Credits owed');
  assertCents(pending, 'Credits pending');
  // Plain arithmetic is exact while every step stays a safe integer; past that, bigint says it is out of range.
  const withoutOwed = charges - owed;
  const net = withoutOwed - pending;
  if (Number.isSafeInteger(withoutOwed) && Number.isSafeInteger(net)) return net;
  return toCents(BigInt(charges) - BigInt(owed) - BigInt(pending));
}
