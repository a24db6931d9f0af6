import type { Entity, TokenizedDoc } from '@dossier/core';
import { buildView, type DocView } from './view.js';
import { findRuns, isPossessive } from './runs.js';
import { nameWordIndices, rangeKey, splitRun } from './pieces.js';
import { buildCandidate, classifyMulti, isNonEntityName, type Candidate } from './classify.js';
import { groupEntities, type AcronymLink, type BracketAlias } from './group.js';
import { isAcronym } from './normalize.js';
import { lookupPlace } from './gazetteer.js';
import { markTeams } from './teams.js';
import { markKinds } from './kinds.js';
import { isCommonWord, isFamousPerson, isFirstName, isKnownOrg, isLastName, isPersonNoun } from './lexicon.js';

/** People, places and organisations of one article, one entity per referent, ids in order of first mention. */
export function extractEntities(doc: TokenizedDoc): Entity[] {
  const v = buildView(doc);
  const cands: Candidate[] = [];
  const affiliations: number[] = [];
  for (const run of findRuns(v)) {
    for (const piece of splitRun(v, run)) {
      if (piece.affiliation) affiliations.push(cands.length);
      cands.push(buildCandidate(v, piece));
    }
  }
  forgetWorkPlaces(cands);
  markKinds(v, cands);
  // Words the article also uses alone: "Haddock" makes "Tennille Haddock" a name.
  const singles = new Set(cands.filter((c) => c.words.length === 1).map((c) => c.key));
  for (const c of cands) if (c.words.length > 1) c.type = classifyMulti(v, c, singles);
  // Lists and affiliations tell what their unknown members are; decide those again.
  markLists(v, cands);
  markAffiliations(v, cands, affiliations);
  markTeams(v, cands);
  for (const c of cands) {
    if (c.words.length > 1 && (c.cues.listedWithPlaces || c.cues.listedWithPersons || c.cues.team || (c.cues.orgContext && c.type === null))) c.type = classifyMulti(v, c, singles);
  }
  // What is still no entity may hold a country ("The Malaysia Tourism board").
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.words.length > 1 && c.type === null && !c.cues.work && !isNonEntityName(c)) cands[i] = placeWithin(v, c) ?? c;
  }
  const { acronyms, aliases } = findBracketLinks(v, cands);
  return groupEntities(cands, acronyms, findProductAcronyms(v), aliases);
}

/**
 * A name that is no entity as a whole may open or end with a country or a world region, which the article still
 * names: "The Malaysia Tourism board", "Fan Expo Canada". Not a law's or a programme's
 * ("Merida Initiative"): `isNonEntityName` names are left whole.
 */
function placeWithin(v: DocView, c: Candidate): Candidate | null {
  // A quoted name is a slogan or a title: "America First".
  if (QUOTES.has(v.tokens[c.first - 1]?.text ?? '') && QUOTES.has(v.tokens[c.end]?.text ?? '')) return null;
  const words = nameWordIndices(v, c.first, c.end);
  if (words.length !== c.end - c.first) return null;
  for (let k = Math.min(words.length - 1, 3); k >= 1; k--) {
    for (const [first, end] of [[c.first, c.first + k], [c.end - k, c.end]] as const) {
      const place = lookupPlace(rangeKey(v, first, end));
      // Countries and world regions only: a state's name is too often a brand's word ("Meta Quest", Meta, Colombia).
      if (!place || (place.kind !== 'country' && place.kind !== 'region') || (first === c.first && isFirstName(v.keys[first]!))) continue;
      const piece = buildCandidate(v, { first, end, role: null, titled: false });
      piece.type = 'PLACE';
      return piece;
    }
  }
  return null;
}

/**
 * "Nathan Law of Demosisto", "Matthew Ingram of The Globe and Mail": what a person is "of" is an organisation unless
 * it is a known place. "Labour's Shadow Home Secretary Yvette Cooper", "Demosisto's Nathan Law": so is a name in
 * the possessive before a person, unless it is a place or a person's name.
 */
function markAffiliations(v: DocView, cands: Candidate[], affiliations: number[]): void {
  for (const i of affiliations) {
    const c = cands[i]!;
    // Not "Edward Yiu of the Architectural, Surveying, ... constituency": one ordinary word is no organisation.
    if (cands[i - 1]?.type === 'PERSON' && c.type === null && !(c.words.length === 1 && isCommonWord(c.key))) c.cues.orgContext = true;
  }
  let personWords: Set<string> | null = null;
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1]!;
    if (!isPossessive(v, c.end) || next.type !== 'PERSON' || c.type !== null || c.place !== null) continue;
    // Only a few title words between: "Labour's Shadow Home Secretary Yvette Cooper", "Greenpeace's campaign director".
    const between = next.first - (c.end + 1);
    if (between > 4 || (between > 0 && !isPersonNoun(v.keys[next.first - 1]!))) continue;
    const k = c.words[0]!;
    if (c.words.length === 1 && (isFirstName(k) || isLastName(k) || isFamousPerson(k))) continue;
    // "Haddock's colleague Tim Brown" after "Tennille Haddock": a surname of the article.
    personWords ??= new Set(cands.filter((p) => p.type === 'PERSON').flatMap((p) => p.words));
    if (personWords.has(k)) continue;
    c.cues.orgContext = true;
  }
}

