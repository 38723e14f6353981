/**
 * Schemas (valibot) and TypeScript types for the atlas data files in `geodata/`.
 * The contract is described in plain words in `geodata/README.md`.
 */
import * as v from 'valibot';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import {
  GEOMETRY_TYPES,
  ID_PATTERN,
  PARTIAL_DATE_PATTERN,
  PRECISIONS,
  isWebUrl,
  type LayerName,
  type Precision,
  type SiteLayerName,
} from './constants';

// The plain constants live in constants.ts (no valibot), so the app's main bundle can use them
// while validation runs in a worker; they are re-exported here for data code and tests.
export * from './constants';

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be a kebab-case id'));
const PartialDate = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE_PATTERN, 'must be a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
);
/** [lon, lat] in degrees. */
const LonLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);

const WebUrl = v.pipe(v.string(), v.check(isWebUrl, 'must be an absolute https: or http: URL'));

/**
 * Where an uncertain site may really be (distances are ranges over it): `circle`, within
 * `uncertainty_km` of its point; `geometry`, anywhere in its own polygon (a city boundary standing
 * in for the city); `shape`, anywhere in a polygon of areas.geojson (a district, a region, a city's
 * outline). Null for exact sites: the site is its geometry.
 */
export const AreaRefSchema = v.nullable(
  v.union(
    [
      v.strictObject({ kind: v.literal('circle') }),
      v.strictObject({ kind: v.literal('geometry') }),
      v.strictObject({ kind: v.literal('shape'), id: Id }),
    ],
    'must be null, {"kind": "circle"}, {"kind": "geometry"} or {"kind": "shape", "id": area id}',
  ),
);
/** Where an uncertain site may be, as the data names it. */
export type AreaRef = v.InferOutput<typeof AreaRefSchema>;

export const CitationSchema = v.strictObject({
  /** Key in sources.json. */
  source: NonEmpty,
  /** The fact this source supports, in plain words. */
  fact: NonEmpty,
  /**
   * Verbatim text from the source (whitespace runs collapsed to one space). Quotes of the two
   * article texts are checked by the quote manifest, quotes of AidData records by the data build,
   * quotes of web pages against the stored page when added (see geodata/README.md).
   */
  quote: v.optional(NonEmpty),
});
/** One citation: a source key, the fact it supports and, where the source's text was read, a verbatim quote. */
export type Citation = v.InferOutput<typeof CitationSchema>;

export const DisputeSchema = v.strictObject({
  /** The property (or aspect, e.g. `location`) on which sources disagree. */
  field: NonEmpty,
  /** Both sides, in plain words. */
  note: NonEmpty,
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'must have at least one citation')),
});
/** A recorded disagreement between sources, with both sides cited. */
export type Dispute = v.InferOutput<typeof DisputeSchema>;

const siteEntries = {
  id: Id,
  name: NonEmpty,
  name_ru: v.optional(NonEmpty),
  name_ky: v.optional(NonEmpty),
  name_zh: v.optional(NonEmpty),
  alt_names: v.array(NonEmpty),
  kind: NonEmpty,
  description: v.string(),
  operator: v.nullable(NonEmpty),
  status: v.nullable(NonEmpty),
  date_start: v.nullable(PartialDate),
  date_end: v.nullable(PartialDate),
  date_precision: v.optional(v.picklist(['day', 'month', 'year'])),
  /** How the dates were found when it is not plain: a year inferred, a day uncertain, an end unsourced. */
  date_note: v.optional(NonEmpty),
  precision: v.picklist(PRECISIONS),
  precision_note: NonEmpty,
  uncertainty_km: v.pipe(v.number(), v.minValue(0, 'must be >= 0')),
  point: LonLat,
  /** Where the area it may be in comes from (null: exact). */
  area: AreaRefSchema,
  /**
   * Where the symbol is drawn, when not at `point`: a point inside the district or region that is
   * no settlement's, or the point of the best-located record of the same place.
   */
  marker: v.optional(LonLat),
  /** The place (physical site) this record belongs to, when others share it: the place's id. */
  place: v.optional(Id),
  citations: v.pipe(
    v.array(CitationSchema),
    v.minLength(1, 'must have at least one citation (every site needs a source)'),
  ),
  related: v.array(Id),
  disputes: v.optional(v.array(DisputeSchema)),
};

