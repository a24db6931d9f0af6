/**
 * Last resorts for what a figure counts, tried only when the rules of context.ts found nothing (so they
 * can only turn "no counted noun" into one). Each rule carries the sentence that made it necessary.
 */
import type { Candidate } from './candidates.js';
import { skipBackDeterminers, skipGradingBack, skipInsertBack, verbBack, type ResolvedFigures } from './clauses.js';
import { AUXILIARIES, BE_FORMS } from './lexicon/context.js';
import { isEventVerb, nounPhraseAt, nounPhraseBefore, skipDeterminers, textOf, type NounPhrase } from './phrases.js';
import type { DocView } from './view.js';

export interface Found {
  counted: string;
  span: NounPhrase | null;
}

const PRONOUN_OBJECTS = new Set(['them', 'those', 'these']);
/** Prepositions a money figure names its purpose or object with: "14 million euros for an emergency campaign", "spent … on protective works", "wiping $380 million off its market value", "adding about $40 billion to its market value". */
const PURPOSE_PREPOSITIONS = new Set(['for', 'on', 'off', 'to']);
/** Prepositions between a verb and a figure that measures its subject or object: "slipped from 9.1 percent", "rise by 6 percent". */
const MEASURE_PREPOSITIONS = new Set(['by', 'from', 'to', 'at']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);
const BARE_LINKS = new Set(['or', 'and', ',']);
const COMPARATIVES = new Set(['less', 'more', 'fewer']);
const COST_VERBS = new Set(['cost', 'costs', 'costing']);
const SPEND = new Set(['spend', 'spends', 'spent', 'spending']);
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'aboard', 'inside']);
/**
 * Verbs of holding or punishing a person and the noun of the act, for periods that measure it ("imprisoned
 * her for twelve years" → imprisonment, as the GUM figure gold names it). Common verbs of court,
 * police and health copy.
 */
