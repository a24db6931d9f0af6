/**
 * Small noun-phrase and verb readers over the tokenizer's POS tags. They are deliberately shallow:
 * a figure's counted noun is almost always within a few tokens of it.
 */
import type { Token } from '@dossier/core';
import { AUXILIARIES, COUNTED_NOISE, IRREGULAR_PLURALS, NON_EVENT_VERBS } from './lexicon/context.js';
import type { DocView } from './view.js';

/** A noun phrase: tokens [start, end) with its head at end - 1. */
export interface NounPhrase {
  start: number;
  end: number;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'each', 'every', 'any', 'some']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const HYPHENS = new Set(['-', '–']);
const PARTICIPLE = /(?:ed|en|ing)$/;
const DIRECTION_WORDS = new Set(['to', 'into', 'toward', 'towards', 'from', 'back', 'abroad', 'home', 'north', 'south', 'east', 'west', 'up', 'down', 'out']);
const MODAL_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'to']);

const nounPos = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
const modifierPos = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN');

/** Skips determiners and possessives ("the", "its", "Mexico's") from token k. */
export function skipDeterminers(v: DocView, k: number, limit: number): number {
  const tk = v.tokens;
  let j = k;
  for (;;) {
    const t = tk[j];
    if (j >= limit || t === undefined) return j;
    if (DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || (t.pos === 'DET' && t.lower !== 'no')) {
      j++;
      continue;
    }
    // "Mexico's exports": the possessor is not what is counted.
    if (nounPos(t) && j + 1 < limit && POSSESSIVE_MARKS.has(tk[j + 1]!.lower) && modifierPos(tk[j + 2])) {
      j += 2;
      continue;
    }
    return j;
  }
}

/**
 * The noun phrase starting at token k (after determiners): adjectives, nouns and hyphen compounds up
 * to the last noun. "high-level Mexican drug traffickers", "National Guard troops".
 */
export function nounPhraseAt(v: DocView, k: number, limit: number): NounPhrase | null {
  const tk = v.tokens;
  const glued = v.words.glued;
  let start = skipDeterminers(v, k, limit);
  while (start < limit && COUNTED_NOISE.has(tk[start]!.lower) && modifierPos(tk[start + 1])) start++;
  // "46 percent of previously heat-attributed damage", "newly arrived migrants": an adverb that grades a modifier.
  if (start + 1 < limit && tk[start]!.pos === 'ADV' && gradable(v, start + 1)) start++;
  let j = start;
  let lastNoun = -1;
  while (j < limit) {
    const t = tk[j]!;
    if (HYPHENS.has(t.lower) && glued[j] && glued[j + 1] && j > start && j + 1 < limit && modifierPos(tk[j + 1]) || (HYPHENS.has(t.lower) && glued[j] && glued[j + 1] && tk[j + 1]?.pos === 'VERB')) {
      j++;
      continue;
    }
    // "heat-attributed damage": the first word of a hyphen compound modifies whatever its tag.
    if (t.pos === 'VERB' && j + 2 < limit && HYPHENS.has(tk[j + 1]!.lower) && glued[j + 1] && glued[j + 2]) {
      j++;
      continue;
    }
    // "politicians Lee Cheuk-yan": a name after a common noun is an apposition, not part of the head.
    if (t.pos === 'PROPN' && lastNoun >= start && tk[lastNoun]!.pos === 'NOUN' && !HYPHENS.has(tk[j - 1]?.lower ?? '')) {
      let r = j;
      while (r < limit && (tk[r]!.pos === 'PROPN' || (HYPHENS.has(tk[r]!.lower) && glued[r]))) r++;
      if (tk[r]?.pos !== 'NOUN') break;
    }
    if (nounPos(t)) lastNoun = j;
    else if (t.pos === 'ADJ' || t.pos === 'NUM' && j > start && HYPHENS.has(tk[j - 1]!.lower)) {
      // adjectives only lead into a noun
    } else if (t.pos === 'VERB' && PARTICIPLE.test(t.lower) && ((lastNoun < 0 && modifierPos(tk[j + 1])) || (HYPHENS.has(tk[j - 1]?.lower ?? '') && glued[j]))) {
      // "overcrowded detention centers", "state-owned automaker"; after the head a participle starts a clause
      // ("migrants seeking asylum").
    } else break;
    j++;
  }
  if (lastNoun < start) return null;
  let end = lastNoun + 1;
  if (end - start >= 2 && (verbalNounAt(v, end - 1) || sVerbAt(v, end - 1) || participleAfterPlural(v, end - 1))) end--;
  return { start, end };
}

/** A modifier an adverb can grade: an adjective, a participle, or the first noun of a hyphen compound ("heat-attributed"). */
function gradable(v: DocView, j: number): boolean {
  const t = v.tokens[j]!;
  if (t.pos === 'ADJ') return true;
  if (t.pos === 'VERB' && PARTICIPLE.test(t.lower) && modifierPos(v.tokens[j + 1])) return true;
  return (t.pos === 'NOUN' || t.pos === 'VERB') && HYPHENS.has(v.tokens[j + 1]?.lower ?? '') && v.words.glued[j + 1] === true && v.words.glued[j + 2] === true;
}

