/**
 * What a name piece is: PERSON, PLACE, ORG, or nothing. Multi-word names are decided here from the lexicons, their
 * structure (head words: "Drug Enforcement Agency", "Pacific Ocean") and context (a title, a verb of saying, "the
 * magazine Proceso", "the town of Iguala"). One-word names wait for the article's people to be known (`decideSingle`):
 * "Wilson" is Christopher Wilson when he is in the article, "Guerrero" the state when nobody is called so.
 */
import type { EntityType } from '@dossier/core';
import { acronymLetters, isAcronym, isCamelCase, isInitial, nameKey } from './normalize.js';
import {
  CALENDAR_WORDS, COMPASS_WORDS, CONNECTOR_WORDS, CORE_TITLE_WORDS, DETERMINER_WORDS, NEVER_NAME_WORDS, NON_ENTITY_HEAD_WORDS,
  NON_ENTITY_LEAD_WORDS, ORG_APPOSITIVE_WORDS, ORG_HEAD_WORDS, ORG_LEAD_WORDS, PLACE_APPOSITIVE_WORDS, PLACE_HEAD_WORDS,
  PLACE_LEAD_WORDS, PLACE_OF_LEAD_WORDS, PLACE_PREPOSITION_WORDS, ROMANCE_ORG, SPEECH_VERB_WORDS, TITLE_MODIFIER_WORDS, WORK_NOUN_WORDS,
  MASTHEAD_WORDS, ORG_BARE_LEAD_WORDS, ORG_HEAD_PAIR_SET, PLACE_HEAD_PAIR_SET, isCommonWord, isFamousPerson, isFirstName, isKnownOrg, isLastName, isPersonNoun, isProperNoun,
} from './lexicon.js';
import { MAJOR_PLACE_NAMES, isDemonym, lookupPlace, type Place } from './gazetteer.js';
import { isTypoOf } from './similarity.js';
import { keysAt, nameWordIndices, rangeKey, type Piece } from './pieces.js';
import { isGluedHyphen, isPossessive } from './runs.js';
import type { DocView } from './view.js';

/** Context around a name that says what it is. */
export interface Cues {
  /** A title or courtesy title inside the run ("President Trump", "Mr Key"). */
  titled: boolean;
  /** A person noun just before ("actor Jason Beghe") or in apposition after (", deputy director of"), an age in commas
   * after (", 52,") or a clause on "who". */
  personNoun: boolean;
  /** Next to a verb of saying, or after "according to". */
  speaker: boolean;
  /** "the Obama administration", "the Modi government". */
  administration: boolean;
  /** After "in"/"from"/"to", "the town of", before ", Missouri", or in a list of places. */
  placeContext: boolean;
  /** "the town of Iguala", "the state of Hidalgo", "Hollins, a city of 41,000 people". */
  placeAppositive: boolean;
  /** "the magazine Proceso", "Proceso magazine". */
  orgContext: boolean;
  /** Written with a capitalised "The" inside a sentence: "The Guardian", "The Times". */
  capitalThe: boolean;
  /** In a list with a known place: "Herat and Mazar-i-Sharif", "Guerrero, Michoacan, México and Morelos". */
  listedWithPlaces: boolean;
  /** In a list with people: "Romelu Lukaku, Yannick Carrasco, and Dries Mertens". */
  listedWithPersons: boolean;
  /** A capitalised place opening a paragraph before a dash or a bracket: "WASHINGTON —", "ABUJA, Nigeria (Reuters)". */
  dateline: boolean;
  /** In a list with a known organisation: "Ubisoft, Microsoft, and PlayStation VR". */
  listedWithOrgs: boolean;
  /** The title of a work: "her graphic novel Angel Catbird", "Batman: Arkham VR". */
  work: boolean;
  /** The kind a list's noun gives its members: "gods, such as Zeus, Hera" (set by `markKinds`). */
  kind: EntityType | null;
  /** A side of a score line, or its name elsewhere in that report: "Belgium 3 – 0 Panama" (set by `markTeams`). */
  team: boolean;
}

