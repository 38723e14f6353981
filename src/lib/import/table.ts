/**
 * Tables (CSV and spreadsheets) → point features: the header made into unique column names, the
 * latitude/longitude/name columns guessed or chosen, one point per row. Rows are lists and columns
 * are positions in them: no value is ever looked up by a name from the file.
 */
import type { InputProblem } from '../shared/vocabulary';
import { p } from './checks';
import { Collector, text, type ColumnChoice, type Fields, type ImportFormat } from './model';

const UNITS = /\s*[([].*$/; // "Latitude (WGS84)", "lat [deg]"
const LAT = /^(lat|latitude|y|lat_?dd|lat_?deg|широта|шир|кеңдик|纬度)$/i;
const LON = /^(lon|lng|long|longitude|x|lon_?dd|lon_?deg|долгота|долг|узундук|经度)$/i;
const NAME =
  /^(name|title|label|site|place|название|наименование|имя|аты|аталышы|名称|名字|地名)$/i;

/** Column names from a header row: trimmed, empty ones numbered, repeats told apart. */
export function columnNames(header: readonly unknown[]): string[] {
  const seen = new Set<string>();
  return header.map((h, i) => {
    let name = text(h).trim() || `column ${i + 1}`;
    if (seen.has(name)) {
      let k = 2;
      while (seen.has(`${name} (${k})`)) k++;
      name = `${name} (${k})`;
    }
    seen.add(name);
    return name;
  });
}

/** Guesses the latitude, longitude and name columns from common header names. */
export function guessColumns(headers: readonly string[]): { columns: ColumnChoice; sure: boolean } {
  const find = (re: RegExp) => headers.filter((h) => re.test(h.trim().replace(UNITS, '')));
  const lats = find(LAT);
  const lons = find(LON);
  const names = find(NAME);
  return {
    columns: { lat: lats[0] ?? '', lon: lons[0] ?? '', name: names[0] ?? null },
    sure: lats.length === 1 && lons.length === 1,
  };
}

/** A coordinate from a cell: a number, or text with a decimal point or comma (and maybe a °). */
export function coordinate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const t = value
    .trim()
    .replace(/[\s\u00a0]+/g, '')
    .replace(/°$/, '')
    .replace(',', '.');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}

/** Reads rows into point features, given the header; reports each bad row by its position. */
export class TableReader {
  readonly headers: string[];
  readonly columns: ColumnChoice;
  /** The columns could not be told apart (or the chosen ones are not in the header). */
  readonly needsColumns: boolean;
  readonly collector: Collector;
  readonly #lat: number;
  readonly #lon: number;
  readonly #name: number;

  constructor(format: ImportFormat, header: readonly unknown[], choice?: ColumnChoice) {
    this.collector = new Collector(format);
    this.headers = columnNames(header);
    const guess = guessColumns(this.headers);
    this.columns = choice ?? guess.columns;
    this.#lat = this.headers.indexOf(this.columns.lat);
    this.#lon = this.headers.indexOf(this.columns.lon);
    this.#name = this.columns.name === null ? -1 : this.headers.indexOf(this.columns.name);
    this.needsColumns =
      (!choice && !guess.sure) || this.#lat < 0 || this.#lon < 0 || this.#lat === this.#lon;
  }

  /** One data row (`where`: its line or row number). Empty rows are not rows. */
  row(cells: readonly unknown[], where: InputProblem): void {
    if (cells.every((c) => text(c).trim() === '')) return;
    const lat = coordinate(cells[this.#lat]);
    const lon = coordinate(cells[this.#lon]);
    if (lat === null || lon === null) {
      const [column, index] =
        lat === null ? [this.columns.lat, this.#lat] : [this.columns.lon, this.#lon];
      const value = text(cells[index]);
      return this.collector.skip(
        where,
        value.trim() === ''
          ? p('import.csvEmpty', { column })
          : p('import.csvBadNumber', { column, value: value.slice(0, 50) }),
      );
    }
    const fields: Fields = [];
    const width = Math.max(cells.length, this.headers.length);
    for (let i = 0; i < width; i++) {
      fields.push([this.headers[i] ?? `column ${i + 1}`, text(cells[i])]);
    }
    const name = this.#name >= 0 ? (fields[this.#name]?.[0] ?? null) : null;
    this.collector.add(where, { type: 'Point', coordinates: [lon, lat] }, fields, name);
  }

  /** Whether more rows would only be counted (the feature limit is reached). */
  get full(): boolean {
    return this.collector.full;
  }
}
