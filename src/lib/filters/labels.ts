/** Words for filter values and for the view as a whole (filter panel, export, image caption). */
import { FACETS, NONE, OUTSIDE, type FacetName, type Filters } from './filters';
import { SITE_LAYERS, type LayerName } from '../data/constants';
import type { SiteRegions } from '../geo/regions';
import { i18n, t } from '../i18n/i18n.svelte';

/** What naming a facet value needs: the oblasts' names and the names the data gives values. */
export interface LabelContext {
  regions: SiteRegions | null;
  facetNames: Record<FacetName, Record<string, string>>;
}

/** What the user narrowed the view to. */
export interface ViewChoices {
  layers: readonly LayerName[];
  years: readonly [number, number] | null;
  filters: Filters;
}

/** A region's name in the UI language where the boundary data has it. */
export function regionLabel(id: string, regions: SiteRegions | null): string {
  if (id === OUTSIDE) return t('filters.outside');
  const names = regions?.names[id];
  if (!names) return id;
  const lang = i18n.lang;
  const local = lang === 'ru' ? names.name_ru : lang === 'ky' ? names.name_ky : null;
  return local ?? names.name;
}

/** A region's name for exported data: English, whatever the UI language, as the data's own names. */
export function regionName(id: string, regions: SiteRegions | null): string {
  return id === OUTSIDE ? 'Outside Kyrgyzstan' : (regions?.names[id]?.name ?? id);
}

/**
 * Where a site is, for exported data (English): the regions its shape lies in (`Chui; Issyk-Kul;
 * Naryn` for a road through three), `Naryn or Outside Kyrgyzstan (uncertain)` when its area spans
 * several, else the region of its point; null when not known yet.
 */
export function siteRegionNames(id: string, regions: SiteRegions | null): string | null {
  const shape = regions?.byShape?.[id];
  if (shape?.regions.length) {
    const names = shape.regions.map((r) => regionName(r, regions));
    return shape.possible ? `${names.join(' or ')} (uncertain)` : names.join('; ');
  }
  const point = regions?.bySite[id];
  return point ? regionName(point, regions) : null;
}

/** The label of one facet value, in the UI language (data names stay as the data gives them). */
export function facetLabel(facet: FacetName, id: string, context: LabelContext): string {
  if (facet === 'status') return t(`filters.status.${id as 'none'}`);
  if (facet === 'precision') return t(`filters.precision.${id as 'exact'}`);
  if (facet === 'region') return regionLabel(id, context.regions);
  if (id === NONE) return t('filters.none');
  return context.facetNames[facet][id] ?? id;
}

/** The view in words, one line per part: layers (when not all), years, each facet's choices. */
export function describeView(view: ViewChoices, context: LabelContext): string[] {
  const lines: string[] = [];
  const siteLayers = view.layers.filter((l) => l !== 'communities');
  if (siteLayers.length !== SITE_LAYERS.length) {
    lines.push(
      t('export.layers', { list: siteLayers.map((l) => t(`layer.${l}`)).join(', ') || '—' }),
    );
  }
  lines.push(
    view.years
      ? t('export.years', { from: view.years[0], to: view.years[1] })
      : t('export.allYears'),
  );
  for (const facet of FACETS) {
    const values = view.filters[facet];
    if (!values.length) continue;
    lines.push(
      `${t(`filters.facet.${facet}`)}: ${values.map((v) => facetLabel(facet, v, context)).join(', ')}`,
    );
  }
  return lines;
}
