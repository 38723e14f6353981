import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import {
  checkEachScenario,
  openAtlas,
  seriousA11yViolations,
  unzipTexts,
  waitForData,
} from './harness';
import { readPngText } from '../../src/lib/export/pngText';

checkEachScenario();

type Page = Awaited<ReturnType<typeof openAtlas>>['page'];

/** The count beside a layer in the layer panel. */
const layerCount = async (page: Page, layer: string) =>
  Number(await page.locator('.panel label', { hasText: layer }).locator('.count').innerText());

/** Waits for "N of M places shown (R records)" and returns R, the records (one row each in exports). */
async function shownCount(page: Page, expected?: number): Promise<number> {
  const line = page.locator('.shown');
  if (expected !== undefined) {
    await line.getByText(`(${expected} record`, { exact: false }).waitFor();
  }
  return Number(/\((\d+) records?\)/.exec(await line.innerText())![1]);
}

/** Saves the next download that `click` starts and returns its name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `atlas-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const parseCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

/** The CSV and README inside an exported table's zip. */
function tableOf(bytes: Buffer): { csv: string; readme: string } {
  const files = unzipTexts(bytes);
  const csv = Object.entries(files).find(([name]) => name.endsWith('.csv'))![1];
  return { csv, readme: files['README.txt']! };
}

describe('filters and exports', () => {
  it('a region filter changes the counts, the search and the exported table; “Clear all” undoes it', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const allShown = await shownCount(page);
    const allProjects = await layerCount(page, 'Chinese projects');
    expect(allShown).toBeGreaterThan(60);

    const exportDialog = page.getByRole('dialog', { name: 'Export what is shown' });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const before = await download(page, () =>
      exportDialog.getByRole('button', { name: 'Table (CSV)' }).click(),
    );
    expect(parseCsv(tableOf(before.bytes).csv).data).toHaveLength(allShown);
    await exportDialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: /^Filters/ }).click();
    const naryn = page.getByRole('checkbox', { name: /^Naryn\b/ });
    await naryn.check();
    await page.waitForURL(/region=naryn/);
    const narynShown = await shownCount(page);
    expect(narynShown).toBeLessThan(allShown);
    expect(narynShown).toBeGreaterThan(0);
    expect(await layerCount(page, 'Chinese projects')).toBeLessThan(allProjects);
    await expect(page.getByRole('button', { name: /^Filters \(1\)/ }).count()).resolves.toBe(1);

    // Search follows the filters: the Kara-Balta refinery (Chui) is held back and said so.
    await page.getByRole('combobox', { name: 'Search sites and places' }).fill('Kara-Balta');
    await page.locator('#search-results .hidden-count').waitFor();
    const offered = await page.locator('#search-results [role=option]').allInnerTexts();
    expect(offered.join('\n')).not.toMatch(/refinery/i);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog.getByText('Region (oblast): Naryn').waitFor();
    const after = await download(page, () =>
      exportDialog.getByRole('button', { name: 'Table (CSV)' }).click(),
    );
    const { csv: text, readme } = tableOf(after.bytes);
    expect(readme).toMatch(/Kyrgyz–China Atlas: \d+ sites as shown/);
    expect(readme).toContain('region=naryn');
    expect(text.startsWith('\uFEFFid,name,')).toBe(true);
    const { data, errors, meta } = parseCsv(text);
    expect(errors).toEqual([]);
    expect(data).toHaveLength(narynShown);
    // Every row lies in Naryn: in it, partly in it (a road running through), or possibly (an area
    // that spans Naryn and elsewhere, said so).
    for (const row of data) expect(row['region'], row['id']).toMatch(/\bNaryn\b/);
    expect(meta.fields).toEqual(
      expect.arrayContaining(['citation_1_title', 'citation_1_url', 'citation_1_quote']),
    );
    const kochkor = data.find((r) => r['id'] === 'kochkor-truckers-protest-2021')!;
    expect(kochkor['citation_1_url']).toMatch(/^https:\/\//);
    expect(Object.entries(kochkor).some(([k, v]) => k.endsWith('_quote') && v.length > 20)).toBe(
      true,
    );

    const geojson = await download(page, () =>
      exportDialog.getByRole('button', { name: 'GeoJSON' }).click(),
    );
    const fc = JSON.parse(geojson.bytes.toString('utf8')) as {
      features: { properties: Record<string, string> }[];
    };
    expect(fc.features).toHaveLength(narynShown);
    await exportDialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Clear all' }).click();
    await shownCount(page, allShown);
    await page.waitForFunction(() => !location.search.includes('region='));
  });

  it('a link with years and filters reopens the same view; values it does not know are reported', async () => {
    const { page } = await openAtlas('/?years=2018-2021&region=naryn&sector=spaceflight');
    await waitForData(page);
    await page.getByText('The filter “sector:spaceflight” in the link').waitFor();
    // The filter panel opens by itself, with Naryn chosen once the regions are known.
    await expect(page.getByRole('checkbox', { name: /^Naryn\b/ }).isChecked()).resolves.toBe(true);
    const shown = await shownCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20);
    await expect(page.locator('#timeline-title').innerText()).resolves.toBe('Years: 2018–2021');
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBeNull();
    // The open filters and the export dialog pass axe's serious and critical rules.
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export what is shown' });
    await exportDialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await exportDialog.getByRole('button', { name: 'Close' }).click();
    // The distance table respects the years and filters too, and says so.
    await page.getByRole('button', { name: 'Distance table' }).click();
    await page
      .getByRole('dialog', { name: /Distance table/ })
      .getByText(/^Only the \d+ sites of these layers within the chosen years and filters/)
      .waitFor();
  });

  it('the PNG export draws the map with a legend and the data credits, and carries them as metadata', async () => {
    const { page } = await openAtlas('/?years=2018-2021&region=naryn');
    await waitForData(page);
    await page.getByRole('checkbox', { name: /^Naryn\b/ }).waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export what is shown' });
    const png = await download(page, () =>
      dialog.getByRole('button', { name: 'Map image (PNG)' }).click(),
    );
    expect(png.name).toBe('kg-cn-atlas-2018-2021.png');
    const meta = readPngText(new Uint8Array(png.bytes));
    expect(meta['Copyright']).toContain('OpenStreetMap contributors');
    expect(meta['Copyright']).toContain('AidData');
    expect(meta['Source']).toContain('region=naryn');
    expect(meta['Description']).toContain('Years 2018–2021');

    const image = PNG.sync.read(png.bytes);
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(image.width).toBe(Math.round(canvas!.width));
    expect(image.height).toBeGreaterThan(canvas!.height + 40);
    // The credits are drawn in the white band under the map: dark text pixels there.
    const ink = (y0: number, y1: number) => {
      let dark = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = 0; x < image.width; x++) {
          const i = (y * image.width + x) * 4;
          if (image.data[i]! + image.data[i + 1]! + image.data[i + 2]! < 300) dark++;
        }
      }
      return dark / ((y1 - y0) * image.width);
    };
    expect(ink(image.height - 20, image.height)).toBeGreaterThan(0.01);
    // The title is drawn above the map.
    expect(ink(0, 30)).toBeGreaterThan(0.005);
  });
});
