/** The data audit's functions on small fixtures: each check finds what it should, and only that. */
import { describe, expect, it } from 'vitest';
import {
  checkAidDataDistricts,
  checkDistrictSpelling,
  checkDistricts,
  checkDuplicates,
  checkTransliteration,
  DEFAULT_OPTIONS,
  type Finding,
} from '../../../scripts/audit/checks.ts';
import { districtMentions } from '../../../scripts/audit/districts.ts';
import { parseAllowList, review, type AllowEntry } from '../../../scripts/audit/allowlist.ts';
import { namesAgree, nameVariants, toLatin } from '../../../src/lib/search/translit.ts';
import { GAZ, box, community, feature } from './audit-fixtures.ts';

const subjects = (fs: Finding[]) => fs.map((f) => `${f.ids.join('~')} ${f.subject}`);

describe('transliteration', () => {
  it('writes Russian and Kyrgyz Cyrillic in Latin letters', () => {
    expect(toLatin('Ат-Башы')).toBe('At-Bashy');
    expect(toLatin('Өзгөн')).toBe('Özgön');
    expect(toLatin('Джалал-Абад')).toBe('Dzhalal-Abad');
    expect(toLatin('Чоӊ-Алай')).toBe('Chong-Alay');
  });

  it.each([
    ['Kochkor', 'Кочкор'],
    ['At-Bashi', 'Ат-Башы'],
    ['Jalal-Abad', 'Жалал-Абад'],
    ['Dzhalal-Abad', 'Джалал-Абад'],
    ['Issyk-Kul', 'Ысык-Көл'],
    ['Seget', 'Сөгөт'],
    ['Uzgen', 'Өзгөн'],
    ['Kyzyl-Kiya', 'Кызыл-Кыя'],
    ['Tyup', 'Түп'],
    ['Kara-Tebe', 'Кара-Дөбө'],
    ['Lugovoye', 'Луговое'],
    ['Baj-Munduz', 'Бай-Мундуз'],
    ['Yangi-Abad', 'Жаңы-Абад'],
    ['Dzhangakty', 'Жаңгакты'],
    ['Imeni Kirova', 'Киров атындагы'],
    ['Imeni Kalinina', 'Калинина'],
    ['Kyzyl-Kiya', 'Кызыл-Кыя шаары'],
  ])('%s agrees with %s', (latin, cyrillic) => {
    expect(namesAgree(latin, cyrillic)).toBe(true);
  });

  it.each([
    ['Prokhladnoye', 'Прохпадное'],
    ['Kochkorka', 'Кочкор'],
    ['Ak-Say', 'Ак-Суу'],
    ['Oktyabr’skoye', 'Калыгүл'],
    ['Naryn', 'Талас'],
    ['Kara-Tepa', 'Кара-Тепе'],
  ])('%s does not agree with %s', (latin, cyrillic) => {
    expect(namesAgree(latin, cyrillic)).toBe(false);
  });

  it('keeps digits and drops nothing but what it folds', () => {
    expect(namesAgree('Shanyk', 'Шанык 2')).toBe(false);
    expect(nameVariants('')).toEqual([]);
  });
});

describe('district names in text', () => {
  const read = (text: string) =>
    districtMentions(GAZ, text).map((m) => `${m.district.name}/${m.district.level}`);

  it('reads rayons, oblasts and cities however the text writes them', () => {
    expect(read('the 300 families of Sogot village, Uzgen region of Osh Oblast.')).toEqual([
      'Uzgen/rayon',
      'Osh/oblast',
    ]);
    expect(read('hundreds of Naryn-district villagers')).toEqual(['Naryn/rayon']);
    expect(read('in Uzgensky district')).toEqual(['Uzgen/rayon']);
    expect(read('edge of Naryn (city) (COD-AB)')).toEqual(['Naryn (city)/rayon']);
    expect(read('Point of Naryn town, seat of Naryn district and region')).toEqual([
      'Naryn (city)/rayon',
      'Naryn/rayon',
    ]);
    expect(read('in the city of Naryn')).toEqual(['Naryn (city)/rayon']);
    expect(read('At-Bashy district, Naryn region')).toEqual(['Ak-Bashy/rayon', 'Naryn/oblast']);
  });

  it('does not read a rural district, another country or a sentence break as a rayon', () => {
    expect(read('Ak-Talaa rural district')).toEqual([]);
    expect(read('North Kazakhstan Region')).toEqual([]);
    expect(read('Manas. District staff')).toEqual([]);
  });
});

