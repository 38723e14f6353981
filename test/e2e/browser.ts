/** Launch settings for Debian's Chromium, shared by the e2e tests, the bench and the screenshot. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Software WebGL: MapLibre renders without a GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** True for URLs that stay on this machine (localhost, loopback, or in-page data/blob). */
export function isLocalUrl(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}
