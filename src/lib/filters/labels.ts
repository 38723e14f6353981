/** Words for filter values and for the view as a whole (filter panel, export, image caption). */
import { app } from '../state/app.svelte';
import { FACETS, NONE, OUTSIDE, type FacetName } from './filters';
import { SITE_LAYERS } from '../data/constants';
import { i18n, t } from '../i18n/i18n.svelte';

/** A region's name in the UI language where the boundary data has it. */
export function regionLabel(id: string): string {
  if (id === OUTSIDE) return t('filters.outside');
  const names = app.regions?.names[id];
  if (!names) return id;
  const lang = i18n.lang;
  const local = lang === 'ru' ? names.name_ru : lang === 'ky' ? names.name_ky : null;
  return local ?? names.name;
}

/** A region's name for exported data: English, whatever the UI language, as the data's own names. */
export function regionName(id: string): string {
  return id === OUTSIDE ? 'Outside Kyrgyzstan' : (app.regions?.names[id]?.name ?? id);
}

/** The label of one facet value, in the UI language (data names stay as the data gives them). */
export function facetLabel(facet: FacetName, id: string): string {
  if (facet === 'status') return t(`filters.status.${id as 'none'}`);
  if (facet === 'precision') return t(`filters.precision.${id as 'exact'}`);
  if (facet === 'region') return regionLabel(id);
  if (id === NONE) return t('filters.none');
  return app.facetNames[facet][id] ?? id;
}

/** The view in words, one line per part: layers (when not all), years, each facet's choices. */
export function describeView(): string[] {
  const lines: string[] = [];
  const siteLayers = app.layers.filter((l) => l !== 'communities');
  if (siteLayers.length !== SITE_LAYERS.length) {
    lines.push(
      t('export.layers', { list: siteLayers.map((l) => t(`layer.${l}`)).join(', ') || '—' }),
    );
  }
  lines.push(
    app.years ? t('export.years', { from: app.years[0], to: app.years[1] }) : t('export.allYears'),
  );
  for (const facet of FACETS) {
    const values = app.filters[facet];
    if (!values.length) continue;
    lines.push(
      `${t(`filters.facet.${facet}`)}: ${values.map((v) => facetLabel(facet, v)).join(', ')}`,
    );
  }
  return lines;
}
