import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
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
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node' },
});
