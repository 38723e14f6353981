import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { unzipSync } from 'fflate';
import { isLocalUrl } from './browser';

let browser: Browser | null = null;
/** The page the current test opened, closed and checked after each test. */
let current: AtlasPage | null = null;

/**
 * Registers, for the calling test file, the check that ends every scenario: close the page and
 * fail if there was any page error, console error, dialog or request that left localhost.
 */
export function checkEachScenario(): void {
  afterEach(async () => {
    const problems = current?.problems ?? [];
    await current?.close();
    current = null;
    expect(problems).toEqual([]);
  });
}

export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  /** Page errors, console errors and requests that tried to leave localhost. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * Opens the built app at `path` in the shared Chromium. Any request to a host other than
 * localhost is blocked and recorded, as are page errors and console errors.
 */
export async function openAtlas(
  path = '/',
  viewport = { width: 1280, height: 800 },
  locale = 'en-GB',
  /** Set up before the page loads, e.g. routes that replace data files with hostile ones. */
  prepare?: (context: BrowserContext) => Promise<void>,
  /**
   * Service workers are blocked unless a test is about them (offline, updates): a worker would
   * answer from its cache and bypass the routes that other tests set up.
   */
  { serviceWorkers = 'block' }: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<AtlasPage> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const context = await browser.newContext({ viewport, locale, serviceWorkers });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    problems.push(`request left localhost: ${url}`);
    return route.abort('blockedbyclient');
  });
  await prepare?.(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(new URL(path, inject('baseUrl')).href);
  current = { page, context, problems, close: () => context.close() };
  return current;
}

/** Waits until the map has loaded its style and rendered a frame with nothing pending. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (
        window as unknown as { __atlasMap?: { loaded(): boolean; areTilesLoaded(): boolean } }
      ).__atlasMap;
      return !!map && map.loaded() && map.areTilesLoaded();
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** The features MapLibre has drawn in the given layers, as plain properties. */
export async function renderedProperties(
  page: Page,
  layers: string[],
): Promise<Record<string, unknown>[]> {
  return page.evaluate((layerIds) => {
    const map = (
      window as unknown as {
        __atlasMap: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] };
      }
    ).__atlasMap;
    return map.queryRenderedFeatures({ layers: layerIds }).map((f) => f.properties);
  }, layers);
}

/** Waits until the data is loaded and drawn (the app marks `data-idle`). */
export async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('data-idle').length > 0,
    undefined,
    {
      timeout: 30_000,
    },
  );
}

/** Clicks the map at a longitude/latitude. */
export async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  const { x, y } = await page.evaluate((ll) => {
    const map = (
      window as unknown as {
        __atlasMap: { project(p: [number, number]): { x: number; y: number } };
      }
    ).__atlasMap;
    return map.project(ll);
  }, lonLat);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    // Lighthouse's rules, with WCAG 2.2's target size (24 × 24 px, or spaced as far) switched on.
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Waits until the details panel's heading reads `name` (fails by timeout otherwise). */
export async function expectDetailsFor(page: Page, name: string): Promise<void> {
  await page
    .getByRole('complementary')
    .getByRole('heading', { level: 2, name, exact: true })
    .waitFor({ timeout: 15_000 });
}

/**
 * The text files inside a zip the atlas exported (a CSV and its README), by name, decoded as
 * UTF-8 with any byte order mark kept (so a test can check it is there).
 */
export function unzipTexts(bytes: Uint8Array): Record<string, string> {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, utf8.decode(data)]),
  );
}