describe('check 1: a feature said to be in a district lies in it', () => {
  const opts = DEFAULT_OPTIONS;
  const note =
    'Uncertainty 90 km: distance from the point to the farthest edge of Naryn district (COD-AB).';

  it('passes a point inside the district it names', () => {
    const f = feature({
      id: 'in',
      precision: 'district',
      precision_note: note,
      point: [76.3, 41.9],
    });
    expect(checkDistricts([f], GAZ, opts)).toEqual([]);
  });

  it('fails a point in the town enclave, not the district it names', () => {
    const f = feature({
      id: 'town',
      precision: 'district',
      precision_note: note,
      point: [76, 41.75],
    });
    const [finding, ...rest] = checkDistricts([f], GAZ, opts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ check: 'district', ids: ['town'], subject: 'Naryn district' });
    expect(finding?.message).toMatch(/lies in Naryn \(city\)/);
  });

  it('fails a point far from the district its description names', () => {
    const f = feature({ id: 'far', description: 'A rally in Uzgen district.', point: [72, 42.7] });
    expect(subjects(checkDistricts([f], GAZ, opts))).toEqual(['far Uzgen district']);
  });

  it('passes a border point just outside every unit, fails one well outside', () => {
    const text = { description: 'A crossing in Manas district.' };
    const near = feature({ id: 'near', ...text, point: [71.495, 42.7] });
    const out = feature({ id: 'out', ...text, point: [71.3, 42.7] });
    expect(subjects(checkDistricts([near, out], GAZ, opts))).toEqual(['out Manas district']);
  });

  it('fails a point in a town of oblast rank, however close to the district it names', () => {
    const f = feature({ id: 'city', description: 'In Uzgen district.', point: [73.85, 40.895] });
    const found = checkDistricts([f], GAZ, opts);
    expect(subjects(found)).toEqual(['city Uzgen district']);
    expect(found[0]?.message).toMatch(/lies in Osh \(city\), 0\.6 km outside Uzgen district/);
  });

  it('passes a point just outside the town it names (simplified boundary), not its enclave', () => {
    const town = feature({ id: 'town', description: 'At Naryn town.', point: [76.105, 41.75] });
    expect(checkDistricts([town], GAZ, opts)).toEqual([]);
  });

  it('fails a district-precision site that names no district', () => {
    const f = feature({
      id: 'vague',
      precision: 'district',
      precision_note: 'Somewhere.',
      point: [76.3, 41.9],
    });
    expect(subjects(checkDistricts([f], GAZ, opts))).toEqual(['vague (no district named)']);
  });

  it("checks a community's rayon and oblast, with their tolerance", () => {
    const ok = community({ id: 'ok', rayon: 'Özgön', oblast: 'Osh', point: [73.5, 40.5] });
    const edge = community({ id: 'edge', rayon: 'Özgön', oblast: 'Osh', point: [74.01, 40.5] });
    const wrong = community({ id: 'wrong', rayon: 'Özgön', oblast: 'Talas', point: [72, 42.7] });
    const unknown = community({ id: 'unknown', rayon: 'Atlantis', point: [73.5, 40.5] });
    expect(subjects(checkDistricts([ok, edge, wrong, unknown], GAZ, opts))).toEqual([
      'wrong Uzgen district',
      'unknown Atlantis',
    ]);
  });
});

