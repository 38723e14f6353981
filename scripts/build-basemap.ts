/**
 * Builds the embedded basemap in geodata/basemap/ from the prepared public data in ../shared/data.
 *
 * Run: `npm run data:basemap` (needs ../shared/data; the outputs are committed, so a fresh clone
 * does not). Geometry is simplified with mapshaper (topology-preserving) and rounded to 5 decimals
 * (~1 m); only the properties the style uses are kept.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { countryLabels } from './build-country-labels.ts';
import { simplifyBasemap } from './zh-simplified.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.SHARED_DATA ?? '../shared/data');
const out = resolve(root, 'geodata/basemap');
mkdirSync(out, { recursive: true });

type Props = Record<string, unknown>;

function read(path: string): FeatureCollection<Geometry, Props> {
  return JSON.parse(readFileSync(resolve(shared, path), 'utf8')) as FeatureCollection<
    Geometry,
    Props
  >;
}

/** Runs mapshaper commands on one layer and returns the GeoJSON it writes. */
async function ms(fc: FeatureCollection, commands: string): Promise<FeatureCollection> {
  const result = await mapshaper.applyCommands(
    `-i in.json ${commands} -o out.json format=geojson geojson-type=FeatureCollection precision=0.00001`,
    { 'in.json': JSON.stringify(fc) },
  );
  const text = result['out.json'];
  return JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text));
}

function pick(fc: FeatureCollection<Geometry, Props>, map: (p: Props) => Props | null) {
  const features: Feature[] = [];
  for (const f of fc.features) {
    const properties = map(f.properties ?? {});
    if (properties) features.push({ type: 'Feature', geometry: f.geometry, properties });
  }
  return { type: 'FeatureCollection', features } as FeatureCollection<Geometry, Props>;
}

function clean(v: unknown): string | null {
  return typeof v === 'string' && v !== 'None' && v.trim() !== '' ? v.replace(/\s+/g, ' ') : null;
}

function write(name: string, fc: FeatureCollection) {
  const text = JSON.stringify(fc);
  writeFileSync(resolve(out, name), text + '\n');
  console.log(
    `${name.padEnd(22)} ${String(fc.features.length).padStart(5)} features ${(text.length / 1024).toFixed(0).padStart(5)} KB`,
  );
}

const ne = 'basemap/naturalearth/';

// Countries: Kyrgyzstan is emphasised by the style through iso_a2.
write(
  'countries.geojson',
  await ms(
    pick(read(ne + 'ne_10m_admin_0_countries_polygonized.geojson'), (p) => ({
      iso_a2: p.iso_a2,
      name: p.name_en,
      name_ru: p.name_ru,
      name_ky: p.name_ky,
      name_zh: p.name_zh,
    })),
    '-simplify 40% keep-shapes',
  ),
);

const boundaries = read(ne + 'ne_10m_admin_0_boundary_lines_land.geojson');
const disputed = read(ne + 'ne_10m_admin_0_boundary_lines_disputed_areas.geojson');
write('boundaries.geojson', {
  type: 'FeatureCollection',
  features: [
    ...pick(boundaries, () => ({ kind: 'international' })).features,
    ...pick(disputed, () => ({ kind: 'disputed' })).features,
  ],
});

const oblasts = pick(read('basemap/admin/kgz_adm1_oblasts_cod_ab_2018_derived.geojson'), (p) => ({
  name: p.name_en,
  name_ru: p.name_ru,
  name_ky: p.name_ky,
  pcode: p.pcode,
}));
write('oblasts.geojson', await ms(oblasts, '-simplify 8% keep-shapes'));
write('oblast-labels.geojson', await ms(oblasts, '-points inner'));

const rayons = pick(read('basemap/admin/kgz_adm2_rayons_cod_ab_2018.geojson'), (p) => ({
  name: p.ADM2_EN,
  name_ru: p.ADM2_RU,
  name_ky: p.ADM2_KY,
  pcode: p.ADM2_PCODE,
  oblast: p.ADM1_EN,
}));
write('rayons.geojson', await ms(rayons, '-simplify 8% keep-shapes'));
write('rayon-labels.geojson', await ms(rayons, '-points inner'));