/**
 * "the voice of Batman in Batman: The Animated Series": a name the article uses as a work's title is not, elsewhere
 * in it, the town or province of the same name (Batman, Turkey). Countries keep their reading.
 */
function forgetWorkPlaces(cands: Candidate[]): void {
  const titles = new Set<string>();
  for (const c of cands) if (c.cues.work) titles.add(c.key);
  if (titles.size === 0) return;
  for (const c of cands) if (c.place && (c.place.kind === 'city' || c.place.kind === 'state') && titles.has(c.key) && !c.cues.placeContext) c.place = null;
}

/**
 * "IE6", "IE9" (an acronym with a version number glued) and "HTML 5" (one followed by a small number) name products
 * and standards, so "IE" and "HTML" alone are no organisations in that article.
 */
function findProductAcronyms(v: DocView): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < v.tokens.length; i++) {
    if (!v.cap[i]) continue;
    const t = v.tokens[i]!;
    // Acronyms have a second capital ("IE6", "HTML"); most capitalised words do not.
    const second = t.text.charCodeAt(1);
    if (!(second >= 65 && second <= 90)) continue;
    const lastCode = t.text.charCodeAt(t.text.length - 1);
    if (lastCode >= 48 && lastCode <= 57) {
      const glued = VERSIONED.exec(t.text);
      if (glued) out.add(glued[1]!.toLowerCase());
    } else if (v.tokens[i + 1]?.kind === 'number' && SMALL_NUMBER.test(v.tokens[i + 1]!.text) && v.tokens[i + 1]!.sentence === t.sentence && isAcronym(t.text)) {
      out.add(v.keys[i]!);
    }
  }
  return out;
}
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
const VERSIONED = /^(\p{Lu}{2,5})\d{1,2}$/u;
const SMALL_NUMBER = /^\d{1,2}(?:\.\d)?$/;

/**
 * "Guatemala, Honduras and El Salvador": a weak name in a list with a place is a place too ("Guerrero, Michoacan");
 * one in a list of people is a person ("Romelu Lukaku, Yannick Carrasco, and Dries Mertens").
 */
function markLists(v: DocView, cands: Candidate[]): void {
  const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
  const CONJUNCTION = /\b(?:and|or)\s+$/;
  let from = 0;
  for (let i = 1; i <= cands.length; i++) {
    const prev = cands[i - 1]!;
    const cur = cands[i];
    if (cur && cur.start - prev.stop <= 7 && LIST_GAP.test(v.text.slice(prev.stop, cur.start))) continue;
    const list = cands.slice(from, i);
    // A list has "and"/"or" or three members ("Guerrero, Michoacan, México and Morelos"); "On Cuba, Obama
    // indicated" is none.
    const closed = list.length > 2 || (list.length === 2 && CONJUNCTION.test(v.text.slice(list[0]!.stop, list[1]!.start)));
    if (closed && list.some((c) => c.type === 'ORG' || (c.words.length === 1 && isKnownOrg(c.key) && c.place === null))) {
      for (const c of list) c.cues.listedWithOrgs = true;
    }
    if (closed && list.some((c) => c.type === 'PLACE' || (c.place !== null && (c.place.strong || c.place.kind === 'country')))) {
      for (const c of list) {
        c.cues.placeContext = true;
        c.cues.listedWithPlaces = true;
      }
    } else if (closed && list.some((c) => c.type === 'PERSON' && c.words.length > 1)) {
      for (const c of list) c.cues.listedWithPersons = true;
    }
    from = i;
  }
}

/**
 * "Drug Enforcement Agency (DEA)": a name followed by a bracketed acronym, or an acronym followed by its expansion.
 * "the Masjid Al-Haram (Grand Mosque)": a name followed by another name of two words or more in brackets.
 */
function findBracketLinks(v: DocView, cands: Candidate[]): { acronyms: AcronymLink[]; aliases: BracketAlias[] } {
  const acronyms: AcronymLink[] = [];
  const aliases: BracketAlias[] = [];
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (v.tokens[a.end]?.text !== '(' || b.first !== a.end + 1 || v.tokens[b.end]?.text !== ')') continue;
    // "KABUL, Afghanistan (AP)" is a dateline: an expansion has two words or more.
    if (b.acronym && !a.acronym && a.words.length > 1) acronyms.push({ acronym: i + 1, expansion: i });
    else if (a.acronym && !b.acronym && b.words.length > 1) acronyms.push({ acronym: i, expansion: i + 1 });
    else if (!a.acronym && !b.acronym && a.words.length > 1 && b.words.length > 1) aliases.push({ name: i, alias: i + 1 });
  }
  return { acronyms, aliases };
}
