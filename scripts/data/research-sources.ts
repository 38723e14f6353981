/**
 * Source keys for the web sources listed in `../shared/data/sites/research-sites.json`.
 * Only the key is chosen here: publisher, title, date and URL are copied from that file by
 * `scripts/build-data.ts` (matched on the exact URL), so nothing here can drift from the record.
 * Keys are stable once published: add new ones, never rename.
 */
export const RESEARCH_SOURCE_KEYS: Record<string, string> = {
  'wikipedia-en-torugart-pass': 'http://piglix.com/piglix/Torugart_Pass',
  'wikipedia-fr-torugart-pass': 'https://it.frwiki.wiki/wiki/Col_de_Torougart',
  'rferl-2021-china-in-eurasia': 'https://www.rferl.org/China-In-Eurasia/2021/11/15',
  'bhrrc-2021-kyrgyz-truckers-protest':
    'https://www.business-humanrights.org/de/neuste-meldungen/kyrgyztan-squeezed-on-both-sides-kyrgyz-truckers-protest-new-rules-to-restart-trade-with-china/',
  'xinhua-2023-torugart-checkpoint-reopens':
    'http://en.people.cn/n3/2023/1222/c90000-20113751.html',
  'for-kg-2020-irkeshtam-torugart-10-cars': 'https://for.kg/news-675407-en.html',
  'china-org-cn-2004-torugart-port':
    'http://german.china.org.cn/business/archive/xinjiangbm/txt/2004-12/31/content_2150305.htm',
  'wikipedia-zh-torugart-pass':
    'https://wikiwand.com/zh-hant/%E5%90%90%E5%B0%94%E5%B0%95%E7%89%B9%E5%B1%B1%E5%8F%A3',
  'wikipedia-de-irkeshtam-pass': 'https://de.zxc.wiki/wiki/Irkeschtam-Pass',
  'dangerousroads-irkeshtam-pass':
    'https://www.dangerousroads.org/asia/kyrgyzstan/3319-irkeshtam-pass.html',
  'nomadsland-osh-region': 'http://nomadsland.kg/en/places/osh-region',
  'baikeshiji-2020-irkeshtam-port': 'https://baikeshiji.com/view/202854.html',
  'gv-2025-backlash':
    'https://globalvoices.org/2025/11/20/clashes-protests-and-raids-the-story-of-backlash-to-china-in-kyrgyzstan/',
  'eurasianet-2014-refinery-suspended':
    'https://eurasianet.org/kyrgyzstan-suspends-work-at-new-chinese-refinery',
  'kloop-2014-kara-balta-rally':
    'https://kloop.kg/blog/2014/02/17/kara-balta-okolo-50-chelovek-mitinguyut-protiv-kitajskogo-zavoda/',
  'gv-2021-kyrgyzstan-oil-refinery':
    'https://globalvoices.org/2021/06/09/what-a-kyrgyzstan-oil-refinery-tells-us-or-doesnt-tell-us-about-chinas-bri/',
  '24kg-2024-junda-fined':
    'https://24.kg/english/295762__Junda_oil_refinery_fined_28000_soms_for_emissions_into_atmosphere/',
  'bhrrc-2020-chinese-workers-threatened':
    'https://business-humanrights.org/en/latest-news/chinese-workers-in-kyrgyzstan-threatened-beaten-in-post-election-unrest',
  '24kg-2024-kara-balta-refinery-launched':
    'https://24.kg/english/303617_Oil_refinery_launched_in_Kara-Balta_city/',
  'trend-2024-zhongda-refinery-resumes': 'https://en.trend.az/casia/kyrgyzstan/3876213.html',
  'trend-2025-junda-modernisation': 'https://en.trend.az/casia/kyrgyzstan/4007834.html',
  '24kg-2026-kara-balta-modernised':
    'https://24.kg/english/364207_Kara-Balta_oil_refinery_to_be_modernized_by_August_2026/',
  '24kg-2026-buchuk-gold':
    'https://24.kg/english/362286_8763_kg_of_gold_mined_at_Buchuk_section_of_Solton-Sary_deposit/',
  '24kg-2025-bozuchuk-site':
    'https://24.kg/english/324001_Development_of_Bozuchuk_site_at_Solton-Sary_deposit_to_begin_in_2025/',
  'kaktus-solton-sary-gold':
    'https://kaktus.media/doc/348554_v_noiabre_rydnik_solton_sary_v_narynskoy_oblasti_dobyl_48_kg_zolota.html',
  '24kg-2019-solton-sary-hospital':
    'https://24.kg/english/125505__Solton-Sary_conflict_19_employees_discharged_from_hospital/',
  '24kg-2019-solton-sary-road-open':
    'https://24.kg/english/125647__Solton-_Sary_conflict_Road_is_open_situation_is_stable/',
  '24kg-2019-solton-sary-embassy':
    'https://24.kg/english/125563_Solton-_Sary_conflict_Embassy_of_China_makes_statement_/',
  '24kg-2019-solton-sary-machinery':
    'https://24.kg/english/125644__Solton-Sary_conflict_Chinese_company_takes_out_machinery_and_workers/',
  'asianews-2019-kyrgyz-gold-miners':
    'http://www.asianews.it/news-en/Kyrgyz-against-Chinese-gold-miners:-they-are-invaders,-exploiters-and-pollute-the-waters-47711.html',
  '24kg-2019-logistics-centre-construction':
    'https://24.kg/english/137668_Construction_of_logistics_center_starts_in_Naryn_region/',
  '24kg-2020-logistics-centre-land':
    'https://24.kg/english/143150_Investors_of_logistics_center_in_Naryn_compensate_for_loss_of_rural_land/',
  '24kg-2020-at-bashi-rally-demand':
    'https://24.kg/english/143878_Participants_of_rally_in_At-Bashi_voice_main_demand/',
  '24kg-2020-logistics-centre-scuttled':
    'https://24.kg/english/143940_Project_on_construction_of_logistics_center_scuttled_in_At-Bashi/',
  'afp-2020-chinese-investor-quits':
    'https://www.solardaily.com/reports/Chinese_investor_quits_Kyrgyz_project_over_protests_999.html',
  'rferl-2020-government-cancels-project':
    'https://www.rferl.org/amp/kyrgyz-government-cancels-275-million-chinese-project-amid-protests/30451825.html?__twitter_impression=true',
  '24kg-2020-at-bashi-another-rally':
    'https://24.kg/english/142849_Another_rally_against_construction_of_logistics_center_held_in_At-Bashi/',
  'siluxgc-2024-silk-road-park':
    'http://www.siluxgc.com/static/content/jejsst/kgNews/2024-12-09/1315766943236521984.html',
  '24kg-2022-customs-chief-supporters':
    'https://24.kg/proisshestvija/220882_storonniki_zaderjannogo_glavyi_gostamojni_vyishli_namiting_kzdaniyu_gknb_/amp',
  'wikipedia-de-kochkor': 'https://de.m.wikipedia.org/wiki/Kotschkor',
  'wikipedia-en-kochkor-2016': 'https://en.wikipedia.org/wiki/Kochkor?oldid=738846745',
  'xinhua-2024-luban-workshop-opens': 'http://en.people.cn/n3/2024/1029/c90000-20234974.html',
  'xinhua-2024-luban-smart-classrooms': 'http://en.people.cn/n3/2024/0629/c90000-20187175.html',
  'cgtn-2024-luban-workshop':
    'https://news.cgtn.com/news/2024-10-27/Kyrgyzstan-s-first-Luban-Workshop-opens-1y2VWatGaDC/p.html',
  'xinhua-ru-luban-interview': 'https://translation1.mil-osi.com/?p=19939',
  'hanban-2010-confucius-central-asia':
    'http://english.hanban.org/article/2010-01/26/content_146725.htm',
  'aiddata-page-43845': 'https://china.aiddata.org/projects/43845',
  'oshsu-kyrgyz-chinese-faculty': 'https://www.oshsu.kg/en/page/108',
  'hanban-2017-osh-confucius-building':
    'http://english.hanban.org/article/2017-06/14/content_689932.htm',
  'jasu-confucius-institute': 'https://jagu.edu.kg/en/categories/24',
  'diplomat-2023-kyrgyz-students-china':
    'https://thediplomat.com/2023/06/what-did-studying-in-china-teach-kyrgyz-students-about-civic-engagement-at-home',
  '24kg-2025-rally-ban-extended':
    'https://24.kg/english/324142__Court_extends_ban_on_rallies_in_center_of_Bishkek_until_June_30/',
  'vlast-2023-gagging-protests':
    'https://vlast.kz/english/54256-kyrgyzstan-gagging-protests-through-court-orders.html',
  'silkway-news-2022-rallies-banned':
    'https://silkway.news/in-center-of-bishkek-temporarily-banned-62432',
  'dook-ala-too-square': 'https://www.dookinternational.com/poi/ala-too-square/5888',
  'visitkyrgyz-ala-too-square': 'https://www.visitkyrgyz.com/places-to-go/ala-too-square',
  'eurasianet-2019-anti-china-rumblings':
    'https://eurasianet.org/kyrgyzstan-authorities-betray-nerves-over-anti-china-rumblings',
  'caravel-2019-anti-chinese-protests':
    'https://www.thecaravelgu.com/blog/2019/1/30/anti-chinese-protests-sweep-kyrgyzstan',
  'diplomat-2018-embassy-protest':
    'https://thediplomat.com/2018/12/why-did-kyrgyz-stage-a-protest-outside-the-chinese-embassy/',
  'aiddata-page-46346': 'https://china.aiddata.org/projects/46346',
  'rferl-2021-uyghurs-utterly-shameful':
    'https://www.rferl.org/a/uyghurs-frustration-china-international-action/31562922.html',
  'gem-bishkek-power-station': 'https://www.gem.wiki/Bishkek_CHP_power_station',
  'aiddata-page-39620': 'https://china.aiddata.org/projects/39620',
  '24kg-2018-bishkek-chp-criminal-case':
    'https://24.kg/english/74606_Prosecutor_Generals_Office_opens_criminal_case_over_Bishkek_HPP_breakdown_/',
  '24kg-2019-bishkek-chp-misappropriation':
    'https://24.kg/english/109184_Prosecutor_General_Officials_misappropriate_money_for_repair_of_Bishkek_HPP/',
  'aiddata-page-39619': 'https://china.aiddata.org/projects/39619',
  'afp-2015-datka-kemin-line':
    'http://energy-daily.com/reports/Kyrgyzstan_hails_historic_China-financed_power_line_999.html',
  'china-centralasia-project-86': 'https://china-centralasia.org/project/86',
  'trend-2024-cku-railway-start': 'https://en.trend.az/casia/kyrgyzstan/3984350.html',
  'interfax-2024-cku-railway-approved': 'https://interfax.com/newsroom/top-stories/104174/',
  'adyrna-cku-railway-jalal-abad': 'https://adyrna.kz/en/post/236510',
  'vesti-2024-cku-railway-start': 'http://tj.vesti.news/latest/connecting',
  'sayari-2020-full-gold-mining':
    'https://sayari.com/resources/chinese-mining-company-affected-by-protests-in-kyrgyzstan-has-ties-to-major-soe/',
  '24kg-ishtamberdy-protest':
    'https://24.kg/english/87615_Local_residents_protest_against_development_of_Ishtamberdy_field',
  'big-kg-ishtamberdy-first-gold':
    'http://big.kg/full-publications/first-gold-ishtamberdy-gold-ore-concentrate-will-no-longer-be-exported-china/en/',
  'freetvonline-2020-mines-captured':
    'https://freetvonline.live/unknown-people-captured-coal-gold-and-copper-mines-in-kirghizia/',
};

/**
 * The two source articles the atlas was commissioned from (`../shared/sources/*.txt`).
 * Quotes are allowed only on these keys and are checked verbatim against the text at build time.
 */
export const ARTICLE_FILES: Record<string, string> = {
  'gv-2025-backlash': '000_62f17eee42558d97.txt',
  'rferl-2021-china-in-eurasia': '002_3c0a97746b8d65ac.txt',
};
