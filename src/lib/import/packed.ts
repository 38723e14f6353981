/**
 * A read layer as the import worker hands it to the page: Blobs, bytes and typed arrays, which
 * cross from the worker by reference or at the cost of a copy, never one object per feature.
 *
 * - `map`: the layer as GeoJSON with only what the map draws (id and name), a Blob made in the
 *   worker: the page makes it a blob: URL and MapLibre's own worker fetches and parses it, so the
 *   page neither serialises nor copies it.
 * - `stored`: the whole layer (`{"type":"FeatureCollection","name":…,"features":[…]}`, each
 *   feature with its fields), a Blob kept in this browser as it is; `bytes` holds the same text,
 *   which the page's features read one by one, on demand (`unpackFeatures`).
 */
import type { Geometry } from 'geojson';
import type { Fields, ImportedFeature, ImportedProps } from './model';

export interface PackedLayer {
  /** How many features. */
  count: number;
  /** UTF-8 GeoJSON for the map: each feature's geometry, and its id and name as properties. */
  map: Blob;
  /** UTF-8 JSON of the whole layer, as kept in this browser (and read back by `checkStored`). */
  stored: Blob;
  /** The text of `stored`, from which the page reads features. */
  bytes: Uint8Array;
  /**
   * Where feature i's JSON starts in `bytes` (i < count; it ends one byte, a comma, before the
   * next one starts), and where the last one ends (i = count).
   */
  offsets: Float64Array;
  /** Every feature's name, one after another, and where name i ends in it. */
  names: string;
  nameEnds: Uint32Array;
  /** Points as lon, lat (NaN, NaN for any other geometry): a point's geometry needs no parsing. */
  points: Float64Array;
}

/** The bytes grow as features are written to them (UTF-8: at most 3 bytes per UTF-16 unit). */
class ByteWriter {
  bytes: Uint8Array<ArrayBuffer>;
  length = 0;
  readonly #encoder = new TextEncoder();

  constructor(estimate: number) {
    this.bytes = new Uint8Array(Math.max(1024, estimate));
  }

  write(text: string): void {
    const need = this.length + text.length * 3;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, Math.ceil(this.bytes.length * 1.5)));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += this.#encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** The bytes written, in a buffer of their own size. */
  done(): Uint8Array<ArrayBuffer> {
    return this.bytes.slice(0, this.length);
  }
}

/**
 * Packs features (in the worker): the map's GeoJSON, the stored layer, names and points.
 * `progress(done)` is told every few thousand features.
 */
export function packFeatures(
  name: string,
  features: readonly ImportedFeature[],
  progress: (done: number) => void = () => {},
): PackedLayer {
  const count = features.length;
  const map = new ByteWriter(count * 120);
  const stored = new ByteWriter(count * 200);
  const offsets = new Float64Array(count + 1);
  const nameEnds = new Uint32Array(count);
  const points = new Float64Array(count * 2);
  const names: string[] = [];
  let nameLength = 0;
  map.write('{"type":"FeatureCollection","features":[');
  stored.write(`{"type":"FeatureCollection","name":${JSON.stringify(name)},"features":[`);
  for (let i = 0; i < count; i++) {
    const f = features[i]!;
    const p = f.properties;
    const geometry = JSON.stringify(f.geometry);
    const id = JSON.stringify(f.id);
    const label = JSON.stringify(p.name);
    const comma = i ? ',' : '';
    map.write(
      `${comma}{"type":"Feature","geometry":${geometry},"properties":{"id":${id},"name":${label}}}`,
    );
    stored.write(comma);
    offsets[i] = stored.length;
    stored.write(
      `{"type":"Feature","id":${id},"geometry":${geometry},"properties":{"id":${id},"layer":"imported","name":${label},"fields":${JSON.stringify(p.fields)}}}`,
    );
    names.push(p.name);
    nameLength += p.name.length;
    nameEnds[i] = nameLength;
    const g = f.geometry;
    if (g.type === 'Point') {
      points[2 * i] = g.coordinates[0]!;
      points[2 * i + 1] = g.coordinates[1]!;
    } else {
      points[2 * i] = NaN;
      points[2 * i + 1] = NaN;
    }
    if ((i & 8191) === 8191) progress(i + 1);
  }
  offsets[count] = stored.length;
  map.write(']}');
  stored.write(']}');
  const bytes = stored.done();
  return {
    count,
    map: new Blob([map.done()], { type: 'application/geo+json' }),
    stored: new Blob([bytes], { type: 'application/json' }),
    bytes,
    offsets,
    names: names.join(''),
    nameEnds,
    points,
  };
}

