/**
 * The import bench (#19): a generated GeoJSON file of 1,000 / 10,000 / 100,000 / 300,000 points
 * chosen in the file input, in the built atlas and in a bare MapLibre page that loads the same file
 * into the same style the cheapest way MapLibre offers (the file's blob: URL, fetched and parsed
 * by its own worker; bench/bare-import). For each it measures, in Debian's Chromium:
 *
 * - time from the input's `change` event to the layer drawn (the atlas: its count shown and the
 *   map idle with the layer; the bare page: the first `idle` after `setData` resolved);
 * - the longest main-thread task from the `change` event until 2 s after that (PerformanceObserver
 *   'longtask'): what freezes the page;
 * - peak memory: the proportional set size (PSS, /proc/PID/smaps_rollup) of all the browser's
 *   processes (page, its workers, GPU, browser), sampled every 200 ms from before the file is
 *   chosen until 2 s after it is drawn. (`performance.measureUserAgentSpecificMemory` needs a
 *   cross-origin isolated page, and CDP's JSHeapUsedSize sees only the page's main thread, not the
 *   workers that do the parsing.) The main thread's own JS heap peak is printed beside it.
 *
 * Prints figures and ratios against the targets; never fails on time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import type { Browser, CDPSession } from 'playwright-core';
import { isLocalUrl } from '../test/e2e/browser';

/** Points in each generated file. */
export const IMPORT_SIZES = [1_000, 10_000, 100_000, 300_000];
/** Runs per size and side (BENCH_IMPORT_RUNS), interleaved bare / atlas; the median is shown. */
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 1);
/** After the layer is drawn, how long tasks and memory are still watched (saving, GC). */
const AFTER_MS = 2000;
const TIMEOUT_MS = 600_000;

/** Point i of a generated file, spread over Kyrgyzstan. */
function lonLat(i: number): [number, number] {
  return [
    Number((69.3 + ((i * 7919) % 100_000) / 9_091).toFixed(5)),
    Number((39.2 + ((i * 104_729) % 100_000) / 25_000).toFixed(5)),
  ];
}

/** A FeatureCollection of `n` named points, as a GIS program writes it (~133 bytes a point). */
export function pointsGeoJson(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lonLat(i).join(',')}]},"properties":{"name":"Well ${i + 1}","depth_m":${(i % 300) + 10}}}`,
    );
  }
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}`;
}