const PERSON_ACTS: ReadonlyMap<string, string> = new Map([
  ['imprisoned', 'imprisonment'], ['detained', 'detention'], ['held', 'detention'], ['interrogated', 'interrogation'],
  ['questioned', 'questioning'], ['suspended', 'suspension'], ['banned', 'ban'], ['jailed', 'jail term'],
  ['hospitalised', 'hospitalisation'], ['hospitalized', 'hospitalization'], ['quarantined', 'quarantine'],
  ['isolated', 'isolation'], ['exiled', 'exile'],
]);
/** Nouns that only frame a figure: "by an average of 28 percent" measures as "by 28 percent" does. */
const FRAME_NOUNS = new Set(['average', 'total']);
/** Tags the words of a mis-tagged of-phrase may carry ("a fifth of new/ADV hires/VERB were …"). */
const OF_PHRASE_POS = new Set(['ADJ', 'ADV', 'NOUN', 'PROPN', 'VERB']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
/** How many tokens after a money figure its purpose phrase may start ("$45 million over three years for a new centre"). */
const PURPOSE_REACH = 8;
/** How many figures back a figure looks for one to borrow from (news sentences hold a handful). */
const EARLIER_REACH = 12;

const found = (v: DocView, np: NounPhrase | null): Found | null => (np ? { counted: textOf(v, np), span: np } : null);

/**
 * What a figure counts when the main rules found nothing; null when these rules find nothing either.
 * `done` holds every figure of the article in text order; this one is `done.list[index]`.
 */
export function fallbackCounted(v: DocView, cand: Candidate, index: number, done: ResolvedFigures, floor: number, limit: number): Found | null {
  const tk = v.tokens;
  const m = cand.match;
  const first = cand.first;
  const after = m.end;
  const earlier = (fits: (c: Candidate) => boolean, sentenceFloor: number): Found | null => {
    // At most EARLIER_REACH figures back: a scraped page of one "sentence" with thousands of numbers stays linear.
    for (let i = index - 1; i >= 0 && i >= index - EARLIER_REACH; i--) {
      const r = done.list[i]!;
      if (r.cand.sentence < sentenceFloor) return null;
      if (r.ctx.counted !== null && fits(r.cand)) return { counted: r.ctx.counted, span: null };
    }
    return null;
  };

  // "Forty-one children have been admitted, eight of them to intensive care": the pronoun's antecedent
  // is what an earlier figure of the sentence counts, or else the nearest plural noun before.
  if (tk[after]?.lower === 'of' && PRONOUN_OBJECTS.has(tk[after + 1]?.lower ?? '')) {
    const prior = earlier(() => true, cand.sentence);
    if (prior) return prior;
    for (let j = first - 1; j > floor; j--) {
      if (tk[j]!.pos === 'NOUN' && tk[j]!.lower.endsWith('s')) return found(v, nounPhraseBefore(v, j + 1, floor));
    }
    // "The agency recorded 6,870 fires. Lightning started about a quarter of them": with no plural in its
    // own sentence, the pronoun points back to what the sentence before counted.
    return earlier(() => true, cand.sentence - 1);
  }
  // "11,500 firefighters were deployed, among them 2,000 from neighbouring states": a part of a count
  // named just before counts the same thing.
  if (tk[first - 1]?.lower === 'them' && (tk[first - 2]?.lower === 'among' || tk[first - 2]?.lower === 'of')) {
    const prior = earlier(() => true, cand.sentence);
    if (prior) return prior;
  }

  // "a fifth of new hires were engineers": an of-phrase the tagger read as verbs ("new/ADV hires/VERB")
  // is still the noun the figure is a part of when a verb of its own follows it.
  if (tk[after]?.lower === 'of') {
    const s0 = skipDeterminers(v, after + 1, limit);
    let k = s0;
    while (k < limit && k < s0 + 4 && OF_PHRASE_POS.has(tk[k]!.pos) && !AUXILIARIES.has(tk[k]!.lower)) k++;
    if (k > s0 && k < limit && (tk[k]!.pos === 'AUX' || BE_FORMS.has(tk[k]!.lower)) && !timed(v, { start: s0, end: k })) {
      return found(v, { start: tk[s0]!.pos === 'ADV' && k > s0 + 1 ? s0 + 1 : s0, end: k });
    }
  }

  // "to reach about 60,000 children in 120 days, or roughly 500 a day": a bare count set off after the
  // sentence's count (past a period or a rate) counts what that count counts.
  // So does a bare count after "and": "passed with 61 votes in favour and 38 against".
  if (m.kind === null && m.form !== 'vague' && BARE_LINKS.has(tk[first - 1]?.lower ?? '') && !(tk[after]?.pos === 'NOUN' || tk[after]?.lower === 'of')) {
    const prior = earlier((c) => c.match.kind === null, cand.sentence);
    if (prior) return prior;
  }

  // "raise matchday revenue by as much as 150 percent, to around $95 million a season": the level after a
  // change set off by a comma measures what changed.
  if (tk[first - 1]?.lower === 'to' && tk[first - 2]?.lower === ',') {
    const prior = earlier((c) => c.match.end === first - 2, cand.sentence);
    if (prior) return prior;
  }
  // "raise its quarterly dividend by 5 cents to 35 cents a share": a level right after a change measures
  // what changed.
  if (tk[first - 1]?.lower === 'to') {
    const prior = earlier((c) => c.match.end === first - 1, cand.sentence);
    if (prior) return prior;
  }

  // "set aside 14 million euros for an emergency vaccination campaign", "spent more than 120 million
  // francs since 2019 on protective works": money is counted by what it is for.
  if (m.kind === 'currency') {
    for (let j = after; j < limit && j < after + PURPOSE_REACH; j++) {
      const t = tk[j]!;
      if (t.lower === ',' || t.lower === ';' || isEventVerb(v, j)) break;
      if (PURPOSE_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') {
        const k = skipDeterminers(v, j + 1, limit);
        // "$1,950 a month for a two-bedroom apartment": the noun after a figure that modifies it.
        const inner = done.startingAt(k);
        const np = inner ? (inner.ctx.countedSpan && inner.ctx.countedSpan.start > k ? inner.ctx.countedSpan : null) : nounPhraseAt(v, k, limit);
        if (np && !timed(v, np)) return found(v, np);
      }
    }
  }

  // "about a third less wheat", "40 percent more rain": a comparative after the figure leads to its noun.
  if (COMPARATIVES.has(tk[after]?.lower ?? '') && (tk[after + 1]?.pos === 'NOUN' || tk[after + 1]?.pos === 'ADJ')) {
    const np = nounPhraseAt(v, after + 1, limit);
    if (np && !timed(v, np)) return found(v, np);
  }

  // "rainfall … had been 62 percent below the average", "the four schools are each less than half full":
  // a figure in the predicate of a copula measures its subject; "Three weeks is an eternity": a period
  // that is the subject measures the predicate.
  let b = first - 1;
  // "the smartphone unit's sales were flat at $1.9 billion": an adjective of level before "at".
  if (b - 1 > floor && tk[b]!.lower === 'at' && tk[b - 1]!.pos === 'ADJ') b -= 2;
  while (b > floor && (tk[b]!.pos === 'ADV' || tk[b]!.lower === 'each')) b--;
  if (b > floor && BE_FORMS.has(tk[b]!.lower)) {
    const subject = subjectBefore(v, b, floor);
    if (subject) return found(v, subject);
  }
  if (m.kind === 'time' && BE_FORMS.has(tk[after]?.lower ?? '')) {
    const np = nounPhraseAt(v, skipDeterminers(v, after + 1, limit), limit);
    if (np && !timed(v, np)) return found(v, np);
  }

  // "a service that typically costs about $15 a month": a price measures the subject of "cost".
  if (m.kind === 'currency') {
    let c = first - 1;
    while (c > floor && tk[c]!.pos === 'ADV') c--;
    if (c > floor && COST_VERBS.has(tk[c]!.lower)) {
      const subject = subjectBefore(v, c, floor);
      if (subject) return found(v, subject);
    }
  }

  // "inflation, which ran at 3.4 percent": a share a verb reaches over a preposition measures that
  // verb's subject (below), not the share before it.
  // ("have risen by an average of 28 percent": "an average of" and "a total of" only frame the figure)
  const lead = FRAME_NOUNS.has(tk[first - 2]?.lower ?? '') && tk[first - 1]?.lower === 'of' && (tk[first - 3]?.lower === 'a' || tk[first - 3]?.lower === 'an') ? first - 3 : first;
  const measured = MEASURE_PREPOSITIONS.has(tk[lead - 1]?.lower ?? '') && verbBack(v, lead, floor) >= 0;
  // "Haddad led with 38.4 percent of the vote, ahead of Lang with 31.2 percent"; "30 percent of voters
  // would choose Haddad, while 22 percent would back Lang. Nearly half said …": a share with no noun of
  // its own is a share of what the share before it counts (in its sentence, or the one before when it
  // opens its sentence).
  const share = m.kind === 'percent' || m.form === 'fraction';
  if (share && !measured && !(tk[after]?.pos === 'NOUN' || tk[after]?.pos === 'PROPN' || tk[after]?.lower === 'of')) {
    const opens = first === v.doc.sentences[cand.sentence]!.firstToken;
    const prior = earlier((c) => c.match.kind === 'percent' || c.match.form === 'fraction', opens ? cand.sentence - 1 : cand.sentence);
    if (prior) return prior;
  }

  // "the 2.5 percent raise fell short": after a determiner, the word after the figure is the noun it
  // modifies, whatever its tag.
  if (ARTICLES.has(tk[first - 1]?.lower ?? '') && (tk[after]?.pos === 'VERB' || tk[after]?.pos === 'NOUN') && tk[after + 1]?.pos !== 'NOUN') {
    return { counted: tk[after]!.text, span: { start: after, end: after + 1 } };
  }

  // "I was a school secretary here for 31 years": a period of a copula measures its predicate.
  if (m.kind === 'time') {
    for (let j = first - 1; j > floor && j >= first - PURPOSE_REACH; j--) {
      if (!BE_FORMS.has(tk[j]!.lower)) continue;
      const np = nounPhraseAt(v, skipDeterminers(v, j + 1, first), first);
      if (np && !timed(v, np)) return found(v, np);
      break;
    }
  }

  // The verb the figure measures, reached over a preposition ("slipped from 9.1 percent", "rise by as
  // much as 6 percent") or, for a period, over any ("for 31 years", "over five years"). A figure that is
  // itself a subject or object is not measuring a verb this way ("found that 62 percent support the plan").
  if (!measured && m.kind !== 'time') return null;
  const verb = verbBack(v, lead, floor);
  if (verb < 0) return null;
  // "to raise matchday revenue by as much as 150 percent": a noun phrase between the verb and "by" is
  // the object that changes.
  if (MEASURE_PREPOSITIONS.has(tk[lead - 1]?.lower ?? '') && lead - 2 > verb) {
    const object = nounPhraseBefore(v, lead - 1, verb + 1);
    const objectStart = skipDeterminers(v, verb + 1, lead);
    if (object && object.start === objectStart && !timed(v, object)) return found(v, object);
    // "cut the risk of death by 30 percent": an object with an of-complement
    const ofAt = object ? skipBackDeterminers(v, object.start, verb + 1) - 1 : -1;
    if (object && tk[ofAt]?.lower === 'of' && !timed(v, object)) {
      const outer = nounPhraseBefore(v, ofAt, verb + 1);
      if (outer && outer.start === objectStart) return found(v, { start: outer.start, end: object.end });
    }
  }
  // "We spent six hours on that roof": a period spent somewhere measures the stay in that place.
  if (m.kind === 'time' && SPEND.has(tk[verb]!.lower) && PLACE_PREPOSITIONS.has(tk[after]?.lower ?? '')) {
    const np = nounPhraseAt(v, skipDeterminers(v, after + 1, limit), limit);
    if (np && !timed(v, np)) return found(v, np);
  }
  // "imprisoned her for twelve years", "interrogated him for two hours": a period of what was done to a
  // person (a pronoun object, which counts nothing) measures the act, named by its noun.
  if (m.kind === 'time') {
    const act = PERSON_ACTS.get(tk[verb]!.lower);
    if (act && tk[verb + 1]?.pos === 'PRON') return { counted: act, span: null };
  }
  // Otherwise the verb's subject: "Northgate's market share in North America had slipped from 9.1
  // percent to 6.4 percent over five years"; "inflation, which ran at 3.4 percent" (the antecedent).
  return found(v, subjectBefore(v, verb, floor));
}

/** A time phrase is not what is counted ("for the year", "in 2025"). */
function timed(v: DocView, np: NounPhrase): boolean {
  for (let t = np.start; t < np.end; t++) {
    const type = v.valueType[t];
    if (type === 'DATE' || type === 'DURATION' || type === 'TIME') return true;
  }
  return false;
}

/**
 * The subject of the verb at `verb`: the noun phrase before it over auxiliaries ("might have to rise"),
 * the outer noun of a postmodified subject ("Contributions from the city", "market share in North
 * America"), and a relative pronoun's antecedent ("inflation, which ran").
 */
function subjectBefore(v: DocView, verb: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  let j = skipGradingBack(v, verb, floor);
  while (j - 1 > floor && (AUXILIARIES.has(tk[j - 1]!.lower) || tk[j - 1]!.pos === 'AUX' || tk[j - 1]!.pos === 'ADV' || tk[j - 1]!.pos === 'PART' || tk[j - 1]!.lower === 'to' || tk[j - 1]!.lower === 'have')) j--;
  if (j - 1 >= floor && RELATIVE_PRONOUNS.has(tk[j - 1]!.lower)) {
    j--;
    if (tk[j - 1]?.lower === ',') j--;
  }
  // "fine-particle pollution in the capital, Lerida, was six times the safe limit"
  let np = nounPhraseBefore(v, skipInsertBack(v, j, floor), floor);
  if (!np) return null;
  let d = np.start;
  while (d > floor && (tk[d - 1]!.pos === 'DET' || tk[d - 1]!.lower === 'the')) d--;
  if (d - 1 > floor && tk[d - 1]!.pos === 'ADP' && tk[d - 1]!.lower !== 'of') {
    const outer = nounPhraseBefore(v, d - 1, floor);
    // (a sentence's first word is often tagged PROPN: "Contributions from the city")
    if (outer && (tk[outer.end - 1]!.pos === 'NOUN' || outer.end - 1 === floor)) np = outer;
  }
  return tk[np.end - 1]!.pos === 'NOUN' || tk[np.end - 1]!.pos === 'PROPN' ? np : null;
}

/** Nouns of change that a percentage modifies while measuring something else: "a 3 percent increase in property taxes". */
const CHANGE_NOUNS = new Set(['increase', 'increases', 'rise', 'rises', 'cut', 'cuts', 'drop', 'drops', 'decline', 'declines', 'fall', 'jump', 'reduction', 'hike', 'hikes', 'gain', 'gains', 'growth']);
const DEMONSTRATIVES = new Set(['this', 'that', 'such', 'similar']);

/**
 * A better counted phrase than the one the rules found, or null to keep it: "a 3 percent increase in
 * property taxes" measures the taxes; "storms of this intensity had become roughly twice as frequent"
 * measures the storms (a demonstrative "of" phrase describes its noun, it is not what is counted).
 */
export function refineCounted(v: DocView, span: NounPhrase, floor: number, limit: number): Found | null {
  const tk = v.tokens;
  if (CHANGE_NOUNS.has(tk[span.end - 1]!.lower) && tk[span.end]?.lower === 'in') {
    const np = nounPhraseAt(v, skipDeterminers(v, span.end + 1, limit), limit);
    if (np && !timed(v, np)) return found(v, np);
  }
  if (span.start - 2 > floor && DEMONSTRATIVES.has(tk[span.start - 1]!.lower) && tk[span.start - 2]!.lower === 'of') {
    const outer = nounPhraseBefore(v, span.start - 2, floor);
    if (outer && (tk[outer.end - 1]!.pos === 'NOUN' || outer.end - 1 === floor)) return found(v, outer);
  }
  return null;
}
