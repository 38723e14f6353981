import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEachScenario, expectDetailsFor, openAtlas, waitForData } from './harness';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

checkEachScenario();

const fileInput = (page: Page) => page.locator('input[type=file]');
const upload = (page: Page, name: string, text: string | Buffer, mimeType = 'text/plain') =>
  fileInput(page).setInputFiles({
    name,
    mimeType,
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });

const VILLAGES = [
  'name,latitude,longitude,note',
  'Test village Alpha,42.80,73.90,near the refinery',
  'Test village Beta,41.43,76.00,Naryn',
  'Bad row,abc,74',
  'Test village Gamma,40.53,72.80,Osh',
].join('\n');

describe('your own layer', () => {
  it('loads a CSV of villages, reports the bad row, and measures from them', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    await upload(page, 'villages.csv', VILLAGES, 'text/csv');
    const status = page.locator('.import [role=status]');
    await status.getByText('villages.csv: 3 loaded, 1 skipped.').waitFor();
    await status.getByText('Why 1 were skipped').click();
    await expect(status.locator('li').innerText()).resolves.toBe(
      'line 4: latitude “abc” is not a number',
    );
    await expect(page.locator('.import .count').innerText()).resolves.toBe('3');

    // Searchable, selectable, and every proximity tool works from it.
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('Test village Alpha');
    await box.press('Enter');
    await expectDetailsFor(page, 'Test village Alpha');
    const panel = page.getByRole('complementary');
    await expect(panel.innerText()).resolves.toContain('near the refinery');
    await expect(panel.locator('table.nearest tbody tr').count()).resolves.toBe(10);
    await expect(panel.locator('.ring[data-radius="10"] .count').innerText()).resolves.toMatch(
      /^\d+ communities within 10 km$/,
    );
    await page.getByRole('button', { name: 'Distance table' }).click();
    const dialog = page.getByRole('dialog', { name: /Distance table/ });
    for (const layer of ['Chinese projects', 'Border crossings', 'Protests', 'Mines']) {
      await dialog.getByLabel(layer).uncheck();
    }
    await dialog.getByRole('button', { name: 'Make table' }).click();
    await expect(dialog.getByRole('status').innerText()).resolves.toMatch(
      /for 3 sites within 10 km/,
    );
  });

  it('keeps the layer after a reload until it is removed', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    await upload(page, 'villages.csv', VILLAGES, 'text/csv');
    await page.locator('.import .count').waitFor();
    await page.reload();
    await waitForData(page);
    await expect(page.locator('.import .count').innerText()).resolves.toBe('3');
    await page.getByRole('button', { name: 'Remove your layer' }).click();
    await expect(page.locator('.import .count').count()).resolves.toBe(0);
    await page.waitForTimeout(500); // let IndexedDB finish forgetting it
    await page.reload();
    await waitForData(page);
    await page.waitForTimeout(300);
    await expect(page.locator('.import .count').count()).resolves.toBe(0);
  });

  it('asks for the columns when it cannot tell latitude from longitude', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    await upload(page, 'sites.csv', 'site,a,b\nMy mine,41.4,75.9\n', 'text/csv');
    await page.getByText('Which columns hold the coordinates of “sites.csv”?').waitFor();
    await page.getByLabel('Latitude column').selectOption('a');
    await page.getByLabel('Longitude column').selectOption('b');
    await page.getByLabel('Name column').selectOption('site');
    await page.getByRole('button', { name: 'Use these columns' }).click();
    await page.getByText('sites.csv: 1 loaded, 0 skipped.').waitFor();
  });

  it('shows hostile names as text, skips swapped and broken features, and runs nothing', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    const features = XSS_PAYLOADS.slice(0, 20).map((payload, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [74 + i * 0.05, 42] },
      properties: { name: payload, [payload.slice(0, 30)]: payload },
    }));
    features.push(
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [42.87, 74.6] },
        properties: { name: 'swapped' },
      } as never,
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [[[1, 2]]] },
        properties: {},
      } as never,
    );
    await upload(page, 'hostile.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
    const status = page.locator('.import [role=status]');
    await status.getByText('hostile.geojson: 20 loaded, 2 skipped.').waitFor();
    await status.getByText('Why 2 were skipped').click();
    await expect(status.locator('li').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('coordinates look swapped')]),
    );
    await page.goto(new URL('/?site=import-5', page.url()).href);
    await waitForData(page);
    const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
    await heading.waitFor();
    await expect(heading.evaluate((h) => h.textContent)).resolves.toBe(XSS_PAYLOADS[4]);
    await expect(
      page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
    ).resolves.toBeUndefined();
    await expect(page.locator('.side img, .side script, .side iframe').count()).resolves.toBe(0);
  });

  it('refuses a non-GeoJSON file with a message and keeps the layer it had', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    await upload(page, 'villages.csv', VILLAGES, 'text/csv');
    await page.locator('.import .count').waitFor();
    await upload(page, 'broken.geojson', '{"type": "FeatureCollection", "features": [');
    await page.getByText(/broken\.geojson could not be read: The file is not valid JSON/).waitFor();
    await upload(page, 'notes.docx', 'PK\u0003\u0004 binary');
    await page.getByText(/notes\.docx could not be read: The ZIP archive is damaged/).waitFor();
    await expect(page.locator('.import .count').innerText()).resolves.toBe('3');
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    const huge = join(tmpdir(), `atlas-huge-${Date.now()}.geojson`);
    await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    await fileInput(page).setInputFiles(huge);
    await page
      .getByText(/atlas-huge-\d+\.geojson could not be read: The file is 51 MB; the limit is 50 MB/)
      .waitFor();
    await rm(huge);
  });
});
