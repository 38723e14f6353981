import { describe, expect, it } from 'vitest';
import { checkEachScenario, openAtlas, renderedProperties, waitForData } from './harness';

checkEachScenario();

type Page = Parameters<typeof renderedProperties>[0];

const protestsInView = async (page: Page) =>
  (await renderedProperties(page, ['protests-symbols'])).map((p) => p.id);

/** Waits until the map draws protest `shown` and not `hidden` (fails by timeout otherwise). */
function waitForProtests(page: Page, shown: string, hidden: string) {
  return page.waitForFunction(
    ([show, hide]) => {
      const m = (
        window as unknown as {
          __atlasMap: { queryRenderedFeatures(o: object): { properties: { id: string } }[] };
        }
      ).__atlasMap;
      const ids = m
        .queryRenderedFeatures({ layers: ['protests-symbols'] })
        .map((f) => f.properties.id);
      return ids.includes(show!) && !ids.includes(hide!);
    },
    [shown, hidden],
  );
}

describe('the timeline', () => {
  it('narrowing the years to 2021 shows the Kochkor protest and not the 2014 refinery rallies', async () => {
    const atlas = await openAtlas('/?map=7/42.5/74.8');
    const { page } = atlas;
    await waitForData(page);
    await page.waitForFunction(() => {
      const m = (window as unknown as { __atlasMap: { loaded(): boolean } }).__atlasMap;
      return m.loaded();
    });
    expect(await protestsInView(page)).toEqual(
      expect.arrayContaining(['kochkor-truckers-protest-2021', 'kara-balta-refinery-rallies']),
    );
    // Drag both ends of the range to 2021 (range inputs take keyboard and pointer alike).
    await page.getByLabel('From', { exact: true }).fill('2021');
    await page.getByLabel('To', { exact: true }).fill('2021');
    await page.waitForURL(/years=2021-2021/);
    await waitForProtests(page, 'kochkor-truckers-protest-2021', 'kara-balta-refinery-rallies');
    await expect(page.locator('#timeline-title').innerText()).resolves.toBe('Years: 2021–2021');
    // The list follows the range too.
    await page.getByRole('button', { name: 'List of sites' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sites' });
    await dialog.getByLabel('Show').selectOption('all');
    const names = await dialog.locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toContain("Truckers' protest in Kochkor district");
    expect(names).not.toContain('Rallies against the Kara-Balta refinery');
  });

  it('opens a link with a year range, and “All years” clears it', async () => {
    const atlas = await openAtlas('/?years=2014-2014&map=7/42.5/74.8');
    const { page } = atlas;
    await waitForData(page);
    await waitForProtests(page, 'kara-balta-refinery-rallies', 'kochkor-truckers-protest-2021');
    await page.getByRole('button', { name: 'All years' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('years'));
  });
});
