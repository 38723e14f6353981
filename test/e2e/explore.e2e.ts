import { describe, expect, it } from 'vitest';
import {
  checkEachScenario,
  clickMapAt,
  expectDetailsFor,
  openAtlas,
  renderedProperties,
  seriousA11yViolations,
  waitForData,
  waitForMapIdle,
} from './harness';

checkEachScenario();

const TORUGART: [number, number] = [75.42722, 40.5925];

describe('explore the sites', () => {
  it('clicking a site on the map opens its sourced details with a working citation link', async () => {
    const atlas = await openAtlas(`/?map=9/${TORUGART[1]}/${TORUGART[0]}&layers=crossings`);
    const { page } = atlas;
    await waitForData(page);
    await waitForMapIdle(page);
    await clickMapAt(page, TORUGART);
    const panel = page.getByRole('complementary');
    await expectDetailsFor(page, 'Torugart Pass');
    await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('torugart-pass');
    // A quote set apart, and a link to its published source opening safely in a new tab.
    const quote = panel.locator('blockquote').first();
    await expect(quote.innerText()).resolves.toMatch(/Torugart/);
    const link = panel.locator('a[href^="https://www.rferl.org/"]').first();
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    // Every link in the details is http(s).
    const hrefs = await panel
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  it('searching “Кочкор” offers the truckers’ protest first, then Kochkor (Kochkorka), and flies there', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('Кочкор');
    const options = page.locator('#search-results').getByRole('option');
    // The atlas's sites come before communities of the same name (issue #15).
    await expect(options.first().innerText()).resolves.toMatch(
      /Truckers’? ?'?s?.*protest in Kochkor/i,
    );
    const town = options.filter({ hasText: 'Kochkorka' }).first();
    const position = (await options.allInnerTexts()).findIndex((t) => t.includes('Kochkorka'));
    expect(position).toBeGreaterThan(0);
    for (let i = 0; i <= position; i++) await box.press('ArrowDown');
    await expect(town.getAttribute('aria-selected')).resolves.toBe('true');
    await box.press('Enter');
    await expectDetailsFor(page, 'Kochkorka');
    await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('kochkor');
    await page.waitForFunction(() => {
      const m = (window as unknown as { __atlasMap: { getZoom(): number } }).__atlasMap;
      return m.getZoom() > 9;
    });
    await waitForMapIdle(page);
    const points = await renderedProperties(page, ['communities-points']);
    expect(points.map((p) => p.id)).toContain('kochkor');
  });

  it('a permalink opens the site, back/forward step through selections, reload restores', async () => {
    const atlas = await openAtlas('/?site=torugart-pass');
    const { page } = atlas;
    await waitForData(page);
    await expectDetailsFor(page, 'Torugart Pass');
    await waitForMapIdle(page);
    const centre = await page.evaluate(() =>
      (
        window as unknown as { __atlasMap: { getCenter(): { lng: number; lat: number } } }
      ).__atlasMap.getCenter(),
    );
    expect(Math.abs(centre.lng - TORUGART[0])).toBeLessThan(0.3);
    expect(Math.abs(centre.lat - TORUGART[1])).toBeLessThan(0.3);

    // Select another site from the details (a related link), then go back and forward.
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('Irkeshtam Pass');
    await box.press('Enter');
    await expectDetailsFor(page, 'Irkeshtam Pass');
    await page.waitForURL(/site=irkeshtam/);
    await page.goBack();
    await expectDetailsFor(page, 'Torugart Pass');
    await page.goForward();
    await expectDetailsFor(page, 'Irkeshtam Pass');
    await page.reload();
    await waitForData(page);
    await expectDetailsFor(page, 'Irkeshtam Pass');
  });

  it('an unknown site id says so and nothing breaks', async () => {
    const atlas = await openAtlas('/?site=no-such-place');
    const { page } = atlas;
    await waitForData(page);
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      'No such site: “no-such-place”',
    );
    expect((await renderedProperties(page, ['kyrgyzstan-fill'])).length).toBeGreaterThan(0);
  });

  it('toggling a layer hides its sites and records it in the link', async () => {
    const atlas = await openAtlas(`/?map=8/${TORUGART[1]}/${TORUGART[0]}`);
    const { page } = atlas;
    await waitForData(page);
    await waitForMapIdle(page);
    expect((await renderedProperties(page, ['crossings-symbols'])).length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /Border crossings/ }).uncheck();
    // Fails by timeout if the crossings stay drawn.
    await page.waitForFunction(() => {
      const map = (
        window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): unknown[] } }
      ).__atlasMap;
      return map.queryRenderedFeatures({ layers: ['crossings-symbols'] }).length === 0;
    });
    expect((await renderedProperties(page, ['projects-symbols'])).length).toBeGreaterThan(0);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('layers'))
      .toBe('projects,protests,mines,communities');
  });

  it('Escape closes the details and focus returns to the search box', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('Junda');
    await box.press('Enter');
    await page.getByRole('complementary').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary').count()).resolves.toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBeNull();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
  });

  it('the list of sites is a sortable table that selects a site', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    await waitForData(page);
    await page.getByRole('button', { name: 'List of sites' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sites' });
    await dialog.getByLabel('Show').selectOption('all');
    await dialog.getByLabel('Layer').selectOption('mines');
    const names = await dialog.locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain('Solton-Sary gold mine');
    await dialog.getByRole('button', { name: 'Name' }).click();
    await expect(dialog.locator('th[aria-sort="descending"]').count()).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Solton-Sary gold mine' }).click();
    await expectDetailsFor(page, 'Solton-Sary gold mine');
  });

  it('works on a phone-size screen: the details are a bottom sheet', async () => {
    const atlas = await openAtlas('/?site=junda-refinery', { width: 390, height: 844 });
    const { page } = atlas;
    await waitForData(page);
    const sheet = page.getByRole('complementary');
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBeGreaterThan(380);
    expect(box.y + box.height).toBeLessThanOrEqual(845);
    expect(box.y).toBeGreaterThan(300);
    await expectDetailsFor(page, 'Junda oil refinery, Kara-Balta');
    await expect(sheet.innerText()).resolves.toContain('Located to the town only');
  });

  it('has no serious or critical accessibility issues (axe-core)', async () => {
    const atlas = await openAtlas('/?site=junda-refinery');
    const { page } = atlas;
    await waitForData(page);
    await waitForMapIdle(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'List of sites' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
