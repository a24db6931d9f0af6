/**
 * Head words that decide the type of a capitalised name by its structure. Hand-listed from news usage, starting from
 * compromise's `orgWords`/`placeWords` (model().two) without the entries that are too often ordinary words.
 * All lowercase.
 */

/** Last word of an organisation's name: "Drug Enforcement Agency", "Wilson Center", "JAC Motors". */
export const ORG_HEADS: readonly string[] = [
  'academy', 'administration', 'agency', 'agencies', 'airlines', 'airways', 'alliance', 'army', 'assembly',
  'associates', 'association', 'authority', 'bank', 'battalion', 'board', 'brigade', 'brigades', 'broadcasting',
  'bureau', 'cabinet', 'cartel', 'center', 'centre', 'chamber', 'chronicle', 'church', 'club', 'coalition', 'college',
  'command', 'commission', 'committee', 'community', 'company', 'confederation', 'conference', 'congress', 'consortium', 'corp',
  'corporation', 'corps', 'council', 'court', 'daily', 'department', 'directorate', 'enterprises', 'express',
  'dialogue', 'federation', 'force', 'forces', 'forum', 'foundation', 'front', 'fund', 'gazette', 'group', 'guard', 'guardian', 'herald',
  'holdings', 'hospital', 'inc', 'industries', 'institute', 'institution', 'insurance', 'journal', 'laboratory',
  'laboratories', 'labs', 'league', 'legion', 'llc', 'llp', 'ltd', 'magazine', 'marines', 'media', 'militia',
  'ministry', 'mirror', 'motors', 'movement', 'museum', 'navy', 'network', 'news', 'newspaper', 'observer', 'office',
  'orchestra', 'organisation', 'organization', 'parliament', 'partners', 'partnership', 'party', 'pharmaceuticals',
  'plc', 'police', 'post', 'press', 'program', 'programme', 'radio', 'records', 'regiment', 'reserve', 'review',
  'school', 'secretariat', 'senate', 'service', 'services', 'society', 'sports', 'squad', 'studios', 'survey', 'syndicate', 'systems',
  'team', 'telegraph', 'television', 'times', 'tribunal', 'tribune', 'tv', 'union', 'university', 'voice', 'weekly', 'org',
  'workers', 'fc', 'gmbh', 'ag', 'sa', 'bv', 'nv', 'co', 'cooperative', 'caucus', 'council', 'taskforce', 'embassy',
  'consulate', 'municipality', 'division', 'squadron', 'platoon',
  // Newspaper titles ("the Hollins Courier", "The Philadelphia Inquirer") and football clubs ("Harbour City Rovers",
  // "Glasgow Rangers"): words that end such names and are no surnames.
  'courier', 'dispatch', 'inquirer', 'enquirer', 'examiner', 'sentinel', 'bulletin', 'ledger', 'courant', 'advertiser',
  'rovers', 'wanderers', 'rangers', 'hotspur',
];

/** Two-word heads that name an organisation although their last word alone does not: "Irving Independent School District". */
export const ORG_HEAD_PAIRS: readonly string[] = ['school district', 'school board', 'water district', 'fire district', 'housing authority'];

/** Two-word heads of venues, which are places although "Centre" alone heads organisations: "Metro Toronto Convention Centre". */
export const PLACE_HEAD_PAIRS: readonly string[] = [
  'convention centre', 'convention center', 'exhibition centre', 'exhibition center', 'conference centre', 'conference center',
  'shopping centre', 'shopping center', 'trade center', 'trade centre', 'shopping mall', 'memorial hall',
];

/** Heads of newspaper names, which "The" opens even at the start of a sentence: "The Guardian cited ...". */
export const MASTHEAD_HEADS: readonly string[] = [
  'guardian', 'times', 'telegraph', 'observer', 'herald', 'tribune', 'gazette', 'chronicle', 'mirror', 'post', 'journal', 'express',
  'courier', 'inquirer', 'examiner', 'sentinel', 'bulletin', 'ledger', 'courant',
];

/** Organisation words that lead a name without "of": "Team Estonia", "Team GB", "Team Sky" (sports squads). */
export const ORG_LEADS_BARE: readonly string[] = ['team'];

/** Organisation words that lead their name: "University of ...", "Ministry of ...", "Bank of ...". */
export const ORG_LEADS: readonly string[] = [
  'university', 'ministry', 'department', 'bank', 'church', 'council', 'board', 'office', 'institute', 'organization',
  'organisation', 'federation', 'union', 'league', 'party', 'association', 'court', 'house', 'museum', 'college',
  'school', 'academy', 'bureau', 'agency', 'commission', 'committee', 'daughters', 'sons', 'friends', 'order',
  'society', 'confederation', 'coalition', 'alliance', 'movement', 'front', 'army', 'navy', 'federal', 'secretariat',
  'municipality', 'embassy', 'consulate',
];

