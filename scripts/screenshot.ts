/**
 * Takes the README screenshots from the built app in Debian's Chromium: `npm run screenshot`
 * (run `npm run build` first). Usage: tsx scripts/screenshot.ts [path-and-query] [out.png] [WxH]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, isLocalUrl } from '../test/e2e/browser';
import { startPreview } from '../test/e2e/server';

const [path = '/', out = 'docs/screenshot.png', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number) as [number, number];
const { server, url } = await startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.route('**/*', (r) => (isLocalUrl(r.request().url()) ? r.continue() : r.abort()));
  await page.goto(new URL(path, url).href);
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __atlasMap?: { loaded(): boolean } }).__atlasMap;
      return !!map && map.loaded();
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
