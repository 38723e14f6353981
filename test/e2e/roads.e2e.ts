/**
 * Roads, relief and distance by road in the built app. The road tests need a build with the
 * non-commercial Global Map data (the default); in an open-data-only build
 * (`ATLAS_OPEN_DATA_ONLY=1 npm run build`) they are skipped, and the tests of that build run
 * instead. The ruler's own fixes run in both.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  checkEachScenario,
  clickMapAt,
  openAtlas,
  renderedProperties,
  waitForData,
  waitForMapIdle,
} from './harness';
import { geodesicDistanceKm } from '../../src/lib/geo/geodesic';
import { NONCOMMERCIAL_CREDIT } from '../../src/lib/map/noncommercial';

checkEachScenario();

/** Whether the build in dist/ includes the roads and relief. */
const ROADS = existsSync('dist/geodata/noncommercial/road-graph.json');
const NO_ROADS = 'this build has no road data (built with ATLAS_OPEN_DATA_ONLY=1)';
const WITH_ROADS = 'this build has the road data; the open-data-only build runs this';

const NARYN: [number, number] = [75.99111, 41.42866];
const TORUGART: [number, number] = [75.42722, 40.5925];

/** Opens the atlas, recording every request for a file of the non-commercial folder. */
async function openRecording(path: string) {
  const requests: string[] = [];
  const atlas = await openAtlas(path, undefined, undefined, async (context) => {
    context.on('request', (r) => {
      if (r.url().includes('/geodata/noncommercial/')) requests.push(r.url());
    });
  });
  return { ...atlas, requests };
}

/** Waits until the roads are loaded into their source (they load when first shown). */
async function waitForRoads(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (
        window as unknown as { __atlasMap: { querySourceFeatures(s: string): unknown[] } }
      ).__atlasMap.querySourceFeatures('roads').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  await waitForMapIdle(page);
}

async function sourceFeatures(page: Page, source: string) {
  return page.evaluate(
    (id) =>
      (
        window as unknown as {
          __atlasMap: {
            querySourceFeatures(s: string): {
              properties: Record<string, unknown>;
              geometry: { type: string; coordinates: unknown[] };
            }[];
          };
        }
      ).__atlasMap
        .querySourceFeatures(id)
        .map((f) => ({ properties: f.properties, geometry: f.geometry })),
    source,
  );
}

describe('roads and relief on the map', () => {
  it('shows hillshade and roads at zooms 6 to 12, all from this machine', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    for (const [zoom, lat, lon] of [
      [6, 41.4, 74.8],
      [9, 41.2, 75.7],
      [12, 40.59, 75.43],
    ] as const) {
      const atlas = await openRecording(`/?map=${zoom}/${lat}/${lon}&layers=`);
      const { page, requests } = atlas;
      await waitForMapIdle(page);
      await waitForRoads(page);
      expect(
        requests.some((r) => /\/terrain\/\d\/\d+\/\d+\.png$/.test(r)),
        `z${zoom}`,
      ).toBe(true);
      const roads = await renderedProperties(page, ['roads-paved', 'roads-unpaved']);
      expect(roads.length, `roads at z${zoom}`).toBeGreaterThan(0);
      const hillshade = await page.evaluate(() =>
        (
          window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): unknown } }
        ).__atlasMap.getLayoutProperty('hillshade', 'visibility'),
      );
      expect(hillshade ?? 'visible').toBe('visible');
      await atlas.close();
    }
  });

  it('labels named routes and credits Global Map Kyrgyz', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    const atlas = await openAtlas('/?map=9/41.75/75.75&layers=');
    const { page } = atlas;
    await waitForMapIdle(page);
    await waitForRoads(page);
    const names = (await renderedProperties(page, ['roads-paved', 'roads-unpaved'])).map(
      (p) => p.name,
    );
    expect(names).toContain('Bishkek–Naryn–Torugart');
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect(page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toContain(
      NONCOMMERCIAL_CREDIT,
    );
  });

  it('turns the relief and the roads off and on with their toggles', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    const atlas = await openAtlas('/?map=9/41.2/75.7&layers=');
    const { page } = atlas;
    await waitForMapIdle(page);
    const visibility = (layer: string) =>
      page.evaluate(
        (id) =>
          (
            window as unknown as {
              __atlasMap: { getLayoutProperty(l: string, p: string): unknown };
            }
          ).__atlasMap.getLayoutProperty(id, 'visibility') ?? 'visible',
        layer,
      );
    await page.getByLabel('Roads (2003)').uncheck();
    await expect.poll(() => visibility('roads-paved')).toBe('none');
    await page.getByLabel('Relief (hillshade)').uncheck();
    await expect.poll(() => visibility('hillshade')).toBe('none');
    await page.getByLabel('Roads (2003)').check();
    await expect.poll(() => visibility('roads-paved')).toBe('visible');
  });
});

