/**
 * Hand-curated sites: crossings, protests, mines and the Chinese projects AidData lacks.
 *
 * Rules (checked by `scripts/build-data.ts` and the unit tests):
 * - no coordinate is typed here: `point_from` names a research record, an AidData project or a
 *   rayon polygon, and the build copies the point from that file;
 * - every `quote` is a verbatim substring of one of the two article texts (`ARTICLE_FILES`),
 *   verified at build time; quotes appear only on those two article sources;
 * - facts from other sources carry the source key and a `fact`, never a quote;
 * - `source` keys are those of `research-sources.ts`, `ARTICLE_SOURCES`/`DATASET_SOURCES` below.
 * Facts, dates and companies come from `../shared/data/sites/research-sites.{json,md}`.
 */
import type { Source } from '../../src/lib/data/schema.ts';
import type { AidDataAddition, CuratedSite } from '../lib/curated-types.ts';

const GV = 'gv-2025-backlash';
const RFERL = 'rferl-2021-china-in-eurasia';
const AIDDATA = 'aiddata-gcdf-3';

/** The two commissioning articles (metadata from `../shared/sources/README.md`). */
export const ARTICLE_SOURCES: Record<string, Source> = {
  [GV]: {
    kind: 'article',
    publisher: 'Global Voices',
    title: 'Clashes, protests, and raids: the story of backlash to China in Kyrgyzstan',
    author: null,
    date: '2025-11-20',
    url: 'https://globalvoices.org/2025/11/20/clashes-protests-and-raids-the-story-of-backlash-to-china-in-kyrgyzstan/',
    note: 'Title as in the page address; written interview with Bradley Jardine, co-author of "Backlash: China\'s Struggle for Influence in Central Asia". Byline not in the stored text.',
  },
  [RFERL]: {
    kind: 'article',
    publisher: 'RFE/RL',
    title:
      '"China In Eurasia" dispatch: "\'Utterly Shameful\': Uyghurs\' Frustration Grows Over Lack Of International Action Against China" and the report on Kyrgyz truckers protesting new rules at the Torugart border crossing',
    author: 'Reid Standish',
    date: '2021-11-15',
    url: 'https://www.rferl.org/China-In-Eurasia/2021/11/15',
    note: "Section page. The truckers' report's own address could not be confirmed, so it is cited through this page.",
  },
};

/** Datasets and papers (URLs as given in AidData's READMEs and the shared data notes). */
export const DATASET_SOURCES: Record<string, Source> = {
  [AIDDATA]: {
    kind: 'dataset',
    publisher: 'AidData at William & Mary',
    title:
      "AidData's Global Chinese Development Finance Dataset, Version 3.0, with the Geospatial GCDF v3.0",
    author: null,
    date: '2023',
    url: 'https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0',
    citation:
      "Custer, S., Dreher, A., Elston, T.B., Escobar, B., Fedorochko, R., Fuchs, A., Ghose, S., Lin, J., Malik, A., Parks, B.C., Solomon, K., Strange, A., Tierney, M.J., Vlasto, L., Walsh, K., Wang, F., Zaleski, L., and Zhang, S. 2023. Tracking Chinese Development Finance: An Application of AidData's TUFF 3.0 Methodology. Williamsburg, VA: AidData at William & Mary. Geometries: Goodman, S., Zhang, S., Malik, A.A., Parks, B.C., Hall, J. (2024). AidData's Geospatial Global Chinese Development Finance Dataset. Scientific Data 11, 529.",
    note: 'Project attributes ODC-By 1.0; geometries derived from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0). Extract of the 57 Kyrgyz records prepared in ../shared/data/aiddata/.',
  },
  'aiddata-geogcdf-paper-2024': {
    kind: 'paper',
    publisher: 'Scientific Data',
    title: "AidData's Geospatial Global Chinese Development Finance Dataset",
    author: 'Goodman, S., Zhang, S., Malik, A.A., Parks, B.C., Hall, J.',
    date: '2024',
    url: 'https://www.nature.com/articles/s41597-024-03341-w',
    citation:
      "Goodman, S., Zhang, S., Malik, A.A., Parks, B.C., Hall, J. (2024). AidData's Geospatial Global Chinese Development Finance Dataset. Scientific Data 11, 529.",
  },
  'aiddata-gcdf-geospatial-repo': {
    kind: 'dataset',
    publisher: 'AidData (GitHub)',
    title: 'aiddata/gcdf-geospatial-data: Geospatial Global Chinese Development Finance Dataset',
    author: null,
    date: null,
    url: 'https://github.com/aiddata/gcdf-geospatial-data',
    note: 'Repository holding the per-project GeoJSONs and LICENSE.md (ODC-By for AidData data, ODbL for OSM-derived geometries).',
  },
  'aiddata-sca-2020': {
    kind: 'dataset',
    publisher: 'AidData at William & Mary',
    title: "China's Public Diplomacy in South and Central Asia, Version 1.0",
    author: null,
    date: '2020-10',
    url: 'https://github.com/AidData-WM/public_datasets',
    citation:
      "Custer, S., Sethi, T., Solis, J., Lin, J., Ghose, S., Gupta, A., Knight, R., and A. Baehr. 2019. Silk Road Diplomacy: Deconstructing Beijing's toolkit to influence South and Central Asia. AidData at William & Mary.",
    note: 'Source of most per-project source URLs (project-level "financial diplomacy" table, sources column). ODC-By 1.0.',
  },
  'aiddata-gcofd-2017': {
    kind: 'dataset',
    publisher: 'AidData at William & Mary',
    title: 'Global Chinese Official Finance Dataset, Version 1.0',
    author: null,
    date: '2017-10-11',
    url: 'https://github.com/AidData-WM/public_datasets',
    citation:
      'AidData. 2017. Global Chinese Official Finance Dataset, Version 1.0. Williamsburg, VA: AidData at William & Mary. Dreher, Fuchs, Parks, Strange & Tierney 2017, Aid, China, and Growth, AidData Working Paper #46.',
    note: 'Second source of per-project source URLs. ODC-By 1.0.',
  },
};

