/**
 * KML, KMZ and GPX → features (@tmcw/togeojson on @xmldom/xmldom, since a worker has no
 * DOMParser). Placemarks are reported by their position; GPX tracks, routes and waypoints by
 * their kind and number. A property named `__proto__` (KML's Data and SimpleData names) is kept.
 */
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import type { InputProblem } from '../shared/vocabulary';
import { p } from './checks';
import { decodeText } from './decode';
import { addRecord, fieldsOf } from './geojson';
import { Collector, failed, type Fields, type ImportResult } from './model';

/** Stands in for `__proto__` while togeojson copies names into plain objects. */
const PROTO = '\uE000proto';

function parseXml(textContent: string): Document | InputProblem {
  let problem: string | null = null;
  try {
    const doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') problem ??= message;
      },
    }).parseFromString(textContent, 'text/xml');
    if (!doc.documentElement) return p('import.badXml', { detail: problem ?? '' });
    return doc as unknown as Document;
  } catch (e) {
    return p('import.badXml', { detail: (problem ?? (e as Error).message).slice(0, 200) });
  }
}

const isProblem = (v: unknown): v is InputProblem =>
  typeof v === 'object' && v !== null && 'key' in v && 'params' in v;

/** Fields of a togeojson feature, with `__proto__` given back its name. */
function fieldsFrom(properties: unknown): Fields {
  return fieldsOf(properties)
    .filter(([k]) => k !== 'styleUrl' && k !== 'styleHash' && k !== 'styleMapHash')
    .map(([k, v]) => [k === PROTO ? '__proto__' : k, v]);
}

/** Reads KML text. */
export function importKml(textContent: string, format: 'kml' | 'kmz' = 'kml'): ImportResult {
  const doc = parseXml(textContent);
  if (isProblem(doc)) return failed(format, doc);
  for (const tag of ['Data', 'SimpleData']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.getAttribute('name') === '__proto__') list[i]!.setAttribute('name', PROTO);
    }
  }
  const fc = kml(doc);
  const c = new Collector(format);
  fc.features.forEach((f, i) => {
    addRecord(c, p('import.where.placemark', { n: i + 1 }), f, fieldsFrom(f.properties));
  });
  return c.finish();
}

/** Reads GPX text: tracks, routes and waypoints, each numbered within its kind. */
export function importGpx(textContent: string): ImportResult {
  const doc = parseXml(textContent);
  if (isProblem(doc)) return failed('gpx', doc);
  const fc = gpx(doc);
  const c = new Collector('gpx');
  const counts = new Map<string, number>();
  for (const f of fc.features) {
    const kind = String((f.properties as { _gpxType?: unknown } | null)?._gpxType ?? 'wpt');
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const where =
      kind === 'trk'
        ? p('import.where.track', { n })
        : kind === 'rte'
          ? p('import.where.route', { n })
          : p('import.where.waypoint', { n });
    const fields = fieldsFrom(f.properties).filter(
      ([k]) => k !== '_gpxType' && k !== 'coordinateProperties',
    );
    addRecord(c, where, f, fields);
  }
  return c.finish();
}

/** Reads a KMZ archive: its main KML file (doc.kml, else the first .kml). */
export function importKmz(bytes: Uint8Array): ImportResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith('.kml') });
  } catch (e) {
    return failed('kmz', p('import.badZip', { detail: (e as Error).message.slice(0, 200) }));
  }
  const names = Object.keys(files).filter((n) => !n.toLowerCase().includes('__macosx'));
  const main = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names[0];
  if (!main) return failed('kmz', p('import.noFeatures'));
  const bytesOf = Object.hasOwn(files, main) ? files[main]! : new Uint8Array();
  return importKml(decodeText(bytesOf).text, 'kmz');
}
