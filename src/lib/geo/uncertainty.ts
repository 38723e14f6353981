/** A distance that may be uncertain: the site lies somewhere within `uncertaintyKm` of its point. */
export interface DistanceRange {
  /** Smallest possible distance, kilometres (never below 0). */
  minKm: number;
  /** Distance from the site's recorded point or geometry, kilometres. */
  pointKm: number;
  /** Largest possible distance, kilometres. */
  maxKm: number;
}

/**
 * The range of true distances when the site is only known to within `uncertaintyKm` of where it is
 * drawn (town, district or region precision). By the triangle inequality the true distance lies in
 * [d − u, d + u], clipped at 0. Exact sites have u = 0 and a range of one value.
 */
export function distanceRange(pointKm: number, uncertaintyKm = 0): DistanceRange {
  const u = Math.max(0, uncertaintyKm);
  return { minKm: Math.max(0, pointKm - u), pointKm, maxKm: pointKm + u };
}
