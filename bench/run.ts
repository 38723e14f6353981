/**
 * `npm run bench`: measures, in Debian's Chromium, the built atlas against a bare MapLibre page that
 * renders the same style and data. Prints figures and ratios; never fails on time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, isLocalUrl } from '../test/e2e/browser';
import { readSitePoints, runAreaBench, runProximityBench } from './proximity';
import { runRoadBench } from './roads';
import { runImportBench } from './import';

const RUNS = 5;
/** Wait after the data is drawn before clicking a site, milliseconds. */
const SETTLE_MS = 1500;
/** BENCH_ONLY=load,click,frame,import,size,proximity,roads runs only those sections (all by default). */
const only = process.env.BENCH_ONLY?.split(',');
const want = (section: string) => !only || only.includes(section);
const root = resolve(import.meta.dirname, '..');
const bareOut = resolve(root, 'bench/results/bare');
/** Whether the build has the Global Map relief and roads (the bare page then draws them too). */
const ROADS = existsSync(resolve(root, 'dist/geodata/noncommercial/road-graph.json'));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds from navigation start to the map's first `idle` with the data drawn, fresh context. */
async function timeToIdle(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route('**/*', (r) => (isLocalUrl(r.request().url()) ? r.continue() : r.abort()));
  await page.goto(url);
  const ms = await page.waitForFunction(
    () => performance.getEntriesByName('data-idle')[0]?.startTime,
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  const value = Number(await ms.jsonValue());
  await context.close();
  return value;
}

/**
 * Sites clicked for the click-to-panel figure: a town-level point, a pass, a line, a mine (each
 * alone at its point: a point shared by unrelated sites opens a chooser, not a panel).
 */
const CLICK_SITES = [
  'junda-refinery',
  'torugart-pass',
  'irkeshtam-pass',
  'kuru-tegerek-mine',
  'aiddata-39619',
];
/** Sites located only to a district or region: their panel's distances are ranges over its outline. */
const DISTRICT_SITES = [
  'kochkor-truckers-protest-2021',
  'silk-way-centre',
  'kurshab-tbea-clash-2013',
  'kazarman-hpp-cascade',
  'issyk-kul-solar-cpid',
];

/**
 * Milliseconds from a real mouse click on a site's symbol to its proximity panel listing its
 * nearest communities (click event → table rows in the DOM), and, in a build with the roads, to
 * every listed community's distance by road (or "no road in the data") filled in after.
 */
async function clickToPanel(
  browser: Browser,
  url: string,
  sites: readonly string[] = CLICK_SITES,
): Promise<{ panel: number[]; roads: number[] }> {
  // No service worker: its precaching (started when the data is drawn) would compete with the click.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.route('**/*', (r) => (isLocalUrl(r.request().url()) ? r.continue() : r.abort()));
  const out: number[] = [];
  const roadTimes: number[] = [];
  const points = readSitePoints(root);
  for (const id of sites) {
    const [lon, lat] = points.get(id)!;
    // Open the map on the site (no selection, no camera flight), the sites' layers only.
    await page.goto(`${url}?map=10/${lat}/${lon}&layers=projects,crossings,protests,mines`);
    await page.waitForFunction(
      () => performance.getEntriesByName('data-idle').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    // A person clicks a moment after the map is drawn: by then the road network is read.
    await page.waitForTimeout(SETTLE_MS);
    const point = await page.evaluate((siteId) => {
      const m = (
        window as unknown as {
          __atlasMap: {
            queryRenderedFeatures(
              o: object,
            ): { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
            project(p: [number, number]): { x: number; y: number };
          };
        }
      ).__atlasMap;
      const f = m
        .queryRenderedFeatures({
          layers: ['projects-symbols', 'crossings-symbols', 'protests-symbols', 'mines-symbols'],
        })
        .find((x) => x.properties.id === siteId);
      return f ? m.project(f.geometry.coordinates) : null;
    }, id);
    if (!point) {
      console.warn(`  (${id} is not drawn in view; left out)`);
      continue;
    }
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    // In-page code as a string: the bench runs under tsx, whose helpers do not exist in the page.
    // The listener is installed (awaited) before the click, and the result is read after it.
    await page.evaluate(`window.__clickToPanel = new Promise((resolveTime) => {
      setTimeout(() => resolveTime([-1, -1]), 10000);
      let start = 0;
      let panel = -1;
      const rows = () => document.querySelectorAll('table.nearest tbody tr').length;
      const roads = () => document.querySelectorAll('table.nearest tbody [data-road-km]').length;
      addEventListener('mousedown', () => (start = performance.now()), { capture: true, once: true });
      new MutationObserver(() => {
        if (!start) return;
        if (panel < 0 && rows() >= 10) panel = performance.now() - start;
        if (panel >= 0 && (!${ROADS} || roads() >= rows())) resolveTime([panel, performance.now() - start]);
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    }); undefined`);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const measured = page.evaluate('window.__clickToPanel') as Promise<[number, number]>;
    const [ms, roadMs] = await measured;
    if (ms >= 0) out.push(ms);
    else console.warn(`  (no panel within 10 s after clicking ${id}; left out)`);
    if (ROADS && roadMs >= 0) roadTimes.push(roadMs);
  }
  await context.close();
  return { panel: out, roads: roadTimes };
}

/**
 * Milliseconds from a mouse click to the second animation frame after it: the frame that follows
 * the one the click's work (the details panel, MapLibre's redraw of the selection) went into.
 * For each site, a click on its symbol (the panel opens) and, as the floor, a click on empty map
 * that only makes MapLibre redraw (no panel).
 */
async function clickToFrame(
  browser: Browser,
  url: string,
  sites: readonly string[],
): Promise<{ panel: number[]; floor: number[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.route('**/*', (r) => (isLocalUrl(r.request().url()) ? r.continue() : r.abort()));
  const points = readSitePoints(root);
  const panel: number[] = [];
  const floor: number[] = [];
  // In-page code as a string (see clickToPanel). `repaint` makes the map redraw on mousedown.
  const arm = (repaint: boolean) =>
    page.evaluate(`window.__clickToFrame = new Promise((resolveTime) => {
      setTimeout(() => resolveTime(-1), 10000);
      let start = 0;
      addEventListener('mousedown', () => {
        start = performance.now();
        if (${repaint}) window.__atlasMap.triggerRepaint();
      }, { capture: true, once: true });
      addEventListener('click', () => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolveTime(performance.now() - start)));
      }, { once: true });
    }); undefined`);
  for (const id of sites) {
    const [lon, lat] = points.get(id)!;
    await page.goto(`${url}?map=10/${lat}/${lon}&layers=projects,crossings,protests,mines`);
    await page.waitForFunction(
      () => performance.getEntriesByName('data-idle').length > 0,
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(SETTLE_MS);
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const at = await page.evaluate(
      ([siteLon, siteLat]) =>
        (
          window as unknown as {
            __atlasMap: { project(p: [number, number]): { x: number; y: number } };
          }
        ).__atlasMap.project([siteLon, siteLat]),
      [lon, lat] as [number, number],
    );
    // The floor: a click on the map's lower left, away from the site (if it hits a community
    // and opens a panel, it is not a floor: left out).
    await arm(true);
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.75);
    const f = Number(await page.evaluate('window.__clickToFrame'));
    await page.waitForTimeout(300);
    if (await page.getByRole('complementary').count()) await page.keyboard.press('Escape');
    else if (f >= 0) floor.push(f);
    await page.waitForTimeout(500);
    await arm(false);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const ms = Number(await page.evaluate('window.__clickToFrame'));
    await page
      .getByRole('complementary')
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    if (ms >= 0 && (await page.getByRole('complementary').count())) panel.push(ms);
    else console.warn(`  (no panel after clicking ${id}; left out)`);
  }
  await context.close();
  return { panel, floor };
}

async function serve(outDir: string) {
  const server = await preview({
    root,
    configFile: false,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return { server, url: server.resolvedUrls!.local[0]! };
}

await build({
  root: resolve(root, 'bench/bare'),
  base: '/',
  configFile: false,
  publicDir: resolve(root, 'public'),
  logLevel: 'error',
  build: { outDir: bareOut, emptyOutDir: true, assetsInlineLimit: 0 },
  // The same relief and roads as the app, when the app's build has them.
  define: { __ATLAS_NONCOMMERCIAL__: JSON.stringify(ROADS) },
  plugins: ROADS
    ? [
        {
          name: 'bare-noncommercial',
          generateBundle() {
            const dir = resolve(root, 'dist/geodata/noncommercial');
            const walk = (rel: string): string[] =>
              readdirSync(resolve(dir, rel), { withFileTypes: true }).flatMap((e) =>
                e.isDirectory() ? walk(`${rel}${e.name}/`) : [`${rel}${e.name}`],
              );
            for (const file of walk('')) {
              this.emitFile({
                type: 'asset',
                fileName: `geodata/noncommercial/${file}`,
                source: readFileSync(resolve(dir, file)),
              });
            }
          },
        },
      ]
    : [],
});

const app = await serve(resolve(root, 'dist'));
const bare = await serve(bareOut);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  if (want('load')) await loadBench(browser, app.url, bare.url);
  if (want('click')) {
    const clicks = await clickToPanel(browser, app.url);
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    console.log(
      `\nClick on a site → proximity panel filled (${clicks.panel.length} sites, median):`,
    );
    console.log(
      `  ${median(clicks.panel).toFixed(1)} ms   [${fmt(clicks.panel)}]   (target ≤ 50 ms)`,
    );
    if (ROADS) {
      console.log(`  … and every distance by road filled in after (“computing…” until then):`);
      console.log(`  ${median(clicks.roads).toFixed(1)} ms   [${fmt(clicks.roads)}]`);
    }
    const districts = await clickToPanel(browser, app.url, DISTRICT_SITES);
    console.log(
      `\nClick on a site located to a district or region → panel filled, ranges over its outline (${districts.panel.length} sites, median):`,
    );
    console.log(
      `  ${median(districts.panel).toFixed(1)} ms   [${fmt(districts.panel)}]   (target ≤ 50 ms)`,
    );
  }
  if (want('import')) await runImportBench(browser, app.url, bare.url, root);
  if (want('frame')) {
    const frames = await clickToFrame(browser, app.url, [...CLICK_SITES, ...DISTRICT_SITES]);
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    console.log(`\nClick → the frame after the click's work is drawn (median):`);
    console.log(
      `  on a site (details panel opens)   : ${median(frames.panel).toFixed(0)} ms   [${fmt(frames.panel)}]`,
    );
    console.log(
      `  on empty map (MapLibre redraw only): ${median(frames.floor).toFixed(0)} ms   [${fmt(frames.floor)}]`,
    );
    console.log(
      `  ratio site / empty map            : ${(median(frames.panel) / median(frames.floor)).toFixed(2)}   (target ≤ 1.2)`,
    );
  }
} finally {
  await browser.close();
  await app.server.close();
  await bare.server.close();
}

async function loadBench(browser: Browser, appUrl: string, bareUrl: string) {
  const app = { url: appUrl };
  const bare = { url: bareUrl };
  // One warm-up each, so neither side pays for Chromium's first start; then interleaved runs so
  // drift in machine load falls on both alike.
  await timeToIdle(browser, bare.url);
  await timeToIdle(browser, app.url);
  const bareTimes: number[] = [];
  const appTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bareTimes.push(await timeToIdle(browser, bare.url));
    appTimes.push(await timeToIdle(browser, app.url));
  }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `\nTime from navigation to map idle with all data drawn (${RUNS} runs each, median):`,
  );
  console.log(`  bare MapLibre page : ${median(bareTimes).toFixed(0)} ms   [${fmt(bareTimes)}]`);
  console.log(`  atlas (built app)  : ${median(appTimes).toFixed(0)} ms   [${fmt(appTimes)}]`);
  const ratio = median(appTimes) / median(bareTimes);
  console.log(`  ratio atlas / bare : ${ratio.toFixed(2)}   (target ≤ 1.25)`);
}

// JavaScript sizes: what the page loads at start (entry chunk, runtime, the data worker) and what
// loads only on demand (geometry worker, search index, papaparse, Russian/Kyrgyz/Chinese messages).
if (want('size')) sizeBench();
if (want('proximity')) {
  runProximityBench(root);
  runAreaBench(root);
}
if (want('roads')) runRoadBench(root);

function sizeBench() {
  const assets = resolve(root, 'dist/assets');
  // Loaded at start: what index.html loads (entry and preloaded chunks) and the data worker.
  const html = readFileSync(resolve(root, 'dist/index.html'), 'utf8');
  const atStart = new Set([...html.matchAll(/\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!));
  const gz = { maplibre: 0, start: 0, lazy: 0 };
  for (const file of readdirSync(assets).filter((f) => /\.(m?js)$/.test(f))) {
    const size = gzipSync(readFileSync(resolve(assets, file))).length;
    if (file.startsWith('maplibre')) gz.maplibre += size;
    else if (atStart.has(file) || file.startsWith('data.worker-')) gz.start += size;
    else gz.lazy += size;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nJavaScript, gzip:`);
  console.log(`  MapLibre (library + worker)          : ${kb(gz.maplibre)}`);
  console.log(`  app beyond MapLibre, loaded at start : ${kb(gz.start)}   (target ≤ 80 KB)`);
  console.log(`  app, loaded on demand                : ${kb(gz.lazy)}`);
}