/**
 * A hyphen compound after a number at token k: "six-member team", and the spaced form of tokenized
 * corpora ("six - member team", a hyphen with a space on both sides before a singular noun that is
 * itself followed by a noun or adjective).
 */
export function hyphenCompoundAt(v: DocView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || !HYPHENS.has(t.lower)) return false;
  const glued = v.words.glued;
  if (glued[k] && glued[k + 1]) return true;
  if (glued[k] || glued[k + 1]) return false;
  const noun = v.tokens[k + 1];
  const after = v.tokens[k + 2];
  return noun?.pos === 'NOUN' && !noun.lower.endsWith('s') && after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ');
}

/** The noun phrase that ends right before token k ("the undocumented Mexicans" ← k). */
export function nounPhraseBefore(v: DocView, k: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  let end = k;
  while (end > floor && (tk[end - 1]!.pos === 'ADV' || tk[end - 1]!.lower === '”' || tk[end - 1]!.lower === '"')) end--;
  // "Internet Explorer 9 was downloaded": a number after a name is part of it.
  const named = end - 2 >= floor && /^\d+$/.test(tk[end - 1]!.lower) && tk[end - 2]!.pos === 'PROPN';
  if (!nounPos(tk[end - 1]) && !named) return null;
  let start = named ? end - 2 : end - 1;
  while (start > floor && (modifierPos(tk[start - 1]) || (HYPHENS.has(tk[start - 1]!.lower) && v.words.glued[start - 1]))) start--;
  while (start < end - 1 && !nounPos(tk[start]) && tk[start]!.pos !== 'ADJ') start++;
  return { start, end };
}

/**
 * "Mexican exports head to the US", "2 million voters cast their ballots": a bare noun after a plural
 * noun, before a preposition or a determiner, is a verb.
 */
function verbalNounAt(v: DocView, j: number): boolean {
  const head = v.tokens[j];
  const before = v.tokens[j - 1];
  const after = v.tokens[j + 1];
  return head !== undefined && head.pos === 'NOUN' && !head.lower.endsWith('s') && nounPos(before) && before!.lower.endsWith('s') &&
    !before!.lower.endsWith('ss') && after !== undefined && (DIRECTION_WORDS.has(after.lower) || after.lower === 'their' || after.lower === 'its' || after.lower === 'the');
}

/**
 * "the world's population lives in cities": a third-person verb that the tagger reads as a plural noun,
 * after a singular noun and before a preposition. Common verbs only; their plural-noun readings rarely
 * follow a singular noun.
 */
const S_VERBS = new Set([
  'lives', 'works', 'needs', 'costs', 'plans', 'faces', 'runs', 'falls', 'rises', 'stands', 'remains', 'comes', 'goes',
  'makes', 'takes', 'says', 'wants', 'calls', 'shows', 'looks', 'seems', 'helps', 'leads', 'holds', 'sits', 'stays',
  'moves', 'returns', 'accounts', 'votes', 'owns', 'lacks', 'relies', 'depends', 'suffers', 'struggles', 'earns',
]);

function sVerbAt(v: DocView, j: number): boolean {
  const t = v.tokens[j];
  const before = v.tokens[j - 1];
  const after = v.tokens[j + 1];
  return t !== undefined && S_VERBS.has(t.lower) && before !== undefined && before.pos === 'NOUN' && !before.lower.endsWith('s') &&
    after !== undefined && (after.pos === 'ADP' || after.pos === 'ADV' || after.pos === 'DET');
}

/** "2.2 million people voting": an -ing word after a plural head starts a participle clause. */
function participleAfterPlural(v: DocView, j: number): boolean {
  const t = v.tokens[j]!;
  const before = v.tokens[j - 1];
  return t.lower.endsWith('ing') && before !== undefined && before.pos === 'NOUN' &&
    ((before.lower.endsWith('s') && !before.lower.endsWith('ss')) || IRREGULAR_PLURALS.has(before.lower));
}

/** Is token j used as a verb? The tagger calls "has cost" and "exports head" nouns. */
export function isVerbAt(v: DocView, j: number): boolean {
  const t = v.tokens[j];
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  const prev = v.tokens[j - 1];
  if (t.pos === 'NOUN' && prev !== undefined && MODAL_AUX.has(prev.lower) && prev.pos !== 'ADP') return true;
  if (verbalNounAt(v, j) || sVerbAt(v, j)) return true;
  // "quelled/ADJ the trade war": a past form right after its subject.
  return t.pos === 'ADJ' && /ed$/.test(t.lower) && nounPos(prev) && nounPos(v.tokens[j + 1]) === false && v.tokens[j + 1]?.pos === 'DET';
}

/** A verb that can be a figure's event: not an auxiliary, not "including"/"said". */
export function isEventVerb(v: DocView, j: number): boolean {
  const t = v.tokens[j];
  return t !== undefined && isVerbAt(v, j) && !NON_EVENT_VERBS.has(t.lower) && !AUXILIARIES.has(t.lower);
}

export function textOf(v: DocView, p: NounPhrase): string {
  return v.text.slice(v.tokens[p.start]!.start, v.tokens[p.end - 1]!.end);
}