/** Hand-curated sites. */
export const CURATED_SITES: CuratedSite[] = [
  // ───────────────────────────── crossings ─────────────────────────────
  {
    id: 'torugart-pass',
    layer: 'crossings',
    name: 'Torugart Pass',
    name_zh: '吐爾尕特山口',
    alt_names: ['Torugart border crossing', 'Torugart checkpoint', 'Torugart-1 / Torugart-2'],
    kind: 'border crossing',
    description:
      'Mountain pass (3,752 m) on the Kyrgyz–Chinese border and one of only two road crossings between the countries, at the end of the Bishkek–Naryn–Torugart road. In November 2021, Chinese pandemic rules had made it a bottleneck for Kyrgyz truckers, and Kyrgyz officials proposed a "sanitary zone" near the crossing where designated trucks would shuttle Chinese containers across the neutral zone, a service to be provided by Silk Way for $1,000–1,500 per truck. The Kyrgyz checkpoint (Torugart-1/Torugart-2) was built in 1993, upgraded with Chinese support in 2010–2018 and reopened after a further upgrade in December 2023. The Chinese port of entry is not mapped: sources disagree on where it is.',
    operator: 'Kyrgyz State Border Service and State Customs Service (Kyrgyz side)',
    status: null,
    date_start: null,
    date_end: null,
    precision: 'approximate',
    precision_note:
      "Point of the pass from English Wikipedia's infobox (German Wikipedia agrees); French Wikipedia places the pass about 5 km away. The Kyrgyz checkpoint complex has no separately sourced coordinates and is represented by this point.",
    point_from: { research: 'torugart_pass' },
    uncertainty: {
      km: 5.5,
      basis: "covers French Wikipedia's point for the pass, 5.4 km from English Wikipedia's",
    },
    citations: [
      {
        source: 'wikipedia-en-torugart-pass',
        fact: 'Torugart is one of only two road crossings between Kyrgyzstan and China (the other is Irkeshtam); the pass is at 3,752 m, at 40°35′33″N 75°25′38″E.',
      },
      {
        source: RFERL,
        fact: 'In November 2021 Kyrgyz truck drivers complained of a bottleneck at the Torugart crossing.',
        quote:
          'Kyrgyz truck drivers complain about the bottleneck at the Torugart border crossing with China.',
      },
      {
        source: RFERL,
        fact: 'Kyrgyz officials planned a "sanitary zone" near the Torugart crossing where designated trucks would ferry Chinese containers across the neutral zone.',
        quote:
          'Kyrgyz officials plan to create a so-called "sanitary zone" near the border crossing by Torugart, where a designated number of trucks will ferry containers with goods from China across a neutral zone between the two countries and load them onto Kyrgyz freight trucks.',
      },
      {
        source: RFERL,
        fact: 'Drivers could be charged $1,000–1,500 per truck for the proposed transfer service.',
        quote:
          'drivers could be charged a fee ranging from $1,000 to $1,500 per truck for this service, which could cut into already thin profit margins.',
      },
      {
        source: 'xinhua-2023-torugart-checkpoint-reopens',
        fact: 'The Torugart-1/Torugart-2 checkpoint was built in 1993; Torugart-2 was upgraded with Chinese support in 2010–2018 and reopened after a further upgrade on 21 December 2023.',
      },
      {
        source: 'for-kg-2020-irkeshtam-torugart-10-cars',
        fact: 'In November 2020 only about 10 vehicles a day, instead of 300, passed through the Irkeshtam and Torugart checkpoints.',
      },
    ],
    related: ['irkeshtam-pass', 'silk-way-centre', 'aiddata-46348'],
    disputes: [
      {
        field: 'point',
        note: 'English and German Wikipedia give 40.59250 N, 75.42722 E (used here); French Wikipedia gives 40.55111 N, 75.39389 E, about 5 km away.',
        citations: [
          {
            source: 'wikipedia-en-torugart-pass',
            fact: 'Gives the pass at 40°35′33″N 75°25′38″E.',
          },
          {
            source: 'wikipedia-fr-torugart-pass',
            fact: 'Gives the pass at 40°33′04″N 75°23′38″E.',
          },
        ],
      },
      {
        field: 'Chinese port location',
        note: 'English Wikipedia puts the Chinese Torugart port about 110 km from the pass in Ulugqat County; China.org.cn (2004) says it moved in November 1995 to Topa, about 120 km from the pass at about 2,000 m; Chinese Wikipedia puts it about 6 km from the pass. These may describe different periods, so the Chinese port is not mapped.',
        citations: [
          {
            source: 'wikipedia-en-torugart-pass',
            fact: 'Puts the Chinese port about 110 km from the pass.',
          },
          {
            source: 'china-org-cn-2004-torugart-port',
            fact: 'Says the Chinese Torugart port was moved in November 1995 from the 3,795 m pass to Topa, about 120 km away, because of cold and lack of water and oxygen.',
          },
          {
            source: 'wikipedia-zh-torugart-pass',
            fact: 'Puts the Chinese port about 6 km from the pass.',
          },
        ],
      },
    ],
  },
  {
    id: 'irkeshtam-pass',
    layer: 'crossings',
    name: 'Irkeshtam Pass',
    alt_names: ['Irkeshtam border crossing'],
    kind: 'border crossing',
    description:
      'Mountain pass (3,005 m) and the second main road crossing between Kyrgyzstan and Xinjiang, approached from Osh via Sary-Tash on the Osh–Sary-Tash–Irkeshtam road that China financed (AidData 40359, 46364, 73074). The Kyrgyz and Chinese posts are almost 10 km apart.',
    operator: 'Kyrgyz Border Service and Customs (Kyrgyz side)',
    status: null,
    date_start: null,
    date_end: null,
    precision: 'exact',
    precision_note:
      "Point of the pass itself from German Wikipedia's infobox (via a mirror). The Kyrgyz border post at Irkeshtam village is about 10 km east-north-east; its own coordinates are unverified.",
    point_from: { research: 'irkeshtam_pass' },
    uncertainty: { exact: true },
    citations: [
      {
        source: 'wikipedia-de-irkeshtam-pass',
        fact: 'The Irkeshtam Pass is at 39°39′7″N 73°49′47″E and 3,005 m.',
      },
      {
        source: 'dangerousroads-irkeshtam-pass',
        fact: 'Irkeshtam is at 3,005 m; the Kyrgyz and Chinese border posts are almost 10 km apart.',
      },
      {
        source: 'for-kg-2020-irkeshtam-torugart-10-cars',
        fact: 'In November 2020 only about 10 vehicles a day, instead of 300, passed through the Irkeshtam and Torugart checkpoints.',
      },
    ],
    related: [
      'irkeshtam-port-china',
      'torugart-pass',
      'aiddata-40359',
      'aiddata-46364',
      'aiddata-73074',
    ],
    disputes: [
      {
        field: 'elevation and post distance',
        note: 'German Wikipedia and DangerousRoads give the pass as 3,005 m with the posts about 10 km apart; nomadsland.kg instead says the border post is 35 km from a "Töö-Morun" pass at 3,536 m.',
        citations: [
          { source: 'wikipedia-de-irkeshtam-pass', fact: 'Gives the pass as 3,005 m.' },
          {
            source: 'nomadsland-osh-region',
            fact: 'Says the border post is 35 km from a "Töö-Morun" pass at 3,536 m.',
          },
        ],
      },
    ],
  },
  {
    id: 'irkeshtam-port-china',
    layer: 'crossings',
    name: 'Irkeshtam Port (Chinese side)',
    name_zh: '伊尔克什坦口岸',
    alt_names: ['Irkeshtam port of entry'],
    kind: 'border port',
    description:
      'The Chinese Irkeshtam port of entry, in Ulugqat (Wuqia) County of Xinjiang, at 2,830 m and 153 km from the county seat.',
    operator: 'PRC port authority',
    status: null,
    date_start: null,
    date_end: null,
    precision: 'exact',
    precision_note:
      'Coordinates as published to the arc-second (73°55′30″E, 39°41′45″N) in a single place-name dictionary entry.',
    point_from: { research: 'irkeshtam_cn_port' },
    uncertainty: { exact: true },
    citations: [
      {
        source: 'baikeshiji-2020-irkeshtam-port',
        fact: 'The Chinese Irkeshtam port lies in Wuqia (Ulugqat) County at 2,830 m, 153 km from the county seat, at 73°55′30″E, 39°41′45″N.',
      },
    ],
    related: ['irkeshtam-pass'],
  },

  // ───────────────────────────── projects ─────────────────────────────
  {
    id: 'junda-refinery',
    layer: 'projects',
    name: 'Junda oil refinery, Kara-Balta',
    name_ru: 'НПЗ «Джунда»',
    alt_names: ['Zhongda oil refinery', 'Kara-Balta oil refinery', 'China Petrol Company Junda'],
    kind: 'oil refinery',
    description:
      "Chinese-owned oil refinery in Kara-Balta's eastern industrial zone, Chuy region, financed with a $300 million China Development Bank loan (AidData 54405). Residents rallied against its fumes soon after it opened in January 2014; it has been fined for releasing toxic fumes and blamed by farmers for polluting water and lowering crop yields. In June 2024 inspectors fined China Petrol Company Junda 28,000 som for emissions. It stood idle from 2020 to 2024 and is being modernised.",
    operator: 'China Petrol Company Junda (Zhongda) LLC',
    status: 'operating (relaunched 2024; modernisation under way)',
    date_start: '2014-01',
    date_end: null,
    precision: 'town',
    precision_note:
      "Located to the town of Kara-Balta (GeoNames 1528182); the refinery's exact site is unverified in the research sources. AidData's record 54405 maps the project to an OpenStreetMap polygon on the south-eastern edge of town (see the related AidData feature).",
    point_from: { research: 'junda_refinery' },
    uncertainty: {
      km: 5,
      basis:
        "town-level point: covers Kara-Balta and its industrial edge, including AidData's refinery polygon 3.9 km away",
    },
    sector: 'INDUSTRY, MINING, CONSTRUCTION',
    funders: ['China Development Bank (CDB)'],
    citations: [
      {
        source: GV,
        fact: 'The refinery has been fined for releasing toxic fumes.',
        quote:
          'For example, the Chinese-owned Junda refinery in Kara-Balta has been fined for releasing toxic fumes into the atmosphere.',
      },
      {
        source: GV,
        fact: 'Local farmers blamed the refinery for polluting the water system and decreasing crop yields.',
        quote:
          'Additionally, it polluted the water system and was blamed by local farmers for decreasing crop yields.',
      },
      {
        source: 'eurasianet-2014-refinery-suspended',
        fact: 'The refinery opened on 17 January 2014; Kyrgyzstan then suspended work at the new Chinese refinery.',
      },
      {
        source: '24kg-2024-junda-fined',
        fact: 'In June 2024 environmental inspectors fined China Petrol Company Junda 28,000 som for pollutant emissions.',
      },
      {
        source: 'gv-2021-kyrgyzstan-oil-refinery',
        fact: 'Global Voices (2021) describes the Kara-Balta refinery, its owners and its staff of about 800.',
      },
      {
        source: 'bhrrc-2020-chinese-workers-threatened',
        fact: 'During the post-election unrest of October 2020 there was an extortion attempt at the refinery (7 October 2020).',
      },
      {
        source: 'trend-2024-zhongda-refinery-resumes',
        fact: 'The Zhongda refinery was to resume operations after reconstruction in March 2024.',
      },
      {
        source: '24kg-2024-kara-balta-refinery-launched',
        fact: 'Reports the launch of the oil refinery in Kara-Balta (2024).',
      },
      {
        source: 'trend-2025-junda-modernisation',
        fact: 'China Petrol Company Junda planned to invest $167 million in modernising the refinery in 2025.',
      },
      {
        source: '24kg-2026-kara-balta-modernised',
        fact: 'The Kara-Balta oil refinery is to be modernised by August 2026.',
      },
    ],
    related: ['aiddata-54405', 'kara-balta-refinery-rallies', 'kara-balta'],
    disputes: [
      {
        field: 'location',
        note: "The research sources locate the refinery only to Kara-Balta town (used here). AidData's record 54405 maps it to OpenStreetMap way 233958543, a polygon about 4 km south-east of the town point.",
        citations: [
          {
            source: 'gv-2021-kyrgyzstan-oil-refinery',
            fact: 'Places the refinery in Kara-Balta.',
          },
          {
            source: AIDDATA,
            fact: 'AidData record 54405 gives the refinery as OpenStreetMap way 233958543 (about 42.7959 N, 73.8893 E).',
          },
        ],
      },
      {
        field: 'parent company',
        note: 'Global Voices (2021) names "Shanxi Coal and Chemical Industry Group… based in Shanxi"; 24.kg and AidData write Shaanxi Coal and Chemical Industry Group. Shanxi and Shaanxi are different provinces; Shaanxi appears more often.',
        citations: [
          { source: 'gv-2021-kyrgyzstan-oil-refinery', fact: 'Writes "Shanxi".' },
          { source: '24kg-2026-kara-balta-modernised', fact: 'Writes "Shaanxi".' },
          {
            source: AIDDATA,
            fact: 'AidData record 54405: China Petrol Company Junda LLC is owned by Central Asia Energy Co., Ltd, owned in turn by Shaanxi Dade Investment Group and Shaanxi Coal and Chemical Industry Group.',
          },
        ],
      },
      {
        field: 'investment',
        note: 'About $300 million (Eurasianet, Global Voices 2021, AidData) versus $250 million (Trend, 2024).',
        citations: [
          { source: 'eurasianet-2014-refinery-suspended', fact: 'Gives about $300 million.' },
          { source: 'trend-2024-zhongda-refinery-resumes', fact: 'Gives $250 million.' },
        ],
      },
      {
        field: 'date_start',
        note: 'Opened 17 January 2014 (Eurasianet); technical launch September 2013 and first products January 2014 (Trend, 2024); launched January 2014 with products from August 2014 (Trend, 2025). AidData: first barrel January 2014, officially in operation 1 January 2017.',
        citations: [
          { source: 'eurasianet-2014-refinery-suspended', fact: 'Opened 17 January 2014.' },
          {
            source: 'trend-2024-zhongda-refinery-resumes',
            fact: 'Technical launch September 2013, first products January 2014.',
          },
          {
            source: 'trend-2025-junda-modernisation',
            fact: 'Launched January 2014, products from August 2014.',
          },
        ],
      },
      {
        field: 'staff',
        note: 'About 800 staff (Global Voices 2021) versus "over 2,000" planned (Eurasianet); AidData says over 2,000 locals are hired.',
        citations: [
          { source: 'gv-2021-kyrgyzstan-oil-refinery', fact: 'About 800 staff.' },
          { source: 'eurasianet-2014-refinery-suspended', fact: 'Over 2,000 jobs planned.' },
        ],
      },
    ],
  },
  {
    id: 'at-bashy-logistics-centre',
    layer: 'projects',
    name: 'At-Bashy trade and logistics centre (cancelled)',
    alt_names: [
      'At-Bashi logistics center',
      'Kyrgyz-Chinese free economic zone "At-Bashy"',
      'At-Bashi Kyrgyz-Kytai Erkin Sooda Aimagy',
    ],
    kind: 'trade and logistics centre',
    description:
      "Planned Kyrgyz–Chinese trade and logistics centre on about 200 ha in Ak-Talaa rural district of At-Bashy district, Naryn region, agreed during Xi Jinping's June 2019 visit; the land was leased by the Naryn Free Economic Zone for 49 years and a capsule was laid in December 2019. After protests by local residents from late January 2020, the investor withdrew on 17 February 2020 and the government announced the cancellation on 24 February 2020. Sources value it at $275–300 million.",
    operator:
      'At-Bashi Kyrgyz-Kytai Erkin Sooda Aimagy LLC (Chinese partner One Lead One (HK) Trading Ltd)',
    status: 'cancelled',
    date_start: '2019-12',
    date_end: '2020-02',
    precision: 'district',
    precision_note:
      'Point of At-Bashi village (GeoNames 1528796), the district centre, standing in for the project land in Ak-Talaa rural district of At-Bashy district; the exact site is unverified.',
    point_from: { research: 'atbashy_logistics_center' },
    uncertainty: { rayon: 'Ak-Bashy' },
    sector: 'TRANSPORT AND STORAGE',
    funders: ['One Lead One (HK) Trading Ltd'],
    citations: [
      {
        source: GV,
        fact: 'In 2020 the Kyrgyz government cancelled a $280 million logistics terminal after local protests.',
        quote:
          'Most notably, in 2020, the Kyrgyz government cancelled a $280 million logistics terminal on the border with China after local protests.',
      },
      {
        source: '24kg-2019-logistics-centre-construction',
        fact: 'Construction of the logistics centre in Naryn region started in December 2019.',
      },
      {
        source: '24kg-2020-logistics-centre-land',
        fact: 'The investors compensated for the loss of rural land; 176 ha of the 200 ha allocated were actually leased.',
      },
      {
        source: 'afp-2020-chinese-investor-quits',
        fact: 'The Chinese investor quit the project over protests on 17 February 2020.',
      },
      {
        source: 'rferl-2020-government-cancels-project',
        fact: 'The Kyrgyz government announced on 24 February 2020 that it had cancelled the $275 million Chinese project amid protests.',
      },
      {
        source: '24kg-2020-logistics-centre-scuttled',
        fact: 'The project to build a logistics centre in At-Bashi was scuttled.',
      },
    ],
    related: ['at-bashy-protests-2020', 'at-bashi'],
    disputes: [
      {
        field: 'amount',
        note: '$280 million (Jardine in Global Voices, 24.kg, the company); $275 million (RFE/RL); "nearly $300 million" (AFP).',
        citations: [
          {
            source: GV,
            fact: 'Gives $280 million.',
            quote: 'cancelled a $280 million logistics terminal',
          },
          { source: 'rferl-2020-government-cancels-project', fact: 'Gives $275 million.' },
          { source: 'afp-2020-chinese-investor-quits', fact: 'Gives nearly $300 million.' },
        ],
      },
      {
        field: 'location',
        note: 'Jardine calls it a terminal "on the border with China"; 24.kg places the land in Ak-Talaa rural district of At-Bashy district, inland from the Torugart pass.',
        citations: [
          {
            source: GV,
            fact: 'Places it on the border with China.',
            quote: 'logistics terminal on the border with China',
          },
          {
            source: '24kg-2020-logistics-centre-land',
            fact: 'Describes the project land as rural land in Naryn region leased to the investors.',
          },
        ],
      },
      {
        field: 'who cancelled',
        note: 'The investor announced its withdrawal on 17 February 2020 (AFP); the government announced the cancellation on 24 February 2020 (RFE/RL); Jardine says "the Kyrgyz government cancelled".',
        citations: [
          {
            source: 'afp-2020-chinese-investor-quits',
            fact: 'The investor withdrew on 17 February 2020.',
          },
          {
            source: 'rferl-2020-government-cancels-project',
            fact: 'The government announced the cancellation on 24 February 2020.',
          },
        ],
      },
      {
        field: 'jobs',
        note: '15,000 jobs (the company, AFP) versus at least 10,000 (the prime minister, 24.kg, December 2019).',
        citations: [
          { source: 'afp-2020-chinese-investor-quits', fact: 'Gives 15,000 jobs.' },
          {
            source: '24kg-2019-logistics-centre-construction',
            fact: 'Gives at least 10,000 jobs.',
          },
        ],
      },
    ],
  },
  {
    id: 'silk-way-centre',
    layer: 'projects',
    name: 'Silk Way industrial and logistics centre',
    name_zh: '丝路工业园',
    alt_names: ['Silk Road Industrial Park', 'Silk Way industrial and logistics park'],
    kind: 'industrial and logistics park',
    description:
      'Industrial and logistics centre that, under a 2021 proposal, was to run the transfer of Chinese containers in a "sanitary zone" at Torugart. RFE/RL describes it as built along the Kyrgyz–Chinese border and largely Chinese-funded; a 2024 Chinese report puts the 69.7 ha Silk Road Industrial Park in Lenin village, Alamedin district, near Bishkek, where its shopping centre opened in December 2024. Adilet Kubanychbekov, appointed head of the State Customs Service in October 2021, had previously directed it.',
    operator: null,
    status: 'operating (shopping centre opened December 2024)',
    date_start: null,
    date_end: null,
    precision: 'district',
    precision_note:
      'Point for Alamedin (Alamudun) district from a GeoNames-style table, standing in for the park in Lenin village, Alamedin district; the site itself is unverified. RFE/RL instead places Silk Way on the Kyrgyz–Chinese border (see disputes).',
    point_from: { research: 'silk_way_park' },
    uncertainty: { rayon: 'Alamudun' },
    sector: null,
    funders: [],
    citations: [
      {
        source: RFERL,
        fact: 'Under the 2021 proposal, Silk Way was to provide the container transfer service at Torugart.',
        quote:
          'this service will be provided by Silk Way, an industrial and logistics center built along the Kyrgyz-Chinese border that is largely funded by Chinese investors.',
      },
      {
        source: RFERL,
        fact: 'The new customs chief, Adilet Kubanychbekov, had previously directed Silk Way.',
        quote:
          'Several also raised concerns that Silk Way was selected for the proposal given that Adilet Kubanychbekov, who was appointed as the new head of the State Customs Service in October, previously served as the director of the industrial and logistics center.',
      },
      {
        source: 'siluxgc-2024-silk-road-park',
        fact: 'The Silk Road Industrial Park shopping centre opened in Lenin village, Alamedin district, Chuy region, in December 2024; its general manager is named Kubanychbekov.',
      },
      {
        source: '24kg-2022-customs-chief-supporters',
        fact: 'Supporters of the detained head of the State Customs Service rallied outside the GKNB building in January 2022.',
      },
    ],
    related: ['torugart-pass', 'kochkor-truckers-protest-2021'],
    disputes: [
      {
        field: 'location',
        note: 'RFE/RL (2021) says Silk Way is "built along the Kyrgyz-Chinese border"; a 2024 Chinese report puts the Silk Road Industrial Park in Lenin village, Alamedin district, near Bishkek (used here). Whether Silk Way ran any operation at Torugart is unverified.',
        citations: [
          {
            source: RFERL,
            fact: 'Places Silk Way along the Kyrgyz–Chinese border.',
            quote: 'an industrial and logistics center built along the Kyrgyz-Chinese border',
          },
          {
            source: 'siluxgc-2024-silk-road-park',
            fact: 'Places the park in Lenin village, Alamedin district, Chuy region.',
          },
        ],
      },
      {
        field: 'funding',
        note: 'RFE/RL says it is largely funded by Chinese investors. A capsule-laying report (no URL recorded) quotes PM Abylgaziev saying the money was mostly from local businessmen supported by investors from China and Turkey; that report cannot be linked.',
        citations: [
          {
            source: RFERL,
            fact: 'Says Silk Way is largely funded by Chinese investors.',
            quote: 'largely funded by Chinese investors',
          },
        ],
      },
    ],
  },
  {
    id: 'luban-workshop-bishkek',
    layer: 'projects',
    name: 'Luban Workshop, Kyrgyz State Technical University',
    alt_names: ['Lu Ban Workshop Bishkek'],
    kind: 'vocational training centre',
    description:
      'China-sponsored vocational training centre at the Kyrgyz State Technical University named after I. Razzakov (KSTU) in Bishkek, with Zhejiang University of Water Resources and Electric Power as Chinese partner. Its smart classrooms opened in June 2024 and it opened officially on 26 October 2024, training specialists in water management and hydropower, electrical engineering and automation, mechanical engineering, and road and bridge construction.',
    operator:
      'Kyrgyz State Technical University with Zhejiang University of Water Resources and Electric Power',
    status: 'open',
    date_start: '2024-10-26',
    date_end: null,
    precision: 'town',
    precision_note:
      "Point of Bishkek's centre (GeoNames 1528675) standing in for the KSTU campus, whose coordinates are unverified.",
    point_from: { research: 'luban_workshop_bishkek' },
    uncertainty: { oblast: 'Bishkek (city)' },
    sector: 'EDUCATION',
    funders: [],
    citations: [
      {
        source: GV,
        fact: 'The Luban Workshop in Bishkek opened in 2024 and focuses on hydropower and road construction.',
        quote:
          'Opened in 2024, the new Luban Workshop in Bishkek focuses on hydropower and road construction, addressing national development bottlenecks.',
      },
      {
        source: 'xinhua-2024-luban-workshop-opens',
        fact: 'The China-sponsored Luban Workshop opened at KSTU on 26 October 2024.',
      },
      {
        source: 'xinhua-2024-luban-smart-classrooms',
        fact: 'Smart classrooms of the Luban Workshop opened on 27 June 2024.',
      },
      {
        source: 'cgtn-2024-luban-workshop',
        fact: "Kyrgyzstan's first Luban Workshop opened in October 2024.",
      },
    ],
  },
  {
    id: 'confucius-institute-jalal-abad',
    layer: 'projects',
    name: 'Confucius Institute, Jalal-Abad State University',
    alt_names: ['Confucius Institute at Jalal-Abad State University named after B. Osmonov'],
    kind: 'Confucius Institute',
    description:
      'Confucius Institute at Jalal-Abad State University named after B. Osmonov, established in December 2016 (Chinese partner unverified). Not in the AidData records, which cover the institutes at Bishkek Humanities University, Kyrgyz National University and Osh State University. Sources disagree on how many Confucius Institutes operate in Kyrgyzstan.',
    operator: 'Jalal-Abad State University named after B. Osmonov',
    status: null,
    date_start: '2016-12-26',
    date_end: null,
    precision: 'town',
    precision_note:
      'Point of Jalal-Abad city (GeoNames 1528249) standing in for the university, whose coordinates are unverified.',
    point_from: { research: 'ci_jasu_jalalabad' },
    uncertainty: { rayon: 'Jalal-Abad (city)' },
    sector: 'EDUCATION',
    funders: [],
    citations: [
      {
        source: 'jasu-confucius-institute',
        fact: 'Jalal-Abad State University states that its Confucius Institute was established in December 2016.',
      },
    ],
    related: ['aiddata-43845', 'aiddata-43846', 'aiddata-43847'],
    disputes: [
      {
        field: 'number of Confucius Institutes',
        note: 'Jardine (Global Voices, 2025) says three operate in Kyrgyzstan; The Diplomat (2023) says four; an undated Diplomatic Academy page (no URL recorded) says two. Four host universities can be identified. The Osh institute was reorganised into a Kyrgyz-Chinese Faculty in 2016, which may explain the difference.',
        citations: [
          {
            source: GV,
            fact: 'Three Confucius Institutes operate in Kyrgyzstan.',
            quote:
              'Three Confucius Institutes operate in the country, teaching the Chinese language.',
          },
          {
            source: 'diplomat-2023-kyrgyz-students-china',
            fact: 'Four Confucius Institutes operate in Kyrgyzstan.',
          },
        ],
      },
    ],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan-railway',
    layer: 'projects',
    name: 'China–Kyrgyzstan–Uzbekistan railway',
    alt_names: ['CKU railway', 'Kashgar–Torugart–Makmal–Jalal-Abad–Andijan railway'],
    kind: 'railway',
    description:
      'Railway from Kashgar via Torugart, Makmal and Jalal-Abad to Andijan. The three governments signed the agreement in Beijing on 6 June 2024; the joint venture (China 51%, Kyrgyzstan and Uzbekistan 24.5% each) was formed in July 2024 and a start ceremony was held on 27 December 2024. Reported length 454–523 km. The route is not mapped.',
    operator: 'China-Kyrgyzstan-Uzbekistan Railway Company LLC',
    status: 'under construction',
    date_start: '2024-12-27',
    date_end: null,
    precision: 'region',
    precision_note:
      'Point of Jalal-Abad city (GeoNames 1528249), where construction was reported to have begun, standing in for a line from Torugart to the Uzbek border whose route is unverified.',
    point_from: { research: 'cku_railway' },
    uncertainty: { farthest: ['torugart_pass'] },
    sector: 'TRANSPORT AND STORAGE',
    funders: [],
    citations: [
      {
        source: 'interfax-2024-cku-railway-approved',
        fact: "Uzbekistan's president approved the agreement to build the China–Kyrgyzstan–Uzbekistan railroad (signed 6 June 2024).",
      },
      {
        source: 'trend-2024-cku-railway-start',
        fact: 'Construction of the China–Kyrgyzstan–Uzbekistan railway was to begin on 27 December 2024.',
      },
      {
        source: 'adyrna-cku-railway-jalal-abad',
        fact: 'Construction of the railway was reported to have begun near Jalal-Abad (announced 4 April; year not shown).',
      },
    ],
    related: ['torugart-pass'],
    disputes: [
      {
        field: 'length',
        note: '454 km (Interfax, Uzbek decree), 486 km (Trend, Uzbek Transport Ministry), 523 km (Asia-Plus via vesti.news, Adyrna).',
        citations: [
          { source: 'interfax-2024-cku-railway-approved', fact: 'Gives 454 km.' },
          { source: 'trend-2024-cku-railway-start', fact: 'Gives 486 km.' },
          { source: 'vesti-2024-cku-railway-start', fact: 'Gives 523 km.' },
        ],
      },
    ],
  },

  // ───────────────────────────── mines ─────────────────────────────
  {
    id: 'solton-sary-mine',
    layer: 'mines',
    name: 'Solton-Sary gold mine',
    alt_names: ['Solton-Sary deposit', 'Buchuk section', 'Altyn-Tor section', 'Bozuchuk site'],
    kind: 'gold mine',
    description:
      "Gold deposit on the northern slope of the Kapka-Tash ridge in Naryn region, at 3,500–3,600 m. Zhong Ji Mining acquired its Buchuk section in 2009; local protests since 2011 culminated in a clash on 5 August 2019 that halted work. Locals complained that their livestock was dying. Zhong Ji's gold plant began trial operation in October 2024, and 876.3 kg of gold was mined at the Buchuk section in 2025. Kyrgyzaltyn works the Altyn-Tor section.",
    operator: 'Zhong Ji Mining Co. LLC (Buchuk section); Kyrgyzaltyn (Altyn-Tor section)',
    status: 'producing (trial production from October 2024)',
    date_start: '2009',
    date_end: null,
    precision: 'district',
    precision_note:
      "Point of Naryn town (GeoNames 1527592), seat of Naryn district and region, standing in for the mine in Naryn district; the mine's own coordinates are unverified.",
    point_from: { research: 'solton_sary_mine' },
    uncertainty: { rayon: 'Naryn' },
    citations: [
      {
        source: GV,
        fact: 'The Solton-Sary gold mine in Naryn is run by the Chinese company Zhong Ji; locals complained their livestock was dying.',
        quote:
          'At the Solton-Sary gold mine in Naryn, run by Chinese company Zhong Ji, locals complained that their livestock was dying off.',
      },
      {
        source: '24kg-2026-buchuk-gold',
        fact: '876.3 kg of gold were mined at the Buchuk section of the Solton-Sary deposit in 2025.',
      },
      {
        source: '24kg-2025-bozuchuk-site',
        fact: 'Development of the Bozuchuk site at the Solton-Sary deposit was to begin in 2025.',
      },
      {
        source: 'kaktus-solton-sary-gold',
        fact: 'Kyrgyzaltyn reported gold output from its Solton-Sary mine in Naryn region.',
      },
    ],
    related: ['solton-sary-clash-2019', 'naryn'],
    disputes: [
      {
        field: 'operator',
        note: "Some accounts pair Solton-Sary with Full Gold Mining. In the sources, Solton-Sary's Buchuk section belongs to Zhong Ji Mining, while Full Gold Mining runs the Ishtamberdy mine in Jalal-Abad region.",
        citations: [
          {
            source: GV,
            fact: 'Solton-Sary is run by Zhong Ji.',
            quote: 'run by Chinese company Zhong Ji',
          },
          {
            source: 'sayari-2020-full-gold-mining',
            fact: 'Full Gold Mining runs the Ishtamberdy gold deposit.',
          },
        ],
      },
    ],
  },
  {
    id: 'ishtamberdy-mine',
    layer: 'mines',
    name: 'Ishtamberdy gold mine',
    alt_names: ['Ishtamberdy gold deposit'],
    kind: 'gold mine',
    description:
      "Gold mine run by Full Gold Mining LLC, founded by China's Lingbao Gold, under a 'resources-for-infrastructure' deal tied to the Osh–Sary-Tash–Irkeshtam road (AidData 46364: a China Development Bank loan repaid from the Ishtamberdy gold field). Locals protested against its development, and about 300–400 people seized it during the unrest of October 2020.",
    operator: 'Full Gold Mining LLC',
    status: null,
    date_start: null,
    date_end: null,
    precision: 'district',
    precision_note:
      "Placed at a point inside Chatkal district (computed from the district polygon), where 24.kg places the deposit; the mine's own coordinates are unverified.",
    point_from: { rayon: 'Chatkal' },
    uncertainty: { rayon: 'Chatkal' },
    citations: [
      {
        source: 'sayari-2020-full-gold-mining',
        fact: 'Full Gold Mining, the Chinese company running the Ishtamberdy gold deposit, has ties to a major state-owned enterprise.',
      },
      {
        source: '24kg-ishtamberdy-protest',
        fact: 'Local residents protested against development of the Ishtamberdy field.',
      },
      {
        source: 'big-kg-ishtamberdy-first-gold',
        fact: 'Ishtamberdy produced its first gold; gold ore concentrate would no longer be exported to China.',
      },
      {
        source: AIDDATA,
        fact: 'AidData record 46364: a CDB commodity-backed loan for the Osh–Sary-Tash–Irkeshtam road was repaid from the Ishtamberdy gold field of Full Gold Mining LLC.',
      },
    ],
    related: ['aiddata-46364', 'ishtamberdy-seizure-2020'],
    disputes: [
      {
        field: 'location',
        note: 'Sayari says Full Gold Mining "is located in Ala-Buka"; 24.kg places the Ishtamberdy deposit in Chatkal district (used here). Both are in Jalal-Abad region.',
        citations: [
          { source: 'sayari-2020-full-gold-mining', fact: 'Places the company in Ala-Buka.' },
          { source: '24kg-ishtamberdy-protest', fact: 'Places the deposit in Chatkal district.' },
        ],
      },
    ],
  },
  {
    id: 'bozymchak-mine',
    layer: 'mines',
    name: 'Bozymchak copper and gold mine',
    alt_names: ['Bozymchak'],
    kind: 'copper and gold mine',
    description:
      'Copper and gold mine developed with a $148.5 million China Development Bank loan (AidData 96105), later rescheduled (AidData 96106).',
    operator: null,
    status: null,
    date_start: null,
    date_end: null,
    precision: 'exact',
    precision_note:
      "Representative point of AidData's OpenStreetMap polygon of the mine (record 96105).",
    point_from: { aiddata: 96105 },
    uncertainty: { exact: true },
    citations: [
      {
        source: AIDDATA,
        fact: 'AidData record 96105: China Development Bank provides $148.5 million loan for Bozymchak Copper and Gold Mine Development Project.',
      },
    ],
    related: ['aiddata-96105', 'aiddata-96106'],
  },
  {
    id: 'kuru-tegerek-mine',
    layer: 'mines',
    name: 'Kuru-Tegerek copper and gold mine',
    alt_names: ['Kuru-Tegerek'],
    kind: 'copper and gold mine',
    description:
      'Copper and gold deposit developed by Kichi Chaarat Gold Mining Company with a China Eximbank loan of unknown value (AidData 57683).',
    operator: 'Kichi Chaarat Gold Mining Company',
    status: null,
    date_start: null,
    date_end: null,
    precision: 'exact',
    precision_note:
      "Representative point of AidData's OpenStreetMap feature for the project (record 57683, way 361530541).",
    point_from: { aiddata: 57683 },
    uncertainty: { exact: true },
    citations: [
      {
        source: AIDDATA,
        fact: 'AidData record 57683: China Eximbank provides loan for Kuru-Tegerek Copper and Gold Resources Development Project; implementing agency Kichi Chaarat Gold Mining Company.',
      },
    ],
    related: ['aiddata-57683'],
  },

  // ───────────────────────────── protests ─────────────────────────────
  {
    id: 'kochkor-truckers-protest-2021',
    layer: 'protests',
    name: "Truckers' protest in Kochkor district",
    kind: 'truckers protest',
    description:
      'About 400 truck drivers gathered in Kochkor district, Naryn region, on 8 November 2021 to protest a proposed scheme for restarting trade at Torugart (a "sanitary zone" with a $1,000–1,500 per truck transfer service by Silk Way), and sent an open appeal to President Sadyr Japarov\'s office.',
    operator: null,
    status: null,
    date_start: '2021-11-08',
    date_end: null,
    precision: 'district',
    precision_note:
      'Point of Kochkor village (Kochkorka), the district seat, from German Wikipedia; the exact protest site in Kochkor district is unverified.',
    point_from: { research: 'kochkor_truckers_protest_2021' },
    uncertainty: { rayon: 'Kochokor' },
    targets: ['torugart-pass', 'silk-way-centre'],
    size: 'about 400 drivers',
    citations: [
      {
        source: RFERL,
        fact: 'About 400 drivers gathered on 8 November 2021 in Kochkor district to protest the new measures.',
        quote:
          "about 400 drivers gathering on November 8 in the Kochkor district of Kyrgyzstan's eastern Naryn region to protest the new measures and sending an open appeal to President Sadyr Japarov's office.",
      },
      {
        source: RFERL,
        fact: 'The measures were meant to remove the pandemic bottlenecks at the border.',
        quote:
          'The proposed measures that drivers protested on November 8 are intended to speed up this process and eliminate the bottlenecks at the borders that have developed over the course of the pandemic',
      },
      {
        source: 'bhrrc-2021-kyrgyz-truckers-protest',
        fact: "Kyrgyz truckers protested new COVID-related restrictions imposed by China, fearing they would bear added costs (summary of RFE/RL's 13 November 2021 report by Reid Standish).",
      },
      {
        source: 'wikipedia-de-kochkor',
        fact: 'Kochkor village is at 42°12′56″N 75°45′20″E.',
      },
    ],
    related: ['kochkor'],
  },
  {
    id: 'at-bashy-protests-2020',
    layer: 'protests',
    name: 'Protests against the At-Bashy logistics centre',
    kind: 'land protest',
    description:
      'Residents of At-Bashy district protested against leasing land to a Chinese investor for 49 years: about 150 people at the district administration in late January 2020, about 200 in Kalinin village on 6 February 2020 and more than 1,000 on 17 February 2020, the day the investor withdrew.',
    operator: null,
    status: null,
    date_start: '2020-01',
    date_end: '2020-02-17',
    precision: 'district',
    precision_note:
      "Point of At-Bashi village (GeoNames 1528796), the district centre where the rallies were held; Kalinin village's coordinates are unverified.",
    point_from: { research: 'atbashy_protests_2020' },
    uncertainty: { rayon: 'Ak-Bashy' },
    targets: ['at-bashy-logistics-centre'],
    size: 'about 150 (late January 2020), about 200 (6 February 2020), more than 1,000 (17 February 2020)',
    citations: [
      {
        source: '24kg-2020-at-bashi-another-rally',
        fact: 'About 200 people rallied against construction of the logistics centre in Kalinin village on 6 February 2020.',
      },
      {
        source: '24kg-2020-at-bashi-rally-demand',
        fact: 'About a thousand people rallied in At-Bashi on 17 February 2020 against leasing land to a Chinese investor for 49 years.',
      },
      {
        source: 'afp-2020-chinese-investor-quits',
        fact: 'The Chinese investor quit the project over the protests on 17 February 2020.',
      },
      {
        source: GV,
        fact: 'The logistics terminal was cancelled after local protests.',
        quote: 'after local protests',
      },
    ],
    related: ['at-bashi'],
  },
  {
    id: 'solton-sary-clash-2019',
    layer: 'protests',
    name: 'Solton-Sary clash',
    kind: 'clash',
    description:
      "On 5 August 2019 hundreds of Naryn-district villagers demanding a halt to Zhong Ji Mining's work clashed with company staff, throwing stones; dozens were hurt, the company took out its machinery and workers, and its activity was suspended. Protesters later camped in Kara-Chiy village.",
    operator: null,
    status: null,
    date_start: '2019-08-05',
    date_end: '2019-08-07',
    precision: 'district',
    precision_note:
      'Point of Naryn town (GeoNames 1527592) standing in for the Solton-Sary field in Naryn district, whose coordinates are unverified.',
    point_from: { research: 'solton_sary_clash_2019' },
    uncertainty: { rayon: 'Naryn' },
    targets: ['solton-sary-mine'],
    size: 'hundreds of villagers (about 300 or about 500; see disputes)',
    citations: [
      {
        source: '24kg-2019-solton-sary-hospital',
        fact: 'After the clash of 5 August 2019, 19 company employees were discharged from hospital.',
      },
      {
        source: '24kg-2019-solton-sary-road-open',
        fact: 'On 7 August 2019 the road was open and the situation stable.',
      },
      {
        source: '24kg-2019-solton-sary-embassy',
        fact: 'The Embassy of China made a statement on the Solton-Sary conflict.',
      },
      {
        source: '24kg-2019-solton-sary-machinery',
        fact: 'The Chinese company took out its machinery and workers.',
      },
      {
        source: 'asianews-2019-kyrgyz-gold-miners',
        fact: 'Kyrgyz villagers called the Chinese gold miners "invaders, exploiters" who pollute the waters.',
      },
    ],
    related: ['naryn'],
    disputes: [
      {
        field: 'size',
        note: 'About 300 people (Interior Ministry) versus about 500 (Government Office), as reported in the 2019 coverage.',
        citations: [
          {
            source: '24kg-2019-solton-sary-hospital',
            fact: 'Coverage of the 5 August 2019 clash.',
          },
        ],
      },
      {
        field: 'injuries',
        note: 'About 20 injured (AFP); 20 hospitalised in Naryn plus 28 treated in Bishkek (24.kg); 40 hospitalised (AsiaNews).',
        citations: [
          {
            source: '24kg-2019-solton-sary-hospital',
            fact: '20 hospitalised in Naryn plus 28 treated in Bishkek.',
          },
          { source: 'asianews-2019-kyrgyz-gold-miners', fact: '40 hospitalised.' },
        ],
      },
    ],
  },
  {
    id: 'kara-balta-refinery-rallies',
    layer: 'protests',
    name: 'Rallies against the Kara-Balta refinery',
    kind: 'environmental protest',
    description:
      'Residents of Kara-Balta rallied against fumes from the Chinese-owned Junda refinery soon after it opened in January 2014; about 50 people rallied on 17 February 2014. AidData records that the refinery temporarily suspended operations after local demonstrations against pollution.',
    operator: null,
    status: null,
    date_start: '2014-02-17',
    date_end: null,
    precision: 'town',
    precision_note: 'Point of Kara-Balta town (GeoNames 1528182); the rally sites are unverified.',
    point_from: { research: 'junda_refinery' },
    uncertainty: {
      km: 5,
      basis: 'town-level point: covers Kara-Balta and the refinery on its edge',
    },
    targets: ['junda-refinery'],
    size: 'about 50 people (17 February 2014)',
    citations: [
      {
        source: 'kloop-2014-kara-balta-rally',
        fact: 'About 50 people rallied in Kara-Balta against the Chinese plant on 17 February 2014.',
      },
      {
        source: 'eurasianet-2014-refinery-suspended',
        fact: 'Kyrgyzstan suspended work at the new Chinese refinery soon after it opened in January 2014.',
      },
      {
        source: AIDDATA,
        fact: 'AidData record 54405: the refinery was forced to suspend operations temporarily after local demonstrations against pollution.',
      },
    ],
    related: ['kara-balta'],
    disputes: [
      {
        field: 'date of the suspension',
        note: "AidData's record dates the temporary suspension after local demonstrations to 2015; Eurasianet reported the suspension in early 2014 (date inferred from its content).",
        citations: [
          { source: AIDDATA, fact: 'Dates the suspension to 2015.' },
          {
            source: 'eurasianet-2014-refinery-suspended',
            fact: 'Reports the suspension in early 2014.',
          },
        ],
      },
    ],
  },
  {
    id: 'bishkek-protest-ban-2022',
    layer: 'protests',
    name: 'Ban on protests in central Bishkek',
    kind: 'protest ban',
    description:
      'Since March 2022 court orders have banned rallies on Ala-Too Square, Erkindik Boulevard and near the Parliament, the presidential administration and other central buildings, allowing protests only in Maxim Gorky Park. The first order was temporary (to 11 April 2022) and aimed at rallies near the Russian embassy; later orders extended it repeatedly.',
    operator: 'Pervomaisky District Court, Bishkek (orders)',
    status: 'in force (repeatedly extended)',
    date_start: '2022-03',
    date_end: null,
    precision: 'approximate',
    precision_note:
      'Point of Ala-Too Square (from a single low-authority listing) standing in for the banned area of central Bishkek around it.',
    point_from: { research: 'bishkek_protest_ban_area' },
    uncertainty: {
      km: 1.5,
      basis:
        'judgement: the banned streets and buildings lie around Ala-Too Square in central Bishkek',
    },
    targets: [],
    size: null,
    citations: [
      {
        source: GV,
        fact: 'Protests have been banned in central Bishkek since March 2022.',
        quote:
          'Protests have been banned in the center of the capital city, Bishkek, since March 2022, a site of previous anti-China protests.',
      },
      {
        source: '24kg-2025-rally-ban-extended',
        fact: 'In March 2025 a court extended the ban on rallies in the centre of Bishkek until 30 June 2025.',
      },
      {
        source: 'vlast-2023-gagging-protests',
        fact: 'IPHR describes how court orders have been used to ban protests in Kyrgyzstan.',
      },
      {
        source: 'silkway-news-2022-rallies-banned',
        fact: 'In March 2022 rallies were temporarily banned in the centre of Bishkek.',
      },
    ],
    related: ['ala-too-anti-china-rallies-2019', 'chinese-embassy-protest-2018'],
    disputes: [
      {
        field: 'continuity',
        note: 'Jardine describes a ban "since March 2022"; the first order was temporary (to 11 April 2022) and aimed at rallies near the Russian embassy over the war, and later orders (e.g. 26 December 2022) and extensions followed, so a continuous ban is a simplification.',
        citations: [
          {
            source: GV,
            fact: 'Describes the ban as lasting since March 2022.',
            quote: 'since March 2022',
          },
          {
            source: 'silkway-news-2022-rallies-banned',
            fact: 'The first ban was temporary.',
          },
          {
            source: 'vlast-2023-gagging-protests',
            fact: 'Describes the series of court orders.',
          },
        ],
      },
    ],
  },
  {
    id: 'ala-too-anti-china-rallies-2019',
    layer: 'protests',
    name: 'Anti-China rallies on Ala-Too Square',
    kind: 'nationalist rally',
    description:
      "About 300 young men rallied on Bishkek's central square on 7 January 2019 demanding the expulsion of undocumented Chinese migrants; members of the nationalist group Kyrk Choro were among them. On 17 January 2019, 21 participants of a further rally were detained and fined.",
    operator: null,
    status: null,
    date_start: '2019-01-07',
    date_end: '2019-01-17',
    precision: 'approximate',
    precision_note:
      'Point of Ala-Too Square from a single low-authority listing (Dook International).',
    point_from: { research: 'alatoo_antichina_rallies_2019' },
    uncertainty: {
      km: 0.5,
      basis: 'allowance for a square located by a single low-authority listing',
    },
    targets: [],
    size: 'about 300 people (7 January 2019)',
    citations: [
      {
        source: 'eurasianet-2019-anti-china-rumblings',
        fact: 'About 300 young men rallied in central Bishkek on 7 January 2019 demanding the expulsion of undocumented Chinese migrants.',
      },
      {
        source: 'caravel-2019-anti-chinese-protests',
        fact: 'Anti-Chinese protests swept Kyrgyzstan in January 2019; 21 participants of the 17 January rally were detained and fined.',
      },
      {
        source: GV,
        fact: 'Central Bishkek was a site of anti-China protests before the 2022 ban.',
        quote: 'a site of previous anti-China protests',
      },
      {
        source: 'dook-ala-too-square',
        fact: 'Location of Ala-Too Square.',
      },
    ],
    disputes: [
      {
        field: 'fine',
        note: 'The Caravel gives the fine as "30,000 som ($45)"; 30,000 som was roughly $430 at the time, so the conversion is wrong.',
        citations: [
          { source: 'caravel-2019-anti-chinese-protests', fact: 'Gives "30,000 som ($45)".' },
        ],
      },
    ],
  },
  {
    id: 'chinese-embassy-protest-2018',
    layer: 'protests',
    name: 'Kyrk Choro protest outside the Chinese Embassy',
    kind: 'nationalist rally',
    description:
      'People gathered near the Chinese Embassy in Bishkek on 20 December 2018 at a Kyrk Choro protest over the internment of ethnic Kyrgyz in Xinjiang and "illegal" Chinese migrants.',
    operator: null,
    status: null,
    date_start: '2018-12-20',
    date_end: null,
    precision: 'town',
    precision_note:
      "Point of Bishkek's centre (GeoNames 1528675); the embassy's coordinates are unverified.",
    point_from: { research: 'chinese_embassy_protest_2018' },
    uncertainty: { oblast: 'Bishkek (city)' },
    targets: [],
    size: 'about 150 people (another account: about 50)',
    citations: [
      {
        source: 'diplomat-2018-embassy-protest',
        fact: 'About 150 people gathered near the Chinese Embassy in Bishkek on 20 December 2018 at a Kyrk Choro protest.',
      },
    ],
    disputes: [
      {
        field: 'size',
        note: 'The Diplomat reports about 150 people; an openDemocracy text reproduced on a forum (no URL recorded) says about 50.',
        citations: [{ source: 'diplomat-2018-embassy-protest', fact: 'About 150 people.' }],
      },
    ],
  },
  {
    id: 'ishtamberdy-seizure-2020',
    layer: 'protests',
    name: 'Seizure of the Ishtamberdy mine',
    kind: 'mine seizure',
    description:
      'During the unrest after the 4 October 2020 election, about 300–400 people seized the Ishtamberdy gold deposit run by the Chinese company Full Gold Mining. Jardine describes October 2020 as the peak of violent backlash, when Chinese businesses were disproportionately targeted.',
    operator: null,
    status: null,
    date_start: '2020-10-06',
    date_end: null,
    precision: 'district',
    precision_note:
      "Placed at a point inside Chatkal district (computed from the district polygon), where 24.kg places the deposit; the mine's coordinates are unverified.",
    point_from: { rayon: 'Chatkal' },
    uncertainty: { rayon: 'Chatkal' },
    targets: ['ishtamberdy-mine'],
    size: 'about 300–400 people',
    citations: [
      {
        source: 'sayari-2020-full-gold-mining',
        fact: 'About 300–400 people seized the Ishtamberdy gold deposit during the unrest after the 4 October 2020 election.',
      },
      {
        source: 'freetvonline-2020-mines-captured',
        fact: 'Unknown people captured coal, gold and copper mines in Kyrgyzstan on 6 October 2020.',
      },
      {
        source: GV,
        fact: 'In October 2020 Chinese businesses were disproportionately targeted.',
        quote:
          'Within this context, Chinese businesses were disproportionately targeted by angry locals, who burnt down plants, barricaded businessmen in their hotels, and extorted Chinese workers at gunpoint.',
      },
    ],
  },
];