/** Non-exact sites must say how far the real site may be from the point, and where it may be. */
function uncertaintyFits(p: {
  precision: Precision;
  uncertainty_km: number;
  area: AreaRef;
}): boolean {
  return p.precision === 'exact' ? p.area === null : p.uncertainty_km > 0 && p.area !== null;
}
const UNCERTAINTY_MSG =
  'must be > 0 and have an area when precision is not exact (and no area when it is)';

/** Pipe action: `uncertainty_km` must be > 0 unless precision is exact (issue on that field). */
function uncertaintyRule<
  T extends { precision: Precision; uncertainty_km: number; area: AreaRef },
>() {
  const path = ['uncertainty_km'] as const;
  return v.forward<T, v.CheckIssue<T>, typeof path>(
    v.check<T, string>(uncertaintyFits, UNCERTAINTY_MSG),
    path as never,
  );
}

export const ProjectPropertiesSchema = v.pipe(
  v.strictObject({
    ...siteEntries,
    layer: v.literal('projects'),
    aiddata_id: v.nullable(v.pipe(v.number(), v.integer())),
    sector: v.nullable(NonEmpty),
    amount_usd_2021: v.nullable(v.number()),
    funders: v.array(NonEmpty),
    commitment_year: v.nullable(v.pipe(v.number(), v.integer())),
    completion_year: v.nullable(v.pipe(v.number(), v.integer())),
    flow_type: v.nullable(NonEmpty),
    aiddata_precision: v.nullable(v.picklist(['precise', 'approximate', 'adm'])),
    geometry_kind: v.picklist(['point', 'line', 'polygon', 'mixed']),
    osm_links: v.array(WebUrl),
  }),
  uncertaintyRule(),
);
/** Properties of a feature in projects.geojson. */
export type ProjectProperties = v.InferOutput<typeof ProjectPropertiesSchema>;

export const CrossingPropertiesSchema = v.pipe(
  v.strictObject({ ...siteEntries, layer: v.literal('crossings') }),
  uncertaintyRule(),
);
/** Properties of a feature in crossings.geojson. */
export type CrossingProperties = v.InferOutput<typeof CrossingPropertiesSchema>;

export const MinePropertiesSchema = v.pipe(
  v.strictObject({ ...siteEntries, layer: v.literal('mines') }),
  uncertaintyRule(),
);
/** Properties of a feature in mines.geojson. */
export type MineProperties = v.InferOutput<typeof MinePropertiesSchema>;

export const ProtestPropertiesSchema = v.pipe(
  v.strictObject({
    ...siteEntries,
    layer: v.literal('protests'),
    targets: v.array(Id),
    size: v.nullable(NonEmpty),
  }),
  uncertaintyRule(),
);
/** Properties of a feature in protests.geojson. */
export type ProtestProperties = v.InferOutput<typeof ProtestPropertiesSchema>;

const Population = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1, 'must be null when unknown, never 0'),
);
const Year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100));

/** Precision of every community: the point of a settlement (usually within 1–2 km of it). */
export const COMMUNITY_PRECISION = 'settlement point';

/** Another population figure for the same settlement (another year or source), shown as such. */
export const PopulationFigureSchema = v.strictObject({
  population: Population,
  year: v.nullable(Year),
  source: NonEmpty,
  url: v.optional(WebUrl),
  note: v.optional(NonEmpty),
});
/** Another population figure for the same settlement. */
export type PopulationFigure = v.InferOutput<typeof PopulationFigureSchema>;

/**
 * The aiyl okmotu (rural municipality, pre-2024 units) whose administrative centre this settlement
 * is, with the population of the whole okmotu: several villages, never this village's own.
 */
