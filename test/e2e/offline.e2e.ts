import { describe, expect, inject, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, isLocalUrl } from './browser';
import { checkEachScenario, openAtlas, renderedProperties, waitForData } from './harness';

checkEachScenario();

/** The built service worker, served by the preview server the tests share. */
const SW_FILE = 'dist/sw.js';
const SYMBOLS = ['projects-symbols', 'crossings-symbols', 'protests-symbols', 'mines-symbols'];

/**
 * Waits until the atlas says it works offline and its service worker is active (it controls the
 * next page load; the first page stays as it was loaded).
 */
async function waitUntilOffline(page: Page): Promise<void> {
  await page.getByText('now works offline').waitFor({ timeout: 45_000 });
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
}

describe('offline and updates (service worker)', () => {
  it('after one visit, a reload with the network cut shows the map and every site', async () => {
    const { page, context } = await openAtlas('/', undefined, undefined, undefined, {
      serviceWorkers: 'allow',
    });
    await waitForData(page);
    const ids = async () => new Set((await renderedProperties(page, SYMBOLS)).map((p) => p.id));
    const online = await ids();
    expect(online.size).toBeGreaterThan(20);
    await waitUntilOffline(page);

    await context.setOffline(true);
    await page.reload();
    await waitForData(page);
    expect(await ids()).toEqual(online);
    // The details of a site, and the About view, work offline too.
    await page.goto(new URL('/?site=torugart-pass&about', page.url()).href);
    await page.getByRole('heading', { name: 'About the atlas' }).waitFor();
    await context.setOffline(false);
  });

  it('a new version is announced and waits until the user reloads', async () => {
    const { page } = await openAtlas('/?site=torugart-pass', undefined, undefined, undefined, {
      serviceWorkers: 'allow',
    });
    await waitForData(page);
    await waitUntilOffline(page);
    // A later visit: the page is now served by the service worker.
    await page.reload();
    await waitForData(page);
    const first = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // The next deployment: a service worker that differs by one character (same length, so the
    // preview server's cached headers still fit), as a rebuild with a changed file would.
    const original = await readFile(SW_FILE, 'utf8');
    const next = original.replace(
      /(url:"index\.html",revision:")(.)/,
      (_m, head: string, c: string) => head + (c === '0' ? '1' : '0'),
    );
    expect(next).not.toBe(original);
    await writeFile(SW_FILE, next);
    try {
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration!.update();
      });
      await page
        .getByText('A newer version of the atlas is available.')
        .waitFor({ timeout: 30_000 });
      // Nothing was swapped under the user: same page, same selection, old worker still in charge.
      await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('torugart-pass');
      expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(first);
      const waiting = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration!.waiting !== null;
      });
      expect(waiting).toBe(true);

      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await waitForData(page);
      await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('torugart-pass');
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration!.waiting !== null, active: registration!.active !== null };
      });
      expect(after).toEqual({ waiting: false, active: true });
      await expect(
        page.getByText('A newer version of the atlas is available.').count(),
      ).resolves.toBe(0);
    } finally {
      // The build as it was (a later reload would otherwise find yet another version).
      await writeFile(SW_FILE, original);
    }
  });

  it('is installable: a manifest with icons, a service worker (Chromium’s own checks)', async () => {
    // Chromium checks installability only outside incognito: a profile of its own, on disk.
    const profile = await mkdtemp(join(tmpdir(), 'atlas-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    try {
      const left: string[] = [];
      await context.route('**/*', (route) => {
        if (isLocalUrl(route.request().url())) return route.continue();
        left.push(route.request().url());
        return route.abort();
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(inject('baseUrl'));
      await waitForData(page);
      await waitUntilOffline(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
        return (await fetch(link.href)).json() as Promise<{
          icons: { sizes: string; purpose?: string }[];
        }>;
      });
      expect(manifest.icons.map((i) => i.sizes)).toEqual(
        expect.arrayContaining(['192x192', '512x512']),
      );
      expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
      expect(left).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