// Lakes: Issyk-Kul and Song-Kul from the COD-AB holes; the rest (Toktogul, Kayrakkum…) from
// Natural Earth, without its coarser Issyk-Kul.
const kgLakes = pick(read('basemap/admin/kgz_lakes_from_cod_ab_holes.geojson'), (p) => ({
  name: p.name_en,
  name_ru: p.name_ru,
  name_ky: p.name_ky,
}));
const neLakes = pick(read(ne + 'ne_10m_lakes.geojson'), (p) => {
  const name = clean(p.name);
  if (name === 'Issyk-Kul') return null;
  return { name: name === 'Toktogul Suu Saktagychy' ? 'Toktogul Reservoir' : name };
});
const lakes = await ms(
  { type: 'FeatureCollection', features: [...kgLakes.features, ...neLakes.features] },
  '-simplify 25% keep-shapes',
);
write('lakes.geojson', lakes);
write('lake-labels.geojson', await ms(lakes, '-filter "name != null" -points inner'));

// Rivers: named Natural Earth rivers (Naryn, Syr Darya…) plus the finer WDBII rivers (Chu, Talas).
const neRivers = pick(read(ne + 'ne_10m_rivers_lake_centerlines.geojson'), (p) => ({
  name: clean(p.name)?.replace(/ {2,}/g, ' ') ?? null,
  rank: 1,
}));
const fineRivers = pick(read('basemap/gshhg/wdbii_rivers_bbox.geojson'), (p) => ({
  name: null,
  rank: Number(p.level) <= 1 ? 2 : 3,
}));
write(
  'rivers.geojson',
  await ms(
    { type: 'FeatureCollection', features: [...neRivers.features, ...fineRivers.features] },
    '-simplify 30%',
  ),
);

write(
  'glaciers.geojson',
  await ms(
    pick(read(ne + 'ne_10m_glaciated_areas.geojson'), () => ({})),
    '-simplify 30% keep-shapes',
  ),
);

// Mountain ranges and valleys as label points.
write(
  'regions.geojson',
  await ms(
    pick(read(ne + 'ne_10m_geography_regions_polys.geojson'), (p) => {
      const name = clean(p.name);
      if (!name || name === 'ASIA') return null;
      const pretty =
        name === name.toUpperCase() ? name.replace(/\B\w+/g, (w) => w.toLowerCase()) : name;
      return { name: pretty.replace(' Ra.', ' Range'), kind: p.featurecla };
    }),
    '-points inner',
  ),
);

write(
  'peaks.geojson',
  pick(read(ne + 'ne_10m_geography_regions_elevation_points.geojson'), (p) => ({
    name: clean(p.name),
    elevation_m: Math.round(Number(p.elevation)),
  })),
);

// Places: Kyrgyz towns from GeoNames (cities500) with their Cyrillic names from the settlements
// file; neighbouring countries' cities from Natural Earth.
const communities = read('communities/kg_communities.geojson');
const byWof = new Map(communities.features.map((f) => [String(f.properties.wof_id), f]));
const csv = readFileSync(
  resolve(shared, 'population/kg_geonames_cities500_population.csv'),
  'utf8',
);
const [header, ...rows] = csv.trim().split('\n');
const cols = (header ?? '').split(',');
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}
const places: Feature[] = [];
for (const line of rows) {
  const cells = parseCsvLine(line);
  const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  const community = byWof.get(row.wof_id ?? '');
  const population = Number(row.population);
  if (!community || !(population >= 1000)) continue;
  const [lon, lat] = (community.geometry as GeoJSON.Point).coordinates as [number, number];
  places.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [+lon.toFixed(5), +lat.toFixed(5)] },
    properties: {
      name: row.name,
      name_ru: community.properties.name_ru ?? null,
      name_ky: community.properties.name_ky ?? null,
      population,
      country: 'KG',
      capital: row.name === 'Bishkek',
    },
  });
}
for (const f of read(ne + 'ne_10m_populated_places.geojson').features) {
  const p = f.properties;
  if (p.ADM0_A3 === 'KGZ') continue;
  const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
  places.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [+lon.toFixed(5), +lat.toFixed(5)] },
    properties: {
      name: p.NAME_EN ?? p.NAME,
      name_ru: clean(p.NAME_RU),
      name_zh: clean(p.NAME_ZH),
      population: Number(p.POP_MAX),
      country: p.ISO_A2,
      capital: Number(p.ADM0CAP) === 1,
    },
  });
}
places.sort(
  (a, b) => Number(b.properties?.population ?? 0) - Number(a.properties?.population ?? 0),
);
write('places.geojson', { type: 'FeatureCollection', features: places });

// One label point per country, inside its main body (never on an exclave).
write(
  'country-labels.geojson',
  countryLabels(JSON.parse(readFileSync(resolve(out, 'countries.geojson'), 'utf8'))),
);

// Chinese names in simplified characters throughout (Natural Earth mixes both scripts).
simplifyBasemap(out);