describe('distance by road', () => {
  it('lists Torugart’s nearest communities with straight-line and road distances', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    const atlas = await openAtlas('/?site=torugart-pass');
    const { page } = atlas;
    await waitForData(page);
    const table = page.locator('table.nearest');
    await expect(table.locator('th').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('By road')]),
    );
    const cells = table.locator('tbody tr [data-road-km]');
    await expect.poll(() => cells.count()).toBe(10);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        straight: tr.querySelectorAll('td')[1]!.textContent!.trim(),
        road: tr.querySelector('[data-road-km]')!.getAttribute('data-road-km')!,
        text: tr.querySelector('[data-road-km]')!.textContent!.trim(),
      })),
    );
    const reachable = rows.filter((r) => r.road !== 'none');
    expect(reachable.length).toBeGreaterThan(0);
    for (const r of reachable) {
      expect(r.text).toMatch(/^≈ [\d.,]+ km$/);
      // A way by road is never shorter than the straight line (legs are geodesics).
      const straight = Number(r.straight.split(/[–\s]/)[0]!.replace(',', ''));
      expect(Number(r.road)).toBeGreaterThanOrEqual(straight - 0.01);
    }
    for (const r of rows.filter((x) => x.road === 'none')) {
      expect(r.text).toBe('no road in the data');
    }
    // Sorted by road on request: reachable first, nearest by road first.
    await table.getByRole('button', { name: /By road/ }).click();
    const sorted = await table
      .locator('tbody tr [data-road-km]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-road-km')!));
    const kms = sorted.filter((k) => k !== 'none').map(Number);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(sorted.slice(0, kms.length).every((k) => k !== 'none')).toBe(true);
    // The first one's route by road, with its off-road legs, drawn on the map; and hidden again.
    const route = table.locator('tbody button.route').first();
    await route.click();
    await expect(route.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect
      .poll(async () => (await sourceFeatures(page, 'route')).map((f) => f.properties.kind))
      .toContain('road');
    await route.click();
    await expect.poll(async () => (await sourceFeatures(page, 'route')).length).toBe(0);
  });

  it('measures Naryn → Torugart by road and draws the route', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    const atlas = await openAtlas(`/?measure=${NARYN.join(',')};${TORUGART.join(',')}&unit=km`);
    const { page } = atlas;
    await waitForMapIdle(page);
    const readout = page.locator('.readout');
    await readout.getByLabel('By road').check();
    const total = readout.locator('.total strong[data-road-km]');
    await total.waitFor();
    const roadKm = Number(await total.getAttribute('data-road-km'));
    const straightKm = geodesicDistanceKm(NARYN, TORUGART);
    // Naryn–Torugart is about 180 km by road against about 104 km in a straight line.
    expect(roadKm).toBeGreaterThan(straightKm * 1.3);
    expect(roadKm).toBeLessThan(straightKm * 2.5);
    await expect(total.innerText()).resolves.toMatch(/^≈ [\d,]+ km by road$/);
    await waitForMapIdle(page);
    const route = await sourceFeatures(page, 'route');
    const road = route.filter((f) => f.properties.kind === 'road');
    expect(road.length).toBeGreaterThan(0);
    expect(road.reduce((n, f) => n + f.geometry.coordinates.length, 0)).toBeGreaterThan(20);
    expect((await renderedProperties(page, ['route-line'])).length).toBeGreaterThan(0);
    // Back to straight: the route goes.
    await readout.getByLabel('straight line').check();
    await expect.poll(async () => (await sourceFeatures(page, 'route')).length).toBe(0);
  });

  it('adds a road-km column to the distance table', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    const atlas = await openAtlas('/?layers=crossings');
    const { page } = atlas;
    await waitForData(page);
    await page.getByRole('button', { name: 'Distance table' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Radius (km)').fill('20');
    await dialog.getByRole('button', { name: 'Make table' }).click();
    await dialog.locator('.summary').waitFor();
    await expect(dialog.locator('th').allInnerTexts()).resolves.toContain('By road');
    const roadCells = await dialog
      .locator('tbody [data-road-km]')
      .evaluateAll((els) => els.map((e) => e.textContent!.trim()));
    expect(roadCells.length).toBeGreaterThan(0);
    for (const c of roadCells) expect(c).toMatch(/^(≈ [\d.,]+ km|no road in the data)$/);
  });
});

