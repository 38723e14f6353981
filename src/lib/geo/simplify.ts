import type { Geometry, Position } from 'geojson';

/**
 * Douglas–Peucker simplification of a line: keeps the ends and every vertex farther than
 * `toleranceDeg` (degrees, in a plane scaled by the cosine of the latitude) from the line kept
 * so far. Iterative, so no length overflows the stack. Closed rings stay closed.
 */
export function simplifyLine(line: readonly Position[], toleranceDeg: number): Position[] {
  if (line.length <= 2) return [...line];
  const k = Math.cos(((line[0]![1] ?? 0) * Math.PI) / 180);
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const t2 = toleranceDeg * toleranceDeg;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const ax = line[a]![0]! * k;
    const ay = line[a]![1]!;
    const dx = line[b]![0]! * k - ax;
    const dy = line[b]![1]! - ay;
    const len = dx * dx + dy * dy;
    let far = -1;
    let farD = t2;
    for (let i = a + 1; i < b; i++) {
      const px = line[i]![0]! * k - ax;
      const py = line[i]![1]! - ay;
      let t = len > 0 ? (px * dx + py * dy) / len : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const d = ex * ex + ey * ey;
      if (d > farD) {
        farD = d;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** A ring simplified, kept a valid ring (4 positions at least; else the ring as it was). */
function simplifyRing(ring: readonly Position[], toleranceDeg: number): Position[] {
  const out = simplifyLine(ring, toleranceDeg);
  return out.length >= 4 ? out : [...ring];
}

/**
 * A geometry with fewer vertices, none moved farther than `toleranceKm` from the original's lines
 * (points: those closer than the tolerance to one already kept are dropped).
 */
export function simplifyGeometry(geometry: Geometry, toleranceKm: number): Geometry {
  const deg = toleranceKm / 111.32;
  switch (geometry.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: simplifyLine(geometry.coordinates, deg) };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: geometry.coordinates.map((l) => simplifyLine(l, deg)),
      };
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: geometry.coordinates.map((r) => simplifyRing(r, deg)),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((p) => p.map((r) => simplifyRing(r, deg))),
      };
    case 'MultiPoint': {
      // One point per grid cell of the tolerance (kept in their order).
      const cells = new Set<string>();
      const kept = geometry.coordinates.filter(([x, y]) => {
        const key = `${Math.round(x! / deg)},${Math.round(y! / deg)}`;
        if (cells.has(key)) return false;
        cells.add(key);
        return true;
      });
      return { type: 'MultiPoint', coordinates: kept };
    }
    default:
      return geometry;
  }
}