/** Organisation words in Spanish, Portuguese, French and Italian names, which put the head first ("Partido ..."). */
export const ROMANCE_ORG_WORDS: readonly string[] = [
  'secretaría', 'secretaria', 'instituto', 'universidad', 'universidade', 'partido', 'banco', 'comisión', 'comissão',
  'ministerio', 'ministério', 'diario', 'periódico', 'agencia', 'consejo', 'movimiento', 'frente', 'ejército',
  'guardia', 'policía', 'fundación', 'sociedad', 'compañía', 'empresa', 'grupo', 'cámara', 'senado', 'congreso',
  'tribunal', 'corte', 'suprema', 'université', 'institut', 'parti', 'banque', 'agence', 'conseil', 'ministère',
  'movimento', 'partito', 'università', 'istituto', 'corriere', 'gazzetta', 'repubblica', 'monde', 'figaro',
  'fiscalía', 'procuraduría', 'cartel', 'cártel', 'asociación', 'sindicato', 'confederación', 'federación',
];

/** Last word of a place's name: "Pacific Ocean", "Nizhny Novgorod Stadium", "Yeoncheon County". */
export const PLACE_HEADS: readonly string[] = [
  'ocean', 'sea', 'gulf', 'bay', 'river', 'lake', 'lakes', 'mountain', 'mountains', 'hills', 'island', 'islands',
  'isle', 'isles', 'peninsula', 'valley', 'desert', 'strait', 'straits', 'canal', 'coast', 'basin', 'plateau',
  'highlands', 'lowlands', 'province', 'county', 'prefecture', 'region', 'territory', 'territories', 'oblast',
  'borough', 'square', 'street', 'avenue', 'boulevard', 'road', 'bridge', 'airport', 'stadium', 'arena', 'park',
  'tower', 'towers', 'plaza', 'palace', 'hall', 'temple', 'mosque', 'cathedral', 'basilica', 'station', 'harbor',
  'harbour', 'port', 'falls', 'canyon', 'forest', 'reef', 'glacier', 'volcano', 'heights', 'springs', 'beach', 'creek',
  'delta', 'plain', 'plains', 'steppe', 'archipelago', 'cape', 'fjord', 'lagoon', 'marsh', 'pass', 'border', 'zone',
  'strip', 'corridor', 'memorial', 'monument', 'triangle', 'cone', 'belt', 'crescent', 'riviera', 'prison', 'base', 'camp',
];

/** Place words that lead their name: "Mount Fisht", "Lake Chad", "Fort Worth", "Masjid al-Haram". */
export const PLACE_LEADS: readonly string[] = [
  'mount', 'mt', 'lake', 'isla', 'cape', 'port', 'fort', 'río', 'rio', 'sierra', 'cerro', 'lago', 'puerto', 'san',
  'santa', 'santo', 'são', 'saint', 'st', 'sainte', 'ciudad', 'masjid', 'lac', 'monte', 'bahía', 'golfo',
];

/** Place words that lead their name before "of": "Gulf of Mexico", "State of Mexico", "Sea of Japan". */
export const PLACE_LEADS_BEFORE_OF: readonly string[] = [
  'gulf', 'bay', 'isle', 'strait', 'straits', 'sea', 'state', 'city', 'province', 'republic', 'kingdom',
  'commonwealth', 'principality', 'sultanate', 'emirate', 'county', 'district', 'region', 'island', 'islands',
  'lake', 'cape', 'port', 'mount',
];

/** Names with these last words are laws, treaties, events or programmes, not organisations or places. */
export const NON_ENTITY_HEADS: readonly string[] = [
  'act', 'acts', 'agreement', 'accord', 'accords', 'treaty', 'initiative', 'protocol', 'protocols', 'convention',
  'summit', 'games', 'olympics', 'cup', 'championship', 'championships', 'war', 'wars', 'award', 'awards', 'prize',
  'festival', 'day', 'week', 'plan', 'doctrine', 'deal', 'bill', 'amendment', 'report', 'challenge',
  'revolution', 'crisis', 'massacre', 'election', 'elections', 'referendum', 'expo', 'series', 'tour', 'strategy',
  'policy', 'reform', 'reforms', 'declaration', 'resolution', 'budget', 'case', 'trial', 'scandal',
];

/** First words that make the name an event or a law: "Summit of the Americas", "War on Drugs". */
export const NON_ENTITY_LEADS: readonly string[] = [
  'summit', 'war', 'battle', 'treaty', 'act', 'festival', 'day', 'year', 'decade', 'declaration',
];
