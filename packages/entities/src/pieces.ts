/**
 * Cutting runs into name pieces: leading determiners and position-only capitals go ("The", "According"),
 * lists split ("Guatemala, Honduras and El Salvador" arrive as runs; "Mexico and China" splits here), titles become
 * roles ("U.S. President Donald Trump" -> place "U.S." + role "President" + "Donald Trump"), and a place or an
 * organisation glued before a person's name is cut off ("United States Hamdullah Mohib").
 */
import {
  AWARD_WORD_SET, COMPASS_WORDS, CONNECTOR_WORDS, CORE_TITLE_WORDS, DETERMINER_WORDS, HONORIFIC_WORDS, NON_ENTITY_HEAD_WORDS,
  NON_ENTITY_LEAD_WORDS, ORG_HEAD_WORDS, ORG_LEAD_WORDS, PLACE_HEAD_WORDS, PLACE_LEAD_WORDS, PLACE_OF_LEAD_WORDS, PRODUCT_TAIL_WORDS,
  TITLE_MODIFIER_WORDS, isCommonWord, isFirstName, isFunctionWord, isKnownOrg, isLastName,
} from './lexicon.js';
import { isDemonym, lookupPlace, type Place } from './gazetteer.js';
import { acronymLetters, isAcronym } from './normalize.js';
import { isGluedHyphen, isPossessive, type Run } from './runs.js';
import type { DocView } from './view.js';

export interface Piece {
  first: number;
  end: number;
  /** The title stated with the name ("Foreign Minister"), when there is one. */
  role: string | null;
  /** A title or courtesy title precedes the name inside the run: it names a person. */
  titled: boolean;
  /** What follows "of" after a person's name: "Nathan Law of Demosisto" (an organisation unless a known place). */
  affiliation?: true;
}

/** Words after "&" that finish a company's name. */
const AMPERSAND_TAILS = new Set(['co', 'company', 'sons', 'partners', 'associates', 'brothers']);

/** Titles that are also given names: "Dean Kamen" is a name, "Dean Smith" rarely a dean in the news. */
const NAME_LIKE_TITLES = new Set(['dean', 'major', 'marshal', 'bishop', 'king', 'judge', 'duke', 'earl', 'baron', 'count', 'sheriff', 'chief', 'brother', 'sister', 'chair', 'head', 'general', 'private', 'speaker', 'leader']);

const isWord = (v: DocView, i: number): boolean => v.tokens[i]!.kind === 'word' || v.tokens[i]!.kind === 'symbol' || v.tokens[i]!.kind === 'ordinal';
const isConnector = (v: DocView, i: number): boolean => !v.cap[i] && (CONNECTOR_WORDS.has(v.keys[i]!) || v.keys[i] === '&');

/** Key of the token range, as a name: the same as `nameKey` of its text, built from the token keys. */
export function rangeKey(v: DocView, first: number, end: number): string {
  let key = '';
  for (let i = first; i < end; i++) {
    const k = v.keys[i]!;
    if (k === '' || SEPARATOR_TOKEN.test(k)) continue;
    // "People's" -> "peoples", as `nameKey` reads it.
    if (key !== '' && isQuoteStart(k) && isPossessive(v, i)) key += 's';
    else key = key === '' ? k : `${key} ${k}`;
  }
  return key;
}
const SEPARATOR_TOKEN = /^[-‐‑–—,/]+$/;
/** A cheap test before `isPossessive`: the token starts with an apostrophe. */
const isQuoteStart = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c === 39 || c === 0x2019;
};

/**
 * Keys of the tokens at `indices[from..]`. Arrays that flow between functions are built with push, not `.map`:
 * `.map` gives packed arrays until TurboFan inlines it and holey ones after, and that change of shape deoptimizes
 * every optimized function that reads them (a recompile each, in every worker thread).
 */
export function keysAt(v: DocView, indices: readonly number[], from = 0): string[] {
  const out: string[] = [];
  for (let k = from; k < indices.length; k++) out.push(v.keys[indices[k]!]!);
  return out;
}