describe('check 2: same name within a few km', () => {
  const opts = { withinKm: 3 };

  it('reports same-named features close together, across spellings and layers', () => {
    const a = community({ id: 'kara-suu', name: 'Kara-Suu', point: [73.5, 40.5] });
    const b = community({ id: 'karasuu', name: 'Karasu', point: [73.51, 40.5] });
    const pass = feature({
      id: 'irkeshtam-pass',
      layer: 'crossings',
      name: 'Irkeshtam Pass',
      point: [73.83, 39.65],
    });
    const village = community({
      id: 'irkeshtam',
      name: 'Irkeshtam',
      name_ky: 'Иркештам',
      point: [73.84, 39.66],
    });
    expect(subjects(checkDuplicates([a, b, pass, village], opts))).toEqual([
      'irkeshtam~irkeshtam-pass Irkeshtam',
      'kara-suu~karasuu Kara-Suu',
    ]);
  });

  it('does not report them when far apart, differently named, or linked', () => {
    const a = community({ id: 'a', name: 'Kara-Suu', point: [73.5, 40.5] });
    const far = community({ id: 'far', name: 'Kara-Suu', point: [73.6, 40.5] });
    const other = community({ id: 'other', name: 'Ak-Suu', point: [73.5, 40.501] });
    const site = feature({
      id: 'mine',
      name: 'Kara-Suu mine',
      links: ['a'],
      point: [73.5, 40.502],
    });
    expect(checkDuplicates([a, far, other, site], opts)).toEqual([]);
  });

  it('keeps numbers apart (AidData titles differ by their amounts)', () => {
    const p = (id: string, n: number) =>
      feature({
        id,
        layer: 'projects',
        aiddata_id: n,
        name: `China grants ${n} million`,
        point: [72.8, 40.5],
      });
    expect(checkDuplicates([p('x', 3), p('y', 5)], opts)).toEqual([]);
  });
});

describe('check 3: Latin and Cyrillic names agree', () => {
  it('passes names that agree under transliteration or through an alternate name', () => {
    const kochkor = community({
      id: 'kochkor',
      name: 'Kochkorka',
      alt_names: ['Kochkor'],
      name_ky: 'Кочкор',
      name_ru: 'Кочкорка',
      point: [75.75, 42.2],
    });
    const junda = feature({
      id: 'junda',
      layer: 'projects',
      name: 'Junda oil refinery',
      name_ru: 'НПЗ «Джунда»',
      point: [73.8, 42.8],
    });
    expect(checkTransliteration([kochkor, junda])).toEqual([]);
  });

  it('fails a typo, or a Cyrillic name of something else', () => {
    const typo = community({
      id: 'prokhladnoye',
      name: 'Prokhladnoye',
      name_ru: 'Прохпадное',
      point: [74.5, 42.9],
    });
    const other = feature({
      id: 'mine',
      name: 'Junda oil refinery',
      name_ru: 'Рудник Кумтор',
      point: [73.8, 42.8],
    });
    expect(subjects(checkTransliteration([typo, other]))).toEqual([
      'prokhladnoye name_ru: Прохпадное',
      'mine name_ru: Рудник Кумтор',
    ]);
  });

  it("fails a site's text that writes COD-AB's misspelt district name", () => {
    const bad = feature({
      id: 'bad',
      precision_note: 'The farthest edge of Ak-Bashy district (COD-AB).',
      point: [75.8, 41.2],
    });
    const good = feature({
      id: 'good',
      precision_note: 'The farthest edge of At-Bashy district (COD-AB "Ak-Bashy").',
      point: [75.8, 41.2],
    });
    const found = checkDistrictSpelling([bad, good], GAZ);
    expect(subjects(found)).toEqual(['bad district: Ak-Bashy']);
    expect(found[0]?.message).toMatch(/Kyrgyz name is At-Bashy/);
  });
});

