/** Types of the hand-curated records in `scripts/data/curated-sites.ts`. */
import type { Citation, Dispute, Precision, SiteLayerName } from '../../src/lib/data/schema.ts';

/**
 * Where a curated site's point comes from. No coordinate is typed by hand:
 * - `research`: lat/lon of a record in `../shared/data/sites/research-sites.json`;
 * - `aiddata`: the representative point of an AidData project's geometry;
 * - `rayon`: a point inside a COD-AB rayon (district) polygon (for sites known only by district).
 */
export type PointFrom = { research: string } | { aiddata: number } | { rayon: string };

/**
 * How `uncertainty_km` is derived (see geodata/README.md):
 * - `exact`: 0;
 * - `rayon` / `oblast`: distance from the point to the farthest vertex of that COD-AB polygon;
 * - `farthest`: distance from the point to the farthest of other research points (lines);
 * - `km`: a stated radius with its reason.
 */
export type UncertaintyFrom =
  | { exact: true }
  | { rayon: string }
  | { oblast: string }
  | { farthest: string[] }
  | { km: number; basis: string };

/** One hand-curated site (projects, crossings, protests or mines). */
export interface CuratedSite {
  id: string;
  layer: SiteLayerName;
  name: string;
  name_ru?: string;
  name_ky?: string;
  name_zh?: string;
  alt_names?: string[];
  kind: string;
  description: string;
  operator: string | null;
  status: string | null;
  date_start: string | null;
  date_end: string | null;
  precision: Precision;
  /** Where the point came from and what it stands in for. */
  precision_note: string;
  point_from: PointFrom;
  uncertainty: UncertaintyFrom;
  citations: Citation[];
  related?: string[];
  disputes?: Dispute[];
  /** Protests only: ids of the sites the protest targeted. */
  targets?: string[];
  /** Protests only: size as sourced. */
  size?: string | null;
  /** Projects only. */
  sector?: string | null;
  funders?: string[];
  amount_usd_2021?: null;
}

/** Additions to an AidData project feature (extra citations, links, disputes). */
export interface AidDataAddition {
  related?: string[];
  citations?: Citation[];
  disputes?: Dispute[];
}
