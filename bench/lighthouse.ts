/**
 * `npm run lighthouse`: Lighthouse (desktop preset) on the built app, in Debian's Chromium, with no
 * request leaving localhost. Prints each category's score and every audit that is not passed.
 * Lighthouse is installed by the npm script without being saved (it is large and only this needs
 * it), so it is imported by name at run time.
 */
import { resolve } from 'node:path';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser';

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  details?: { items?: { node?: { snippet?: string } }[] };
}
interface LighthouseResult {
  lhr: {
    categories: Record<
      string,
      { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }
    >;
    audits: Record<string, Audit>;
  };
}
type Lighthouse = (url: string, flags: object, config: object) => Promise<LighthouseResult>;

const root = resolve(import.meta.dirname, '..');
// Names in variables: type-checking this file must not need the packages installed.
const LIGHTHOUSE = 'lighthouse';
const DESKTOP = 'lighthouse/core/config/desktop-config.js';
const LAUNCHER = 'chrome-launcher';
const lighthouse = ((await import(LIGHTHOUSE)) as { default: Lighthouse }).default;
const desktop = ((await import(DESKTOP)) as { default: object }).default;
const launcher = (await import(LAUNCHER)) as {
  launch(o: object): Promise<{ port: number; kill(): Promise<void> | void }>;
};

const server = await preview({
  root,
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'error',
});
const url = server.resolvedUrls!.local[0]!;
const chrome = await launcher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  const { lhr } = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    desktop,
  );
  console.log(`\nLighthouse (desktop) on the built app, ${url}:`);
  for (const c of Object.values(lhr.categories)) {
    console.log(`  ${c.title.padEnd(16)}: ${Math.round((c.score ?? 0) * 100)}`);
  }
  // What costs accessibility or best-practice points (performance is compared in `npm run bench`).
  const counted = new Set(
    ['accessibility', 'best-practices'].flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id),
    ),
  );
  const failed = Object.values(lhr.audits).filter(
    (a) =>
      counted.has(a.id) &&
      a.score !== null &&
      a.score < 1 &&
      !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode),
  );
  console.log(
    failed.length
      ? '  Accessibility and best-practice audits not passed:'
      : '  Every weighted accessibility and best-practice audit passed.',
  );
  for (const a of failed) {
    const where = (a.details?.items ?? [])
      .slice(0, 3)
      .map((i) => i.node?.snippet)
      .filter(Boolean)
      .join(' ');
    console.log(`   - ${a.id} (${a.score}): ${a.title} ${where}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
