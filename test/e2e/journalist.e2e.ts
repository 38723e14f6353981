/** A journalist's day (issue #15): search in every script, the sites first, namesakes told apart. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { readPngText } from '../../src/lib/export/pngText';
import { checkEachScenario, expectDetailsFor, openAtlas, unzipTexts, waitForData } from './harness';

checkEachScenario();

describe('search as a journalist uses it', () => {
  it.each([
    ['吐尔尕特', 'simplified'],
    ['吐爾尕特', 'traditional'],
  ])('“%s” (%s Chinese) finds Torugart Pass', async (query) => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill(query);
    const first = page.locator('#search-results').getByRole('option').first();
    await expect(first.innerText()).resolves.toContain('Torugart Pass');
  });

  it('“Torugart” + Enter selects the crossing, not the hamlet of the same name', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('Torugart');
    await page.locator('#search-results').getByRole('option').first().waitFor();
    await box.press('Enter');
    await expectDetailsFor(page, 'Torugart Pass');
    await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('torugart-pass');
  });

  it('“Иркештам” finds the pass; namesakes show their district and region', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('Иркештам');
    const options = page.locator('#search-results').getByRole('option');
    await expect(options.first().innerText()).resolves.toContain('Irkeshtam Pass');
    await box.fill('Naryn');
    await options.first().waitFor();
    const texts = await options.allInnerTexts();
    const towns = texts.filter((t) => /^Naryn\b/.test(t.trim()) && t.includes('·'));
    expect(towns.length).toBeGreaterThanOrEqual(2);
    expect(new Set(towns).size).toBe(towns.length); // each told apart by where it is
  });
});

describe('exports as ordinary tools read them', () => {
  it('the shown sites’ CSV has a BOM and its header first, and the atlas re-imports it', async () => {
    const { page } = await openAtlas('/?layers=crossings,mines');
    await waitForData(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export what is shown' });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Table (CSV)' }).click(),
    ]);
    const path = join(tmpdir(), `atlas-${Date.now()}.zip`);
    await file.saveAs(path);
    const files = unzipTexts(await readFile(path));
    const [name, csv] = Object.entries(files).find(([n]) => n.endsWith('.csv'))!;
    expect(csv.startsWith('\uFEFFid,name,name_ru,layer,')).toBe(true);
    expect(files['README.txt']).toMatch(/Data credits: /);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    const count = rows.data.length;
    expect(count).toBeGreaterThanOrEqual(4 + 5);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Back into the atlas as the user's own layer: every row loads, Cyrillic intact.
    await page.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page
      .locator('.import [role=status]')
      .getByText(new RegExp(`${name.replace(/[.]/g, '\\.')}: ${count} loaded, 0 skipped`))
      .waitFor();
  });
});

describe('languages', () => {
  it('Kyrgyz dates and units are Kyrgyz, even where the browser has no Kyrgyz locale data', async () => {
    const { page } = await openAtlas('/?lang=ky&site=kochkor-truckers-protest-2021');
    await waitForData(page);
    const details = page.getByRole('complementary');
    await details.getByRole('heading', { level: 2 }).waitFor();
    const text = await details.innerText();
    // The protest's date as Kyrgyz writes it (the sources' own English text stays as it is).
    expect(text).toMatch(/2021-ж\. 8-ноя\./);
    expect(text).not.toMatch(/\b8 Nov 2021\b|\bNov 8, 2021\b/);
    // Distances the atlas measured are in Kyrgyz units (notes quoted from the data stay English).
    expect(text).toMatch(/Torugart Pass\s+[\d,–]+\s?км/);
    const scale = await page.locator('.maplibregl-ctrl-scale').innerText();
    expect(scale).toMatch(/км|м$/);
  });

  it('Russian plurals follow the number (one, few, many)', async () => {
    // An exactly located site: its rings list "N населённых пунктов в пределах …".
    const { page } = await openAtlas('/?lang=ru&site=irkeshtam-pass&rings=5,10,25,50');
    await waitForData(page);
    const lines = page.getByText(/населённ(ый пункт|ых пункта|ых пунктов) в пределах/);
    await lines.first().waitFor();
    const rules = new Intl.PluralRules('ru-RU');
    const forms = { one: 'населённый пункт', few: 'населённых пункта', many: 'населённых пунктов' };
    for (const line of await lines.allInnerTexts()) {
      const n = Number(/(\d+) насел/.exec(line)![1]);
      expect(line, line).toContain(forms[rules.select(n) as keyof typeof forms]);
    }
  });
});

describe('on a phone (390 × 844)', () => {
  const phone = { width: 390, height: 844 };

  it('the header is one row, the map starts in the top sixth, the timeline is folded', async () => {
    const { page } = await openAtlas('/', phone);
    await waitForData(page);
    const header = (await page.locator('header').boundingBox())!;
    expect(header.height).toBeLessThan(844 / 6);
    const map = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    expect(map.y).toBeLessThan(844 / 6);
    // The tools are one tap away in the menu.
    await expect(
      page.getByRole('button', { name: 'Export', exact: true }).isVisible(),
    ).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
    // The timeline is one line until opened.
    const fold = page.getByRole('button', { name: 'Show the years' });
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('.timeline svg').count()).resolves.toBe(0);
    await fold.click();
    await page.locator('.timeline svg').waitFor();
  });

  it('the details open as a peek over the map and expand with the handle', async () => {
    const { page } = await openAtlas('/?site=torugart-pass', phone);
    await waitForData(page);
    await expectDetailsFor(page, 'Torugart Pass');
    const sheet = page.getByRole('complementary');
    const peek = (await sheet.boundingBox())!;
    expect(peek.height).toBeLessThanOrEqual(844 * 0.4 + 1);
    expect(peek.y + peek.height).toBeLessThanOrEqual(845);
    await sheet.getByRole('button', { name: 'Show more of the details' }).click();
    await page.waitForFunction(
      () => document.querySelector('aside.side')!.getBoundingClientRect().height > 844 * 0.6,
    );
    await sheet.getByRole('button', { name: 'Show more of the map' }).click();
    await page.waitForFunction(
      () => document.querySelector('aside.side')!.getBoundingClientRect().height < 844 * 0.41,
    );
  });
});

describe('the map image', () => {
  it('has a scale bar and, at 2×, twice the pixels; the legend sits below the map', async () => {
    const { page } = await openAtlas('/?map=7.00/41.50/75.00');
    await waitForData(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export what is shown' });
    await dialog.getByRole('checkbox', { name: 'Image at 2× resolution' }).check();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Map image (PNG)' }).click(),
    ]);
    const path = join(tmpdir(), `atlas-${Date.now()}.png`);
    await file.saveAs(path);
    const bytes = await readFile(path);
    expect(readPngText(new Uint8Array(bytes))['Comment']).toMatch(/^Scale bar: \d+ km$/);
    const image = PNG.sync.read(bytes);
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    expect(image.width).toBe(Math.round(canvas.width) * 2);
    // The map went back to the screen's own resolution.
    await expect(
      page.evaluate(() =>
        (
          window as unknown as { __atlasMap: { getPixelRatio(): number } }
        ).__atlasMap.getPixelRatio(),
      ),
    ).resolves.toBe(1);
  });
});

describe('links that cannot be shown as they are', () => {
  it('a place in someone’s own layer says it is not in this browser', async () => {
    const { page } = await openAtlas('/?site=import-3');
    await waitForData(page);
    await page
      .getByRole('alert')
      .getByText(/kept only in the browser where that layer was added/)
      .waitFor();
  });

  it('years outside the data are brought inside it, with a message', async () => {
    const { page } = await openAtlas('/?years=2030-2040');
    await waitForData(page);
    await page.getByText(/The years 2030–2040 in the link are outside the data/).waitFor();
    await page.waitForURL((url) => url.searchParams.get('years') !== '2030-2040');
    expect(await page.locator('.shown').innerText()).not.toMatch(/^0 of/);
  });
});

describe('distance to another site', () => {
  it('is a searchable box: type part of a name, pick it, read the distance', async () => {
    const { page } = await openAtlas('/?site=torugart-pass');
    await waitForData(page);
    const box = page.getByRole('combobox', { name: 'Distance to another site' });
    const options = await page
      .locator('#compare-sites option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(50);
    expect([...options].sort((a, b) => a.localeCompare(b))).toEqual(options);
    const irkeshtam = options.find((o) => o.startsWith('Irkeshtam Pass'))!;
    await box.fill(irkeshtam);
    await page
      .getByRole('status')
      .getByText(/^Irkeshtam Pass: .*km/)
      .waitFor();
  });
});
