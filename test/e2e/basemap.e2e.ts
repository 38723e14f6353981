import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { checkEachScenario, openAtlas, renderedProperties, waitForMapIdle } from './harness';
import { ATTRIBUTION } from '../../src/lib/map/attribution';

checkEachScenario();

describe('the embedded basemap', () => {
  it('renders Kyrgyzstan, its neighbours and labelled places offline', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForMapIdle(page);

    const kg = await renderedProperties(page, ['kyrgyzstan-fill']);
    expect(kg.some((p) => p.iso_a2 === 'KG')).toBe(true);
    const neighbours = new Set(
      (await renderedProperties(page, ['countries-fill'])).map((p) => p.iso_a2),
    );
    expect([...neighbours]).toEqual(expect.arrayContaining(['KZ', 'CN', 'TJ', 'UZ']));

    const labels = (await renderedProperties(page, ['place-labels'])).map((p) => p.name);
    expect(labels).toContain('Bishkek');
    expect(labels).toContain('Osh');
    const lakes = (await renderedProperties(page, ['lake-labels'])).map((p) => p.name);
    expect(lakes).toContain('Issyk-Kul');
    const oblasts = await renderedProperties(page, ['oblast-lines']);
    expect(oblasts.length).toBeGreaterThan(0);

    // The canvas is really drawn: many colours, and the pale Kyrgyz land dominates its centre.
    const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 7) {
      colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    }
    expect(colours.size).toBeGreaterThan(50);
  });

  it('shows every required credit and the expected controls', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForMapIdle(page);
    // The credits are compact (one tap away): open them.
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    if (!(await attribution.evaluate((el) => el.classList.contains('maplibregl-compact-show')))) {
      await page.locator('.maplibregl-ctrl-attrib-button').click();
    }
    const credits = await attribution.innerText();
    for (const line of ATTRIBUTION) expect(credits).toContain(line);
    await expect(page.locator('.maplibregl-ctrl-zoom-in').count()).resolves.toBe(1);
    await expect(page.locator('.maplibregl-ctrl-compass').count()).resolves.toBe(1);
    await expect(page.locator('.maplibregl-ctrl-fullscreen').count()).resolves.toBe(1);
    expect(await page.locator('.maplibregl-ctrl-scale').innerText()).toMatch(/\d+\s?km/);
  });

  it('draws a valley at zoom 11 with rivers, rayon borders and Cyrillic labels', async () => {
    // Data layers hidden (layers=): this checks the basemap alone.
    const atlas = await openAtlas('/?map=11/41.43/75.99&layers=');
    const { page } = atlas;
    await waitForMapIdle(page);
    const rivers = await renderedProperties(page, ['rivers-major', 'rivers-fine']);
    expect(rivers.length).toBeGreaterThan(0);
    const places = await renderedProperties(page, ['place-labels']);
    const naryn = places.find((p) => p.name === 'Naryn');
    expect(naryn?.name_ru).toBe('Нарын');
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('');
    const params = new URL(page.url()).searchParams;
    expect(params.get('map')).toMatch(/^11\.00\/41\.43\d*\/75\.99\d*$/);
    expect(params.get('layers')).toBe('');
  });

  it('ignores a malformed view in the link with a clear message', async () => {
    const atlas = await openAtlas('/?map=abc/1000/x');
    const { page } = atlas;
    await waitForMapIdle(page);
    await expect(page.locator('.notices').innerText()).resolves.toContain('abc/1000/x');
    expect((await renderedProperties(page, ['kyrgyzstan-fill'])).length).toBeGreaterThan(0);
  });
});
