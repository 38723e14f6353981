import { describe, expect, it } from 'vitest';
import {
  checkEachScenario,
  expectDetailsFor,
  openAtlas,
  renderedProperties,
  waitForData,
  waitForMapIdle,
} from './harness';

checkEachScenario();

describe('languages', () => {
  it('switches to Kyrgyz without reloading: Kyrgyz UI, Kyrgyz place labels, view kept', async () => {
    const atlas = await openAtlas(
      '/?site=junda-refinery&measure=74.59,42.87;75.99111,41.42866&map=7/42/74.5',
    );
    const { page } = atlas;
    await waitForData(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByLabel('Language').selectOption('ky');
    await page.getByRole('button', { name: 'Объекттердин тизмеси' }).waitFor();
    await expect(page.locator('#layers-title').innerText()).resolves.toContain('Катмарлар');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ky');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ky');
    const search = new URL(page.url()).searchParams;
    expect(search.get('site')).toBe('junda-refinery');
    expect(search.get('measure')).not.toBeNull();
    // No reload: the page's own state survived, and the details and ruler are still there.
    await expect(
      page.evaluate(() => (window as unknown as { marker?: number }).marker),
    ).resolves.toBe(42);
    await expect(page.getByRole('complementary').innerText()).resolves.toContain(
      'Шаары гана белгилүү',
    );
    await expect(page.locator('.readout').innerText()).resolves.toContain('1-кесинди');
    // Place labels now read the Kyrgyz names.
    const field = await page.evaluate(() =>
      JSON.stringify(
        (
          window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): unknown } }
        ).__atlasMap.getLayoutProperty('place-labels', 'text-field'),
      ),
    );
    expect(field).toContain('name_ky');
    await waitForMapIdle(page);
    const bishkek = (await renderedProperties(page, ['place-labels'])).find(
      (p) => p.name === 'Bishkek',
    );
    expect(bishkek?.name_ky).toMatch(/^Бишкек/);
    // Remembered by the browser.
    await expect(page.evaluate(() => localStorage.getItem('kg-cn-atlas.lang'))).resolves.toBe('ky');
  });

  it('opens a link sent in Russian in Russian', async () => {
    const atlas = await openAtlas('/?lang=ru&site=torugart-pass');
    const { page } = atlas;
    await waitForData(page);
    await expect(page.locator('#layers-title').innerText()).resolves.toContain('Слои');
    const panel = page.getByRole('complementary');
    await expect(panel.innerText()).resolves.toContain('Приблизительное местоположение');
    await expectDetailsFor(page, 'Torugart Pass');
    await expect(page.getByLabel('Язык').inputValue()).resolves.toBe('ru');
  });

  it('finds “Торугарт” from the English UI', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    await page.getByRole('combobox', { name: 'Search sites and places' }).fill('Торугарт');
    await page.locator('#search-results').getByRole('option').first().waitFor();
    const options = await page.locator('#search-results').getByRole('option').allInnerTexts();
    expect(options.some((o) => o.includes('Torugart'))).toBe(true);
  });

  it('follows the browser’s language on a first visit', async () => {
    const atlas = await openAtlas('/', { width: 1280, height: 800 }, 'zh-CN');
    const { page } = atlas;
    await waitForData(page);
    await expect(page.locator('#layers-title').innerText()).resolves.toContain('图层');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');
  });
});
