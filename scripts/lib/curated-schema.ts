/**
 * Valibot schemas and types of the hand-curated files in `geodata/curated/` (described in
 * `geodata/README.md`). They are built from the app's own site schema (`src/lib/data/schema.ts`):
 * a curated site is a site feature's properties minus what the build computes (`point`,
 * `uncertainty_km`, `area`, `marker`, `place`, `date_precision`), plus where the point and the
 * uncertainty come from.
 */
import * as v from 'valibot';
import {
  CitationSchema,
  CrossingPropertiesSchema,
  ProjectPropertiesSchema,
  ProtestPropertiesSchema,
  SourceSchema,
} from '../../src/lib/data/schema.ts';

// Each site layer's schema is `v.pipe(v.strictObject(entries), uncertainty rule)`; its entries
// are the site shape. Crossings have exactly the entries every site layer shares.
const site = CrossingPropertiesSchema.pipe[0].entries;
const protest = ProtestPropertiesSchema.pipe[0].entries;
const project = ProjectPropertiesSchema.pipe[0].entries;
/** Non-empty (trimmed) string, as in the app's schema. */
const NonEmpty = site.name;

/**
 * Where a curated site's point comes from. No coordinate is typed by hand:
 * - `research`: lat/lon of a record in `../shared/data/sites/research-sites.json`;
 * - `candidate`: lat/lon of a record in `../shared/data/sites/candidates-2026-12.json` (for
 *   points that no other named record holds: a Wikipedia coordinate, a label point);
 * - `community`: the point of a settlement in the communities layer, by its id;
 * - `aiddata`: the representative point of an AidData project's geometry;
 * - `rayon`: a point inside a COD-AB rayon (district) polygon (for sites known only by district).
 */
export const PointFromSchema = v.union(
  [
    v.strictObject({ research: NonEmpty }),
    v.strictObject({ candidate: site.id }),
    v.strictObject({ community: site.id }),
    v.strictObject({ aiddata: v.pipe(v.number(), v.integer()) }),
    v.strictObject({ rayon: NonEmpty }),
  ],
  'must be {"research": record id}, {"candidate": record id}, {"community": community id}, {"aiddata": record number} or {"rayon": COD-AB rayon name}',
);
/** Where a curated site's point comes from. */
export type PointFrom = v.InferOutput<typeof PointFromSchema>;

/**
 * How `uncertainty_km` is derived (see geodata/README.md):
 * - `exact`: 0;
 * - `rayon` / `oblast`: distance from the point to the farthest vertex of that COD-AB polygon;
 * - `farthest`: distance from the point to the farthest of other research points (lines);
 * - `km`: a stated radius with its reason.
 */
export const UncertaintySchema = v.union(
  [
    v.strictObject({ exact: v.literal(true) }),
    v.strictObject({ rayon: NonEmpty }),
    v.strictObject({ oblast: NonEmpty }),
    v.strictObject({ farthest: v.pipe(v.array(NonEmpty), v.minLength(1)) }),
    v.strictObject({ km: v.pipe(v.number(), v.gtValue(0)), basis: NonEmpty }),
  ],
  'must be {"exact": true}, {"rayon": name}, {"oblast": name}, {"farthest": [research ids]} or {"km": number, "basis": reason}',
);
/** How a curated site's `uncertainty_km` is derived. */
export type UncertaintyFrom = v.InferOutput<typeof UncertaintySchema>;

/** Entries of every curated site: the site shape, minus computed fields, plus their recipes. */
const curatedEntries = {
  ...v.omit(CrossingPropertiesSchema.pipe[0], [
    'layer',
    'alt_names',
    'related',
    'date_precision',
    'uncertainty_km',
    'point',
    'area',
    'marker',
    'place',
  ]).entries,
  alt_names: v.optional(site.alt_names),
  related: v.optional(site.related),
  /** Where the point comes from. */
  point_from: PointFromSchema,
  /** How `uncertainty_km` is derived; its basis is appended to `precision_note`. */
  uncertainty: UncertaintySchema,
};

/** Messages of a site object: a missing or an unknown field (valibot's defaults are terse). */
function fieldMessage(layer: string) {
  return (issue: v.StrictObjectIssue): string =>
    issue.expected === 'never'
      ? `unknown field (not allowed on a ${layer} site)`
      : issue.expected?.startsWith('"')
        ? 'required field is missing'
        : 'must be a JSON object';
}

/** One file `geodata/curated/sites/<id>.json`: a crossing, mine, protest or project. */
export const CuratedSiteSchema = v.pipe(
  v.variant('layer', [
    v.strictObject({ ...curatedEntries, layer: v.literal('crossings') }, fieldMessage('crossings')),
    v.strictObject({ ...curatedEntries, layer: v.literal('mines') }, fieldMessage('mines')),
    v.strictObject(
      {
        ...curatedEntries,
        layer: v.literal('protests'),
        /** Ids of the sites the protest targeted. */
        targets: v.optional(protest.targets),
        /** Size as sourced. */
        size: v.optional(protest.size),
      },
      fieldMessage('protests'),
    ),
    v.strictObject(
      {
        ...curatedEntries,
        layer: v.literal('projects'),
        sector: v.optional(project.sector),
        funders: v.optional(project.funders),
      },
      fieldMessage('projects'),
    ),
  ]),
  v.forward(
    v.check(
      (s) => (s.precision === 'exact') === 'exact' in s.uncertainty,
      'must be {"exact": true} exactly when precision is "exact"',
    ),
    ['uncertainty'],
  ),
);
/** One hand-curated site (projects, crossings, protests or mines). */
export type CuratedSite = v.InferOutput<typeof CuratedSiteSchema>;