/** Indices of the name words (not connectors, not hyphens) in [first, end). */
export function nameWordIndices(v: DocView, first: number, end: number): number[] {
  const out: number[] = [];
  for (let i = first; i < end; i++) {
    if (!isWord(v, i) || isGluedHyphen(v, i) || (isQuoteStart(v.keys[i]!) && isPossessive(v, i))) continue;
    // "bin" in "Hau Lung-bin" is a name part, not a connector.
    if (isConnector(v, i) && !(i > first && isGluedHyphen(v, i - 1))) continue;
    out.push(i);
  }
  return out;
}

const isKnownName = (key: string): boolean => lookupPlace(key) !== undefined || isKnownOrg(key);

/** The longest known place or organisation name starting at `first`, as its end token, or -1. */
function knownPrefixEnd(v: DocView, first: number, end: number): number {
  for (let e = Math.min(end, first + 6); e > first; e--) {
    if (!isWord(v, e - 1) || isConnector(v, e - 1)) continue;
    if (isKnownName(rangeKey(v, first, e))) return e;
  }
  return -1;
}

const lastWordKey = (v: DocView, first: number, end: number): string => {
  const w = nameWordIndices(v, first, end);
  return w.length ? v.keys[w[w.length - 1]!]! : '';
};

const endsWithHead = (v: DocView, first: number, end: number): boolean => {
  const k = lastWordKey(v, first, end);
  return ORG_HEAD_WORDS.has(k) || PLACE_HEAD_WORDS.has(k);
};

/**
 * Words after a title look like a person's name: no head or title words, and an ordinary word first only when it is
 * the whole name ("President Trump", "Mr Key"; "Luis Videgaray"; not "Foreign Affairs").
 */
function looksLikeName(v: DocView, first: number, end: number): boolean {
  const words = nameWordIndices(v, first, end);
  if (words.length === 0 || words.length > 5) return false;
  // "Secretary of State Rex Tillerson": an ordinary word may open a name whose surname no dictionary knows.
  const lastKey = v.keys[words[words.length - 1]!]!;
  const unknownSurname = words.length === 2 && !isCommonWord(lastKey) && !isKnownName(lastKey) && !ORG_HEAD_WORDS.has(lastKey) && !PLACE_HEAD_WORDS.has(lastKey);
  return words.every((i) => {
    const k = v.keys[i]!;
    if (/^\p{L}$/u.test(k)) return true;
    if (ORG_HEAD_WORDS.has(k) || PLACE_HEAD_WORDS.has(k) || CORE_TITLE_WORDS.has(k)) return false;
    // "President In ..." is no name; "Theresa May" is.
    if (isFunctionWord(k) && i === words[0]) return false;
    return isFirstName(k) || !isCommonWord(k) || i !== words[0] || words.length === 1 || unknownSurname;
  });
}

/** Cuts one run into pieces. */
export function splitRun(v: DocView, run: Run): Piece[] {
  let first = run.first;
  const end = run.end;
  // Leading "The" and position-only capitals ("According", "Despite", "Members of the").
  for (;;) {
    if (first >= end) return [];
    const k = v.keys[first]!;
    if (v.cap[first] && DETERMINER_WORDS.has(k)) first++;
    else if (v.soft[first] && !keepSoftLead(v, first, end)) first++;
    else if ((isConnector(v, first) && !isArabicArticle(v, first, end)) || isGluedHyphen(v, first)) first++;
    else break;
  }
  // "Securities and Exchange Commission (SEC)": the acronym that follows vouches for the whole name.
  if (definedByAcronym(v, first, end)) return [{ first, end, role: null, titled: false }];
  // Most runs are one word ("Trump", "Mexico"): nothing to cut.
  if (end - first === 1) return isWord(v, first) && !isConnector(v, first) ? [withUnitNumber(v, { first, end, role: null, titled: false })] : [];
  // "Lukaku won the Budweiser Man of the Match award": the name of an award, not of its sponsor or of a man.
  if (isAwardName(v, first, end)) return [];
  const pieces: Piece[] = [];
  for (const [from, to] of splitConjunctions(v, first, end)) {
    const [a, b] = trimConnectors(v, from, to);
    if (b <= a) continue;
    // Most names hold no "of", "on" or "for": only titles to read.
    if (!holds(v, a, b, OF_ON_FOR)) {
      pieces.push(...splitTitle(v, a, b));
      continue;
    }
    for (const [c, d] of splitOrgTail(v, a, b)) {
      const parts = splitOfAfterPerson(v, c, d);
      for (let k = 0; k < parts.length; k++) {
        for (const [g, h] of splitOfPlace(v, parts[k]![0], parts[k]![1])) {
          for (const t of splitTitle(v, g, h)) {
            if (k > 0) t.affiliation = true;
            pieces.push(t);
          }
        }
      }
    }
  }
  const out: Piece[] = [];
  for (const p of pieces) {
    for (const q of splitPrefixes(v, p)) {
      for (const r of splitHyphenatedPlaces(v, q)) {
        const b = cutBrand(v, r);
        if (b && hasNameWord(v, b.first, b.end)) out.push(withUnitNumber(v, b));
      }
    }
  }
  return out;
}

