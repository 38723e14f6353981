import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { checkEachScenario, openAtlas, waitForData } from './harness';
import { HOSTILE_URLS, XSS_PAYLOADS } from '../fixtures/xss-payloads';

checkEachScenario();

type Json = Record<string, unknown> & {
  features: { id: string; properties: Record<string, unknown> }[];
};
const read = (name: string) => JSON.parse(readFileSync(`geodata/${name}`, 'utf8')) as Json;
const SITE_FILES = ['projects', 'crossings', 'protests', 'mines'] as const;

/** The shipped data with hostile text in names, descriptions, facts, quotes and source fields. */
function hostileData() {
  const layers = Object.fromEntries(SITE_FILES.map((l) => [l, read(`${l}.geojson`)])) as Record<
    (typeof SITE_FILES)[number],
    Json
  >;
  const names = new Map<string, string>();
  let i = 0;
  for (const layer of SITE_FILES) {
    for (const f of layers[layer].features) {
      const p = f.properties;
      const payload = XSS_PAYLOADS[i % XSS_PAYLOADS.length]!;
      p.name = payload;
      p.description = XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length]!;
      p.alt_names = [XSS_PAYLOADS[(i + 2) % XSS_PAYLOADS.length]!];
      const citations = p.citations as { fact: string; quote?: string }[];
      citations[0]!.fact = XSS_PAYLOADS[(i + 3) % XSS_PAYLOADS.length]!;
      if (citations[0]!.quote) citations[0]!.quote = XSS_PAYLOADS[(i + 4) % XSS_PAYLOADS.length]!;
      names.set(f.id, payload.trim());
      i++;
    }
  }
  const sources = read('sources.json') as unknown as Record<string, Record<string, unknown>>;
  Object.values(sources).forEach((s, j) => {
    s.title = XSS_PAYLOADS[j % XSS_PAYLOADS.length];
    s.publisher = XSS_PAYLOADS[(j + 5) % XSS_PAYLOADS.length];
  });
  const files = Object.fromEntries(SITE_FILES.map((l) => [`${l}.geojson`, layers[l]]));
  return { files, sources, names };
}

/** Serves replacement data files in place of the shipped ones. */
function serve(replacements: Record<string, unknown>) {
  return async (context: BrowserContext) => {
    for (const [name, body] of Object.entries(replacements)) {
      const [base, ext] = name.split('.');
      await context.route(new RegExp(`/assets/${base}-[\\w-]+\\.${ext}$`), (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }),
      );
    }
  };
}

/** Nothing ran: no marker, no unexpected elements or handlers, only http(s) links. */
async function expectNothingRan(page: Page) {
  await expect(
    page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  ).resolves.toBeUndefined();
  const report = await page.evaluate(() => {
    const all = [...document.body.querySelectorAll('*')];
    return {
      dangerous: all
        .filter((el) =>
          ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'BASE', 'META', 'FRAME'].includes(
            el.tagName,
          ),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
      handlers: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => a.name.startsWith('on'))
          .map((a) => `${el.tagName} ${a.name}`),
      ),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
    };
  });
  expect(report.dangerous).toEqual([]);
  expect(report.handlers).toEqual([]);
  for (const href of report.hrefs) expect(href).toMatch(/^https?:\/\//);
}

describe('hostile input changes nothing but a message', () => {
  it(`shows ${XSS_PAYLOADS.length} hostile strings in the data as text, runs none`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const { files, sources, names } = hostileData();
    const atlas = await openAtlas(
      '/',
      undefined,
      undefined,
      serve({ ...files, 'sources.json': sources }),
    );
    const { page } = atlas;
    await waitForData(page);
    // Every hostile name, exactly, as the text of a table cell.
    await page.getByRole('button', { name: 'List of sites' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sites' });
    await dialog.getByLabel('Show').selectOption('all');
    const shown = await dialog
      .locator('tbody tr td:first-child button')
      .evaluateAll((buttons) => buttons.map((b) => b.textContent));
    const expected = [...names.values()].sort();
    const got = [...shown].sort();
    const missing = expected
      .filter((n) => !got.includes(n))
      .map((n) => JSON.stringify(n.slice(0, 60)));
    const extra = got
      .filter((n) => !expected.includes(n!))
      .map((n) => JSON.stringify(n!.slice(0, 60)));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    await expectNothingRan(page);
    await page.keyboard.press('Escape');

    // The details of sites whose name, description, fact, quote and sources are hostile.
    for (const id of ['junda-refinery', 'torugart-pass', 'kochkor-truckers-protest-2021']) {
      await page.goto(new URL(`/?site=${id}`, page.url()).href);
      await waitForData(page);
      const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
      await expect(heading.evaluate((h) => h.textContent)).resolves.toBe(names.get(id));
      await expectNothingRan(page);
    }

    // Searching with markup shows markup as text.
    const box = page.getByRole('combobox', { name: 'Search sites and places' });
    await box.fill('<img src=x onerror');
    await page.locator('#search-results').getByRole('option').first().waitFor();
    await expectNothingRan(page);
  });

  it.each(HOSTILE_URLS)('refuses a source URL %j with a message naming the field', async (url) => {
    const sources = read('sources.json') as unknown as Record<string, Record<string, unknown>>;
    const key = Object.keys(sources)[0]!;
    sources[key]!.url = url;
    const atlas = await openAtlas('/', undefined, undefined, serve({ 'sources.json': sources }));
    const { page } = atlas;
    const notice = page.getByRole('status').filter({ hasText: 'could not be loaded' });
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('sources.json');
    expect(text).toContain(key);
    expect(text).toContain('url');
    await expectNothingRan(page);
  });

  it('ignores hostile link parameters with messages shown as text', async () => {
    const params = new URLSearchParams({
      site: '<img src=x onerror="window.__xss=1">',
      map: 'javascript:alert(1)',
      layers: '<svg onload=alert(2)>',
      measure: '"><script>alert(3)</script>',
      rings: '5,<b>10</b>',
      unit: 'javascript:alert(4)',
      lang: '<script>alert(5)</script>',
    });
    const atlas = await openAtlas(`/?${params}`);
    const { page } = atlas;
    await waitForData(page);
    const notices = await page
      .locator('.notices li span')
      .evaluateAll((s) => s.map((x) => x.textContent));
    expect(notices).toHaveLength(7);
    expect(notices.join('\n')).toContain('<img src=x onerror="window.__xss=1">');
    expect(notices.join('\n')).toContain('<script>alert(5)</script>');
    await expectNothingRan(page);
    // The map still works and the link was cleaned of what was ignored.
    await expect.poll(() => new URL(page.url()).search).not.toMatch(/script|onerror|javascript/i);
  });
});

describe('Content-Security-Policy', () => {
  it('is served without unsafe-inline or unsafe-eval for scripts, and the app works under it', async () => {
    const atlas = await openAtlas('/');
    const { page } = atlas;
    const response = await page.goto(page.url());
    const header = response!.headers()['content-security-policy'] ?? '';
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      const script = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(script.trim()).toBe("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).not.toContain('unsafe-eval');
    }
    await waitForData(page);
    // An inline script injected at run time is refused by the browser.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__xss = "inline"';
      document.body.append(s);
      s.remove();
    });
    await expect(
      page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
    ).resolves.toBeUndefined();
    // The browser reports the refusal as a console error: expected here, and only that.
    expect(atlas.problems.every((p) => p.includes('Content Security Policy'))).toBe(true);
    expect(atlas.problems.length).toBeGreaterThan(0);
    atlas.problems.length = 0;
  });
});
