/**
 * Honest precision (issue 14) on the built app: distances over a district's outline, one marker
 * per place with a chooser where unrelated sites share a point, the distance table's precision
 * threshold, and layer counts that count places.
 */
import { describe, expect, it } from 'vitest';
import {
  checkEachScenario,
  clickMapAt,
  openAtlas,
  renderedProperties,
  seriousA11yViolations,
  waitForData,
  waitForMapIdle,
} from './harness';

checkEachScenario();

/** The five grants located only to Osh's city boundary, all drawn at one point. */
const OSH_GRANTS = [
  'aiddata-40411',
  'aiddata-40429',
  'aiddata-55129',
  'aiddata-73650',
  'aiddata-73653',
];
const OSH_POINT: [number, number] = [72.77866, 40.49354];

/** "121–216 km" → [121, 216]. */
const range = (text: string): [number, number] => {
  const m = /([\d.,]+)\s*–\s*([\d.,]+)\s*km/.exec(text);
  if (!m) throw new Error(`no range in "${text}"`);
  return [Number(m[1]!.replace(',', '.')), Number(m[2]!.replace(',', '.'))];
};

describe('honest precision', () => {
  it('the Kochkor protest is measured over Kochkor district: Torugart at a narrower range, symbol inside the district', async () => {
    const { page } = await openAtlas('/?site=kochkor-truckers-protest-2021');
    await waitForData(page);
    const panel = page.getByRole('complementary');
    await panel.getByText('Located only to Kochkor district').waitFor();
    await panel.getByText(/Its symbol is drawn at a point inside Kochkor district/).waitFor();
    const torugart = panel.locator('li[data-id="torugart-pass"] .d').first();
    const [min, max] = range(await torugart.innerText());
    // Was 88.8–276 km from an 88 km circle around Kochkor village.
    expect(min).toBeGreaterThan(88.8);
    expect(max).toBeLessThan(276);
    expect(min).toBeGreaterThan(115);
    expect(max).toBeLessThan(220);
    // The nearest communities and the rings are ranges too.
    const first = panel.locator('table.nearest tbody tr').first().locator('td');
    expect(range(await first.nth(1).innerText())[0]).toBe(0);
    // Inside the district: no direction to give, and the note speaks of the area, not a radius.
    await expect(first.last().innerText()).resolves.toBe('inside the area');
    await panel.getByText(/may be anywhere in the area outlined on the map/).waitFor();
    // The district's outline is on the map, the symbol is not on Kochkor village.
    await waitForMapIdle(page);
    const outline = await page.evaluate(
      () =>
        (
          window as unknown as {
            __atlasMap: {
              querySourceFeatures(s: string, o: object): { properties: Record<string, unknown> }[];
            };
          }
        ).__atlasMap.querySourceFeatures('sites-uncertainty', {
          filter: ['==', ['get', 'id'], 'kochkor-truckers-protest-2021'],
        }).length,
    );
    expect(outline).toBeGreaterThan(0);
  });

  it('clicking the Osh point where five grants sit offers all five, by keyboard too', async () => {
    const { page } = await openAtlas(`/?map=12.00/${OSH_POINT[1]}/${OSH_POINT[0]}&layers=projects`);
    await waitForData(page);
    await waitForMapIdle(page);
    // The marker says how many are drawn there.
    const counts = await renderedProperties(page, ['site-counts']);
    expect(counts.map((p) => p['count'])).toContain(5);
    await clickMapAt(page, OSH_POINT);
    const chooser = page
      .getByRole('complementary')
      .getByRole('region', { name: '5 sites drawn here' });
    await chooser.waitFor();
    const ids = await chooser
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect([...ids].sort()).toEqual(OSH_GRANTS);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Focus starts on the first choice; ↓ moves, Enter opens it.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await expect.poll(focused).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe(ids[1]);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`site=${ids[1]}`));
    await page.getByRole('heading', { level: 2, name: /grant|relief|aid/i }).waitFor();
    // Escape closes a chooser without choosing.
    await clickMapAt(page, OSH_POINT);
    await chooser.waitFor();
    await page.keyboard.press('Escape');
    await expect(chooser.count()).resolves.toBe(0);
  });

  it('one place, one marker: the Bozymchak mine lists its loans with their own sources', async () => {
    const { page } = await openAtlas('/?site=aiddata-96106');
    await waitForData(page);
    const panel = page.getByRole('complementary');
    await panel.getByText('This place in the data: 3 records').waitFor();
    const others = panel.locator('.place > ul > li');
    await expect(
      others.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
    ).resolves.toEqual(['bozymchak-mine', 'aiddata-96105']);
    await others.first().locator('summary').click();
    await expect(others.first().locator('.sources li').count()).resolves.toBeGreaterThan(0);
    await others.first().getByRole('button', { name: 'Show this record' }).click();
    await page.waitForURL(/site=bozymchak-mine/);
  });

  it('the distance table takes sites located to a town or better by default and says how many it left out', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    await page.getByRole('button', { name: 'Distance table' }).click();
    const dialog = page.getByRole('dialog', { name: /Distance table/ });
    const threshold = dialog.getByLabel('Sites located to');
    await expect(threshold.inputValue()).resolves.toBe('town');
    await dialog.getByText(/^20 sites of these layers located only to a district/).waitFor();
    await dialog.getByLabel('Radius (km)').fill('10');
    await dialog.getByRole('button', { name: 'Make table' }).click();
    const summary = await dialog.getByRole('status').innerText();
    const [, pairs, , , sites] =
      /(\d[\d,]*) site–community pairs \((\d[\d,]*) certain, (\d[\d,]*) possible\) for (\d+) sites/.exec(
        summary,
      )!;
    expect(Number(sites)).toBe(82);
    expect(Number(pairs!.replace(/,/g, ''))).toBeLessThan(6000);
    // Any precision: nothing left out, many more (mostly possible) pairs.
    await threshold.selectOption('region');
    await expect(dialog.getByText(/left out/).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Make table' }).click();
    await dialog
      .getByRole('status')
      .getByText(/for 102 sites/)
      .waitFor();
  });

  it('layer counts count places, and say how many records', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    const shown = page.locator('.panel .shown');
    await expect(shown.innerText()).resolves.toMatch(/^87 of 87 places shown \(102 records\)/);
    const projects = page
      .locator('.panel label', { hasText: 'Chinese projects' })
      .locator('.count');
    await expect(projects.innerText()).resolves.toBe('55');
    await expect(projects.getAttribute('title')).resolves.toBe('55 places (68 records)');
  });
});
