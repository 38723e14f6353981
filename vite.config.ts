import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cspHeader, cspMeta } from './csp.config';
import { VitePWA } from 'vite-plugin-pwa';
import { datasetVersion } from './version.config';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `ATLAS_OPEN_DATA_ONLY=1 npm run build` leaves out geodata/noncommercial/ (the Global Map roads
 * and relief, free for non-commercial use only): no relief, no roads, straight-line distances.
 */
const OPEN_DATA_ONLY = /^(1|true|yes)$/i.test(process.env.ATLAS_OPEN_DATA_ONLY ?? '');
const NONCOMMERCIAL_DIR = 'geodata/noncommercial';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Copies geodata/noncommercial/ into the build at the same path (the dev server serves it from
 * there), unless the build is open-data-only; the service worker precaches it only then.
 */
function noncommercialData(): Plugin {
  return {
    name: 'atlas-noncommercial',
    apply: 'build',
    generateBundle() {
      if (OPEN_DATA_ONLY) return;
      for (const file of filesUnder(NONCOMMERCIAL_DIR)) {
        const fileName = file.split('\\').join('/');
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}

/** Puts the Content-Security-Policy into the built page (not in dev: Vite's client is inline). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline after the first visit: a Workbox service worker precaches the built app, the basemap and
 * site layers, the glyphs and the icons; a new version waits until the user chooses to reload
 * (src/lib/offline/). The manifest makes the atlas installable; its icons are generated.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    pwaAssets: { config: true, overrideManifestIcons: true },
    manifest: {
      name: 'Kyrgyz–China Atlas',
      short_name: 'KG–CN Atlas',
      description:
        'Offline map of Chinese development projects in Kyrgyzstan and the places they touch, with sources and proximity tools.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#24323f',
      background_color: '#e9edf0',
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,geojson,json,pbf,png,svg,ico}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * Asks V8 to compile the app's own chunks whole while they load (an explicit compile hint), not
 * function by function on first use: a first click on a site otherwise pays for compiling the
 * details panel and the proximity code (about a third of its time, measured in `npm run bench`).
 */
function compileHints(): Plugin {
  return {
    name: 'atlas-compile-hints',
    apply: 'build',
    // On the written files: the hint must open the file, ahead of what Vite puts first, and the
    // minifier drops comments. The service worker's precache list is made after this.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || (!chunk.isEntry && chunk.name !== 'instance')) continue;
        const file = join(options.dir!, chunk.fileName);
        writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
      }
    },
  };
}

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), noncommercialData(), offline(), compileHints()],
  define: {
    __DATASET_VERSION__: JSON.stringify(datasetVersion(import.meta.dirname)),
    __ATLAS_NONCOMMERCIAL__: JSON.stringify(!OPEN_DATA_ONLY),
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Data files stay separate files (never inlined as data: URLs) so they are cached and measured.
    assetsInlineLimit: (file) =>
      file.endsWith('.geojson') || file.endsWith('.json') ? false : undefined,
    rolldownOptions: {
      output: {
        // MapLibre in its own chunk, so the app's own JavaScript can be measured beside it.
        advancedChunks: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  // `npm run preview` (and the e2e tests) serve the policy as a header too.
  preview: { headers: { 'Content-Security-Policy': cspHeader() } },
  // Tests never fail on wall-clock time: a generous timeout only catches a hang (property tests
  // run 10,000 cases and share two cores with the build in CI).
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
});
