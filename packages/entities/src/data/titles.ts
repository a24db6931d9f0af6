/**
 * Titles and roles that precede a person's name ("President Donald Trump", "Foreign Minister Luis Videgaray").
 * Hand-listed from news usage (AP style titles, government, military, religious, professional); lowercase.
 * compromise's `Actor` nouns (lexicon) are used on top of these as person evidence, never as roles.
 */

/** Words that end a title: "Minister" in "Foreign Minister", "President" in "Vice President". */
export const CORE_TITLES: readonly string[] = [
  'president', 'president-elect', 'vice-president', 'minister', 'secretary', 'secretary-general', 'senator', 'sen',
  'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'consul', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'emperor', 'empress', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'sheikh', 'ayatollah',
  'emir', 'sultan', 'judge', 'justice', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'lieutenant', 'lt',
  'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'pvt', 'commander', 'cmdr',
  'marshal', 'chief', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'founder',
  'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'rep', 'congressman', 'congresswoman',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'commissioner', 'superintendent', 'inspector',
  'detective', 'det', 'officer', 'sheriff', 'leader', 'speaker', 'professor', 'prof', 'dr', 'doctor', 'coach',
  'manager', 'undersecretary', 'under-secretary', 'treasurer', 'prosecutor', 'attorney', 'attorney-general',
  'magistrate', 'lawmaker', 'legislator', 'deputy', 'mp', 'mep', 'father', 'fr', 'rev', 'reverend', 'pastor',
  'sister', 'brother', 'lord', 'lady', 'baron', 'baroness', 'duke', 'duchess', 'count', 'countess', 'sir', 'dame',
  'dean', 'provost', 'rector', 'editor', 'publisher', 'anchor', 'correspondent', 'executive', 'head', 'regent',
  'first lady', 'taoiseach', 'crown prince', 'grand ayatollah', 'patriarch', 'metropolitan', 'mufti', 'governor-general',
];

/** Words that only modify a following core title: "Foreign" Minister, "Vice" President, "Attorney" General. */
export const TITLE_MODIFIERS: readonly string[] = [
  'vice', 'deputy', 'prime', 'foreign', 'home', 'interior', 'defense', 'defence', 'finance', 'treasury', 'economy',
  'economic', 'trade', 'commerce', 'health', 'education', 'justice', 'labor', 'labour', 'energy', 'environment',
  'agriculture', 'transport', 'transportation', 'culture', 'security', 'state', 'assistant', 'associate', 'acting',
  'interim', 'former', 'first', 'chief', 'executive', 'senior', 'junior', 'shadow', 'supreme', 'majority', 'minority',
  'senate', 'house', 'press', 'national', 'under', 'lieutenant', 'attorney', 'managing', 'general', 'special',
  'permanent', 'principal', 'federal', 'regional', 'provincial', 'district', 'county', 'city', 'opposition', 'party',
  'army', 'navy', 'air', 'force', 'police', 'fire', 'head', 'team', 'development', 'information', 'communications',
  'immigration', 'intelligence', 'science', 'technology', 'housing', 'sports', 'tourism', 'mines', 'oil', 'water',
  'social', 'public', 'works', 'welfare', 'planning', 'affairs', 'relations', 'homeland', 'veterans', 'then', 'ex',
  'high',
];

/** Courtesy titles: person evidence, but not a role worth keeping ("Mr Key"). */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'sra', 'sr', 'señor', 'señora', 'herr', 'frau'];
