import { describe, expect, it } from 'vitest';
import { latinKey, normalise, SiteSearch, type SearchEntry } from '../../src/lib/search/search';
import { shippedSites } from './shipped';

const entries: SearchEntry[] = [
  {
    id: 'kochkor',
    layer: 'communities',
    name: 'Kochkorka',
    otherNames: ['Кочкор', 'Кочкорка', 'Kochkor', 'Qoʻchqor'],
  },
  { id: 'kochkor-ata', layer: 'communities', name: 'Kochkor-Ata', otherNames: ['Кочкор-Ата'] },
  {
    id: 'torugart-pass',
    layer: 'crossings',
    name: 'Torugart Pass',
    otherNames: ['吐爾尕特山口', 'Торугарт'],
  },
  {
    id: 'irkeshtam-pass',
    layer: 'crossings',
    name: 'Irkeshtam Pass',
    otherNames: ['伊尔克什坦口岸', 'Иркештам'],
  },
  {
    id: 'junda-refinery',
    layer: 'projects',
    name: 'Junda oil refinery',
    otherNames: ['Zhongda refinery', 'China Petrol Company Junda'],
  },
  { id: 'kara-balta', layer: 'communities', name: 'Kara-Balta', otherNames: ['Кара-Балта'] },
  { id: 'naryn', layer: 'communities', name: 'Naryn', otherNames: ['Нарын'] },
];
const search = new SiteSearch(entries);
const ids = (q: string) => search.search(q).map((h) => h.id);

describe('SiteSearch', () => {
  it('finds Latin, Cyrillic and spelling variants', () => {
    expect(ids('Kochkor')[0]).toBe('kochkor');
    expect(ids('Kochkorka')[0]).toBe('kochkor');
    expect(ids('Кочкор')[0]).toBe('kochkor');
    expect(ids('Торугарт')).toEqual(['torugart-pass']);
  });

  it('finds Chinese names, whole or in part', () => {
    expect(ids('吐爾尕特山口')).toEqual(['torugart-pass']);
    expect(ids('吐爾尕特')).toEqual(['torugart-pass']);
    expect(ids('伊尔克什坦')).toEqual(['irkeshtam-pass']);
  });

  it('tolerates small typos and case', () => {
    expect(ids('torugrat')).toContain('torugart-pass');
    expect(ids('TORUGART')).toEqual(['torugart-pass']);
    expect(ids('Kara Balta')[0]).toBe('kara-balta');
    expect(ids('karabalta')).toEqual(['kara-balta']);
    expect(ids('zhongda')).toEqual(['junda-refinery']);
  });

  it('searches as you type (prefixes)', () => {
    expect(ids('Irk')).toEqual(['irkeshtam-pass']);
    expect(ids('Нар')).toEqual(['naryn']);
  });

  it('says which other name matched', () => {
    expect(search.search('Кочкор')[0]!.matched).toBe('Кочкор');
    expect(search.search('Torugart')[0]!.matched).toBeNull();
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('Zzyzx')).toEqual([]);
  });
});

describe('normalise', () => {
  it('folds case, diacritics and apostrophes', () => {
    expect(normalise('Qoʻchqor')).toBe('qochqor');
    expect(normalise('KÖL')).toBe('kol');
    expect(normalise('Ысык-Көл')).toBe('ысык-көл'.normalize('NFKD').replace(/\p{M}/gu, ''));
  });
});

describe('SiteSearch on the shipped names', () => {
  const shipped = shippedSites().map((f) => {
    const p = f.properties;
    return {
      id: f.id,
      layer: p.layer,
      name: p.name,
      otherNames: [p.name_ru, p.name_ky, p.name_zh, ...p.alt_names].filter((n): n is string => !!n),
    };
  });
  const withHamlet = new SiteSearch([
    ...shipped,
    { id: 'torugart', layer: 'communities', name: 'Torugart', otherNames: ['Торугарт'] },
    { id: 'naryn', layer: 'communities', name: 'Naryn', otherNames: [], where: 'Naryn · Naryn' },
    {
      id: 'naryn-2',
      layer: 'communities',
      name: 'Naryn',
      otherNames: [],
      where: 'Ak-Talaa · Naryn',
    },
  ]);
  const first = (q: string) => withHamlet.search(q, 5)[0]?.id;

  it('finds Chinese names in simplified and traditional characters alike', () => {
    expect(first('吐尔尕特')).toBe('torugart-pass');
    expect(first('吐爾尕特')).toBe('torugart-pass');
  });

  it('finds sites by Russian and Kyrgyz spellings of their Latin names', () => {
    expect(first('Иркештам')).toBe('irkeshtam-pass');
    expect(withHamlet.search('Кочкор', 5).map((h) => h.id)).toContain(
      'kochkor-truckers-protest-2021',
    );
  });

  it('ranks the atlas’s site above a community of the same name', () => {
    expect(first('Torugart')).toBe('torugart-pass');
    expect(withHamlet.search('Torugart', 5).map((h) => h.id)).toContain('torugart');
  });

  it('says where namesakes are', () => {
    const hits = withHamlet.search('Naryn', 30).filter((h) => h.layer === 'communities');
    expect(hits.map((h) => h.where).sort()).toEqual(['Ak-Talaa · Naryn', 'Naryn · Naryn']);
  });
});

describe('latinKey', () => {
  it('meets Latin spellings from Cyrillic and common variants', () => {
    expect(latinKey('Иркештам')).toBe(latinKey('Irkeshtam'));
    expect(latinKey('Джалал-Абад')).toBe(latinKey('Jalal-Abad'));
    expect(latinKey('At-Bashy')).toBe(latinKey('At-Bashi'));
    expect(latinKey('Кочкор')).toBe('kochkor');
  });
});
