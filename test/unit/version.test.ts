import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataHash, datasetVersion } from '../../version.config';
import { DATASET_VERSION, VERSION_PATTERN } from '../../src/lib/data/version';

describe('dataset version', () => {
  it('hashes every file by path and content, in a stable order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-version-'));
    mkdirSync(join(dir, 'basemap'));
    writeFileSync(join(dir, 'a.geojson'), '{"a":1}');
    writeFileSync(join(dir, 'basemap', 'b.geojson'), '{"b":2}');
    const first = dataHash(dir);
    expect(first).toMatch(/^[0-9a-f]{7}$/);
    expect(dataHash(dir)).toBe(first);
    writeFileSync(join(dir, 'a.geojson'), '{"a":2}');
    expect(dataHash(dir)).not.toBe(first);
  });

  it('is the date of the data and its hash, and the build carries it', () => {
    const version = datasetVersion(process.cwd());
    expect(version).toMatch(VERSION_PATTERN);
    expect(DATASET_VERSION).toBe(version);
  });
});