/** Extra citations and links for AidData features (keyed by AidData record id). */
export const AIDDATA_ADDITIONS: Record<number, AidDataAddition> = {
  39619: {
    citations: [
      {
        source: 'aiddata-page-39619',
        fact: "AidData's project page for the Datka–Kemin 500 kV line loan.",
      },
      {
        source: 'afp-2015-datka-kemin-line',
        fact: 'The roughly 450 km line, built by TBEA with a ~$390m China Eximbank loan, was inaugurated on 28 August 2015 so that power from the south no longer had to transit Uzbekistan and Kazakhstan.',
      },
    ],
    disputes: [
      {
        field: 'amount',
        note: 'About $390 million (AFP; AidData $389.8 million). china-centralasia.org project 86 lists "$208m, 2011–2013" under "Datka and Kemin", but $208 million is the separate Southern Power Grid loan (AidData 40431), so that page conflates the two.',
        citations: [
          { source: 'afp-2015-datka-kemin-line', fact: 'About $390 million.' },
          { source: 'china-centralasia-project-86', fact: 'Lists $208 million, 2011–2013.' },
        ],
      },
    ],
  },
  39620: {
    citations: [
      {
        source: 'aiddata-page-39620',
        fact: "AidData's project page for the Bishkek Thermal Power Plant Modernization loan.",
      },
      {
        source: 'gem-bishkek-power-station',
        fact: "Global Energy Monitor's entry for the plant: TBEA modernisation with units 12–13 (150 MW each) starting in 2017.",
      },
      {
        source: '24kg-2018-bishkek-chp-criminal-case',
        fact: "After the modernised plant broke down on 26 January 2018, leaving much of Bishkek without heat, the Prosecutor General's Office opened a criminal case.",
      },
      {
        source: '24kg-2019-bishkek-chp-misappropriation',
        fact: 'Prosecutors said officials misappropriated money for the plant repair (February 2019).',
      },
    ],
  },
  46348: {
    citations: [
      {
        source: 'aiddata-page-46346',
        fact: "AidData's project page (numbered 46346 on the older site) describes the same $200 million loan: CRBC rehabilitated a 223 km section (km 9–272) of the Bishkek–Naryn–Torugart road, finished in 2012.",
      },
    ],
    disputes: [
      {
        field: 'length',
        note: 'AidData describes km 9–272 as "223 km", but the kilometre markers imply about 263 km.',
        citations: [{ source: 'aiddata-page-46346', fact: 'Gives 223 km for km 9–272.' }],
      },
    ],
    related: ['torugart-pass'],
  },
  43845: {
    citations: [
      {
        source: 'aiddata-page-43845',
        fact: 'A Confucius Institute was established at Bishkek Humanities University with Xinjiang University, opening on 15 June 2008.',
      },
    ],
  },
  43846: {
    citations: [
      {
        source: 'hanban-2010-confucius-central-asia',
        fact: 'Xinjiang Normal University said it had set up Confucius Institutes at Kyrgyz National University and Tajik National University by the end of 2009.',
      },
    ],
  },
  43847: {
    citations: [
      {
        source: 'oshsu-kyrgyz-chinese-faculty',
        fact: 'Osh State University says its Confucius Institute was set up in 2013 with Xinjiang Normal University and reorganised into a Kyrgyz-Chinese Faculty in 2016.',
      },
      {
        source: 'hanban-2017-osh-confucius-building',
        fact: 'Hanban still called it a Confucius Institute when its new building opened on 31 May 2017.',
      },
    ],
  },
  54405: { related: ['junda-refinery', 'kara-balta-refinery-rallies'] },
  40359: { related: ['irkeshtam-pass'] },
  46364: { related: ['irkeshtam-pass', 'ishtamberdy-mine'] },
  73074: { related: ['irkeshtam-pass'] },
};

/** Fixed community ids (by GeoNames id) that links rely on. */
export const FIXED_COMMUNITY_IDS: Record<number, string> = {
  1528182: 'kara-balta',
  1527592: 'naryn',
  1528796: 'at-bashi',
  1527902: 'kochkor',
};
