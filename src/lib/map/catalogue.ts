/**
 * The one catalogue of the map: every source id and every layer id, bottom to top, with the role
 * of each layer. The z-order (`LAYER_ORDER`), what a pointer can pick, which labels follow the UI
 * language, which layers a toggle shows or hides, and which sources hold a feature's hover and
 * selection state are all read from this table; nothing else spells an id. A unit test checks the
 * table against the style the pure functions build, both ways.
 */
import type { LayerName } from '../data/constants';
import type { BasemapSourceId } from './basemap';
import type { NoncommercialSourceId } from './roadLayers';

/** GeoJSON sources filled from the data and the tools (empty until then). */
export const DATA_SOURCE_IDS = [
  'sites',
  'site-counts',
  'sites-uncertainty',
  'projects-shapes',
  'communities',
  'imported',
  'rings',
  'links',
  'measure',
  'route',
] as const;
export type DataSourceId = (typeof DATA_SOURCE_IDS)[number];
export type SourceId = BasemapSourceId | NoncommercialSourceId | DataSourceId;

/**
 * What a map layer belongs to: the basemap, the relief or the roads (non-commercial data, each
 * with its own toggle; absent from open-data-only builds), one of the data layers (its toggle
 * shows and hides it), the user's own layer, the selection, or a tool overlay (rings, links,
 * ruler, routes).
 */
export type LayerGroup =
  'basemap' | 'relief' | 'roads' | LayerName | 'imported' | 'selection' | 'tools';

export interface LayerRole {
  id: string;
  source: SourceId | null;
  group: LayerGroup;
  /** Pointer picking: a lower rank wins when several layers are under the pointer. */
  pick?: number;
  /** Text that follows the UI language: `place` (basemap style) or `name` (a feature's name). */
  label?: 'place' | 'name';
}

/** Every map layer, bottom to top. */
export const CATALOGUE = [
  { id: 'background', source: null, group: 'basemap' },
  { id: 'countries-fill', source: 'countries', group: 'basemap' },
  { id: 'kyrgyzstan-fill', source: 'countries', group: 'basemap' },
  { id: 'hillshade', source: 'dem', group: 'relief' },
  { id: 'terrain-mask', source: 'terrain-mask', group: 'relief' },
  { id: 'glaciers', source: 'glaciers', group: 'basemap' },
  { id: 'lakes', source: 'lakes', group: 'basemap' },
  { id: 'rivers-fine', source: 'rivers', group: 'basemap' },
  { id: 'rivers-major', source: 'rivers', group: 'basemap' },
  { id: 'roads-unpaved', source: 'roads', group: 'roads' },
  { id: 'roads-paved', source: 'roads', group: 'roads' },
  { id: 'roads-synthetic', source: 'roads', group: 'roads' },
  { id: 'rayon-lines', source: 'rayons', group: 'basemap' },
  { id: 'oblast-lines', source: 'oblasts', group: 'basemap' },
  { id: 'boundaries-disputed', source: 'boundaries', group: 'basemap' },
  { id: 'boundaries', source: 'boundaries', group: 'basemap' },
  { id: 'region-labels', source: 'regions', group: 'basemap' },
  { id: 'river-labels', source: 'rivers', group: 'basemap' },
  { id: 'road-labels', source: 'roads', group: 'roads' },
  { id: 'lake-labels', source: 'lake-labels', group: 'basemap', label: 'place' },
  { id: 'rayon-labels', source: 'rayon-labels', group: 'basemap', label: 'place' },
  // Peaks give way to region names, region names to towns; Kyrgyzstan's regions are placed
  // before the neighbours' names (a layer higher up is placed first).
  { id: 'peaks', source: 'peaks', group: 'basemap' },
  { id: 'country-labels', source: 'country-labels', group: 'basemap', label: 'place' },
  { id: 'oblast-labels', source: 'oblast-labels', group: 'basemap', label: 'place' },
  { id: 'places', source: 'places', group: 'basemap' },
  // Community names yield to the basemap's town names (placed later = placed first).
  { id: 'communities-labels', source: 'communities', group: 'communities', label: 'name' },
  { id: 'place-labels', source: 'places', group: 'basemap', label: 'place' },
  { id: 'rings-fill', source: 'rings', group: 'tools' },
  { id: 'rings-line', source: 'rings', group: 'tools' },
  { id: 'links', source: 'links', group: 'tools' },
  { id: 'route-offroad', source: 'route', group: 'tools' },
  { id: 'route-line', source: 'route', group: 'tools' },
  // Data layers: communities first, then areas, then the sites users came for.
  { id: 'communities-clusters', source: 'communities', group: 'communities', pick: 11 },
  { id: 'communities-cluster-count', source: 'communities', group: 'communities' },
  { id: 'communities-points', source: 'communities', group: 'communities', pick: 10 },
  { id: 'projects-uncertainty-fill', source: 'sites-uncertainty', group: 'projects' },
  { id: 'projects-uncertainty-line', source: 'sites-uncertainty', group: 'projects' },
  { id: 'crossings-uncertainty-fill', source: 'sites-uncertainty', group: 'crossings' },
  { id: 'crossings-uncertainty-line', source: 'sites-uncertainty', group: 'crossings' },
  { id: 'protests-uncertainty-fill', source: 'sites-uncertainty', group: 'protests' },
  { id: 'protests-uncertainty-line', source: 'sites-uncertainty', group: 'protests' },
  { id: 'mines-uncertainty-fill', source: 'sites-uncertainty', group: 'mines' },
  { id: 'mines-uncertainty-line', source: 'sites-uncertainty', group: 'mines' },
  { id: 'projects-shapes-fill', source: 'projects-shapes', group: 'projects', pick: 6 },
  { id: 'projects-shapes-line', source: 'projects-shapes', group: 'projects', pick: 5 },
  { id: 'projects-halo', source: 'sites', group: 'projects' },
  { id: 'projects-symbols', source: 'sites', group: 'projects', pick: 1 },
  { id: 'crossings-halo', source: 'sites', group: 'crossings' },
  { id: 'crossings-symbols', source: 'sites', group: 'crossings', pick: 2 },
  { id: 'protests-halo', source: 'sites', group: 'protests' },
  { id: 'protests-symbols', source: 'sites', group: 'protests', pick: 3 },
  { id: 'mines-halo', source: 'sites', group: 'mines' },
  { id: 'mines-symbols', source: 'sites', group: 'mines', pick: 4 },
  // How many records are drawn at a point (a place's records, or sites sharing a point).
  { id: 'site-counts', source: 'site-counts', group: 'tools' },
  { id: 'imported-fill', source: 'imported', group: 'imported', pick: 9 },
  { id: 'imported-line', source: 'imported', group: 'imported', pick: 8 },
  { id: 'imported-points', source: 'imported', group: 'imported', pick: 7 },
  // Site names, above every symbol so no symbol hides a name.
  { id: 'projects-labels', source: 'sites', group: 'projects', label: 'name' },
  { id: 'crossings-labels', source: 'sites', group: 'crossings', label: 'name' },
  { id: 'protests-labels', source: 'sites', group: 'protests', label: 'name' },
  { id: 'mines-labels', source: 'sites', group: 'mines', label: 'name' },
  { id: 'imported-labels', source: 'imported', group: 'imported' },
  // The selected site again, above every other symbol, so sites sharing a point never hide it.
  { id: 'selected-symbol', source: 'sites', group: 'selection', label: 'name' },
  { id: 'rings-labels', source: 'rings', group: 'tools' },
  { id: 'measure-line', source: 'measure', group: 'tools' },
  { id: 'measure-points', source: 'measure', group: 'tools' },
  { id: 'measure-labels', source: 'measure', group: 'tools' },
] as const satisfies readonly LayerRole[];

