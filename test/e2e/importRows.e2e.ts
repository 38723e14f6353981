/**
 * Users' own shapes and rows (issue #20): a click on a 2,000-point MultiPoint answers at once
 * (“computing…”) and never freezes the page; every row is loaded or skipped with its line; no
 * hidden cap; a tampered stored layer starts the app with a message.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import {
  checkEachScenario,
  clickMapAt,
  expectDetailsFor,
  openAtlas,
  waitForData,
  waitForMapIdle,
} from './harness';

checkEachScenario();

const upload = (page: Page, name: string, bytes: Uint8Array | string) =>
  page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(typeof bytes === 'string' ? strToU8(bytes) : bytes),
  });
const status = (page: Page) => page.locator('.import [role=status]');

/** 2,000 wells on a grid over the Chuy valley, one of them at `first`. */
const first: [number, number] = [74.6, 42.8];
const wells = Array.from({ length: 2000 }, (_, i) => [
  first[0] + (i % 50) * 0.02,
  first[1] - Math.floor(i / 50) * 0.01,
]);

interface Watch {
  clicks: number[];
  answers: Record<string, number>;
  maxGap: number;
  computing?: string | undefined;
}

/**
 * Starts watching the page: when each click lands, when the details' heading first reads the
 * clicked feature's name, and the longest gap in a 10 ms heartbeat (a blocked page stops it).
 */
async function watchResponsiveness(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __watch: Watch;
    };
    w.__watch = { clicks: [], answers: {}, maxGap: 0 };
    addEventListener('click', (e) => void w.__watch.clicks.push(e.timeStamp), { capture: true });
    new MutationObserver(() => {
      const name = document.querySelector('aside h2#details-title')?.textContent ?? '';
      w.__watch.answers[name] ??= performance.now();
      w.__watch.computing ??= document.querySelector('aside .computing[role=status]')?.textContent;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__watch.maxGap = Math.max(w.__watch.maxGap, now - last);
      last = now;
    }, 10);
  });
}

const watched = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __watch: Watch;
        }
      ).__watch,
  );

describe('a click on a large shape never freezes the page', () => {
  it('2,000 wells: the details answer at once with “computing…”, then fill in', async () => {
    // The details panel is open already (a shipped site), so the map keeps its size: opening the
    // panel makes MapLibre resize its canvas, which in software WebGL takes a second by itself.
    const { page } = await openAtlas('/?site=junda-refinery&map=11.00/42.79/74.62');
    await waitForData(page);
    await page.getByRole('complementary').locator('table.nearest tbody tr').nth(9).waitFor();
    const single: [number, number] = [74.69, 42.835]; // in view; no site or community within 3 km
    const layer = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'MultiPoint', coordinates: wells },
          properties: { name: 'Test wells' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: single },
          properties: { name: 'Single well' },
        },
      ],
    };
    await upload(page, 'wells.geojson', JSON.stringify(layer));
    await status(page).getByText('wells.geojson: 2 loaded, 0 skipped.').waitFor();
    await waitForMapIdle(page);
    await watchResponsiveness(page);
    const aside = page.getByRole('complementary');

    // A single point: measured on the page, as shipped sites are.
    await clickMapAt(page, single);
    await expectDetailsFor(page, 'Single well');
    await aside.locator('table.nearest tbody tr').nth(9).waitFor();
    await waitForMapIdle(page);
    // The 2,000 wells: the details at once, with "computing…" while a worker measures.
    await clickMapAt(page, first);
    await expectDetailsFor(page, 'Test wells');
    await aside.locator('table.nearest tbody tr').nth(9).waitFor({ timeout: 20_000 });
    await expect(aside.locator('.computing[role=status]').count()).resolves.toBe(0);
    const w = await watched(page);
    // Before: the tab froze for 15–25 s and the panel filled after 16–31 s. Now the details
    // answer first and say "computing…" while a worker fills in the lists: the answer came
    // before the lists (no main-thread measuring). How fast (the 50 ms budget) is measured by
    // `npm run bench`, not asserted here: tests never fail on wall-clock time.
    expect(w.answers['Test wells']).toBeGreaterThan(w.clicks[1]!);
    expect(w.computing).toBe('Nearest communities and rings: computing…');
    await expect(aside.locator('.ring[data-radius="5"] .count').innerText()).resolves.toMatch(
      /within 5 km/,
    );

    // The link reopens it without freezing either.
    await page.goto(new URL('/?site=import-1', page.url()).href);
    await waitForData(page);
    await expectDetailsFor(page, 'Test wells');
    await page.getByRole('complementary').locator('table.nearest tbody tr').nth(9).waitFor();
    // Two imports' worth of steps and two page loads: 60 s was too short on two busy cores (a
    // timeout only catches a hang; tests never fail on time).
  }, 180_000);
});

