/**
 * Places the gazetteer packages do not hold: continents, oceans and seas, and world regions as news names them.
 * Hand-listed (names as in Wikipedia's "List of continents", "Ocean", "List of seas" and regional geography pages).
 * Each entry: [canonical name, other names]. Matching is case- and accent-insensitive.
 */
export const WORLD_REGIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Africa', []], ['Asia', []], ['Europe', []], ['Oceania', []], ['Antarctica', []], ['Eurasia', []],
  ['Americas', []], ['North America', []], ['South America', []], ['Central America', []],
  ['Latin America', []], ['Caribbean', []], ['Middle East', ['Mideast']], ['Near East', []],
  ['Far East', []], ['Southeast Asia', ['South East Asia', 'South-East Asia', 'South-Eastern Asia']],
  ['East Asia', ['Eastern Asia']], ['South Asia', ['Southern Asia']], ['Central Asia', []], ['West Asia', ['Western Asia']],
  ['North Africa', ['Northern Africa']], ['West Africa', ['Western Africa']], ['East Africa', ['Eastern Africa']],
  ['Southern Africa', []], ['Central Africa', ['Middle Africa']], ['Sub-Saharan Africa', []], ['Sahel', []],
  ['Horn of Africa', []], ['Maghreb', []], ['Balkans', []], ['Baltics', ['Baltic states']], ['Scandinavia', []],
  ['Western Europe', []], ['Eastern Europe', []], ['Central Europe', []], ['Northern Europe', []], ['Southern Europe', []],
  ['Caucasus', []], ['Levant', []], ['Persian Gulf', []], ['Arabian Peninsula', []], ['Gulf of Mexico', []],
  ['Pacific Ocean', ['Pacific']], ['Atlantic Ocean', ['Atlantic']], ['Indian Ocean', []], ['Arctic Ocean', []],
  ['Southern Ocean', []], ['Arctic', []], ['Antarctic', []], ['Mediterranean Sea', ['Mediterranean']],
  ['Black Sea', []], ['Red Sea', []], ['Caspian Sea', []], ['Baltic Sea', []], ['North Sea', []],
  ['South China Sea', []], ['East China Sea', []], ['Sea of Japan', []], ['Aegean Sea', ['Aegean']],
  ['English Channel', []], ['Strait of Hormuz', []], ['Amazon', []], ['Himalayas', []], ['Alps', []], ['Andes', []],
  ['Sahara', []], ['Siberia', []], ['Patagonia', []], ['Scandinavian Peninsula', []], ['Gaza Strip', ['Gaza']],
  ['West Bank', []], ['Kashmir', []], ['Crimea', []], ['Donbas', ['Donbass']], ['Kurdistan', []], ['Tibet', []],
  ['Silicon Valley', []], ['New England', []], ['Midwest', []], ['Rust Belt', []], ['Deep South', []],
  // News style (AP): "Washington" alone is the capital; the state is "Washington state".
  ['Washington, D.C.', ['Washington', 'Washington DC', 'Washington D.C.', 'District of Columbia', 'D.C.']],
  ['Mexico City', []], ['New York City', []], ['Hong Kong', []], ['Macau', ['Macao']], ['Taiwan', []],
];

/** Country abbreviations used in prose (world-countries also lists ISO codes such as "IN" or "NO", which are words). */
export const COUNTRY_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['US', 'United States'], ['USA', 'United States'], ['UK', 'United Kingdom'], ['UAE', 'United Arab Emirates'],
  ['DRC', 'DR Congo'], ['PRC', 'China'], ['DPRK', 'North Korea'], ['ROK', 'South Korea'], ['America', 'United States'],
  ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'], ['Holland', 'Netherlands'],
];

/** Demonyms of regions (world-countries lists those of countries): never places. */
export const REGION_DEMONYMS: readonly string[] = [
  'African', 'Asian', 'European', 'American', 'Latin American', 'Central American', 'South American', 'North American',
  'Middle Eastern', 'Southeast Asian', 'East Asian', 'South Asian', 'Central Asian', 'Arab', 'Arabs',
  'Balkan', 'Scandinavian', 'Nordic', 'Baltic', 'Western', 'Eastern', 'Hispanic', 'Latino', 'Latina', 'Latinx',
  'Anglo', 'Kurdish', 'Kurd', 'Kurds', 'Palestinian', 'Texan', 'Californian', 'New Yorker', 'Parisian', 'Londoner',
  'Muslim', 'Christian', 'Jewish', 'Jew', 'Catholic', 'Protestant', 'Hindu', 'Buddhist', 'Sikh', 'Sunni', 'Shia',
  'Shiite', 'Islamic', 'Orthodox', 'Evangelical', 'Mormon', 'Pashtun', 'Tamil', 'Uyghur', 'Uighur', 'Rohingya',
  'Native American', 'Indigenous', 'Aboriginal', 'Maori', 'Basque', 'Catalan', 'Flemish', 'Walloon', 'Scots', 'Scottish',
  'Welsh', 'English', 'Irish', 'British', 'Briton', 'Britons', 'Brit', 'Brits', 'Yankee', 'Soviet', 'Ottoman',
];
