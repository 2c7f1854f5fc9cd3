import { VENDOR_BAND_FLOORS, VENDOR_SCORE_WEIGHTS, type VendorScoreComponent } from '@portfolio/domain';
import { BAND_LABEL, COMPONENT_LABEL } from './vendor-data.ts';

/** How the score is made: the weights and the bands (from the domain rule). */
export function ScoreWeights() {
  return (
    <p className="note">
      Score = weighted mean of the components that apply (0–100 each):{' '}
      {(Object.entries(VENDOR_SCORE_WEIGHTS) as [VendorScoreComponent, number][])
        .map(([component, weight]) => `${COMPONENT_LABEL[component]} ×${weight}`)
        .join(', ')}
      . Bands:{' '}
      {VENDOR_BAND_FLOORS.filter(([, floor]) => Number.isFinite(floor))
        .map(([band, floor]) => `${BAND_LABEL[band]} from ${floor}`)
        .join(', ')}
      , otherwise At risk.
    </p>
  );
}