/** Military and similar units, which take an ordinal: "501st Legion", "82nd Airborne Division". */
const UNIT_HEADS = new Set(['legion', 'division', 'brigade', 'regiment', 'battalion', 'squadron', 'corps', 'fleet', 'army', 'infantry', 'cavalry', 'airborne', 'wing', 'platoon', 'company']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** "The Canadian garrison of 501st Legion": the ordinal before a unit is part of its name. */
function withUnitNumber(v: DocView, p: Piece): Piece {
  const before = v.tokens[p.first - 1];
  if (!before || before.kind !== 'ordinal' || !ORDINAL.test(before.text) || before.end + 1 !== v.tokens[p.first]!.start) return p;
  if (before.sentence !== v.tokens[p.first]!.sentence || !UNIT_HEADS.has(lastWordKey(v, p.first, p.end))) return p;
  return { ...p, first: p.first - 1 };
}

function hasNameWord(v: DocView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (isWord(v, i) && !isGluedHyphen(v, i) && (!isConnector(v, i) || (i > first && isGluedHyphen(v, i - 1)))) return true;
  return false;
}

/** Does the range hold one of these lowercase words? A cheap test before the costlier cuts. */
function holds(v: DocView, first: number, end: number, words: ReadonlySet<string>): boolean {
  for (let i = first; i < end; i++) if (!v.cap[i] && words.has(v.keys[i]!)) return true;
  return false;
}
const CONJUNCTIONS = new Set(['and', '&', 'or']);
const OF = new Set(['of']);
const OF_ON_FOR = new Set(['of', 'on', 'for']);

/** The run is followed by "(XYZ)" whose letters are the initials of its capitalised words. */
function definedByAcronym(v: DocView, first: number, end: number): boolean {
  if (v.tokens[end]?.text !== '(' || v.tokens[end + 2]?.text !== ')') return false;
  const acronym = v.tokens[end + 1]!.text;
  if (!isAcronym(acronym)) return false;
  let initials = '';
  for (const i of nameWordIndices(v, first, end)) if (v.cap[i]) initials += v.keys[i]!.charAt(0);
  return initials.length > 1 && initials === acronymLetters(acronym).toLowerCase();
}

/** Drops connectors and determiners at both ends: "the Caribbean" -> "Caribbean". */
function trimConnectors(v: DocView, first: number, end: number): [number, number] {
  while (first < end && ((isConnector(v, first) && !isArabicArticle(v, first, end)) || (v.cap[first] && DETERMINER_WORDS.has(v.keys[first]!)))) first++;
  while (end > first && isConnector(v, end - 1) && !isGluedHyphen(v, end - 2)) end--;
  return [first, end];
}

/** "al-Qaeda", "el-Arish": the Arabic article glued to the name word after it is part of the name. */
function isArabicArticle(v: DocView, i: number, end: number): boolean {
  const t = v.tokens[i]!.text;
  return (t === 'al' || t === 'el') && i + 2 < end && isGluedHyphen(v, i + 1) && v.cap[i + 2] === 1;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/** A capital that is there only because the sentence starts may still begin a name: a title, a nationality... */
function keepSoftLead(v: DocView, i: number, end: number): boolean {
  const k = v.keys[i]!;
  // "As", "Despite", "Use", "Both": words of other classes never lead a name.
  if ((!NAME_POS.has(v.tokens[i]!.pos) || isFunctionWord(k)) && !isFirstName(k)) return false;
  if (CORE_TITLE_WORDS.has(k) || TITLE_MODIFIER_WORDS.has(k) || HONORIFIC_WORDS.has(k) || isDemonym(k) || COMPASS_WORDS.has(k)) return true;
  if (ORG_LEAD_WORDS.has(k) || PLACE_LEAD_WORDS.has(k) || PLACE_OF_LEAD_WORDS.has(k) || NON_ENTITY_LEAD_WORDS.has(k)) return v.keys[i + 1] === 'of' || v.hard[i + 1] === 1;
  if (isFirstName(k)) return true;
  if (knownPrefixEnd(v, i, end) > 0) return true;
  // "National Guard troops arrive": the run ends with a head word and this word is glued to it, not "Members of ...".
  // Not in headings, where every word is capitalised ("... to Use Mexican National Guard").
  return !v.heading[i] && endsWithHead(v, i, end) && !isConnector(v, i + 1);
}

/**
 * "Mexico and China" are two names; "Organization for Economic Cooperation and Development" and "Bosnia and
 * Herzegovina" are one: "and" stays inside a name after "of"/"for" or when the whole is a known name.
 */
function splitConjunctions(v: DocView, first: number, end: number): Array<[number, number]> {
  if (!holds(v, first, end, CONJUNCTIONS)) return [[first, end]];
  const out: Array<[number, number]> = [];
  let from = first;
  for (let i = first + 1; i < end - 1; i++) {
    const k = v.keys[i]!;
    if (v.cap[i] || (k !== 'and' && k !== '&' && k !== 'or')) continue;
    if (isKnownName(rangeKey(v, from, end))) break;
    const left = rangeKey(v, from, i);
    const right = rangeKey(v, i + 1, end);
    let join = false;
    // "Procter & Gamble", "JPMorgan Chase & Co."; not "Facebook & Twitter".
    if (k === '&') join = AMPERSAND_TAILS.has(right) || !(isKnownName(left) && isKnownName(right));
    else if (k === 'and') {
      // "Union of Rationalist Atheists and Agnostics" joins; "Colorado State University of the US and the
      // University of Sheffield" does not.
      let hasOf = false;
      for (let j = from; j < i; j++) if (!v.cap[j] && (v.keys[j] === 'of' || v.keys[j] === 'for')) hasOf = true;
      const nextKey = v.keys[i + 1]!;
      // "... University of Oxford and Stanford University": the right part is a name of its own.
      const ownName = ORG_HEAD_WORDS.has(lastWordKey(v, i + 1, end)) && !isCommonWord(nextKey);
      const rightStartsName =
        !v.cap[i + 1] || ownName || knownPrefixEnd(v, i + 1, end) > 0 || isFirstName(nextKey) || ORG_LEAD_WORDS.has(nextKey) || PLACE_LEAD_WORDS.has(nextKey);
      join = hasOf && !rightStartsName && nameWordIndices(v, i + 1, end).length <= 3;
    }
    if (!join) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, end]);
  return out.filter(([a, b]) => b > a);
}

/**
 * "Nathan Law of Demosisto", "Lee Cheuk-yan of the Labour Party": a person's name (titles before it allowed), then
 * an organisation or place.
 * Not "Daughters of the American Revolution" or "Gulf of Mexico": the words before "of" must look like a name.
 */
function splitOfAfterPerson(v: DocView, first: number, end: number): Array<[number, number]> {
  if (!holds(v, first, end, OF)) return [[first, end]];
  for (let i = first + 2; i < end - 1; i++) {
    if (v.cap[i] || v.keys[i] !== 'of') continue;
    const all = nameWordIndices(v, first, i);
    // "Police Chief Maria Lopez of the Oakland Police Department": titles before the name are read later.
    let t = 0;
    while (t < all.length - 2 && v.cap[all[t]!] && (CORE_TITLE_WORDS.has(v.keys[all[t]!]!) || TITLE_MODIFIER_WORDS.has(v.keys[all[t]!]!) || HONORIFIC_WORDS.has(v.keys[all[t]!]!))) t++;
    const words = all.slice(t);
    const lead = v.keys[words[0]!]!;
    const nameLead = isFirstName(lead) || (!isCommonWord(lead) && !isKnownName(lead) && !ORG_LEAD_WORDS.has(lead) && !PLACE_LEAD_WORDS.has(lead) && !PLACE_OF_LEAD_WORDS.has(lead));
    const noHeads = words.every((w) => !ORG_HEAD_WORDS.has(v.keys[w]!) && !PLACE_HEAD_WORDS.has(v.keys[w]!) && !CORE_TITLE_WORDS.has(v.keys[w]!) && !TITLE_MODIFIER_WORDS.has(v.keys[w]!));
    if (words.length >= 2 && words.length <= 4 && nameLead && noHeads && !isKnownName(rangeKey(v, first, end))) {
      let next = i + 1;
      // "Matthew Ingram of The Globe and Mail".
      while (next < end && (isConnector(v, next) || (v.cap[next] && DETERMINER_WORDS.has(v.keys[next]!)))) next++;
      return [[first, i], [next, end]];
    }
  }
  return [[first, end]];
}

/**
 * "U.S. President Donald Trump" -> "U.S." + role "President" + "Donald Trump"; "Secretary of State Marco Rubio" ->
 * role "Secretary of State" + "Marco Rubio". A title with no name after it ("Foreign Minister") yields nothing.
 */
function splitTitle(v: DocView, first: number, end: number): Piece[] {
  const plain: Piece = { first, end, role: null, titled: false };
  let titled = false;
  for (let i = first; i < end && !titled; i++) titled = CORE_TITLE_WORDS.has(v.keys[i]!) || HONORIFIC_WORDS.has(v.keys[i]!);
  if (!titled || endsWithHead(v, first, end) || isKnownName(rangeKey(v, first, end))) return [plain];
  const words = nameWordIndices(v, first, end);
  let p = -1;
  for (const i of words) {
    const k = v.keys[i]!;
    if (CORE_TITLE_WORDS.has(k) || HONORIFIC_WORDS.has(k)) {
      p = i;
      break;
    }
  }
  if (p < 0) return [plain];
  if (p === words[0] && words.length === 2 && NAME_LIKE_TITLES.has(v.keys[p]!)) return [plain];
  // Extend the role over further title words ("Prime Minister", "Secretary General").
  let j = p + 1;
  // "Prime Minister", "Secretary-General".
  while (j < end && (((CORE_TITLE_WORDS.has(v.keys[j]!) || TITLE_MODIFIER_WORDS.has(v.keys[j]!)) && v.cap[j]) || (isGluedHyphen(v, j) && CORE_TITLE_WORDS.has(v.keys[j + 1]!)))) j++;
  let q = j;
  if (j < end && !v.cap[j] && (v.keys[j] === 'of' || v.keys[j] === 'for')) {
    // "Secretary of Foreign Affairs Luis Videgaray": the name starts at a given name, else it is the last two words.
    q = -1;
    for (let i = j + 1; i < end; i++) if (isFirstName(v.keys[i]!) && v.cap[i] && !isConnector(v, i - 1)) { q = i; break; }
    if (q < 0) {
      const rest = nameWordIndices(v, j + 1, end);
      q = rest.length >= 3 ? rest[rest.length - 2]! : end;
    }
  }
  while (q < end && (isConnector(v, q) || (HONORIFIC_WORDS.has(v.keys[q]!) && q + 1 < end))) q++;
  let roleStart = p;
  while (roleStart - 1 >= first && TITLE_MODIFIER_WORDS.has(v.keys[roleStart - 1]!) && v.cap[roleStart - 1] && !isDemonym(v.keys[roleStart - 1]!)) roleStart--;
  const named = q < end ? lookupPlace(rangeKey(v, q, end)) : undefined;
  // "Captain America" is not Captain + a person called America.
  if (named && (named.kind === 'country' || named.kind === 'region')) return [plain];
  const out: Piece[] = [];
  if (roleStart > first) out.push(...splitTitle(v, first, roleStart));
  if (q >= end || !looksLikeName(v, q, end)) return out;
  const honorificOnly = q === p + 1 && HONORIFIC_WORDS.has(v.keys[p]!);
  let roleEnd = q;
  // "Undersecretary for Education Mr. Toccafondi": the role ends before the courtesy title.
  while (roleEnd > roleStart && (!isWord(v, roleEnd - 1) || isConnector(v, roleEnd - 1) || HONORIFIC_WORDS.has(v.keys[roleEnd - 1]!))) roleEnd--;
  const role = honorificOnly ? null : v.text.slice(v.tokens[roleStart]!.start, v.tokens[roleEnd - 1]!.end);
  out.push({ first: q, end, role, titled: true });
  return out;
}

/**
 * A known place or an organisation glued before a person's name: "United States Hamdullah Mohib",
 * "US Southern Command John F. Kelly"; a nationality before a name is dropped ("Mexican Claudia Sheinbaum").
 */
function splitPrefixes(v: DocView, piece: Piece): Piece[] {
  const { first, end } = piece;
  if (end - first < 3) return [piece];
  const words = nameWordIndices(v, first, end);
  if (words.length < 3 || endsWithHead(v, first, end) || isKnownName(rangeKey(v, first, end))) return [piece];
  // A nationality or a description before a given name: "Mexican Claudia Sheinbaum", "Scientologist Tom Cruise".
  const lead = v.keys[first]!;
  if (isFirstName(v.keys[words[1]!]!) && !isFirstName(lead) && lead.length > 1 && (isDemonym(lead) || isCommonWord(lead) || /ists?$/.test(lead))) {
    return [{ ...piece, first: words[1]! }];
  }
  const placeEnd = knownPrefixEnd(v, first, end);
  const prefixPlace = placeEnd > 0 ? lookupPlace(rangeKey(v, first, placeEnd)) : undefined;
  if (placeEnd > 0 && placeEnd < end && (prefixPlace === undefined || prefixPlace.strong)) {
    // Words glued by hyphens count once: "Lau Siu-lai" is one name, not the Fijian province Lau + "Siu-lai".
    const rest = nameWordIndices(v, placeEnd, end).filter((i) => !isGluedHyphen(v, i - 1));
    if (rest.length >= 2 && rest[0] === placeEnd && looksLikeName(v, placeEnd, end) && !isCommonWord(v.keys[placeEnd]!)) {
      return [{ first, end: placeEnd, role: null, titled: false }, { ...piece, first: placeEnd }];
    }
  }
  // "US Southern Command John F. Kelly", "Refugee Council Enver Solomon".
  for (let h = 1; h < words.length - 2; h++) {
    const k = v.keys[words[h]!]!;
    const next = words[h + 1]!;
    const nameFollows = isFirstName(v.keys[next]!) || /^\p{Lu}\.$/u.test(v.tokens[next]!.text) || (!isCommonWord(v.keys[next]!) && looksLikeName(v, next, end));
    if (ORG_HEAD_WORDS.has(k) && nameFollows && v.keys[words[h]! + 1] !== 'of') {
      return [{ first, end: words[h]! + 1, role: null, titled: false }, { ...piece, first: next }];
    }
  }
  return [piece];
}

/** "US-Mexico" border: two places; "US-Mexican": a place and a nationality (dropped later). */
function splitHyphenatedPlaces(v: DocView, piece: Piece): Piece[] {
  if (piece.end - piece.first < 3) return [piece];
  const parts: Array<[number, number]> = [];
  let from = piece.first;
  for (let i = piece.first; i < piece.end; i++) {
    if (isGluedHyphen(v, i)) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  if (parts.length === 0) return [piece];
  parts.push([from, piece.end]);
  const allPlaces = parts.every(([a, b]) => {
    const k = rangeKey(v, a, b);
    return lookupPlace(k) !== undefined || isDemonym(k);
  });
  if (!allPlaces) return [piece];
  const pieces: Piece[] = [];
  for (const [a, b] of parts) pieces.push({ first: a, end: b, role: null, titled: false });
  return pieces;
}

/** "Budweiser Man of the Match award", "the Nobel Peace prize": a name of two words or more before an award word. */
function isAwardName(v: DocView, first: number, end: number): boolean {
  const next = v.tokens[end];
  if (!next || next.sentence !== v.tokens[first]!.sentence || v.cap[end] || !AWARD_WORD_SET.has(v.keys[end]!)) return false;
  return nameWordIndices(v, first, end).length >= 2 && !isKnownName(rangeKey(v, first, end));
}

/** The "of"/"on"/"for" after an organisation's head word ("University of", "Council on"), or -1. */
function orgConnectorAt(v: DocView, first: number, end: number): number {
  for (let i = first + 1; i < end - 1; i++) {
    if (v.cap[i]) continue;
    const k = v.keys[i]!;
    if ((k === 'of' || k === 'on' || k === 'for') && (ORG_LEAD_WORDS.has(v.keys[i - 1]!) || ORG_HEAD_WORDS.has(v.keys[i - 1]!))) return i;
  }
  return -1;
}

const isHeadOrTitle = (k: string): boolean =>
  ORG_HEAD_WORDS.has(k) || PLACE_HEAD_WORDS.has(k) || CORE_TITLE_WORDS.has(k) || HONORIFIC_WORDS.has(k) || isDemonym(k);

/**
 * The last words of an organisation's run name a person when they look like a name: a known given name first
 * ("Council on American - Islamic Relations Alia Salem"), or an unknown word and a surname the article also uses
 * alone ("University of Texas Arlington Amneh Jafari ... Jafari said").
 */
function isPersonTail(v: DocView, words: number[]): boolean {
  const keys = keysAt(v, words);
  if (keys.some(isHeadOrTitle) || words.some((i) => !v.cap[i]) || isKnownName(keys.join(' '))) return false;
  const lead = keys[0]!;
  const last = keys[keys.length - 1]!;
  // A surname may be a town's name ("Alia Salem"), not a company's.
  if (isFirstName(lead)) return !isKnownOrg(last) && lookupPlace(lead) === undefined && (!isCommonWord(last) || isLastName(last));
  return words.length === 2 && !isCommonWord(lead) && !isKnownName(lead) && v.isAlone(last) && !isKnownName(last);
}

/**
 * An organisation's run that runs into the next name: "University of Texas Arlington Amneh Jafari" (a person),
 * "University of Texas Arlington Muslim Student Association" (a second organisation, starting at a nationality or
 * faith), "Daughters of the American Revolution Constitution Hall" (a building).
 */
function splitOrgTail(v: DocView, first: number, end: number): Array<[number, number]> {
  if (end - first < 4 || holdsTitle(v, first)) return [[first, end]];
  const c = orgConnectorAt(v, first, end);
  if (c < 0) return [[first, end]];
  const words = nameWordIndices(v, c + 1, end);
  for (const size of [3, 2]) {
    if (words.length < size + 1) continue;
    const p = words[words.length - size]!;
    if (isConnector(v, p - 1) || isGluedHyphen(v, p - 1)) continue;
    if (isPersonTail(v, words.slice(words.length - size))) return [...splitOrgTail(v, first, p), [p, end]];
  }
  const last = v.keys[words[words.length - 1]!]!;
  if (ORG_HEAD_WORDS.has(last)) {
    for (let w = 1; w < words.length - 2; w++) {
      const i = words[w]!;
      const before = v.keys[words[w - 1]!]!;
      if (isDemonym(v.keys[i]!) && !isConnector(v, i - 1) && !isGluedHyphen(v, i - 1) && !COMPASS_WORDS.has(before) && !isDemonym(before)) return [[first, i], [i, end]];
    }
  }
  // "Constitution Hall": the building's own name is its head and the word before it.
  if (words.length >= 3 && PLACE_HEAD_WORDS.has(last) && !ORG_LEAD_WORDS.has(last)) {
    const p = words[words.length - 2]!;
    if (v.cap[p] && !isConnector(v, p - 1) && !isGluedHyphen(v, p - 1)) return [[first, p], [p, end]];
  }
  return [[first, end]];
}

/** The run opens with a title ("Director of the FBI Christopher Wray"): `splitTitle` reads it. */
function holdsTitle(v: DocView, first: number): boolean {
  const k = v.keys[first]!;
  return CORE_TITLE_WORDS.has(k) || TITLE_MODIFIER_WORDS.has(k) || HONORIFIC_WORDS.has(k);
}

/** A known place, or a known place and a place head ("Hong Kong Island"). */
function isPlaceRange(v: DocView, first: number, end: number): Place | undefined {
  const whole = lookupPlace(rangeKey(v, first, end));
  if (whole) return whole;
  const words = nameWordIndices(v, first, end);
  if (words.length < 2 || !PLACE_HEAD_WORDS.has(v.keys[words[words.length - 1]!]!)) return undefined;
  return lookupPlace(rangeKey(v, first, words[words.length - 2]! + 1));
}

/**
 * "X of <place>" where X is no organisation or place of that place: "Taikoo of the Hong Kong Island constituency"
 * is Taikoo and Hong Kong Island; "Colorado State University of the US" and "University of Sheffield of the UK" are
 * an organisation and the country it is in. "Bank of England", "Gulf of Mexico", "Mayor of London" and "Royal Bank of
 * Scotland" stay whole.
 */
function splitOfPlace(v: DocView, first: number, end: number): Array<[number, number]> {
  if (!holds(v, first, end, OF)) return [[first, end]];
  for (let i = end - 2; i > first; i--) {
    if (v.cap[i] || v.keys[i] !== 'of') continue;
    let r = i + 1;
    while (r < end && (isConnector(v, r) || (v.cap[r] && DETERMINER_WORDS.has(v.keys[r]!)))) r++;
    const place = r < end ? isPlaceRange(v, r, end) : undefined;
    if (!place || isKnownName(rangeKey(v, first, end))) return [[first, end]];
    const left = keysAt(v, nameWordIndices(v, first, i));
    if (left.length === 0) return [[first, end]];
    const plain = left.length <= 2 && !isKnownName(left.join(' ')) && left.every((k) => !isNameShapeWord(k) && !isFirstName(k) && !isDemonym(k) && !COMPASS_WORDS.has(k));
    // "Colorado State University", "University of Sheffield", "Massachusetts Institute of Technology".
    let orgShaped = ORG_HEAD_WORDS.has(left[left.length - 1]!);
    for (let j = first; j + 1 < i && !orgShaped; j++) orgShaped = (ORG_HEAD_WORDS.has(v.keys[j]!) || ORG_LEAD_WORDS.has(v.keys[j]!)) && v.keys[j + 1] === 'of' && !v.cap[j + 1];
    const located = orgShaped && (place.kind === 'country' || place.kind === 'state') && left.some((k) => lookupPlace(k)?.strong === true);
    return plain || located ? [[first, i], [r, end]] : [[first, end]];
  }
  return [[first, end]];
}

/** Words that give a name its kind: heads, leads and titles. */
function isNameShapeWord(k: string): boolean {
  return (
    ORG_HEAD_WORDS.has(k) || ORG_LEAD_WORDS.has(k) || PLACE_HEAD_WORDS.has(k) || PLACE_LEAD_WORDS.has(k) || PLACE_OF_LEAD_WORDS.has(k) ||
    CORE_TITLE_WORDS.has(k) || TITLE_MODIFIER_WORDS.has(k) || HONORIFIC_WORDS.has(k) || NON_ENTITY_LEAD_WORDS.has(k) || NON_ENTITY_HEAD_WORDS.has(k)
  );
}

/**
 * Products: "PlayStation VR" and "Arkham VR" are no entities; "Google Chrome" names its maker, Google. A known
 * organisation followed by one or two words that are no head, place or given name is that organisation.
 */
function cutBrand(v: DocView, piece: Piece): Piece | null {
  if (piece.end - piece.first < 2) return piece;
  const words = nameWordIndices(v, piece.first, piece.end);
  if (words.length < 2) return piece;
  const lastKey = v.keys[words[words.length - 1]!]!;
  if (PRODUCT_TAIL_WORDS.has(lastKey) && !isKnownName(rangeKey(v, piece.first, piece.end))) return null;
  const lead = v.keys[words[0]!]!;
  if (piece.titled || words.length > 3 || !isKnownOrg(lead) || lookupPlace(lead) !== undefined || isFirstName(lead) || isLastName(lead)) return piece;
  if (isKnownName(rangeKey(v, piece.first, piece.end))) return piece;
  const rest = keysAt(v, words, 1);
  if (rest.some((k) => isNameShapeWord(k) || isFirstName(k) || lookupPlace(k) !== undefined || isKnownOrg(k)) || isGluedHyphen(v, words[0]! + 1)) return piece;
  return { ...piece, end: words[0]! + 1 };
}