export const AiylOkmotuSchema = v.pipe(
  v.strictObject({
    /** As spelled by the source (German Wikipedia). */
    name: NonEmpty,
    /** 2009 census count (NSC), when the source gives it. */
    population_2009: v.nullable(Population),
    /** 2021 NSC table: a local register count, not a census count. */
    population_2021: v.nullable(Population),
    source: NonEmpty,
    url: WebUrl,
    note: v.optional(NonEmpty),
  }),
  v.check(
    (a) => a.population_2009 !== null || a.population_2021 !== null,
    'must give at least one population figure',
  ),
);
/** The aiyl okmotu a settlement is the centre of, with its total population. */
export type AiylOkmotu = v.InferOutput<typeof AiylOkmotuSchema>;

export const CommunityPropertiesSchema = v.strictObject({
  id: Id,
  layer: v.literal('communities'),
  name: NonEmpty,
  name_ky: v.nullable(NonEmpty),
  name_ru: v.nullable(NonEmpty),
  alt_names: v.array(NonEmpty),
  oblast: NonEmpty,
  rayon: NonEmpty,
  /** Every community is a settlement point (see {@link COMMUNITY_PRECISION}). */
  precision: v.literal(COMMUNITY_PRECISION),
  /** The settlement's own population; never an aiyl-okmotu total (that is `aiyl_okmotu`). */
  population: v.nullable(Population),
  /** Where the population figure comes from; present only when `population` is known. */
  population_source: v.optional(NonEmpty),
  /** The year of `population`, when the source gives it. */
  population_year: v.optional(Year),
  /** The page the population figure comes from, when there is one. */
  population_url: v.optional(WebUrl),
  /** Other figures for the same settlement (other years or sources that disagree). */
  population_other: v.optional(v.array(PopulationFigureSchema)),
  /** The aiyl okmotu this settlement is the centre of, with the okmotu's total population. */
  aiyl_okmotu: v.optional(AiylOkmotuSchema),
  geonames_id: v.nullable(v.pipe(v.number(), v.integer())),
  wof_id: v.pipe(v.number(), v.integer()),
});
/** Properties of a feature in communities.geojson. */
export type CommunityProperties = v.InferOutput<typeof CommunityPropertiesSchema>;

/** Properties shared by every site layer (projects, crossings, protests, mines). */
export type SiteProperties =
  ProjectProperties | CrossingProperties | MineProperties | ProtestProperties;

/** Expected nesting depth of `coordinates` for each geometry type (Point = 1). */
export const GEOMETRY_DEPTH: Record<(typeof GEOMETRY_TYPES)[number], number> = {
  Point: 1,
  MultiPoint: 2,
  LineString: 2,
  MultiLineString: 3,
  Polygon: 3,
  MultiPolygon: 4,
};

/** True when `coords` is a nested array of [lon, lat] positions exactly `depth` deep. */
export function hasPositionDepth(coords: unknown, depth: number): boolean {
  if (!Array.isArray(coords)) return false;
  if (depth === 1) {
    return (
      coords.length >= 2 &&
      coords.length <= 3 &&
      coords.every((n) => typeof n === 'number' && Number.isFinite(n))
    );
  }
  return coords.length > 0 && coords.every((c) => hasPositionDepth(c, depth - 1));
}

export const GeometrySchema = v.pipe(
  v.object({ type: v.picklist(GEOMETRY_TYPES), coordinates: v.array(v.unknown()) }),
  v.forward(
    v.check(
      (g) => hasPositionDepth(g.coordinates, GEOMETRY_DEPTH[g.type]),
      'must be a valid array of [lon, lat] positions for its type',
    ),
    ['coordinates'],
  ),
);

const PointGeometrySchema = v.pipe(v.object({ type: v.literal('Point'), coordinates: LonLat }));

function featureSchema<P extends v.GenericSchema>(properties: P, geometry: v.GenericSchema) {
  return v.object({
    type: v.literal('Feature'),
    id: Id,
    properties,
    geometry,
  });
}

