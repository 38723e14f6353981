/**
 * Runs only the import bench (bench/import.ts) on the build in dist/ (made by `npm run build`):
 * `npx tsx bench/import-run.ts`. BENCH_IMPORT_SIZES=1000,10000 picks the sizes,
 * BENCH_IMPORT_RUNS=3 the runs per size.
 */
import { resolve } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser';
import { runImportBench } from './import';

const root = resolve(import.meta.dirname, '..');
const app = await preview({
  root,
  configFile: false,
  build: { outDir: resolve(root, 'dist') },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'error',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await runImportBench(browser, app.resolvedUrls!.local[0]!, '', root);
} finally {
  await browser.close();
  await app.close();
}
