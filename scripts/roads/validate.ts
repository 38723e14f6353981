/**
 * Prints the validation table of distances by road (README, "Roads and relief"): each stated
 * distance, the network's, and the difference. Run: `npx tsx scripts/roads/validate.ts`.
 */
import { validationRows } from './validation';

const km = (x: number) => `${Math.round(x)} km`;
console.log('| route | stated | what the figure is | by road on the network | difference |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of validationRows()) {
  const net =
    r.networkKm === null
      ? 'no road in the data'
      : `≈ ${km(r.networkKm)}${r.syntheticKm > 0.05 ? ` (${r.syntheticKm.toFixed(1)} km synthetic)` : ''}`;
  const diff =
    r.error === null ? '—' : `${r.error > 0 ? '+' : '−'}${Math.abs(r.error * 100).toFixed(0)} %`;
  console.log(`| ${r.route} | ${km(r.referenceKm)} | ${r.reference} | ${net} | ${diff} |`);
}