describe('no row vanishes', () => {
  it('one stray quote: every other row loads, and the line is named', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const rows = Array.from({ length: 10 }, (_, i) => `Row ${i + 1},42.${i + 1},74.${i + 1}`);
    rows[2] = '"Row 3,42.3,74.3';
    await upload(page, 'stray.csv', ['name,lat,lon', ...rows].join('\n'));
    await status(page).getByText('stray.csv: 9 loaded, 1 skipped.').waitFor();
    await status(page).getByText('Why 1 were skipped').click();
    await expect(status(page).locator('li').innerText()).resolves.toMatch(
      /^line 4: a quote opened on this line is not closed properly/,
    );
  });

  it('100,005 rows load whole: no hidden cap at 100,000', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const rows = Array.from({ length: 100_005 }, (_, i) => `P${i},42.${i % 1000},74.5`);
    await upload(page, 'many.csv', ['name,lat,lon', ...rows].join('\n'));
    await status(page)
      .getByText('many.csv: 100005 loaded, 0 skipped.')
      .waitFor({ timeout: 120_000 });
    await expect(page.locator('.import .count').innerText()).resolves.toBe('100005');
  }, 180_000);

  it('reasons name the feature’s position; a long name is shortened with a note', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const features: unknown[] = Array.from({ length: 20 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [74 + i / 100, 42] },
      properties: { name: i === 0 ? 'N'.repeat(1000) : `F${i + 1}` },
    }));
    features[15] = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[74, 42]] } };
    await upload(page, 'f.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
    await status(page).getByText('f.geojson: 19 loaded, 1 skipped.').waitFor();
    await status(page).getByText('Why 1 were skipped').click();
    await expect(status(page).locator('.skipped li').innerText()).resolves.toBe(
      'feature 16: a LineString needs at least 2 positions',
    );
    await status(page).getByText('1 loaded with a change').click();
    await expect(status(page).locator('.changed li').innerText()).resolves.toMatch(
      /^feature 1: name shortened to 300 characters/,
    );
  });

  it('a file one byte over 50 MB is said to be over', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const file = join(tmpdir(), `atlas-over-${Date.now()}.csv`);
    await writeFile(file, Buffer.alloc(50 * 1024 * 1024 + 1, 32));
    await page.locator('input[type=file]').setInputFiles(file);
    await status(page)
      .getByText(/could not be read: The file is 50\.000001 MB; the limit is 50 MB/)
      .waitFor();
    await rm(file);
  });

  it('a full disk is said, and the layer is still shown', async () => {
    const { page } = await openAtlas('/', undefined, undefined, async (context) => {
      await context.addInitScript(() => {
        IDBObjectStore.prototype.put = function () {
          throw new DOMException('', 'QuotaExceededError');
        };
      });
    });
    await waitForData(page);
    await upload(page, 'v.csv', 'name,lat,lon\nA,42.5,74.5\n');
    await status(page).getByText('v.csv: 1 loaded, 0 skipped.').waitFor();
    await page
      .getByText('Your layer is shown but is too large to keep in this browser', { exact: false })
      .waitFor();
  });
});

describe('a tampered or older stored layer', () => {
  it('starts the app, says what was left out, and everything still works', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    await page.evaluate(async () => {
      const good = (i: number) => ({
        type: 'Feature',
        id: `import-${i}`,
        geometry: { type: 'Point', coordinates: [74 + (i % 100) / 100, 42 + (i % 37) / 100] },
        properties: { id: `import-${i}`, layer: 'imported', name: `Stored ${i}`, fields: [] },
      });
      const features: unknown[] = [
        { ...good(1), properties: { ...good(1).properties, fields: null, name: 'No fields' } },
        { ...good(2), geometry: { type: 'LineString', coordinates: [[74, 42]] } },
        { ...good(3), properties: { ...good(3).properties, name: 'x'.repeat(1_000_000) } },
        ...Array.from({ length: 20_000 }, (_, i) => good(i + 4)),
      ];
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(
            { name: 'y'.repeat(1_000_000), features },
            'kg-cn-atlas.imported-layer',
          );
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      });
    });
    await page.goto(new URL('/?site=import-1', page.url()).href);
    await waitForData(page);
    await page
      .getByText('Your layer kept in this browser had 1 features that could not be used')
      .waitFor();
    // All 20,002 usable features are kept (a layer kept by an older version is read as it was).
    await expect(page.locator('.import .count').innerText()).resolves.toBe('20002');
    await expect(page.getByText(/had more than .* features/).count()).resolves.toBe(0);
    await expectDetailsFor(page, 'No fields');
    // Shipped sites can still be selected.
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('Torugart');
    await box.press('Enter');
    await expectDetailsFor(page, 'Torugart Pass');
  }, 120_000);
});
