/**
 * Word lists loaded once per thread from the libraries: compromise's lexicon (first and last names, famous people,
 * organisations, demonyms, person nouns) and the pos-js lexicon shipped with natural (which lowercase words are
 * ordinary English words). Everything is keyed by `wordKey`/`nameKey`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { nameKey, wordKey } from './normalize.js';
import { CORE_TITLES, HONORIFICS, TITLE_MODIFIERS } from './data/titles.js';
import {
  MASTHEAD_HEADS, NON_ENTITY_HEADS, NON_ENTITY_LEADS, ORG_HEAD_PAIRS, ORG_HEADS, ORG_LEADS, PLACE_HEAD_PAIRS, PLACE_HEADS, PLACE_LEADS, PLACE_LEADS_BEFORE_OF,
  ROMANCE_ORG_WORDS, ORG_LEADS_BARE,
} from './data/heads.js';
import { KNOWN_ORGS } from './data/organizations.js';
import { AWARD_WORDS, PRODUCT_TAILS, WORK_NOUNS } from './data/works.js';
import { CALENDAR, COMPASS, DETERMINERS, HYPHEN_SUFFIXES, NAME_CONNECTORS, NEVER_NAMES, ORG_APPOSITIVES, PLACE_APPOSITIVES, PLACE_PREPOSITIONS, SPEECH_VERBS } from './data/words.js';

const require = createRequire(import.meta.url);

type Tags = string | string[] | undefined;
const compromiseLexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model().one.lexicon;
const hasTag = (tags: Tags, tag: string): boolean => (Array.isArray(tags) ? tags.includes(tag) : tags === tag);

const firstNames = new Set<string>();
const lastNames = new Set<string>();
const famousPeople = new Set<string>();
/** Last words of compromise's multi-word people ("obama" from "barack obama"). */
const famousSurnames = new Set<string>();
const lexiconOrgs = new Set<string>();
const demonymWords = new Set<string>();
const personNouns = new Set<string>();
for (const word in compromiseLexicon) {
  const tags = compromiseLexicon[word];
  const key = nameKey(word);
  if (hasTag(tags, 'MaleName') || hasTag(tags, 'FemaleName') || hasTag(tags, 'FirstName')) firstNames.add(key);
  if (hasTag(tags, 'LastName')) lastNames.add(key);
  if (hasTag(tags, 'Person')) {
    famousPeople.add(key);
    const words = key.split(' ');
    if (words.length > 1) famousSurnames.add(words[words.length - 1]!);
  }
  if (hasTag(tags, 'Organization') || hasTag(tags, 'SportsTeam')) lexiconOrgs.add(key);
  if (hasTag(tags, 'Demonym')) demonymWords.add(key);
  if (hasTag(tags, 'Actor')) personNouns.add(key);
}
for (const org of KNOWN_ORGS) lexiconOrgs.add(nameKey(org));

/**
 * Lowercase words of ordinary English (nouns, verbs, adjectives...) from the pos-js lexicon: a word is ordinary when
 * its lowercase form is listed and not first as a proper noun ("left", "voice", "haddock", "as"). compromise's
 * function words and other non-name words are added ("both" is missing from pos-js). Read with fs (not require) so the 4 MB object is not kept in the module cache.
 */
const commonWords = new Set<string>();
/** Capitalised words pos-js knows only as proper nouns ("Trump", "Wilson", "Merkel"; not "Trade", also a noun). */
const properNouns = new Set<string>();
{
  const path = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
  const lexicon = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
  for (const word in lexicon) {
    const tags = lexicon[word];
    if (!/^\p{L}/u.test(word) || !Array.isArray(tags)) continue;
    if (word !== word.toLowerCase()) {
      if (/^\p{Lu}\p{Ll}/u.test(word) && tags.every((t) => t === 'NNP')) properNouns.add(wordKey(word));
      continue;
    }
    if (tags[0] === 'NNP' || tags[0] === 'NNPS') continue;
    commonWords.add(wordKey(word));
  }
}

const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Organization', 'SportsTeam', 'Place', 'City', 'Country', 'Region', 'Demonym', 'ProperNoun', 'Honorific', 'Abbreviation', 'Actor', 'Month', 'WeekDay', 'Date'];
for (const word in compromiseLexicon) {
  const tags = compromiseLexicon[word];
  if (word.includes(' ') || !/^\p{Ll}+$/u.test(word)) continue;
  const list = Array.isArray(tags) ? tags : [tags];
  if (list.length > 0 && list.every((t) => t !== undefined && !NAME_TAGS.includes(t))) commonWords.add(word);
}