describe('check 4: AidData text names a district far from the geometry', () => {
  const text = 'to the 300 families of Sogot village, Uzgen region of Osh Oblast.';
  const record = (id: string, geometry: ReturnType<typeof box>) =>
    feature({
      id,
      layer: 'projects',
      aiddata_id: 40300,
      name: 'Landslide relief',
      description: text,
      geometry,
      point: geometry.coordinates[0]![0] as [number, number],
    });

  it('flags a record whose geometry is a namesake in another region', () => {
    const found = checkAidDataDistricts(
      [record('wrong', box([71.78, 42.72, 71.79, 42.73]))],
      GAZ,
      DEFAULT_OPTIONS,
    );
    expect(subjects(found)).toEqual(['wrong Uzgen district', 'wrong Osh oblast']);
    expect(found[0]?.message).toMatch(/point is in Manas district/);
  });

  it('passes the same record placed in the district its text names', () => {
    expect(
      checkAidDataDistricts(
        [record('right', box([73.3, 40.6, 73.31, 40.61]))],
        GAZ,
        DEFAULT_OPTIONS,
      ),
    ).toEqual([]);
  });

  it("ignores our own sites' descriptions (check 1 reads those)", () => {
    const site = feature({ id: 'site', description: text, point: [71.78, 42.72] });
    expect(checkAidDataDistricts([site], GAZ, DEFAULT_OPTIONS)).toEqual([]);
  });
});

describe('allow-list', () => {
  const finding = (ids: string[], subject = 's'): Finding => ({
    check: 'duplicate',
    ids,
    subject,
    message: 'm',
  });
  const entry = (ids: string[], reason: string, subject?: string): AllowEntry => ({
    check: 'duplicate',
    ids,
    reason,
    ...(subject ? { subject } : {}),
  });

  it('accepts entries with a specific reason and rejects vague, repeated or malformed ones', () => {
    const { entries, problems } = parseAllowList({
      entries: [
        {
          check: 'duplicate',
          ids: ['a', 'b'],
          reason: 'Two records of one village, 0.3 km apart.',
        },
        { check: 'duplicate', ids: ['c'], reason: 'known' },
        { check: 'duplicate', ids: ['d'], reason: 'Two records of one village, 0.3 km apart.' },
        { check: 'nonsense', ids: [], reason: 'A perfectly specific reason here.' },
        {
          check: 'duplicate',
          ids: ['e'],
          reason: 'Another specific reason, long enough.',
          extra: 1,
        },
      ],
    });
    expect(entries.map((e) => e.ids)).toEqual([['a', 'b']]);
    expect(problems).toEqual([
      'entry 2: reason must say specifically why (at least 25 characters)',
      'entry 3: same reason as entry 1: say what is specific to each',
      'entry 4: check must be one of district, duplicate, transliteration, aiddata-district',
      'entry 4: ids must be a non-empty array of feature ids',
      'entry 5: unknown field(s) extra',
    ]);
    expect(parseAllowList([]).problems).toEqual(['the allow-list must be {"entries": [...]}']);
  });

  it('separates allowed from unexpected findings, and reports stale entries', () => {
    const cluster = entry(['a', 'b', 'c'], 'One village recorded three times nearby.');
    const gone = entry(['x', 'y'], 'Fixed since: this entry should be reported.');
    const r = review([finding(['a', 'b']), finding(['b', 'd'])], [cluster, gone]);
    expect(r.allowed.map((a) => a.finding.ids)).toEqual([['a', 'b']]);
    expect(r.unexpected.map((f) => f.ids)).toEqual([['b', 'd']]);
    expect(r.stale.map((s) => s.why)).toEqual([
      'no finding any more for c: remove them',
      'matches no finding any more: remove it',
    ]);
  });

  it('lets the most specific entry explain a finding', () => {
    const general = entry(['a'], 'General reason for every finding on a.');
    const precise = entry(['a'], 'The reason for this subject only.', 'special');
    const r = review([finding(['a'], 'special'), finding(['a'], 'other')], [general, precise]);
    expect(r.allowed.map((a) => a.entry.reason)).toEqual([precise.reason, general.reason]);
    expect(r.stale).toEqual([]);
  });
});