/**
 * A corrected location for an AidData project whose geometry is wrong (e.g. a namesake village):
 * the feature becomes a point from a named record, with its precision and uncertainty; AidData's
 * own links stay in `osm_links` and the disagreement goes in `disputes`.
 */
export const AidDataLocationSchema = v.pipe(
  v.strictObject({
    point_from: PointFromSchema,
    precision: site.precision,
    precision_note: NonEmpty,
    uncertainty: UncertaintySchema,
  }),
  v.forward(
    v.check(
      (s) => (s.precision === 'exact') === 'exact' in s.uncertainty,
      'must be {"exact": true} exactly when precision is "exact"',
    ),
    ['uncertainty'],
  ),
);

/** A corrected location for an AidData project. */
export type AidDataLocation = v.InferOutput<typeof AidDataLocationSchema>;

/** Additions to one AidData project feature (extra citations, links, disputes, a location fix). */
export const AidDataAdditionSchema = v.strictObject({
  related: v.optional(site.related),
  citations: v.optional(v.array(CitationSchema)),
  disputes: site.disputes,
  location: v.optional(AidDataLocationSchema),
});
/** Additions to one AidData project feature. */
export type AidDataAddition = v.InferOutput<typeof AidDataAdditionSchema>;

/** A decimal record number used as a JSON key (AidData id, GeoNames id). */
export const NumberKey = v.pipe(v.string(), v.regex(/^[1-9]\d*$/, 'must be a record number'));

/** `aiddata-additions.json`: AidData record id → additions. */
export const AidDataAdditionsSchema = v.record(NumberKey, AidDataAdditionSchema);

/** `community-ids.json`: GeoNames id → the fixed community id that links rely on. */
export const CommunityIdsSchema = v.record(NumberKey, site.id);

/** `order.json`: ids in the order their sites are written to the layer files. */
export const SiteOrderSchema = v.array(site.id);

/**
 * A web source of the research notes: the URL it has in `research-sites.json`, or, when that URL
 * is a mirror or a copy, `{"read": that URL, "url": the publisher's address, "note": what was read}`.
 */
export const ResearchSourceSchema = v.union(
  [
    SourceSchema.entries.url,
    v.strictObject({
      read: SourceSchema.entries.url,
      url: SourceSchema.entries.url,
      note: NonEmpty,
    }),
  ],
  'must be a URL of research-sites.json or {"read": URL of research-sites.json, "url": publisher URL, "note": text}',
);
/** A web source of the research notes. */
export type ResearchSource = v.InferOutput<typeof ResearchSourceSchema>;

/**
 * `sources.json` (the curated bibliography):
 * - `articles`: the two commissioning articles, whose texts are in `../shared/sources/` (their
 *   quotes are checked by the quote manifest);
 * - `article_files`: each article's text file in `../shared/sources/` (for the quote check);
 * - `datasets`: datasets and papers, written out in full;
 * - `research`: web sources of the research notes, key → URL (or read/url/note): publisher,
 *   title and date are copied from `../shared/data/sites/research-sites.json` (matched on the URL);
 * - `web`: other web sources (the candidates' and the fixes' pages), written out in full.
 */
export const CuratedSourcesSchema = v.strictObject({
  articles: v.record(
    site.id,
    v.strictObject({ ...SourceSchema.entries, kind: v.literal('article') }),
  ),
  article_files: v.record(
    site.id,
    v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name')),
  ),
  datasets: v.record(site.id, SourceSchema),
  research: v.record(site.id, ResearchSourceSchema),
  web: v.record(site.id, v.strictObject({ ...SourceSchema.entries, kind: v.literal('web') })),
});
/** The curated bibliography. */
export type CuratedSources = v.InferOutput<typeof CuratedSourcesSchema>;

const CheckDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

/**
 * `web-quotes.json`, the record of the quotes of web pages: for each source key, each quote with
 * the address of the stored copy it was checked against and the day it was checked.
 */
export const WebQuotesSchema = v.strictObject({
  about: NonEmpty,
  quotes: v.record(
    site.id,
    v.array(
      v.strictObject({
        quote: NonEmpty,
        /** The address of the stored copy the quote was checked against. */
        read: SourceSchema.entries.url,
        checked: CheckDate,
        note: v.optional(NonEmpty),
      }),
    ),
  ),
});
/** The record of checked web quotes. */
export type WebQuotes = v.InferOutput<typeof WebQuotesSchema>;