/** Function words (prepositions, conjunctions, determiners, pronouns, adverbs): never the first word of a name. */
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Copula', 'Negative'];
const functionWords = new Set<string>();
for (const word in compromiseLexicon) {
  const tags = compromiseLexicon[word];
  if (!word.includes(' ') && FUNCTION_TAGS.some((t) => hasTag(tags, t))) functionWords.add(word);
}

const toSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(wordKey));

export const CORE_TITLE_WORDS = toSet(CORE_TITLES);
export const TITLE_MODIFIER_WORDS = toSet(TITLE_MODIFIERS);
export const HONORIFIC_WORDS = toSet(HONORIFICS);
export const ORG_HEAD_WORDS = toSet(ORG_HEADS);
export const ORG_LEAD_WORDS = toSet(ORG_LEADS);
export const ORG_BARE_LEAD_WORDS = toSet(ORG_LEADS_BARE);
export const ORG_HEAD_PAIR_SET = new Set(ORG_HEAD_PAIRS);
export const PLACE_HEAD_PAIR_SET = new Set(PLACE_HEAD_PAIRS);
export const MASTHEAD_WORDS = toSet(MASTHEAD_HEADS);
export const ROMANCE_ORG = toSet(ROMANCE_ORG_WORDS);
export const PLACE_HEAD_WORDS = toSet(PLACE_HEADS);
export const PLACE_LEAD_WORDS = toSet(PLACE_LEADS);
export const PLACE_OF_LEAD_WORDS = toSet(PLACE_LEADS_BEFORE_OF);
export const NON_ENTITY_HEAD_WORDS = toSet(NON_ENTITY_HEADS);
export const NON_ENTITY_LEAD_WORDS = toSet(NON_ENTITY_LEADS);
export const CONNECTOR_WORDS = new Set(NAME_CONNECTORS);
export const DETERMINER_WORDS = new Set(DETERMINERS);
export const CALENDAR_WORDS = toSet(CALENDAR);
export const NEVER_NAME_WORDS = new Set(NEVER_NAMES.map(nameKey));
export const SPEECH_VERB_WORDS = new Set(SPEECH_VERBS);
export const ORG_APPOSITIVE_WORDS = new Set(ORG_APPOSITIVES);
export const PLACE_APPOSITIVE_WORDS = new Set(PLACE_APPOSITIVES);
export const PLACE_PREPOSITION_WORDS = new Set(PLACE_PREPOSITIONS);
export const COMPASS_WORDS = new Set(COMPASS);
export const HYPHEN_SUFFIX_WORDS = new Set(HYPHEN_SUFFIXES);
export const WORK_NOUN_WORDS = new Set(WORK_NOUNS);
export const AWARD_WORD_SET = new Set(AWARD_WORDS);
export const PRODUCT_TAIL_WORDS = new Set(PRODUCT_TAILS);

/** A given name known to compromise ("claudia", "luis"). */
export const isFirstName = (key: string): boolean => firstNames.has(key);
/** A family name known to compromise ("wilson", "sanchez"). */
export const isLastName = (key: string): boolean => lastNames.has(key) || famousSurnames.has(key);
/** A famous person's full name or mononym known to compromise ("barack obama"). */
export const isFamousPerson = (key: string): boolean => famousPeople.has(key);
/** An organisation's name known to compromise or to our list ("associated press", "twitter", "reuters"). */
export const isKnownOrg = (key: string): boolean => lexiconOrgs.has(key);
/** A nationality adjective or noun known to compromise ("mexican", "afghan"). */
export const isLexiconDemonym = (key: string): boolean => demonymWords.has(key);
/** A noun for a person or a title ("actor", "billionaire", "senator"). */
export const isPersonNoun = (key: string): boolean => personNouns.has(key) || CORE_TITLE_WORDS.has(key);
/** An ordinary lowercase English word ("left", "voice", "capitalists"). */
export const isCommonWord = (key: string): boolean => commonWords.has(key);
/** A capitalised word known only as a proper noun: "trump" (from "Trump"), "merkel". */
export const isProperNoun = (key: string): boolean => properNouns.has(key);
/** "as", "despite", "however", "both". */
export const isFunctionWord = (key: string): boolean => functionWords.has(key);
