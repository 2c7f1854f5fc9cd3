import {
  CRITICAL_BREACH_CAP,
  CRITICAL_BREACH_PENALTY,
  CRITICAL_BREACH_PENALTY_MAX,
  VENDOR_BAND_FLOORS,
  VENDOR_SCORE_WEIGHTS,
  type VendorScoreComponent,
} from '@portfolio/domain';
import { BAND_LABEL, COMPONENT_LABEL } from './vendor-data.ts';

/** How the score is made, in one sentence per step: the weights, the critical breaches, the cap and the bands. */
export function ScoreWeights() {
  return (
    <p className="note">
      Score = weighted mean of the components that apply (0–100 each):{' '}
      {(Object.entries(VENDOR_SCORE_WEIGHTS) as [VendorScoreComponent, number][])
        .map(([component, weight]) => `${COMPONENT_LABEL[component]} ×${weight}`)
        .join(', ')}
      ; less {CRITICAL_BREACH_PENALTY} points per critical SLA breach (at most {CRITICAL_BREACH_PENALTY_MAX});
      a vendor with a critical breach scores at most {CRITICAL_BREACH_CAP}. Bands:{' '}
      {VENDOR_BAND_FLOORS.filter(([, floor]) => Number.isFinite(floor))
        .map(([band, floor]) => `${BAND_LABEL[band]} from ${floor}`)
        .join(', ')}
      , otherwise At risk.
    </p>
  );
}
