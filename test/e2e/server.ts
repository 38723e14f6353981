import { preview, type PreviewServer } from 'vite';

/** Serves the production build in dist/ on a free localhost port. */
export async function startPreview(port = 0): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    preview: { port, strictPort: port !== 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}
