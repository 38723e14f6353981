/**
 * A large file (#19): a generated GeoJSON file of 300,000 points (about 40 MB, under the 50 MB
 * limit) chosen in the file input loads whole, with the reading shown as it goes, and is drawn;
 * the layer is kept in this browser and read back whole after a reload.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEachScenario, openAtlas, waitForData } from './harness';

checkEachScenario();

const N = 300_000;

/** A FeatureCollection of `n` named points over Kyrgyzstan, one feature a line. */
function points(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const lon = (69.3 + ((i * 7919) % 100_000) / 9_091).toFixed(5);
    const lat = (39.2 + ((i * 104_729) % 100_000) / 25_000).toFixed(5);
    parts.push(
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{"name":"Well ${i + 1}","depth_m":${(i % 300) + 10}}}`,
    );
  }
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}`;
}

describe('a file of 300,000 points', () => {
  it('loads whole, shows how far it has got, and is kept whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-scale-'));
    const file = join(dir, 'wells.geojson');
    try {
      const text = points(N);
      expect(text.length).toBeGreaterThan(35 * 1024 * 1024);
      expect(text.length).toBeLessThan(50 * 1024 * 1024);
      await writeFile(file, text);
      const { page } = await openAtlas('/');
      await waitForData(page);
      await page.locator('input[type=file]').setInputFiles(file);
      const status = page.locator('.import [role=status]');
      // Progress while it loads.
      await status.locator('progress').waitFor({ timeout: 30_000 });
      await status
        .getByText(`wells.geojson: ${N} loaded, 0 skipped.`)
        .waitFor({ timeout: 240_000 });
      await expect(page.locator('.import .count').innerText()).resolves.toBe(String(N));
      // Drawn: the map's source has the layer's features.
      await page.locator('.import .drawing').waitFor({ state: 'detached', timeout: 240_000 });
      const drawn = await page.evaluate(
        () =>
          (
            window as unknown as { __atlasMap: { querySourceFeatures(s: string): unknown[] } }
          ).__atlasMap.querySourceFeatures('imported').length,
      );
      expect(drawn).toBeGreaterThan(1000);
      // Kept whole in this browser, and read back after a reload.
      await page.waitForFunction(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('keyval-store');
            open.onerror = () => resolve(false);
            open.onsuccess = () => {
              const get = open.result
                .transaction('keyval')
                .objectStore('keyval')
                .get('kg-cn-atlas.imported-layer');
              get.onsuccess = () => resolve((get.result as { data?: Blob })?.data instanceof Blob);
              get.onerror = () => resolve(false);
            };
          }),
        undefined,
        { timeout: 120_000, polling: 500 },
      );
      // The kept layer is read once the map has drawn the atlas's data: the first view first.
      await page.reload();
      await waitForData(page);
      await page.locator('.import .count').waitFor({ timeout: 240_000 });
      await expect(page.locator('.import .count').innerText()).resolves.toBe(String(N));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
