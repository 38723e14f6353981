/** Unit tests of the pure helpers used by scripts/build-data.ts. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../scripts/lib/slug.ts';
import { communityIds, type RawCommunity } from '../../../scripts/lib/communities.ts';
import { aiddataDate, aiddataSourceKey, linkedIds } from '../../../scripts/lib/aiddata.ts';
import { outlines, round, roundGeometry, roundUpKm } from '../../../scripts/lib/geometry.ts';
import {
  applyLinkFixes,
  factivaParts,
  proposedLinkFix,
} from '../../../scripts/lib/aiddata-links.ts';
import { cityLabel, districtLabel } from '../../../scripts/lib/names.ts';
import type { Source } from '../../../src/lib/data/schema.ts';

const place = (
  name: string,
  rayon: string,
  wof_id: number,
  geonames_id?: number,
): RawCommunity => ({
  name,
  rayon,
  oblast: 'Naryn',
  wof_id,
  ...(geonames_id ? { geonames_id } : {}),
});

describe('slugify', () => {
  it('makes kebab-case ids from Latin names', () => {
    expect(slugify('Kara-Balta')).toBe('kara-balta');
    expect(slugify('Naryn (city)')).toBe('naryn-city');
    expect(slugify("Pyat'desyat Let Kirgizii")).toBe('pyatdesyat-let-kirgizii');
    expect(slugify('Cho`loq-Tuma')).toBe('choloq-tuma');
    expect(slugify('Кочкор')).toBe('');
  });
});

describe('communityIds', () => {
  it('pins fixed ids, keeps unique slugs and disambiguates repeats by rayon then number', () => {
    const ids = communityIds(
      [
        place('Naryn', 'Aksy', 3, 8134451),
        place('Naryn', 'Naryn (city)', 2, 1527592),
        place('Ak-Say', 'Batken', 5),
        place('Ak-Say', 'Batken', 4),
        place('Ak-Say', 'Leilek', 6),
        place('Tash', 'Kochkor', 7),
      ],
      { 1527592: 'naryn' },
    );
    expect(ids).toEqual([
      'naryn-aksy',
      'naryn',
      'ak-say-batken-2',
      'ak-say-batken',
      'ak-say-leilek',
      'tash',
    ]);
  });
});

describe('AidData helpers', () => {
  it('treats YYYY-01-01 as a year-only placeholder', () => {
    expect(aiddataDate('2013-01-01')).toBe('2013');
    expect(aiddataDate('2013-09-09')).toBe('2013-09-09');
    expect(aiddataDate(null)).toBeNull();
  });

  it('reads linked record ids from titles', () => {
    expect(linkedIds('Datka-Kemin line (Linked to Project ID#40431, #96098)')).toEqual([
      40431, 96098,
    ]);
    expect(linkedIds('Kara-Balta Oil Refinery Project')).toEqual([]);
  });

  it('gives each source URL a stable key', () => {
    expect(aiddataSourceKey('http://example.org/a')).toBe(aiddataSourceKey('http://example.org/a'));
    expect(aiddataSourceKey('http://example.org/a')).not.toBe(
      aiddataSourceKey('http://example.org/b'),
    );
    expect(aiddataSourceKey('http://example.org/a')).toMatch(/^aiddata-src-[0-9a-f]{10}$/);
  });
});

describe('geometry helpers', () => {
  it('rounds to 5 decimals and drops repeated positions', () => {
    expect(round(73.848134)).toBe(73.84813);
    const g = roundGeometry({
      type: 'LineString',
      coordinates: [
        [73.000001, 42.000001],
        [73.000002, 42.000002],
        [73.1, 42.1],
      ],
    });
    expect(g.coordinates).toEqual([
      [73, 42],
      [73.1, 42.1],
    ]);
  });

  it('turns polygon rings into lines', () => {
    const ring = [
      [73, 42],
      [73.1, 42],
      [73.1, 42.00001],
      [73, 42],
    ];
    expect(outlines({ type: 'Polygon', coordinates: [ring] })).toEqual({
      type: 'MultiLineString',
      coordinates: [ring],
    });
  });

  it('rounds radii up', () => {
    expect(roundUpKm(0)).toBe(0);
    expect(roundUpKm(0.01)).toBe(0.1);
    expect(roundUpKm(3.91)).toBe(4);
    expect(roundUpKm(87.2)).toBe(88);
  });
});

describe('district names in precision notes', () => {
  it('writes the usual names, not COD-AB misspellings, and names city polygons as cities', () => {
    expect(districtLabel('Ak-Bashy')).toBe('At-Bashy district');
    expect(districtLabel('Kochokor')).toBe('Kochkor district');
    expect(districtLabel('Naryn')).toBe('Naryn district');
    expect(districtLabel('Jalal-Abad (city)')).toBe('the city of Jalal-Abad');
    expect(cityLabel('Issyk-Kul')).toBeNull();
  });
});

describe('AidData links a reader can open', () => {
  const proxied =
    'https://global-factiva-com.proxy.wm.edu/redir/default.aspx?P=sa&NS=16&AID=9VIV000400&an=AKIPEN0020110407e7470002t&cat=a&ep=ASI';

  it('reads the source code and date of a Factiva document number', () => {
    expect(factivaParts('AKIPEN0020110407e7470002t')).toEqual({
      code: 'AKIPEN',
      date: '2011-04-07',
    });
    expect(factivaParts('bbcca00020010710dx7a0079u')).toEqual({
      code: 'BBCCA',
      date: '2001-07-10',
    });
  });

  it('links Factiva itself instead of a library proxy, marked subscription', () => {
    const fix = proposedLinkFix(proxied);
    expect(fix?.kind).toBe('factiva');
    expect(fix?.url).toBe(
      'https://global.factiva.com/redir/default.aspx?P=sa&an=AKIPEN0020110407e7470002t&cat=a&ep=ASE',
    );
    expect(fix?.source).toMatchObject({
      publisher: 'Factiva (Dow Jones)',
      paywalled: true,
      access_note: 'Factiva (subscription)',
      date: null,
    });
  });

  it("links the Dropbox share link inside a preview, marked as AidData's copy; follows a Google redirect", () => {
    const preview =
      'https://uc0.previews.dropboxusercontent.com/nativeprint?file=https%3A%2F%2Fwww.dropbox.com%2Fs%2Fabc%2FLoan%2520Agreement.pdf%3Fdisable_range%3D1%26from_native_print%3D1%26';
    expect(proposedLinkFix(preview)).toMatchObject({
      kind: 'dropbox',
      url: 'https://www.dropbox.com/s/abc/Loan%20Agreement.pdf',
      source: { publisher: 'AidData (copy on Dropbox)' },
    });
    expect(
      proposedLinkFix(
        'https://www.google.com/url?sa=t&url=http%3A%2F%2Fwww.kenesh.kg%2Fdoc%3Fid%3D1&usg=x',
      ),
    ).toMatchObject({ kind: 'redirect', url: 'http://www.kenesh.kg/doc?id=1' });
    expect(proposedLinkFix('https://24.kg/english/1_News/')).toBeNull();
  });

  it('applies only reviewed fixes that agree with the rules', () => {
    const source = (url: string): Source => ({
      kind: 'web',
      publisher: 'x',
      title: 'Source listed by AidData',
      author: null,
      date: null,
      url,
    });
    const key = aiddataSourceKey(proxied);
    const url = proposedLinkFix(proxied)!.url;
    const sources = { [key]: source(proxied) };
    expect(applyLinkFixes(sources, {})).toEqual([
      `geodata/curated/aiddata-links.json: ${key}: not reviewed: factiva link ${proxied} → ${url}`,
    ]);
    expect(
      applyLinkFixes(
        { [key]: source(proxied) },
        { [key]: { kind: 'factiva', from: proxied, url: proxied } },
      ),
    ).toHaveLength(1);
    expect(applyLinkFixes(sources, { [key]: { kind: 'factiva', from: proxied, url } })).toEqual([]);
    expect(sources[key]).toMatchObject({ url, paywalled: true, publisher: 'Factiva (Dow Jones)' });
  });
});