/** Builds the bare import page into bench/results/bare-import (with the relief and roads when the app's build has them). */
async function buildBareImport(root: string): Promise<string> {
  const outDir = resolve(root, 'bench/results/bare-import');
  const roads = existsSync(resolve(root, 'dist/geodata/noncommercial/road-graph.json'));
  await build({
    root: resolve(root, 'bench/bare-import'),
    base: '/',
    configFile: false,
    publicDir: resolve(root, 'public'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0 },
    define: { __ATLAS_NONCOMMERCIAL__: JSON.stringify(roads) },
    plugins: roads
      ? [
          {
            name: 'bare-import-noncommercial',
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
  return outDir;
}

/** PSS of every process of the browser, bytes. */
async function browserPss(cdp: CDPSession): Promise<number> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { id: number }[];
  };
  let total = 0;
  for (const { id } of processInfo) {
    try {
      const text = await readFile(`/proc/${id}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+) kB/m.exec(text)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

interface Measure {
  ms: number;
  longestTask: number;
  peakBytes: number;
  /** Peak over the figure just before the file was chosen. */
  addedBytes: number;
  mainHeapBytes: number;
}

/**
 * Opens `url` in a fresh context, waits for its data, chooses `file` in its file input and
 * measures until the layer of `n` features is drawn (`side` says how each page tells it).
 */
async function measure(
  browser: Browser,
  url: string,
  side: 'atlas' | 'bare',
  file: string,
  n: number,
): Promise<Measure> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.route('**/*', (r) => (isLocalUrl(r.request().url()) ? r.continue() : r.abort()));
  const browserCdp = await browser.newBrowserCDPSession();
  const pageCdp = await context.newCDPSession(page);
  await pageCdp.send('Performance.enable');
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('data-idle').length > 0, null, {
      timeout: 120_000,
      polling: 100,
    });
    await page.waitForTimeout(1000);
    // In-page code as a string: the bench runs under tsx, whose helpers do not exist in the page.
    await page.evaluate(`(() => {
      const w = window;
      w.__bench = { start: 0, end: 0, longest: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (w.__bench.start && e.startTime + e.duration >= w.__bench.start)
            w.__bench.longest = Math.max(w.__bench.longest, e.duration);
        }
      }).observe({ type: 'longtask' });
      document.querySelector('input[type=file]').addEventListener(
        'change', () => (w.__bench.start = performance.now()), { capture: true });
      const side = ${JSON.stringify(side)};
      const n = ${JSON.stringify(String(n))};
      const drawn = () => side === 'bare'
        ? performance.getEntriesByName('import-drawn').length > 0
        : document.querySelector('.import .count')?.textContent === n &&
          !document.querySelector('.import .drawing') &&
          !document.querySelector('.import progress');
      const check = () => {
        if (w.__bench.start && !w.__bench.end && drawn()) w.__bench.end = performance.now();
        if (!w.__bench.end) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      // A frame may not come while the page is busy: check on changes and marks too.
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    const base = await browserPss(browserCdp);
    let peak = base;
    let mainHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await browserPss(browserCdp));
        const { metrics } = await pageCdp.send('Performance.getMetrics');
        const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        mainHeap = Math.max(mainHeap, heap);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    await page.locator('input[type=file]').setInputFiles(file);
    const end = await page.waitForFunction(
      () => (window as unknown as { __bench: { end: number } }).__bench.end || 0,
      null,
      { timeout: TIMEOUT_MS, polling: 100 },
    );
    await end.jsonValue();
    await page.waitForTimeout(AFTER_MS);
    sampling = false;
    await sampler;
    const b = (await page.evaluate('window.__bench')) as {
      start: number;
      end: number;
      longest: number;
    };
    return {
      ms: b.end - b.start,
      longestTask: b.longest,
      peakBytes: peak,
      addedBytes: peak - base,
      mainHeapBytes: mainHeap,
    };
  } finally {
    await browserCdp.detach().catch(() => {});
    await context.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Runs the import bench: builds and serves the bare import page itself; `appUrl` serves the
 * built atlas. (`bareUrl`, the load bench's bare page, is not needed here: the bare import page
 * draws the same style and data.)
 */
export async function runImportBench(
  browser: Browser,
  appUrl: string,
  _bareUrl: string,
  root: string,
): Promise<void> {
  const outDir = await buildBareImport(root);
  const server = await preview({
    root,
    configFile: false,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const bareImportUrl = server.resolvedUrls!.local[0]!;
  const dir = join(tmpdir(), 'atlas-import-bench');
  mkdirSync(dir, { recursive: true });
  const sizes = (process.env.BENCH_IMPORT_SIZES?.split(',').map(Number) ?? IMPORT_SIZES).filter(
    (n) => n > 0,
  );
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(
    `\nImport of a GeoJSON file of points, atlas vs bare MapLibre (load average ${load()}):`,
  );
  console.log(
    '  points    file  | time to drawn: bare / atlas / ratio | longest task: bare / atlas / ratio | peak memory (PSS): bare / atlas / ratio | main-thread heap: bare / atlas',
  );
  try {
    for (const n of sizes) {
      const file = join(dir, `points-${n}.geojson`);
      if (!existsSync(file)) writeFileSync(file, pointsGeoJson(n));
      const size = readFileSync(file).length;
      const bare: Measure[] = [];
      const atlas: Measure[] = [];
      for (let i = 0; i < RUNS; i++) {
        bare.push(await measure(browser, bareImportUrl, 'bare', file, n));
        atlas.push(await measure(browser, appUrl, 'atlas', file, n));
      }
      const m = (xs: Measure[], k: keyof Measure) => median(xs.map((x) => x[k]));
      const ratio = (k: keyof Measure) => (m(atlas, k) / m(bare, k)).toFixed(2);
      console.log(
        `  ${String(n).padStart(7)} ${mb(size).padStart(6)} | ` +
          `${m(bare, 'ms').toFixed(0)} / ${m(atlas, 'ms').toFixed(0)} ms / ${ratio('ms')} | ` +
          `${m(bare, 'longestTask').toFixed(0)} / ${m(atlas, 'longestTask').toFixed(0)} ms / ${ratio('longestTask')} | ` +
          `${mb(m(bare, 'peakBytes'))} / ${mb(m(atlas, 'peakBytes'))} / ${ratio('peakBytes')} ` +
          `(added ${mb(m(bare, 'addedBytes'))} / ${mb(m(atlas, 'addedBytes'))}) | ` +
          `${mb(m(bare, 'mainHeapBytes'))} / ${mb(m(atlas, 'mainHeapBytes'))}`,
      );
    }
    console.log(
      `  targets: time ≤ 1.5× bare, longest task ≤ 1.5× bare, peak memory ≤ 1.5× bare; the 100,000-point longest task < 1,000 ms (load average now ${load()})`,
    );
  } finally {
    await server.close();
  }
}
