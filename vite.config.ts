import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cspHeader, cspMeta } from './csp.config';

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

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
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
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node' },
});
