/**
 * `npm run bench`: measures, in Debian's Chromium, the built atlas against a bare MapLibre page that
 * renders the same style and data. Prints figures and ratios; never fails on time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, isLocalUrl } from '../test/e2e/browser';

const RUNS = 5;
const root = resolve(import.meta.dirname, '..');
const bareOut = resolve(root, 'bench/results/bare');

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds from navigation start to the first map `idle`, in a fresh browser context. */
async function timeToIdle(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route('**/*', (r) => (isLocalUrl(r.request().url()) ? r.continue() : r.abort()));
  await page.goto(url);
  const ms = await page.waitForFunction(
    () => performance.getEntriesByName('map-idle')[0]?.startTime,
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  const value = Number(await ms.jsonValue());
  await context.close();
  return value;
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
});

const app = await serve(resolve(root, 'dist'));
const bare = await serve(bareOut);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
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
  console.log(`\nTime from navigation to first map idle (${RUNS} runs each, median):`);
  console.log(`  bare MapLibre page : ${median(bareTimes).toFixed(0)} ms   [${fmt(bareTimes)}]`);
  console.log(`  atlas (built app)  : ${median(appTimes).toFixed(0)} ms   [${fmt(appTimes)}]`);
  const ratio = median(appTimes) / median(bareTimes);
  console.log(`  ratio atlas / bare : ${ratio.toFixed(2)}   (target ≤ 1.25)`);
} finally {
  await browser.close();
  await app.server.close();
  await bare.server.close();
}

// JavaScript sizes: what the page loads at start (entry chunk + the data worker) and what loads
// only on demand (the geometry worker, when a line or polygon site is selected).
const assets = resolve(root, 'dist/assets');
const gz = { maplibre: 0, start: 0, lazy: 0 };
for (const file of readdirSync(assets).filter((f) => /\.(m?js)$/.test(f))) {
  const size = gzipSync(readFileSync(resolve(assets, file))).length;
  if (file.startsWith('maplibre')) gz.maplibre += size;
  else if (file.startsWith('geometry.worker')) gz.lazy += size;
  else gz.start += size;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nJavaScript, gzip:`);
console.log(`  MapLibre (library + worker)          : ${kb(gz.maplibre)}`);
console.log(`  app beyond MapLibre, loaded at start : ${kb(gz.start)}   (target ≤ 80 KB)`);
console.log(`  app, loaded on demand (ring buffers) : ${kb(gz.lazy)}`);
