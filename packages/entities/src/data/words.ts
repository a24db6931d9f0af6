/** Small closed word classes the rules need. Hand-listed; lowercase. */

/** Lowercase words that may join capitalised words inside one name ("Secretariat of Foreign Affairs", "Enrique de la Madrid"). */
export const NAME_CONNECTORS: readonly string[] = [
  'of', 'for', 'and', '&', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'da', 'do', 'dos', 'das', 'di', 'du', 'des',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'al', 'bin', 'ibn', 'bint', 'the', 'le', 'zu', 'dei', 'della', 'degli', 'on',
];

/** Determiners that may open a name but are not part of it ("The Associated Press"). */
export const DETERMINERS: readonly string[] = ['the', 'a', 'an'];

/** Months and days: capitalised, never entities. */
export const CALENDAR: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan', 'eid', 'thanksgiving',
  'hanukkah', 'diwali', 'halloween',
];

/** Capitalised words that never name an entity on their own (pronouns, interjections, shared-bar and credit words). */
export const NEVER_NAMES: readonly string[] = [
  'i', 'god', 'lord', 'allah', 'jesus', 'christ', 'internet', 'earth', 'moon', 'sun', 'covid', 'covid-19',
  'coronavirus', 'aids', 'hiv', 'gdp', 'ceo', 'tv', 'dna', 'ok', 'am', 'pm', 'id', 'ufo', 'lgbt', 'lgbtq', 'ngo',
  'ngos', 'pdf', 'suv', 'wmd', 'faq', 'ai', 'it', 'usd', 'eur', 'mxn', 'gbp', 'jpy', 'bc', 'ad', 'ce', 'bce', 'vs',
  'share', 'tweet', 'email', 'print', 'photo', 'image', 'images', 'video', 'getty', 'shutterstock', 'ap photo',
  'reuters photo', 'afp photo', 'file', 'caption', 'credit', 'advertisement', 'subscribe', 'newsletter',
  'related', 'read', 'more', 'comments', 'copyright', 'all', 'rights', 'reserved', 'update', 'updated',
  'note', 'opinion', 'analysis', 'exclusive', 'breaking', 'live', 'watch', 'listen', 'gallery', 'gmt', 'utc', 'est',
  'edt', 'pst', 'pdt', 'cst', 'cdt', 'cet', 'cest', 'bst', 'ist', 'vip', 'vips',
];

/** Verbs of saying: a name next to one is a speaker (a person or an organisation). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'explained', 'explains', 'stated',
  'states', 'asked', 'asks', 'wrote', 'writes', 'tweeted', 'claimed', 'claims', 'argued', 'argues', 'insisted',
  'insists', 'warned', 'warns', 'recalled', 'replied', 'responded', 'emphasized', 'emphasised', 'stressed', 'admitted',
  'acknowledged', 'denied', 'denies', 'suggested', 'boasted', 'declared', 'testified', 'announced', 'confirmed',
  'reiterated', 'urged', 'thinks', 'believes', 'believed', 'hopes', 'wants', 'wanted', 'agreed', 'disagreed',
  'criticized', 'criticised', 'praised', 'vowed', 'promised', 'threatened', 'called', 'accused', 'met', 'visited',
];

/** Lowercase nouns that, in apposition, make the next name an organisation: "the Mexican magazine Proceso". */
export const ORG_APPOSITIVES: readonly string[] = [
  'magazine', 'newspaper', 'daily', 'weekly', 'agency', 'outlet', 'website', 'site', 'network', 'channel',
  'broadcaster', 'station', 'company', 'firm', 'group', 'party', 'organization', 'organisation', 'bank', 'carrier',
  'airline', 'automaker', 'carmaker', 'manufacturer', 'retailer', 'startup', 'giant', 'conglomerate', 'publication',
  'journal', 'tabloid', 'platform', 'union', 'ngo', 'charity', 'foundation', 'institute', 'university', 'club',
  'team', 'band', 'label', 'studio', 'app', 'service', 'program', 'programme', 'nonprofit', 'non-profit', 'think-tank',
  'school', 'schools', 'companies', 'firms', 'newspapers', 'parties', 'universities', 'charities', 'banks',
];

