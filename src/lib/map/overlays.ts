/**
 * The tool overlays as GeoJSON for the map: radius rings with their labels, links from the
 * selected site to its nearest communities, the ruler. Pure: the map view passes in the state's
 * values and a distance formatter.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from '../shared/vocabulary';
import { circleRing } from '../geo/rings';
import { geodesicDistanceKm, geodesicPath } from '../geo/geodesic';
import type { RoadAnswer } from '../geo/roadRouter';
import type { MapCollection } from './siteSources';

const EMPTY: MapCollection = { type: 'FeatureCollection', features: [] };

/** Formats a distance in kilometres for a label. */
export type DistanceLabel = (km: number) => string;

/** Ring polygons with their radius and a label. */
export function labelRings(
  rings: readonly (Feature<Polygon | MultiPolygon> | null)[],
  radiiKm: readonly number[],
  label: DistanceLabel,
): MapCollection {
  return {
    type: 'FeatureCollection',
    features: rings.flatMap((ring, i) =>
      ring ? [{ ...ring, properties: { radiusKm: radiiKm[i]!, label: label(radiiKm[i]!) } }] : [],
    ),
  };
}

/**
 * Rings around the selected site: circles around a point at once; around a line or an area the
 * buffers the worker computed (`buffered`, null until they are ready: then no rings yet).
 */
export function ringOverlay(
  site: { geometry: GeoJSON.Geometry } | null,
  radiiKm: readonly number[],
  buffered: readonly (Feature<Polygon | MultiPolygon> | null)[] | null,
  label: DistanceLabel,
): MapCollection {
  if (!site) return EMPTY;
  if (site.geometry.type !== 'Point')
    return buffered ? labelRings(buffered, radiiKm, label) : EMPTY;
  const center = site.geometry.coordinates as LonLat;
  return labelRings(
    radiiKm.map((km) => circleRing(center, km)),
    radiiKm,
    label,
  );
}

/** Thin lines from the selected site (its nearest point) to each of its nearest communities. */
export function linkOverlay(
  nearest: readonly {
    from: LonLat;
    community: { id: string; geometry: { coordinates: number[] } };
  }[],
): MapCollection {
  return {
    type: 'FeatureCollection',
    features: nearest.map((n) => ({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [[...n.from], [...n.community.geometry.coordinates]],
      },
      properties: { id: n.community.id },
    })),
  };
}

/** What the ruler's labels say beyond a distance. */
export interface RulerWords {
  /** A leg with no road between its points in the data. */
  noRoad: string;
}

/**
 * The ruler: segments, points, a label per segment and (while measuring) an unlabelled preview
 * segment to the pointer. By road (`legs`, one answer per segment), a segment with a road is
 * labelled with its distance by road ("≈") and drawn by `routeOverlay`; one with none is drawn
 * straight and thin, labelled as such.
 */
export function rulerOverlay(
  points: readonly LonLat[],
  preview: LonLat | null,
  label: DistanceLabel,
  legs: readonly RoadAnswer[] | null = null,
  words: RulerWords = { noRoad: 'no road in the data' },
): MapCollection {
  const features: MapCollection['features'] = [];
  const line = (path: LonLat[], thin: boolean) =>
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: path },
      properties: { preview: thin },
    });
  const text = (at: LonLat, value: string) =>
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...at] },
      properties: { label: value, segment: true },
    });
  points.slice(1).forEach((b, i) => {
    const a = points[i]!;
    const leg = legs?.[i];
    if (leg?.reachable && leg.path?.length) {
      text(leg.path[Math.floor(leg.path.length / 2)]!, `≈ ${label(leg.totalKm)}`);
      return;
    }
    const path = geodesicPath(a, b, 2);
    line(path, leg !== undefined);
    const middle = path[Math.floor(path.length / 2)]!;
    text(middle, leg ? words.noRoad : label(geodesicDistanceKm(a, b)));
  });
  const last = points.at(-1);
  if (preview && last) line(geodesicPath(last, preview, 2), true);
  points.forEach((p, i) =>
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...p] },
      properties: { index: i },
    }),
  );
  return { type: 'FeatureCollection', features };
}

/**
 * Routes by road as lines: the road part (`kind: road`) and the off-road legs from each place to
 * where it joins the roads (`kind: offroad`), for each answer with a road and its line.
 */
export function routeOverlay(
  legs: readonly { from: LonLat; to: LonLat; answer: RoadAnswer }[],
): MapCollection {
  const features: MapCollection['features'] = [];
  const add = (kind: 'road' | 'offroad', coordinates: LonLat[]) =>
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: { kind },
    });
  for (const { from, to, answer } of legs) {
    if (!answer.reachable || !answer.path) continue;
    if (answer.fromOffRoadKm > 0.01) add('offroad', [[...from], [...answer.fromJoin]]);
    add(
      'road',
      answer.path.map((p): LonLat => [...p]),
    );
    if (answer.toOffRoadKm > 0.01) add('offroad', [[...answer.toJoin], [...to]]);
  }
  return { type: 'FeatureCollection', features };
}