/** The page's side of a packed layer: one feature's whole JSON, parsed when first asked for. */
class Store {
  readonly #decoder = new TextDecoder();
  readonly bytes: Uint8Array;
  readonly offsets: Float64Array;
  readonly points: Float64Array;

  /** Keeps only what features are read from. */
  constructor({ bytes, offsets, points }: PackedLayer) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.points = points;
  }

  /** Feature i as stored (its geometry and fields). */
  read(i: number): { geometry: Geometry; fields: Fields } {
    const { bytes, offsets } = this;
    // Features are separated by a comma: one before the next one's start.
    const end = i + 2 < offsets.length ? offsets[i + 1]! - 1 : offsets[i + 1]!;
    const f = JSON.parse(this.#decoder.decode(bytes.subarray(offsets[i]!, end))) as {
      geometry: Geometry;
      properties: { fields: Fields };
    };
    return { geometry: f.geometry, fields: f.properties.fields };
  }
}

/** A feature's properties; its fields are read from the stored layer when first asked for. */
class PackedProps implements ImportedProps {
  readonly layer = 'imported' as const;
  readonly #feature: PackedFeature;
  constructor(
    readonly id: string,
    readonly name: string,
    feature: PackedFeature,
  ) {
    this.#feature = feature;
  }
  get fields(): Fields {
    return this.#feature.read().fields;
  }
  toJSON(): ImportedProps {
    return { id: this.id, layer: this.layer, name: this.name, fields: this.fields };
  }
}

/**
 * One feature of a packed layer: its id and name at once, its geometry and fields read from the
 * stored layer when first asked for (a point's geometry from its coordinates, without parsing).
 */
class PackedFeature implements ImportedFeature {
  readonly type = 'Feature' as const;
  readonly id: string;
  readonly properties: PackedProps;
  readonly #store: Store;
  readonly #i: number;
  #read: { geometry: Geometry; fields: Fields } | null = null;
  #point: Geometry | null = null;

  constructor(store: Store, i: number, name: string) {
    this.#store = store;
    this.#i = i;
    this.id = `import-${i + 1}`;
    this.properties = new PackedProps(this.id, name, this);
  }

  read(): { geometry: Geometry; fields: Fields } {
    return (this.#read ??= this.#store.read(this.#i));
  }

  get geometry(): Geometry {
    if (this.#point) return this.#point;
    if (this.#read) return this.#read.geometry;
    const { points } = this.#store;
    const lon = points[2 * this.#i]!;
    if (Number.isNaN(lon)) return this.read().geometry;
    return (this.#point = { type: 'Point', coordinates: [lon, points[2 * this.#i + 1]!] });
  }

  toJSON(): ImportedFeature {
    return {
      type: this.type,
      id: this.id,
      geometry: this.geometry,
      properties: this.properties.toJSON(),
    };
  }
}

/** Yields to the page's other work (input, rendering) between chunks. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The page's features of a packed layer, made a chunk at a time (each chunk a short task, so the
 * map stays pannable); `progress(done)` is told after each chunk.
 */
export async function unpackFeatures(
  packed: PackedLayer,
  progress: (done: number) => void = () => {},
  chunk = 20_000,
): Promise<ImportedFeature[]> {
  const store = new Store(packed);
  const { names, nameEnds, count } = packed;
  const features: ImportedFeature[] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const end = nameEnds[i]!;
    features.push(new PackedFeature(store, i, names.slice(start, end)));
    start = end;
    if (i % chunk === chunk - 1 && i + 1 < count) {
      progress(i + 1);
      await yieldToPage();
    }
  }
  progress(count);
  return features;
}