/** Lowercase nouns that, in apposition, make the next name a place: "the town of Iguala", "the state of Hidalgo". */
export const PLACE_APPOSITIVES: readonly string[] = [
  'town', 'city', 'village', 'state', 'province', 'region', 'county', 'district', 'municipality', 'island', 'port',
  'capital', 'country', 'nation', 'neighborhood', 'neighbourhood', 'suburb', 'borough', 'prefecture', 'department',
  'territory', 'commune', 'enclave', 'republic', 'kingdom', 'emirate', 'archipelago', 'valley', 'river', 'lake',
];

/** Prepositions that put a name in a place role: "in Guerrero", "from Kabul". */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'from', 'to', 'into', 'near', 'outside', 'across', 'throughout', 'towards', 'toward', 'via', 'around',
  'within', 'inside', 'through', 'between', 'entering', 'leaving', 'visiting', 'visited', 'traveled', 'travelled',
];

/** Compass words that make a region of the name after them: "Southern Indiana", "Northern Triangle". */
export const COMPASS: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'greater', 'inner', 'outer', 'middle', 'mid',
];

/** English suffixes after a hyphen that make an adjective of a name ("US-led", "Obama-era"), not a longer name. */
export const HYPHEN_SUFFIXES: readonly string[] = [
  'led', 'era', 'run', 'based', 'backed', 'born', 'made', 'style', 'like', 'owned', 'linked', 'funded', 'type', 'free',
  'wide', 'bound', 'friendly', 'focused', 'controlled', 'held', 'allied', 'aligned', 'appointed', 'sponsored', 'related',
];

/**
 * Plural kind nouns that introduce examples of their kind: "the ancient gods, such as Zeus, Hera and Athena",
 * "such bands as The Velvet Underground", "countries including Eritrea" (Hearst's hyponym patterns, 1992). Hand-listed
 * common English nouns; each names only people, only places or only organisations.
 */
export const PERSON_KIND_NOUNS: readonly string[] = [
  'people', 'persons', 'gods', 'goddesses', 'deities', 'artists', 'musicians', 'singers', 'actors', 'actresses', 'writers',
  'authors', 'poets', 'novelists', 'painters', 'photographers', 'designers', 'architects', 'composers', 'directors',
  'players', 'athletes', 'footballers', 'politicians', 'leaders', 'presidents', 'candidates', 'lawmakers', 'senators',
  'celebrities', 'stars', 'scientists', 'philosophers', 'thinkers', 'figures', 'heroes', 'saints', 'prophets',
  'characters', 'activists', 'journalists', 'entrepreneurs', 'billionaires', 'founders', 'comedians', 'rappers',
];
export const PLACE_KIND_NOUNS: readonly string[] = [
  'countries', 'nations', 'cities', 'towns', 'villages', 'states', 'provinces', 'regions', 'islands', 'capitals',
  'destinations', 'territories', 'counties', 'municipalities', 'neighborhoods', 'neighbourhoods', 'districts',
];
export const ORG_KIND_NOUNS: readonly string[] = [
  'companies', 'firms', 'corporations', 'businesses', 'organisations', 'organizations', 'groups', 'bands', 'parties',
  'agencies', 'newspapers', 'outlets', 'broadcasters', 'publishers', 'publications', 'magazines', 'banks',
  'universities', 'colleges', 'charities', 'nonprofits', 'ngos', 'clubs', 'teams', 'brands', 'retailers', 'airlines',
  'carmakers', 'automakers', 'manufacturers', 'networks', 'labels', 'studios', 'institutions', 'ministries',
  'churches', 'denominations', 'movements',
];