/** A map layer id: only the ids of the catalogue type-check. */
export type MapLayerId = (typeof CATALOGUE)[number]['id'];

const BY_ID: ReadonlyMap<string, LayerRole> = new Map(CATALOGUE.map((r) => [r.id, r]));

/** The role of a layer; throws on an id the catalogue does not have. */
export function roleOf(id: string): LayerRole {
  const role = BY_ID.get(id);
  if (!role) throw new Error(`Map layer "${id}" is not in the catalogue`);
  return role;
}

/** Layers a pointer can pick, the most specific first. */
export const PICKABLE: readonly MapLayerId[] = CATALOGUE.filter(
  (r): r is Extract<(typeof CATALOGUE)[number], { pick: number }> => 'pick' in r,
)
  .sort((a, b) => a.pick - b.pick)
  .map((r) => r.id);

/** The layer of community clusters (a click zooms in instead of selecting). */
export const CLUSTER_LAYER: MapLayerId = 'communities-clusters';
/** The layer that draws the selected site on top. */
export const SELECTED_LAYER: MapLayerId = 'selected-symbol';

/** Layers whose text follows the UI language, by kind. */
export function labelLayers(kind: 'place' | 'name'): MapLayerId[] {
  return CATALOGUE.filter((r) => 'label' in r && r.label === kind).map((r) => r.id);
}

/** The map layers a group's toggle shows and hides, bottom to top. */
export function layersOf(group: LayerGroup): MapLayerId[] {
  return CATALOGUE.filter((r) => r.group === group).map((r) => r.id);
}

/** Sources that hold the features of a group, for feature-state (hover, selection). */
export function featureStateSources(group: LayerName | 'imported'): DataSourceId[] {
  const sources = CATALOGUE.filter((r) => r.group === group).map((r) => r.source);
  return [...new Set(sources)].filter((s): s is DataSourceId =>
    (DATA_SOURCE_IDS as readonly (string | null)[]).includes(s),
  );
}