export interface Candidate {
  /** Tokens of the name. */
  first: number;
  end: number;
  start: number;
  stop: number;
  text: string;
  key: string;
  /** Keys of the name words. */
  words: string[];
  role: string | null;
  cues: Cues;
  /** Gazetteer entry for the whole name. */
  place: Place | null;
  acronym: boolean;
  /** Decided type; null for "not an entity" or, for one-word names, "not decided yet". */
  type: EntityType | null;
  /** Canonical place name when the name is a misspelt major place ("Unites States"). */
  typoOf: string | null;
}

/** Company-like word endings that make a lone proper noun an organisation: "Bundesbank", "Microsoft", "Sinopec". */
const ORG_WORD_ENDING = /.(?:bank|corp|tech|soft|com|media|works|group|mart|pec|news)$/;
const ARABIC_ARTICLE = /^(?:al|el) /;
/** Prepositions that put an unknown name of several words in a place: "in Khan Younis", "from Mazar-i-Sharif". */
const PLACE_PREPOSITIONS_STRICT = new Set(['in', 'from', 'near', 'across', 'throughout', 'outside', 'inside']);
/** What follows a dateline's place: "WASHINGTON —", "ABUJA, Nigeria (Reuters)". */
const DATELINE_END = /^\s*[—–(,-]/;
const ADMINISTRATION_WORDS = new Set(['administration', 'government', 'presidency', 'campaign', 'cabinet', 'era', 'aides', 'regime']);
const ORG_AFTER_WORDS = new Set(['magazine', 'newspaper', 'daily', 'weekly', 'agency', 'network', 'website', 'channel', 'television', 'broadcaster', 'newsletter', 'spokesman', 'spokeswoman', 'spokesperson']);

export function buildCandidate(v: DocView, piece: Piece): Candidate {
  const start = v.tokens[piece.first]!.start;
  const stop = v.tokens[piece.end - 1]!.end;
  const text = v.text.slice(start, stop);
  const key = rangeKey(v, piece.first, piece.end);
  const words = keysAt(v, nameWordIndices(v, piece.first, piece.end));
  const { cues, role } = readCues(v, piece);
  return {
    first: piece.first, end: piece.end, start, stop, text, key, words,
    role: piece.role ?? role,
    cues,
    place: placeOf(key, text),
    // "UNLESS" written for emphasis is no acronym; "ICE" and "AP" are.
    acronym: words.length === 1 && isAcronym(text) && !(key.length >= 4 && isCommonWord(key)),
    type: null,
    typoOf: null,
  };
}

/** The place a name denotes; an acronym only stands for a country or a state ("U.N." is not the town of Un). */
function placeOf(key: string, text: string): Place | null {
  // "el-Arish" is the gazetteer's "Arish".
  const place = lookupPlace(key) ?? (ARABIC_ARTICLE.test(key) ? lookupPlace(key.slice(3)) : undefined) ?? null;
  if (place && place.kind === 'city' && isAcronym(text) && acronymLetters(text).length <= 3) return null;
  return place;
}

/** The key of token i when it is in the sentence, else null. */
function wordAt(v: DocView, i: number, sentence: number): string | null {
  const t = v.tokens[i];
  if (!t || t.sentence !== sentence) return null;
  return v.keys[i]!;
}

function readCues(v: DocView, piece: Piece): { cues: Cues; role: string | null } {
  const s = v.tokens[piece.first]!.sentence;
  const prev = wordAt(v, piece.first - 1, s);
  const prevLower = prev !== null && !v.cap[piece.first - 1];
  // "In Khan Younis, ...": a preposition capitalised by the sentence start still is one.
  const prevPreposition = prev !== null && (prevLower || v.initial[piece.first - 1] === 1) && PLACE_PREPOSITION_WORDS.has(prev);
  const prev2 = wordAt(v, piece.first - 2, s);
  let after = piece.end;
  if (isPossessive(v, after)) after++;
  const next = wordAt(v, after, s);
  const nextLower = next !== null && !v.cap[after];
  let role: string | null = null;
  let placeAfter = false;
  let personNoun = prevLower && prev !== null && isPersonNoun(prev) && !DETERMINER_WORDS.has(prev);
  if (personNoun && prev !== null && CORE_TITLE_WORDS.has(prev)) role = v.tokens[piece.first - 1]!.text;
  // Apposition: "Christopher Wilson, deputy director of ...", "Eduardo Sánchez, spokesman for ...".
  if (next === ',' || v.tokens[after]?.text === ',') {
    let i = after + 1;
    if (DETERMINER_WORDS.has(v.keys[i] ?? '') && !v.cap[i]) i++;
    const from = i;
    for (; i < from + 4 && isLowerWord(v, i, s); i++) {
      const k = v.keys[i]!;
      if (CORE_TITLE_WORDS.has(k) || isPersonNoun(k)) {
        personNoun = true;
        // "deputy director": the role runs over the title words that follow.
        let last = i;
        while (isLowerWord(v, last + 1, s) && CORE_TITLE_WORDS.has(v.keys[last + 1]!)) last++;
        if (CORE_TITLE_WORDS.has(k) && role === null) role = v.text.slice(v.tokens[from]!.start, v.tokens[last]!.end);
        break;
      }
      if (TITLE_MODIFIER_WORDS.has(k)) continue;
      // "Derek Shaw, said the mayor would ...": a verb ends the apposition; "the mayor" is someone else.
      if (!isCommonWord(k) || CLAUSE_POS.has(v.tokens[i]!.pos)) break;
    }
    // "said Ray Dunn, 52, who has worked ...": an age in commas, or a clause on "who", follows a person.
    let j = after + 1;
    if (isAge(v, j, s)) j += 2;
    if (j > after + 1 || (v.keys[j] === 'who' && v.tokens[j]!.sentence === s)) personNoun = true;
    // "Hollins, a city of 41,000 people", "Iguala, a town in Guerrero": an apposition naming a kind of place.
    if (placeApposition(v, after + 1, s)) placeAfter = true;
  }
  const speaker =
    (next !== null && nextLower && SPEECH_VERB_WORDS.has(next)) ||
    (prev !== null && prevLower && (prev === 'said' || prev === 'says' || prev === 'asked' || prev === 'added' || prev === 'wrote')) ||
    (prev === 'to' && prev2 === 'according');
  const administration = next !== null && nextLower && ADMINISTRATION_WORDS.has(next);
  const placeAppositive = placeAfter || (prev === 'of' && prev2 !== null && PLACE_APPOSITIVE_WORDS.has(prev2) && !v.cap[piece.first - 2]);
  const placeContext =
    prevPreposition ||
    placeAppositive ||
    (v.tokens[piece.end]?.text === ',' && isStrongPlaceAt(v, piece.end + 1));
  // "the magazine Proceso", "a Pentagon spokesman", "an analyst at Hargreaves Lansdown".
  const orgContext =
    (prev !== null && prevLower && ORG_APPOSITIVE_WORDS.has(prev)) ||
    (next !== null && nextLower && ORG_AFTER_WORDS.has(next) && !isPossessive(v, piece.end)) ||
    (prev === 'at' && prev2 !== null && !v.cap[piece.first - 2] && isPersonNoun(prev2));
  const before = piece.first - 1;
  // "The Guardian cited ...": a newspaper's head after "The" even at a sentence start.
  const masthead = piece.end === piece.first + 1 && MASTHEAD_WORDS.has(v.keys[piece.first]!) && !v.heading[before];
  const capitalThe = v.keys[before] === 'the' && v.cap[before] === 1 && ((!v.initial[before] && !v.heading[before]) || masthead);
  let dateline = false;
  if (v.initial[piece.first] === 1) {
    const stop = v.tokens[piece.end - 1]!.end;
    const firstText = v.tokens[piece.first]!.text;
    dateline = firstText === firstText.toUpperCase() && DATELINE_END.test(v.text.slice(stop, stop + 3));
  }
  return {
    cues: {
      titled: piece.titled, personNoun, speaker, administration, placeContext, placeAppositive, orgContext, capitalThe, listedWithPlaces: false,
      listedWithPersons: false, dateline, listedWithOrgs: false, work: isWorkTitle(v, piece, prev !== null && prevLower ? prev : null),
      kind: null,
      team: false,
    },
    role,
  };
}

/**
 * "her graphic novel Angel Catbird", "the 1969 film Easy Rider" (a noun for a work before the name), "Batman: Arkham
 * VR", "Counter-Strike: Global Offensive" (a subtitle after a colon, inside a sentence).
 */
function isWorkTitle(v: DocView, piece: Piece, prevLower: string | null): boolean {
  if (prevLower !== null && WORK_NOUN_WORDS.has(prevLower) && v.tokens[piece.first - 1]!.pos === 'NOUN') return true;
  const colon = v.tokens[piece.end];
  return colon?.text === ':' && !v.initial[piece.first] && v.cap[piece.end + 1] === 1 && v.tokens[piece.end + 1]!.sentence === colon.sentence;
}

/** Parts of speech that start a clause, not a title: "said", "would", "the", "who". */
const CLAUSE_POS = new Set(['VERB', 'AUX', 'DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'PART']);

/** "52," in "Ray Dunn, 52, who ...": a person's age between commas (or before the full stop). */
function isAge(v: DocView, i: number, sentence: number): boolean {
  const t = v.tokens[i];
  const next = v.tokens[i + 1];
  if (!t || !next || t.sentence !== sentence || t.kind !== 'number' || !/^\d{1,3}$/.test(t.text) || Number(t.text) > 120) return false;
  return next.text === ',' || (next.text === '.' && next.sentence === sentence);
}

const RELATIVE_WORDS = new Set(['where', 'that', 'which', 'whose']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'VERB']);

/** ", a city of ...", ", the capital of ...", ", a small town in ...": a kind of place in apposition at token i. */
function placeApposition(v: DocView, i: number, sentence: number): boolean {
  if (!DETERMINER_WORDS.has(v.keys[i] ?? '') || v.cap[i]) return false;
  // Up to two describing words: "a small coastal town", "a market town", "a mining town".
  for (let k = i + 1; k <= i + 3 && isLowerWord(v, k, sentence); k++) {
    if (PLACE_APPOSITIVE_WORDS.has(v.keys[k]!)) {
      // The place noun ends the phrase ("a city of", "a town where", "a village,"); not "a city council", "the state
      // prosecutor", "the city's finance commissioner".
      const after = v.tokens[k + 1];
      if (!after || after.sentence !== sentence) return true;
      return (after.kind === 'punctuation' && !isPossessive(v, k + 1)) || after.pos === 'ADP' || RELATIVE_WORDS.has(v.keys[k + 1]!);
    }
    if (!MODIFIER_POS.has(v.tokens[k]!.pos)) return false;
  }
  return false;
}

function isLowerWord(v: DocView, j: number, sentence: number): boolean {
  return j < v.tokens.length && v.tokens[j]!.sentence === sentence && v.tokens[j]!.kind === 'word' && !v.cap[j];
}

/** "Ferguson, Missouri": the token after the comma starts a state or country name. */
function isStrongPlaceAt(v: DocView, i: number): boolean {
  if (!v.cap[i]) return false;
  for (let e = Math.min(v.tokens.length, i + 3); e > i; e--) {
    const p = lookupPlace(rangeKey(v, i, e));
    if (p && (p.kind === 'country' || p.kind === 'state')) return true;
  }
  return false;
}

/** "Massachusetts Institute of Technology", "Joint Council for the Welfare of Immigrants", "Council on Foreign Relations". */
function headBeforeOf(raw: string[]): boolean {
  for (let i = 0; i + 1 < raw.length; i++) {
    const k = raw[i]!;
    if ((ORG_HEAD_WORDS.has(k) || ORG_LEAD_WORDS.has(k)) && (raw[i + 1] === 'of' || raw[i + 1] === 'for' || raw[i + 1] === 'on')) return true;
  }
  return false;
}

const hasOf = (words: string[]): boolean => words.includes('of') || words.includes('for') || words.includes('on');

/** Decides a name of two or more words. */
export function classifyMulti(v: DocView, c: Candidate, singles: ReadonlySet<string>): EntityType | null {
  const words = c.words;
  const lead = words[0]!;
  const last = words[words.length - 1]!;
  if (words.every((w) => NEVER_NAME_WORDS.has(w) || CALENDAR_WORDS.has(w))) return null;
  if (isDemonym(c.key) || c.cues.work) return null;
  if (c.cues.team) return 'ORG';
  if (c.cues.kind) return c.cues.kind;
  const rawWords = v.keys.slice(c.first, c.end);
  // "Nathan Law", "Doris Day": a given name first outweighs a head word last.
  const givenName = isFirstName(lead) && words.length <= 3 && !ORG_HEAD_WORDS.has(last) && !PLACE_HEAD_WORDS.has(last);
  // "Daughters of the American Revolution" is an organisation, "the American Revolution" is not.
  if (!givenName && (NON_ENTITY_HEAD_WORDS.has(last) || (NON_ENTITY_LEAD_WORDS.has(lead) && hasOf(rawWords))) && !(ORG_LEAD_WORDS.has(lead) && rawWords[1] === 'of')) return null;
  if (isKnownOrg(c.key)) return 'ORG';
  // "British Red Cross", "US Department of State": a nationality or a place before a known organisation.
  if ((isDemonym(lead) || lookupPlace(lead)) && isKnownOrg(words.slice(1).join(' '))) return 'ORG';
  if (c.place) return 'PLACE';
  if (c.cues.titled) return 'PERSON';
  if (isFamousPerson(c.key)) return 'PERSON';
  const headPair = `${words[words.length - 2]} ${last}`;
  if (ORG_HEAD_PAIR_SET.has(headPair)) return 'ORG';
  if (PLACE_HEAD_PAIR_SET.has(headPair)) return 'PLACE';
  if (ORG_HEAD_WORDS.has(last) || headBeforeOf(rawWords) || words.some((w) => ROMANCE_ORG.has(w)) || ORG_BARE_LEAD_WORDS.has(lead)) return 'ORG';
  // "the religious schools Santo Spirito and Immacolata": a stated kind beats a lead word's guess.
  if (c.cues.orgContext && !PLACE_HEAD_WORDS.has(last)) return 'ORG';
  if (PLACE_HEAD_WORDS.has(last) || PLACE_LEAD_WORDS.has(lead) || (PLACE_OF_LEAD_WORDS.has(lead) && rawWords[1] === 'of')) return 'PLACE';
  if (COMPASS_WORDS.has(lead) && !isDemonym(words.slice(1).join(' '))) {
    const rest = words.slice(1).join(' ');
    if (lookupPlace(rest) || words.length === 2) return 'PLACE';
  }
  if (COMPASS_WORDS.has(last) && lookupPlace(words.slice(0, -1).join(' '))) return 'PLACE';
  if (c.cues.orgContext) return 'ORG';
  if (c.cues.placeAppositive) return 'PLACE';
  // "In Khan Younis, hospitals were overwhelmed": an unknown name after "in"/"from", not a possessive.
  if (c.cues.placeContext && PLACE_PREPOSITIONS_STRICT.has(v.keys[c.first - 1] ?? '') && !isPossessive(v, c.end) && !isFirstName(lead) && c.cues.personNoun === false && !c.cues.titled) {
    if (!isCommonWord(lead) || isLastName(lead)) return 'PLACE';
  }
  if (c.cues.listedWithPlaces && !isFirstName(lead) && !isCommonWord(lead) && !hasOf(rawWords)) return 'PLACE';
  const score = personScore(v, c, singles);
  if (score >= 1 || (c.cues.listedWithPersons && score > -2.5)) return 'PERSON';
  if (isCamelCase(c.text.split(/\s+/)[0] ?? '')) return 'ORG';
  const typo = typoPlace(c.key);
  if (typo) {
    c.typoOf = typo;
    return 'PLACE';
  }
  return null;
}

/**
 * How much a multi-word name looks like a person's: a known given name first counts most, an ordinary English word
 * first ("Left Voice", "Capitalists Fear") counts against, unknown words ("Hamdullah Mohib") count for.
 */
function personScore(v: DocView, c: Candidate, singles: ReadonlySet<string>): number {
  const words = c.words;
  if (words.length > 5) return -9;
  const tokens = nameWordIndices(v, c.first, c.end);
  let score = 0;
  const lead = words[0]!;
  if (isFirstName(lead)) score += 2;
  // Family name first ("Park Joo-Ho", "Wong Kwok-kin"): a known surname leading is not an ordinary word.
  else if (isLastName(lead) && words.length > 1) score += 0.5;
  else if (isCommonWord(lead)) score -= 2;
  else if (lookupPlace(lead) || isDemonym(lead) || isKnownOrg(lead)) score -= 1;
  else score += 1.5;
  const last = words[words.length - 1]!;
  // A syllable after a hyphen ("Yeung-tat") or a two-letter surname ("Ho", "Wu") is no English word.
  const lastSyllable = isGluedHyphen(v, tokens[tokens.length - 1]! - 1) || last.length <= 2;
  // "the Warhol Polaroids" after "roughly 100 Polaroids": a word the article counts is a thing, not a surname.
  if (v.isCounted(last)) score -= 3;
  else if (isLastName(last) || isProperNoun(last)) score += 1;
  else if (lastSyllable) score += 0.5;
  // An ordinary word last ("Kool Aid") is a surname when the article uses it alone too ("Haddock said").
  else if (isCommonWord(last)) score -= isFirstName(lead) || singles.has(last) ? 0.5 : 1.5;
  else score += 0.5;
  for (let w = 1; w < words.length - 1; w++) {
    const k = words[w]!;
    if (isInitial(v.tokens[tokens[w]!]!.text) || isFirstName(k) || isLastName(k)) continue;
    if (isCommonWord(k)) score -= 1;
  }
  for (let w = 0; w < words.length; w++) {
    const k = words[w]!;
    const t = v.tokens[tokens[w]!]!.text;
    // A head word heads a name at its end or before "of" ("Drug Enforcement Agency", "Bank of ..."); first in a
    // name and without "of" it is a family name ("Park Joo-Ho").
    if ((ORG_HEAD_WORDS.has(k) || PLACE_HEAD_WORDS.has(k)) && (w > 0 || v.keys[tokens[w]! + 1] === 'of')) score -= 3;
    if (isAcronym(t) && !isInitial(t)) score -= 2;
    if (isCamelCase(t)) score -= 2;
  }
  // Hyphenated given names are names ("Joo-Ho", "Kwok-kin").
  for (let i = c.first + 1; i < c.end - 1; i++) if (isGluedHyphen(v, i) && v.cap[i - 1] && (v.tokens[i + 1]!.text.length <= 5)) score += 1;
  // A short family name and a given name of two short syllables: "Park Joo-Ho", "Song Min-kyu" (the family name
  // may be an English word).
  if (words.length === 3 && lead.length <= 5 && isGluedHyphen(v, c.end - 2) && tokens[1] === c.end - 3 && words[1]!.length <= 4 && last.length <= 4) score += 2;
  // "of" inside a name is an organisation's ("Daughters of the American Revolution"), and so is "&".
  for (let i = c.first; i < c.end; i++) if (!v.cap[i] && (v.keys[i] === 'of' || v.keys[i] === '&')) score -= 2;
  if (c.cues.personNoun) score += 2;
  if (c.cues.speaker) score += 1;
  if (c.cues.administration) score += 1;
  return score;
}

/** Keys of the major places by first letter, for typo look-ups. */
const MAJOR_BY_INITIAL = new Map<string, Array<[string, string]>>();
for (const name of MAJOR_PLACE_NAMES) {
  const key = nameKey(name);
  if (key.length < 8) continue;
  const list = MAJOR_BY_INITIAL.get(key[0]!) ?? [];
  list.push([key, name]);
  MAJOR_BY_INITIAL.set(key[0]!, list);
}

/** The major place a misspelt name stands for: "unites states" -> "United States". */
function typoPlace(key: string): string | null {
  if (key.length < 8) return null;
  for (const [k, name] of MAJOR_BY_INITIAL.get(key[0]!) ?? []) {
    if (Math.abs(k.length - key.length) <= 2 && isTypoOf(key, k)) return name;
  }
  return null;
}

/** Laws, treaties and events: "North American Free Trade Agreement", "Summit of the Americas". */
export function isNonEntityName(c: Candidate): boolean {
  const lead = c.words[0]!;
  const last = c.words[c.words.length - 1]!;
  return NON_ENTITY_HEAD_WORDS.has(last) || (NON_ENTITY_LEAD_WORDS.has(lead) && / (of|on) /.test(c.key)) || isDemonym(c.key);
}

/** Single words the article gives no reason to keep. */
function isNeverSingle(c: Candidate): boolean {
  const k = c.key;
  return NEVER_NAME_WORDS.has(k) || CALENDAR_WORDS.has(k) || CONNECTOR_WORDS.has(k) || isDemonym(k) || CORE_TITLE_WORDS.has(k);
}

/** Decides a one-word name once the article's people are known: `personWord` says it is part of one's name. */
export function decideSingle(c: Candidate, personWord: boolean): EntityType | null {
  const cues = c.cues;
  const place = c.place;
  if (cues.work) return null;
  if (cues.team) return 'ORG';
  if (cues.kind) return cues.kind;
  if (isKnownOrg(c.key) && !personWord) return 'ORG';
  if (isNeverSingle(c)) return null;
  if (NON_ENTITY_HEAD_WORDS.has(c.key)) return null;
  // A person of the article wins over a place of the same name ("Wilson", "Washington" after "Denzel Washington"),
  // except in a place's context ("in Washington").
  if (personWord && !(place && cues.placeContext)) return 'PERSON';
  if (place && (place.kind === 'country' || place.kind === 'region') && !cues.titled) return 'PLACE';
  if (cues.titled) return 'PERSON';
  // "MPs", "NGOs": plural acronyms name groups of things.
  if (c.acronym && /\p{Lu}s$/u.test(c.text)) return null;
  if (c.acronym) return place ? 'PLACE' : 'ORG';
  if (isCamelCase(c.text)) return 'ORG';
  // "al-Assad" is looked up as "Assad".
  const word = c.words[0]!;
  const personName = isFirstName(word) || isLastName(word) || isFamousPerson(word);
  if (place) {
    if (cues.listedWithPlaces || cues.placeAppositive || cues.dateline) return 'PLACE';
    // "Kano said" after "Lagos and": a strong place, unless the name is also a person's and the context a person's.
    const personContext = cues.administration || (cues.speaker && personName);
    if ((place.strong || cues.placeContext) && !personContext && !(cues.speaker && !place.strong)) return 'PLACE';
  }
  if (cues.orgContext) return 'ORG';
  const unknownWord = !isCommonWord(c.key) && !isFirstName(c.key);
  // "Ubisoft, Microsoft, and ...", "Wikinews has learned": an unknown word in a list of companies, or a compound
  // ending as company names do.
  if (unknownWord && !place && !isLastName(c.key) && !isFamousPerson(c.key) && (cues.listedWithOrgs || ORG_WORD_ENDING.test(c.key))) return 'ORG';
  if ((cues.placeAppositive || cues.listedWithPlaces) && unknownWord) return 'PLACE';
  if (ORG_HEAD_WORDS.has(c.key)) return cues.capitalThe ? 'ORG' : null;
  // "The Lancet", "The Guardian": a capitalised "The" inside a sentence makes a title of a publication or a group.
  if (cues.capitalThe && !place && !isFirstName(c.key)) return 'ORG';
  if (cues.administration && (!place || !place.strong)) return 'PERSON';
  // A lone word next to "said" is a person only when it is a known surname or proper noun ("Trump told"): "the
  // Bundesbank warned" is not.
  const surname = isLastName(word) || isFamousPerson(word) || (isProperNoun(word) && !ORG_WORD_ENDING.test(c.key));
  if (cues.speaker && surname && !place && !cues.placeContext) return 'PERSON';
  const nameLike = !isCommonWord(c.key) || surname;
  if (cues.personNoun && nameLike && !place && !cues.placeContext) return 'PERSON';
  const typo = typoPlace(c.key);
  if (typo) {
    c.typoOf = typo;
    return 'PLACE';
  }
  return null;
}
