import type { ExpressionSpecification } from 'maplibre-gl';
import type { Language } from '../i18n/languages';

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

/** Map layers whose text follows the UI language, and their text for a language. */
export function languageLabels(lang: Language): Record<string, ExpressionSpecification> {
  const place = placeLabel(lang);
  const name = localName(lang);
  return {
    'lake-labels': place,
    'rayon-labels': place,
    'oblast-labels': place,
    'country-labels': place,
    'place-labels': place,
    'communities-labels': name,
    'projects-labels': name,
    'crossings-labels': name,
    'protests-labels': name,
    'mines-labels': name,
    'selected-symbol': name,
  };
}
