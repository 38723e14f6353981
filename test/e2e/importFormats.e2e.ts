/**
 * Your own layer from real-world files (issue #18): a Windows-1251 semicolon CSV with Excel's
 * sep= line, an Excel workbook, KML, GPX and a zipped Shapefile, each with Cyrillic names shown
 * correctly; hostile column names kept; files whose name lies say what they are.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { strToU8 } from 'fflate';
import { checkEachScenario, expectDetailsFor, openAtlas, waitForData } from './harness';
import { encoded, gpxOf, kmlOf, shapefileZip, xlsxOf } from '../unit/import/fixtures';

checkEachScenario();

const upload = (page: Page, name: string, bytes: Uint8Array) =>
  page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
const status = (page: Page) => page.locator('.import [role=status]');

/**
 * Opens a feature of the user's layer: by its link when `id` is given (the layer comes back from
 * this browser's storage after the reload), else by searching its name.
 */
async function open(page: Page, name: string, id?: string) {
  if (id) {
    await page.goto(new URL(`/?site=${id}`, page.url()).href);
    await waitForData(page);
    return expectDetailsFor(page, name);
  }
  const box = page.getByRole('combobox', { name: 'Search sites and places' });
  await box.fill(name);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
  await expectDetailsFor(page, name);
}

/** The fields listed in the details panel, as [name, value]. */
async function fieldsShown(page: Page): Promise<[string, string][]> {
  return page
    .getByRole('complementary')
    .locator('dl')
    .first()
    .evaluate((dl) => {
      const out: [string, string][] = [];
      const dts = dl.querySelectorAll('dt');
      dts.forEach((dt) =>
        out.push([dt.textContent ?? '', dt.nextElementSibling?.textContent?.trim() ?? '']),
      );
      return out;
    });
}

describe('your own layer from real-world files', () => {
  it('a Windows-1251 CSV with a sep= line, semicolons and decimal commas', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const csv = [
      'sep=;',
      'Название;Широта;Долгота;Примечание',
      'Тестовое село Кара-Суу;42,8146;73,8481;у завода «Джунда»',
      'Тестовое село Нарын;41,4287;75,9911;',
      'Плохая строка;abc;74',
    ].join('\r\n');
    await upload(page, 'сёла.csv', encoded(csv, 'win1251'));
    await status(page).getByText('сёла.csv: 2 loaded, 1 skipped.').waitFor();
    await status(page).getByText('Read as Windows-1251 text.').waitFor();
    await status(page).getByText('Why 1 were skipped').click();
    await expect(status(page).locator('li').innerText()).resolves.toBe(
      'line 5: Широта “abc” is not a number',
    );
    await open(page, 'Тестовое село Кара-Суу');
    expect(await fieldsShown(page)).toContainEqual(['Примечание', 'у завода «Джунда»']);
    await expect(page.locator('table.nearest tbody tr').count()).resolves.toBe(10);
  });

  it('an Excel workbook, a KML, a GPX and a zipped Shapefile, with Cyrillic names', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const files: [string, Uint8Array, string, number, string][] = [
      [
        'скважины.xlsx',
        await xlsxOf([
          {
            name: 'Лист1',
            rows: [
              ['Название', 'Широта', 'Долгота'],
              ['Скважина Ак-Суу', 42.5, 75.1],
              ['Скважина Токмок', 42.84, 75.29],
            ],
          },
        ]),
        'Скважина Ак-Суу',
        2,
        'import-1',
      ],
      [
        'места.kml',
        strToU8(
          kmlOf([
            { name: 'Метка Кочкор', at: [75.75, 42.22], data: [['оператор', 'ОсОО «Тест»']] },
            {
              name: 'Дорога Нарын',
              at: [
                [75.9, 41.4],
                [76.1, 41.5],
              ],
            },
          ]),
        ),
        'Метка Кочкор',
        2,
        'import-1',
      ],
      [
        'прогулка.gpx',
        strToU8(
          gpxOf(
            [{ name: 'Тестовый родник', lat: 42.75, lon: 75.25 }],
            [
              [75.2, 42.7],
              [75.3, 42.8],
            ],
          ),
        ),
        'Тестовый родник',
        2,
        'import-2', // togeojson lists tracks before waypoints
      ],
      [
        'города.zip',
        shapefileZip(
          [
            { at: [74.59, 42.87], fields: ['Шейп Бишкек', 'столица'] },
            { at: [72.8, 40.53], fields: ['Шейп Ош', 'юг'] },
          ],
          ['NAME', 'NOTE'],
        ),
        'Шейп Бишкек',
        2,
        'import-1',
      ],
    ];
    for (const [file, bytes, name, count, id] of files) {
      await upload(page, file, bytes);
      await status(page).getByText(`${file}: ${count} loaded, 0 skipped.`).waitFor();
      await open(page, name, id);
      await expect(page.locator('table.nearest tbody tr').count()).resolves.toBe(10);
    }
    expect(await fieldsShown(page)).toEqual([
      ['NAME', 'Шейп Бишкек'],
      ['NOTE', 'столица'],
    ]);
  }, 180_000); // four imports, each reopened by its link: slow on 2 cores, never a failure of speed

  it('keeps hostile column names as ordinary fields', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const csv = 'name,lat,lon,constructor,__proto__,toString\nHostile well,42.3,74.4,c,p,t\n';
    await upload(page, 'hostile.csv', strToU8(csv));
    await status(page).getByText('hostile.csv: 1 loaded, 0 skipped.').waitFor();
    await open(page, 'Hostile well');
    expect(await fieldsShown(page)).toEqual([
      ['name', 'Hostile well'],
      ['lat', '42.3'],
      ['lon', '74.4'],
      ['constructor', 'c'],
      ['__proto__', 'p'],
      ['toString', 't'],
    ]);
  });

  it('says what a file is when its name says otherwise', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const workbook = await xlsxOf([
      {
        name: 'S',
        rows: [
          ['name', 'lat', 'lon'],
          ['Книга как CSV', 42.1, 74.1],
        ],
      },
    ]);
    await upload(page, 'sites.csv', workbook);
    await status(page).getByText('sites.csv: 1 loaded, 0 skipped.').waitFor();
    await status(page).getByText('“sites.csv” holds Excel (.xlsx); it was read as such.').waitFor();
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [74, 42] }, properties: {} },
      ],
    });
    await upload(page, 'points.csv', strToU8(geojson));
    await status(page).getByText('“points.csv” holds GeoJSON; it was read as such.').waitFor();
    await upload(page, 'report.csv', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    await status(page)
      .getByText('report.csv could not be read: This is a PDF document, not a table or a map file.')
      .waitFor();
  });
});
