import type { ExpressionSpecification } from 'maplibre-gl';
import type { Language } from '../i18n/languages';
import { labelLayers, type MapLayerId } from './catalogue';

/**
 * A two-line label: the Latin name, then the Cyrillic name (smaller) when the feature has one that
 * differs. Both lines use the glyphs bundled in public/glyphs.
 */
export function bilingualLabel(): ExpressionSpecification {
  return [
    'case',
    [
      'all',
      ['has', 'name_ru'],
      ['!=', ['get', 'name_ru'], null],
      ['!=', ['get', 'name_ru'], ['get', 'name']],
    ],
    ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_ru'], { 'font-scale': 0.82 }],
    ['format', ['coalesce', ['get', 'name'], ''], {}],
  ];
}

/** Linear interpolation by zoom between [zoom, value] stops. */
export function byZoom(...stops: [number, number][]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;
}

/**
 * A feature's name in the UI language where the data has it (`name_ru`, `name_ky`, `name_zh`),
 * falling back to Russian for Kyrgyz, then to the Latin `name`.
 */
export function localName(lang: Language): ExpressionSpecification {
  switch (lang) {
    case 'ru':
      return ['coalesce', ['get', 'name_ru'], ['get', 'name']];
    case 'ky':
      return ['coalesce', ['get', 'name_ky'], ['get', 'name_ru'], ['get', 'name']];
    case 'zh':
      return ['coalesce', ['get', 'name_zh'], ['get', 'name']];
    default:
      return ['get', 'name'];
  }
}

/** Place and area labels: Latin with Cyrillic below in English, else the local name alone. */
export function placeLabel(lang: Language): ExpressionSpecification {
  return lang === 'en' ? bilingualLabel() : ['format', localName(lang), {}];
}

/** Map layers whose text follows the UI language (the catalogue's label layers), and their text. */
export function languageLabels(
  lang: Language,
): Partial<Record<MapLayerId, ExpressionSpecification>> {
  const place = placeLabel(lang);
  const name = localName(lang);
  return Object.fromEntries([
    ...labelLayers('place').map((id) => [id, place]),
    ...labelLayers('name').map((id) => [id, name]),
  ]);
}
