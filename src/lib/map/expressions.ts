import type { ExpressionSpecification } from 'maplibre-gl';

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
