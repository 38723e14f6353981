import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkEachScenario,
  openAtlas,
  seriousA11yViolations,
  unzipTexts,
  waitForData,
} from './harness';

checkEachScenario();

const VERSION = /^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}$/;

describe('About the atlas, and the dataset version', () => {
  it('?about opens the About view: the dataset version, precision and uncertainty explained', async () => {
    const { page } = await openAtlas('/?about');
    const about = page.getByRole('dialog', { name: 'About the atlas' });
    await about.waitFor();
    await waitForData(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toMatch(VERSION);
    const version = new URL(page.url()).searchParams.get('v')!;
    expect(version).toMatch(VERSION);
    await about.getByText(`You are seeing dataset version ${version}`).waitFor();
    await about.getByRole('heading', { name: 'Precision and uncertainty' }).waitFor();
    await about.getByText(/every distance from it is a range/).waitFor();
    await about.getByRole('img', { name: /distance is a range/ }).waitFor();
    await about.getByRole('heading', { name: 'Do no harm' }).waitFor();
    await about.getByText(/AidData GeoGCDF v3/).waitFor(); // the credits, as in the attribution
    const cite = await about.getByRole('textbox', { name: 'How to cite' }).inputValue();
    expect(cite).toContain(`dataset version ${version}`);
    expect(cite).toContain(`v=${version}`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Closing takes `about` out of the link; the header button brings it back.
    await about.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('about'));
    await page.getByRole('button', { name: 'About', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.has('about'));
  });

  it('the error report names the selected site, the link and the version, ready to copy', async () => {
    const { page } = await openAtlas('/?site=torugart-pass&about');
    await waitForData(page);
    const report = await page.getByRole('textbox', { name: 'Report an error' }).inputValue();
    expect(report).toMatch(/Dataset version: \d{4}-\d{2}-\d{2}-[0-9a-f]{7}/);
    expect(report).toContain('(torugart-pass)');
    expect(report).toContain('site=torugart-pass');
  });

  it('a link made on an older dataset version says so', async () => {
    const { page } = await openAtlas('/?site=torugart-pass&v=2020-01-01-0000000');
    await waitForData(page);
    await page.getByText(/This link was made with dataset version 2020-01-01-0000000/).waitFor();
    // The link now carries the version the reader sees.
    await page.waitForURL((url) => url.searchParams.get('v') !== '2020-01-01-0000000');
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toMatch(VERSION);
  });

  it('exports and the citation carry the version', async () => {
    const { page } = await openAtlas('/');
    await waitForData(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toMatch(VERSION);
    const version = new URL(page.url()).searchParams.get('v')!;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export what is shown' });
    const cite = await dialog.getByRole('textbox', { name: 'Cite this view' }).inputValue();
    expect(cite).toContain(`dataset version ${version}`);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Table (CSV)' }).click(),
    ]);
    const path = join(tmpdir(), `atlas-${Date.now()}.zip`);
    await file.saveAs(path);
    const readme = unzipTexts(await readFile(path))['README.txt'];
    expect(readme).toContain(`Dataset version: ${version}.`);
  });
});
