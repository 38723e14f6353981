/**
 * The app's icons (favicon, Apple touch icon, manifest icons incl. maskable) are generated at build
 * time from public/favicon.svg by @vite-pwa/assets-generator; none are committed.
 */
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#24323f' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#24323f' } },
  },
  images: ['public/favicon.svg'],
});
