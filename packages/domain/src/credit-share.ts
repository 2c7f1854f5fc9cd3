import { assertCents, type Cents } from './money.ts';

/** Credits as a share of charges: credits ÷ charges × 100, unrounded; null when nothing was charged. */
export function creditSharePct(creditsCents: Cents, chargesCents: Cents): number | null {
  assertCents(creditsCents, 'Credits');
  assertCents(chargesCents, 'Charges');
  return chargesCents <= 0 ? null : (creditsCents * 100) / chargesCents;
}