describe('the relief, the roads and the ruler’s mode in links', () => {
  it('a link with the relief and roads off and the ruler by road reopens with them', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    const measure = `${NARYN.join(',')};${TORUGART.join(',')}`;
    const atlas = await openAtlas(
      `/?map=8/41/75.7&layers=&measure=${measure}&ruler=road&relief=off&roads=off`,
    );
    const { page } = atlas;
    await waitForMapIdle(page);
    const visibility = (layer: string) =>
      page.evaluate(
        (id) =>
          (
            window as unknown as {
              __atlasMap: { getLayoutProperty(l: string, p: string): unknown };
            }
          ).__atlasMap.getLayoutProperty(id, 'visibility'),
        layer,
      );
    await expect(page.getByLabel('Relief (hillshade)').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Roads (2003)').isChecked()).resolves.toBe(false);
    await expect.poll(() => visibility('hillshade')).toBe('none');
    await expect.poll(() => visibility('roads-paved')).toBe('none');
    const readout = page.locator('.readout');
    await expect(readout.getByLabel('By road').isChecked()).resolves.toBe(true);
    await readout.locator('.total strong[data-road-km]').waitFor();
    // Changes go back into the link: the relief on again, the ruler back to straight lines.
    await page.getByLabel('Relief (hillshade)').check();
    await readout.getByLabel('straight line').check();
    await expect
      .poll(() => {
        const params = new URL(page.url()).searchParams;
        return [params.get('relief'), params.get('roads'), params.get('ruler')];
      })
      .toEqual([null, 'off', null]);
  });

  it('says which setting it did not understand and keeps the defaults', async (ctx) => {
    if (!ROADS) return ctx.skip(NO_ROADS);
    const atlas = await openAtlas('/?map=8/41/75.7&layers=&relief=maybe&ruler=car');
    const { page } = atlas;
    await waitForMapIdle(page);
    const notices = page.locator('.notices');
    await notices.getByText('The map layer setting “relief=maybe”', { exact: false }).waitFor();
    await notices.getByText('Unknown ruler mode “car”', { exact: false }).waitFor();
    await expect(page.getByLabel('Relief (hillshade)').isChecked()).resolves.toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.has('ruler')).toBe(false);
  });
});

describe('an open-data-only build', () => {
  it('draws no relief or roads, asks for none, and says distances are straight lines', async (ctx) => {
    if (ROADS) return ctx.skip(WITH_ROADS);
    const atlas = await openRecording('/?site=torugart-pass');
    const { page, requests } = atlas;
    await waitForData(page);
    await waitForMapIdle(page);
    expect(requests).toEqual([]);
    const ids = await page.evaluate(() =>
      (window as unknown as { __atlasMap: { getStyle(): { layers: { id: string }[] } } }).__atlasMap
        .getStyle()
        .layers.map((l) => l.id),
    );
    expect(ids).not.toContain('hillshade');
    expect(ids).not.toContain('roads-paved');
    await expect(page.getByRole('complementary').innerText()).resolves.toContain(
      'distances are straight lines',
    );
    await expect(page.locator('table.nearest [data-road-km]').count()).resolves.toBe(0);
    await expect(page.getByText('No roads or relief in this copy').count()).resolves.toBe(1);
  });
});

describe('the ruler', () => {
  it('says one point is placed, and puts no stray label under the pointer', async () => {
    const atlas = await openAtlas('/?map=7/42/74.5&layers=');
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Measure distance' }).click();
    await clickMapAt(page, [74, 42.2]);
    await expect(page.locator('.readout').innerText()).resolves.toContain('One point so far');
    await expect(page.locator('.readout').innerText()).resolves.not.toContain('No points yet');
    await waitForMapIdle(page);
    // The preview segment to the pointer is never labelled (no "0 km" under the cursor).
    const labels = (await sourceFeatures(page, 'measure')).filter((f) => 'label' in f.properties);
    expect(labels).toEqual([]);
  });

  it('shows a crosshair at the map centre while measuring by keyboard', async () => {
    const atlas = await openAtlas('/?map=7/42/74.5&layers=');
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Measure distance' }).focus();
    await page.keyboard.press('Enter');
    const crosshair = page.locator('.crosshair');
    await crosshair.waitFor();
    const box = (await crosshair.boundingBox())!;
    const map = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    expect(box.x + box.width / 2).toBeCloseTo(map.x + map.width / 2, -1);
    expect(box.y + box.height / 2).toBeCloseTo(map.y + map.height / 2, -1);
    await page.getByRole('button', { name: 'Add point at map centre' }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('measure')).toBe('74.5,42');
    // A mouse user gets the pointer instead.
    await page.mouse.move(400, 400);
    await expect(crosshair.count()).resolves.toBe(0);
  });
});