/** Feature schemas per layer (the geometry of communities must be a Point). */
export const FEATURE_SCHEMAS = {
  projects: featureSchema(ProjectPropertiesSchema, GeometrySchema),
  crossings: featureSchema(CrossingPropertiesSchema, GeometrySchema),
  protests: featureSchema(ProtestPropertiesSchema, GeometrySchema),
  mines: featureSchema(MinePropertiesSchema, GeometrySchema),
  communities: featureSchema(CommunityPropertiesSchema, PointGeometrySchema),
} as const;

/** Properties type of each layer. */
export interface LayerProperties {
  projects: ProjectProperties;
  crossings: CrossingProperties;
  protests: ProtestProperties;
  mines: MineProperties;
  communities: CommunityProperties;
}

/** A validated feature of layer L (top-level `id` equals `properties.id`). */
export type LayerFeature<L extends LayerName> = Feature<
  L extends 'communities' ? Point : Geometry,
  LayerProperties[L]
> & { id: string };
/** A validated feature collection of layer L. */
export type LayerCollection<L extends LayerName> = FeatureCollection<
  L extends 'communities' ? Point : Geometry,
  LayerProperties[L]
> & { features: LayerFeature<L>[] };
/** A feature of any site layer. */
export type SiteFeature = LayerFeature<SiteLayerName>;

export const SourceSchema = v.strictObject({
  kind: v.picklist(['article', 'dataset', 'paper', 'web']),
  publisher: NonEmpty,
  title: NonEmpty,
  author: v.optional(v.nullable(NonEmpty)),
  date: v.nullable(PartialDate),
  /** The date as the source record gives it, when it is not a plain date (e.g. "unverified"). */
  date_note: v.optional(NonEmpty),
  /** The publisher's address (for Wikipedia, the canonical article URL). */
  url: WebUrl,
  /** The copy that was read, when it is not the publisher's page (a mirror, a syndicated copy). */
  read_url: v.optional(WebUrl),
  paywalled: v.optional(v.boolean()),
  access_note: v.optional(NonEmpty),
  /** Full bibliographic citation (datasets, papers). */
  citation: v.optional(NonEmpty),
  note: v.optional(NonEmpty),
});
/** One entry of sources.json. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** sources.json: source key → source. */
export type Sources = Record<string, Source>;

/** Kinds of polygon in areas.geojson. */
export const AREA_KINDS = ['district', 'city', 'region'] as const;

export const AreaPropertiesSchema = v.strictObject({
  id: Id,
  /** A COD-AB rayon (`district`), a city's outline (`city`) or an oblast (`region`). */
  kind: v.picklist(AREA_KINDS),
  /** As it is usually written, e.g. `Kochkor district`, `Bishkek`, `Issyk-Kul region`. */
  name: NonEmpty,
  name_ru: v.nullable(NonEmpty),
  name_ky: v.nullable(NonEmpty),
  /** COD-AB's own name, the key the curated files use (`Kochokor`, `Bishkek (city)`). */
  cod_ab: NonEmpty,
});
/** Properties of a feature in areas.geojson. */
export type AreaProperties = v.InferOutput<typeof AreaPropertiesSchema>;

const ShapeGeometrySchema = v.pipe(
  v.object({
    type: v.picklist(['Polygon', 'MultiPolygon']),
    coordinates: v.array(v.unknown()),
  }),
  v.forward(
    v.check(
      (g) => hasPositionDepth(g.coordinates, GEOMETRY_DEPTH[g.type]),
      'must be a valid array of [lon, lat] positions for its type',
    ),
    ['coordinates'],
  ),
);

export const AreaFeatureSchema = featureSchema(AreaPropertiesSchema, ShapeGeometrySchema);
/** A polygon an uncertain site may be in. */
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties> & { id: string };
/** areas.geojson. */
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties> & {
  features: AreaFeature[];
};
