import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { geodesicDistanceKm } from '../../src/lib/geo/geodesic';
import {
  checkEachScenario,
  clickMapAt,
  openAtlas,
  unzipTexts,
  waitForData,
  waitForMapIdle,
} from './harness';

checkEachScenario();

describe('proximity analysis', () => {
  it('lists Kara-Balta among the communities nearest the Junda refinery, as a range', async () => {
    const atlas = await openAtlas('/?site=junda-refinery');
    const { page } = atlas;
    await waitForData(page);
    const panel = page.getByRole('complementary');
    const row = panel.locator('table.nearest tr[data-id="kara-balta"]');
    await expect(row.count()).resolves.toBe(1);
    // Located to the town only (±5 km): the distance is a range.
    await expect(row.locator('td').nth(1).innerText()).resolves.toMatch(/^0–5 km$/);
    await expect(panel.innerText()).resolves.toContain('each distance is a range');
    await expect(panel.locator('table.nearest tbody tr').count()).resolves.toBe(10);
    await panel.getByRole('button', { name: 'Show 10 more' }).click();
    await expect(panel.locator('table.nearest tbody tr').count()).resolves.toBe(20);
  });

  it('draws a 10 km ring and lists the communities inside it', async () => {
    const atlas = await openAtlas('/?site=junda-refinery');
    const { page } = atlas;
    await waitForData(page);
    const input = page.getByLabel('Radii in km, separated by commas');
    await input.fill('10');
    await page.getByRole('button', { name: 'Draw rings' }).click();
    await page.waitForURL(/rings=10(&|$)/);
    const ring = page.locator('.ring[data-radius="10"]');
    await expect(ring.count()).resolves.toBe(1);
    const text = await ring.locator('.count').innerText();
    const [, certain, possible] = text.match(/(\d+) certainly within 10 km; (\d+) more possibly/)!;
    await ring.getByText('Show the communities').click();
    await ring.locator('li').first().waitFor();
    await expect(ring.locator('li').count()).resolves.toBe(Number(certain) + Number(possible));
    await expect(ring.locator('li').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('Kara-Balta')]),
    );
    await expect(ring.locator('.population').innerText()).resolves.toMatch(
      /Population known for \d+ of \d+ communities|Population unknown for all/,
    );
    // The ring is on the map.
    await waitForMapIdle(page);
    const rings = await page.evaluate(
      () =>
        (
          window as unknown as { __atlasMap: { querySourceFeatures(s: string): unknown[] } }
        ).__atlasMap.querySourceFeatures('rings').length,
    );
    expect(rings).toBeGreaterThan(0);
  });

  it.each([
    ['-5', 'more than 0'],
    ['10000', 'at most 500'],
    ['ten', 'not a number'],
  ])('refuses a radius of %s with a clear message and changes nothing', async (value, message) => {
    const atlas = await openAtlas('/?site=solton-sary-mine');
    const { page } = atlas;
    await waitForData(page);
    await expect(page.locator('.ring').count()).resolves.toBe(3);
    await page.getByLabel('Radii in km, separated by commas').fill(value);
    await page.getByRole('button', { name: 'Draw rings' }).click();
    await expect(page.locator('#rings-error').innerText()).resolves.toContain(message);
    await expect(
      page.locator('.ring').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-radius'))),
    ).resolves.toEqual(['5', '10', '25']);
    await expect.poll(() => new URL(page.url()).searchParams.get('rings')).toBeNull();
  });

  it('answers “which villages are within 10 km of Solton-Sary, and how sure are we?”', async () => {
    const atlas = await openAtlas('/?site=solton-sary-mine&rings=10');
    const { page } = atlas;
    await waitForData(page);
    const ring = page.locator('.ring[data-radius="10"]');
    // The mine is located to its district only, so no village is certainly within 10 km.
    await expect(ring.locator('.count').innerText()).resolves.toMatch(
      /^0 certainly within 10 km; \d+ more possibly/,
    );
    // Located only to Naryn district: distances are ranges over its outline.
    await expect(page.getByRole('complementary').innerText()).resolves.toContain(
      'Located only to Naryn district',
    );
  });

  it('measures a two-segment path by clicking, geodesically', async () => {
    const atlas = await openAtlas('/?map=7/42/74.5&layers=');
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Measure distance' }).click();
    await clickMapAt(page, [73.5, 42.5]);
    await clickMapAt(page, [74.5, 42.0]);
    await clickMapAt(page, [75.5, 42.5]);
    await page.waitForFunction(
      () => (new URL(location.href).searchParams.get('measure') ?? '').split(';').length === 3,
    );
    const measured = new URL(page.url()).searchParams
      .get('measure')!
      .split(';')
      .map((p) => p.split(',').map(Number) as [number, number]);
    expect(measured).toHaveLength(3);
    const expected =
      geodesicDistanceKm(measured[0]!, measured[1]!) +
      geodesicDistanceKm(measured[1]!, measured[2]!);
    const shown = Number(await page.locator('.total strong').getAttribute('data-km'));
    expect(shown).toBeCloseTo(expected, 6);
    await expect(page.locator('.readout ol li').count()).resolves.toBe(2);
    await page.keyboard.press('Escape');
    await expect(page.locator('.readout').count()).resolves.toBe(0);
  });

  it('restores a shared measurement: Bishkek → Naryn → Torugart, with a known total', async () => {
    const atlas = await openAtlas(
      '/?measure=74.59,42.87;75.99111,41.42866;75.42722,40.5925&unit=km',
    );
    const { page } = atlas;
    await waitForMapIdle(page);
    // Reference computed once with GeographicLib's Geodesic.WGS84.Inverse (geographiclib-geodesic
    // 2.2.0): Bishkek–Naryn 197.588052 km + Naryn–Torugart 104.272597 km = 301.860648 km.
    const total = Number(await page.locator('.total strong').getAttribute('data-km'));
    expect(total).toBeCloseTo(301.860648, 5);
    await expect(page.locator('.total strong').innerText()).resolves.toBe('302 km');
    await expect(page.locator('.readout ol li').allInnerTexts()).resolves.toEqual([
      'Segment 1: 198 km',
      'Segment 2: 104 km',
    ]);
    await page.locator('.readout select').selectOption('mi');
    await expect(page.locator('.total strong').innerText()).resolves.toMatch(/ mi$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('mi');
  });

  it('exports the distance table as CSV that parses, with units and attribution', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    await page.getByRole('button', { name: 'Distance table' }).click();
    const dialog = page.getByRole('dialog', { name: /Distance table/ });
    await dialog.getByLabel('Radius (km)').fill('10');
    await dialog.getByRole('button', { name: 'Make table' }).click();
    await expect(dialog.getByRole('status').innerText()).resolves.toMatch(
      /\d+ site–community pairs/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('distances-10km.zip');
    const file = join(tmpdir(), `atlas-${Date.now()}.zip`);
    await download.saveAs(file);
    const files = unzipTexts(await readFile(file));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'distances-10km.csv']);
    expect(files['README.txt']).toMatch(/Kyrgyz–China Atlas distance table/);
    expect(files['README.txt']).toContain('AidData GeoGCDF v3');
    // RFC 4180 as ordinary tools expect: a byte order mark, then the header on the first line.
    const text = files['distances-10km.csv']!;
    expect(text.startsWith('\uFEFFsite_id,')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toContain('distance_km');
    expect(parsed.meta.fields).toContain('distance_min_km');
    const junda = parsed.data.find(
      (r) => r.site_id === 'junda-refinery' && r.community_id === 'kara-balta',
    );
    expect(junda).toBeDefined();
    expect(Number(junda!.distance_max_km)).toBeLessThanOrEqual(5.001);
    for (const r of parsed.data) expect(Number(r.distance_min_km)).toBeLessThanOrEqual(10);
  });
});
