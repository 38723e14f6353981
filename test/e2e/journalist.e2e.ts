/** A journalist's day (issue #15): search in every script, the sites first, namesakes told apart. */
import { describe, expect, it } from 'vitest';
import { checkEachScenario, expectDetailsFor, openAtlas, waitForData } from './harness';

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
    expect(new URL(page.url()).searchParams.get('site')).toBe('torugart-pass');
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
