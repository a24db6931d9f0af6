/**
 * What a figure counts and the event it takes part in, read from the tokens around it.
 * Each rule carries the sentence that made it necessary; clause structure comes from clauses.ts.
 */
import { ageHolder } from './ages.js';
import { fallbackCounted, refineCounted } from './fallback.js';
import type { Candidate } from './candidates.js';
import {
  CLAUSE_BREAKS, PARTICIPLE, clauseEndAt, copulaSubject, frontedComma, mainClause, objectAfter, patientOf, skipBackDeterminers,
  subjectBeforeVerb, subjectOfMeasure, verbAfter, verbBack, verbBefore, verbText, ResolvedFigures, type Resolved,
} from './clauses.js';
import {
  ASIDE_ADVERBS, ASIDE_COMPARATIVES, AUXILIARIES, BE_FORMS, COLLECTIVE_NOUNS, COUNTED_NOISE, DIMENSION_WORDS, DOUBLE_OBJECT_VERBS, EVENT_NOUNS,
  IRREGULAR_PARTICIPLES, MONEY_ATTRIBUTES, MONEY_VERBS, NOMINAL_ADJECTIVES, PEOPLE_SUBJECT_VERBS, PEOPLE_VERB_STEMS,
  PERIOD_PREPOSITIONS, QUANTITY_NOUNS, RELATIVE_TIME_WORDS, SUPERLATIVE_WORDS, TIME_DEICTICS, TIME_FILLERS,
} from './lexicon/context.js';
import {
  hyphenCompoundAt, isEventVerb, isVerbAt, nounPhraseAt, nounPhraseBefore, skipDeterminers, textOf, type NounPhrase,
} from './phrases.js';
import type { DocView } from './view.js';

export interface FigureContext {
  counted: string | null;
  event: string | null;
  /** Tokens of the counted phrase in the text, when it is there (not supplied or borrowed). */
  countedSpan: NounPhrase | null;
  /** Token of the event verb, or -1. */
  eventToken: number;
  /** The figure is a period or relative time that belongs to a scope ("over the past three months"). */
  period: boolean;
}

/**
 * How far from a figure its counted noun, verb and subject are looked for, each way, inside its
 * sentence. News sentences stay under ~100 tokens (the longest in the seeds and the GUM texts: 84); a
 * scraped line with no punctuation is one "sentence" of 40,000 tokens, where a noun thousands of
 * tokens away is never what a figure counts, and reading that far for every figure takes minutes.
 */
const REACH = 200;

const COORDINATORS = new Set(['and', 'or', ',', 'while', 'but']);
const MONEY_PREPOSITIONS = new Set(['in', 'on', 'for']);
const DISTRIBUTIVE_LINKS = new Set(['of', 'worth', 'costing', 'at']);
const COMPARATIVE_ADJECTIVES = new Set(['larger', 'greater', 'bigger', 'higher', 'smaller', 'lower']);
const MORE_WORDS = new Set(['more', 'fewer', 'additional', 'extra']);
const POSSESSIVE_MARKS = new Set(["'", '’', "'s", '’s']);

/** ", maybe more," between a number and its noun. */
function skipAside(v: DocView, k: number, limit: number): number {
  const tk = v.tokens;
  if (tk[k]?.lower !== ',') return k;
  let j = k + 1;
  while (j < limit && j < k + 4 && (ASIDE_ADVERBS.has(tk[j]!.lower) || ASIDE_COMPARATIVES.has(tk[j]!.lower))) j++;
  return j > k + 1 && tk[j]?.lower === ',' ? j + 1 : k;
}

/** A past participle or adjective used as a noun: "166,000 dead", "28,000 disappeared", "300 wounded". */
function nominalAt(v: DocView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined) return false;
  const next = v.tokens[k + 1];
  if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  // "while 18 percent opposed it": a verb with an object is the figure's verb, not a noun.
  if (t.pos === 'VERB' && next !== undefined && (next.pos === 'PRON' || next.pos === 'DET')) return false;
  if (t.pos === 'ADJ') return NOMINAL_ADJECTIVES.has(t.lower);
  return t.pos === 'VERB' && (PARTICIPLE.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)) && !PEOPLE_SUBJECT_VERBS.has(t.lower);
}

/** The noun phrase a parenthesis comments on: "a “caravan” of migrants and potential asylum seekers (perhaps 200 or so)". */
function phraseBeforeParen(v: DocView, paren: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  let start = paren;
  while (start > floor) {
    const t = tk[start - 1]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.lower === 'and' || t.lower === 'or' || t.lower === 'of' || t.lower === '“' || t.lower === '”' || t.lower === '"') start--;
    else break;
  }
  // Split off a collective head ("caravan of"), then take the first conjunct.
  let j = start;
  for (let k = start; k < paren; k++) {
    if (tk[k]!.lower === 'of' && COLLECTIVE_NOUNS.has(lastNounBefore(v, k, start))) j = k + 1;
  }
  while (j < paren && !(tk[j]!.pos === 'NOUN' || tk[j]!.pos === 'PROPN' || tk[j]!.pos === 'ADJ')) j++;
  let end = j;
  while (end < paren && tk[end]!.lower !== 'and' && tk[end]!.lower !== 'or' && tk[end]!.lower !== 'of') end++;
  while (end > j && !(tk[end - 1]!.pos === 'NOUN' || tk[end - 1]!.pos === 'PROPN')) end--;
  return end > j ? { start: j, end } : null;
}

function lastNounBefore(v: DocView, k: number, floor: number): string {
  for (let j = k - 1; j >= floor; j--) if (v.tokens[j]!.pos === 'NOUN') return v.tokens[j]!.lower;
  return '';
}

/** A superlative earlier in the clause: "the lowest approval rating for any Mexican head of state in at least 20 years". */
function superlativeBefore(v: DocView, k: number, floor: number): NounPhrase | null {
  for (let j = k - 1; j >= floor; j--) {
    const t = v.tokens[j]!;
    if (CLAUSE_BREAKS.has(t.lower) || isEventVerb(v, j)) return null;
    const superlative = (t.pos === 'ADJ' && /est$/.test(t.lower) && t.lower.length > 4) || SUPERLATIVE_WORDS.has(t.lower);
    // Superlatives come with "the" or a possessive: "the lowest approval rating", "its worst drought".
    const det = v.tokens[j - 1]?.lower;
    if (superlative && (det === 'the' || det === 'its' || det === 'their' || det === 'his' || det === 'her' || det === 'our')) {
      const np = nounPhraseAt(v, t.lower === 'most' || t.lower === 'least' ? j + 2 : j + 1, k);
      if (np) return np;
      // "the stampede, the deadliest in 25 years": a superlative with no noun describes the phrase it follows.
      const comma = j - 2;
      return comma > floor && v.tokens[comma]!.lower === ',' ? nounPhraseBefore(v, comma, floor) : null;
    }
  }
  return null;
}

function counted(v: DocView, np: NounPhrase | null): string | null {
  return np ? textOf(v, np) : null;
}

/** Reads counted and event for every candidate, in text order (later rules borrow from earlier figures). */
export function readContexts(v: DocView, cands: readonly Candidate[]): FigureContext[] {
  const done = new ResolvedFigures();
  const out: FigureContext[] = [];
  const starts = new Map<number, Candidate>();
  for (const c of cands) starts.set(c.first, c);
  for (const cand of cands) {
    const ctx = readContext(v, cand, done, starts);
    done.add({ cand, ctx });
    out.push(ctx);
  }
  // "one or two points": the lower end of a split range counts what the upper end counts; so does a
  // figure coordinated with the next one ("three years and six months in prison").
  for (let i = out.length - 2; i >= 0; i--) {
    const ctx = out[i]!;
    const next = out[i + 1]!;
    const a = cands[i]!;
    const b = cands[i + 1]!;
    const coordinated = ctx.counted === null && a.sentence === b.sentence && a.match.kind === b.match.kind && b.first === a.match.end + 1 &&
      (v.tokens[a.match.end]!.lower === 'and' || v.tokens[a.match.end]!.lower === 'or');
    if (!a.sharesNext && !coordinated) continue;
    // The noun after the range belongs to both ends ("from 5,000 to 6,000 people" counts people, not the subject).
    const sharedNoun = next.countedSpan !== null && next.countedSpan.start >= cands[i + 1]!.match.end;
    if (ctx.counted === null || ctx.countedSpan === null || sharedNoun) {
      ctx.counted = next.counted;
      ctx.countedSpan = null;
    }
    if (ctx.event === null) {
      ctx.event = next.event;
      ctx.eventToken = -1;
    }
  }
  // Last resorts and corrections (fallback.ts), in text order so a figure can borrow what the one before
  // it was given here ("by as much as 150 percent, to around $95 million a season").
  out.forEach((ctx, i) => {
    const cand = cands[i]!;
    const s = v.doc.sentences[cand.sentence]!;
    const floor = Math.max(s.firstToken, cand.first - REACH);
    const limit = Math.min(s.endToken, cand.match.end + REACH);
    const found = ctx.counted === null ? fallbackCounted(v, cand, i, done, floor, limit) : ctx.countedSpan ? refineCounted(v, ctx.countedSpan, floor, limit) : null;
    if (found) {
      ctx.counted = found.counted;
      ctx.countedSpan = found.span;
    }
  });
  return out;
}

/** The object of a preposition right after the verb at `verb`, ending at token `end`: "worked on the paint line" (for …). */
function prepositionalObject(v: DocView, verb: number, end: number): NounPhrase | null {
  const prep = v.tokens[verb + 1];
  // ("served as mayor for 12 years": "as" is tagged a subordinator)
  if (prep === undefined || !(prep.pos === 'ADP' || prep.lower === 'as') || verb + 2 >= end) return null;
  const np = nounPhraseAt(v, verb + 2, end);
  if (!np || np.end !== end || v.tokens[np.end - 1]!.pos !== 'NOUN') return null;
  for (let t = np.start; t < np.end; t++) if (v.valueType[t] !== undefined) return null;
  return np;
}

/** "five hard drives each of $ 200", "two tickets, each worth $50": "each" hands the amount to the noun before it. */
function distributiveHolder(v: DocView, first: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  let e = first - 1;
  if (DISTRIBUTIVE_LINKS.has(tk[e]?.lower ?? '')) e--;
  if (tk[e]?.lower !== 'each' || e <= floor) return null;
  const end = tk[e - 1]!.lower === ',' ? e - 1 : e;
  const np = nounPhraseBefore(v, end, floor);
  return np && tk[np.end - 1]!.pos === 'NOUN' ? np : null;
}

/**
 * The counted phrase at token k: determiners skipped, another figure stepped over ("40% of the 1,200
 * respondents" counts respondents), and never a time phrase ("22 percent last year" counts nothing).
 */
function phraseAt(v: DocView, k: number, limit: number, starts: ReadonlyMap<number, Candidate>): NounPhrase | null {
  let j = skipDeterminers(v, k, limit);
  const inner = starts.get(j);
  if (inner) j = inner.match.end;
  // "two of its seven seats": a number that is not a figure of its own still stands before the noun.
  // ("10% of 2000 levels": a year is a date, so the noun after it is a baseline, not what is counted)
  else while (j < limit && v.tokens[j]!.pos === 'NUM' && !/^(?:1\d|20)\d\d$/.test(v.tokens[j]!.lower)) j++;
  if (j < limit && v.tokens[j]!.pos === 'NUM') return null;
  const np = nounPhraseAt(v, j, limit);
  // "Fifteen of the dead": an adjective used as a noun.
  if (!np) return v.tokens[j]?.pos === 'ADJ' && NOMINAL_ADJECTIVES.has(v.tokens[j]!.lower) && !(v.tokens[j + 1]?.pos === 'NOUN') ? { start: j, end: j + 1 } : null;
  for (let t = np.start; t < np.end; t++) {
    const type = v.valueType[t];
    if (type === 'DATE' || type === 'DURATION' || type === 'TIME' || TIME_DEICTICS.has(v.tokens[t]!.lower)) {
      // "treated 2,400 patients last winter": the phrase stops where a time phrase starts; "$90 million last
      // spring" counts no spring.
      let end = t;
      while (end > np.start && v.tokens[end - 1]!.pos !== 'NOUN') end--;
      return end > np.start ? { start: np.start, end } : null;
    }
  }
  return np;
}

function readContext(v: DocView, cand: Candidate, done: ResolvedFigures, starts: ReadonlyMap<number, Candidate>): FigureContext {
  const tk = v.tokens;
  const s = v.doc.sentences[cand.sentence]!;
  const m = cand.match;
  const first = cand.first;
  const floor = Math.max(s.firstToken, first - REACH);
  const limit = Math.min(s.endToken, m.end + REACH);
  const ctx: FigureContext = { counted: null, event: null, countedSpan: null, eventToken: -1, period: false };
  const setCounted = (np: NounPhrase | null): boolean => {
    if (!np) return false;
    ctx.counted = counted(v, np);
    ctx.countedSpan = np;
    return true;
  };
  const setEvent = (j: number): void => {
    if (j < 0 || ctx.event !== null) return;
    ctx.event = verbText(v, j);
    ctx.eventToken = j;
  };
  let after = m.end;
  // "At least 14 people were killed, including three firefighters, and 212 were injured": a part named
  // after "including" is an aside; a later elided count continues the count the part belongs to.
  let prevFigure = done.last && done.last.cand.sentence === cand.sentence ? done.last : null;
  const beforeLast = done.list[done.list.length - 2];
  if (prevFigure !== null && tk[prevFigure.cand.first - 1]?.lower === 'including' && tk[first - 1]?.lower === 'and' && beforeLast?.cand.sentence === cand.sentence) {
    prevFigure = beforeLast;
  }

  // Durations: ages, periods and relative times measure something else in the clause.
  if (m.kind === 'time' && !m.age && !m.modifier) {
    const prep = tk[first - 1]?.lower;
    let p = first - 1;
    while (p >= floor && TIME_FILLERS.has(tk[p]!.lower)) p--;
    const periodPrep = p >= floor && PERIOD_PREPOSITIONS.has(tk[p]!.lower);
    // "roughly four months in advance of the competition" reads like "before".
    const relative = RELATIVE_TIME_WORDS.has(tk[after]?.lower ?? '') || (tk[after]?.lower === 'in' && tk[after + 1]?.lower === 'advance');
    if ((prep === 'in' || prep === 'for') && setCounted(superlativeBefore(v, first - 1, floor))) return ctx;
    const comma = frontedComma(v, first, after, floor, limit);
    if (comma >= 0) {
      ctx.period = periodPrep && !relative;
      const main = mainClause(v, comma, limit, done, starts);
      if (main) {
        ctx.counted = main.counted;
        ctx.countedSpan = main.span;
        setEvent(main.verb);
      }
      return ctx;
    }
    if (relative || periodPrep) {
      ctx.period = periodPrep && !relative;
      // "58%, up from 53% four years ago": a relative time right after a figure dates that figure.
      // ("up 31% from a year earlier": over "from")
      const dated = prevFigure !== null && (prevFigure.cand.match.end === first || (prevFigure.cand.match.end === first - 1 && prep === 'from'));
      if (relative && dated && prevFigure !== null && prevFigure.ctx.counted !== null) {
        ctx.counted = prevFigure.ctx.counted;
        return ctx;
      }
      // "the plant has been idle for 18 months": a period of a state measures the subject of the copula.
      if (ctx.period && p - 2 > floor && tk[p - 1]!.pos === 'ADJ' && BE_FORMS.has(tk[p - 2]!.lower) && setCounted(subjectBeforeVerb(v, p - 2, floor))) return ctx;
      const verb = verbBack(v, p >= floor ? p + 1 : first, floor);
      if (verb >= 0) {
        setEvent(verb);
        // "who has worked on the paint line for 19 years", "We have been asking for mobile clinics for three
        // years": a period right after the verb's prepositional object measures that object.
        if (ctx.period && setCounted(prepositionalObject(v, verb, p))) return ctx;
        const patient = patientOf(v, verb, floor, limit, done, first);
        if (patient) {
          ctx.counted = patient.counted;
          ctx.countedSpan = patient.span;
        }
      } else {
        // "The boats had been at sea for more than two months": with no verb, the clause's subject.
        setCounted(copulaSubject(v, floor, first));
      }
      return ctx;
    }
    // "only two weeks left to assemble their robot and only one day to test it": time for doing something to an object.
    const to = tk[after]?.lower === 'left' || tk[after]?.lower === 'remaining' ? after + 1 : after;
    if (tk[to]?.lower === 'to' && isEventVerb(v, to + 1)) {
      const object = objectAfter(v, to + 1, limit, done);
      if (object === 'pronoun' && prevFigure?.ctx.counted) ctx.counted = prevFigure.ctx.counted;
      else if (object !== null && object !== 'pronoun') {
        ctx.counted = object.counted;
        ctx.countedSpan = object.span;
      }
      setEvent(verbBefore(v, first, floor));
      return ctx;
    }
    // "she had waited three years for the case to reach court": a period before "for <noun> to <verb>"
    // is the wait for what that noun does.
    const waitedFor = tk[after]?.lower === 'for' ? nounPhraseAt(v, after + 1, limit) : null;
    if (waitedFor && tk[waitedFor.end]?.lower === 'to' && isEventVerb(v, waitedFor.end + 1)) {
      setCounted(waitedFor);
      setEvent(verbBefore(v, first, floor));
      return ctx;
    }
    // "up to 20 years in prison", "nearly two decades of military conflict"
    if (tk[after]?.lower === 'in' && tk[after + 1]?.pos === 'NOUN') setCounted(phraseAt(v, after + 1, limit, starts));
    // "severance of two weeks' pay": a possessive measure counts the noun it modifies.
    // (the noun after the mark is a noun whatever its tag: "pay/VERB")
    else if (POSSESSIVE_MARKS.has(tk[after]?.lower ?? '') && (tk[after + 1]?.pos === 'NOUN' || tk[after + 1]?.pos === 'VERB')) {
      setCounted(nounPhraseAt(v, after + 1, limit) ?? { start: after + 1, end: after + 2 });
    }
    else if (tk[after]?.lower === 'of') setCounted(phraseAt(v, after + 1, limit, starts));
    // "the hour and a half White House meeting": a duration before a common noun modifies it.
    else {
      const np = nounPhraseAt(v, after, limit);
      if (np && np.start === after && tk[np.end - 1]!.pos === 'NOUN') setCounted(np);
      // "a 20 minute walk": a singular unit after a number is a modifier, so the next word is a noun whatever its tag.
      else if (m.value !== 1 && !v.words.lower[m.end - 1]!.endsWith('s') && tk[after]?.pos === 'VERB' && !/(?:ed|ing|s)$/.test(tk[after]!.lower)) {
        setCounted({ start: after, end: after + 1 });
      }
    }
    setEvent(verbBefore(v, first, floor));
    if (ctx.event === null && ctx.countedSpan) setEvent(verbAfter(v, ctx.countedSpan.end, limit));
    return ctx;
  }

  // Ages and hyphenated modifiers take the noun after them: "ten-year-old girl", "20-year-old NAFTA", "$5-million grant".
  if (m.age || m.modifier) {
    // "a billion-year-contract"
    const at = tk[after]?.lower === '-' && v.words.glued[after] && v.words.glued[after + 1] ? after + 1 : after;
    const np = nounPhraseAt(v, at, limit);
    // "Daniel Montalvo, 19, a member of …": the age belongs to the name before it.
    if (m.age && tk[first - 1]?.lower === ',' && tk[first - 2]?.pos === 'PROPN') setCounted(nounPhraseBefore(v, first - 1, floor));
    else if (np && np.start === at) setCounted(np);
    else if (m.age) ctx.counted = ageHolder(v, first, after, floor, limit) ?? 'person';
    // "the ten-year average": a hyphenated modifier modifies the word after it, whatever its tag.
    else if (m.modifier && (tk[at]?.pos === 'ADJ' || tk[at]?.pos === 'VERB') && tk[at + 1]?.pos !== 'NOUN' && /^\p{L}/u.test(tk[at]!.text)) setCounted({ start: at, end: at + 1 });
    setEvent(verbBefore(v, first, floor));
    if (ctx.countedSpan) setEvent(verbAfter(v, ctx.countedSpan.end, limit));
    return ctx;
  }

  // "the six-member Afghan team", "a three-nation alliance": the compound modifies the noun phrase after it,
  // which is what is counted (as "ten-year-old girl" counts the girl); alone, the compound's own noun.
  if (m.kind === null && hyphenCompoundAt(v, after) && tk[after + 1]?.pos === 'NOUN') {
    const np = nounPhraseAt(v, after + 2, limit);
    if (!(np && np.start === after + 2 && setCounted(np))) setCounted({ start: after + 1, end: after + 2 });
    setEvent(verbBefore(v, first, floor));
    if (ctx.event === null && ctx.countedSpan) setEvent(verbAfter(v, ctx.countedSpan.end, limit));
    return ctx;
  }
  // "80 percent of Mexican exports", "half of the territory", "tens of thousands of Central American migrants"
  if (tk[after]?.lower === 'of' && setCounted(phraseAt(v, after + 1, limit, starts))) {
    // ok
  } else if (tk[after]?.lower === 'worth' && tk[after + 1]?.lower === 'of' && setCounted(phraseAt(v, after + 2, limit, starts))) {
    // "$226 billion worth of goods"
  } else if (setCounted(distributiveHolder(v, first, floor))) {
    // "five hard drives each of $ 200 in value"
  } else {
    // "a 15 meter high rotating pig": the size adjective stands between the measure and its noun.
    // "two more victims", "150 more building inspectors": the comparative stands between the number and its noun.
    const nounFrom = MORE_WORDS.has(tk[after]?.lower ?? '') && (tk[after + 1]?.pos === 'NOUN' || tk[after + 1]?.pos === 'ADJ') ? after + 1 : after;
    const k = skipAside(v, m.kind === 'measure' && DIMENSION_WORDS.has(tk[after]?.lower ?? '') ? after + 1 : nounFrom, limit);
    // "were twice denied visas": a frequency before a verb times the verb; its noun comes from the verb below.
    let np = m.kind === 'times' && tk[after]?.pos === 'VERB' ? null : phraseAt(v, k, limit, starts);
    // "62 percent support the plan": a bare singular noun before a determiner is the verb of an elided "of" noun.
    if (np && m.kind === 'percent' && np.end - np.start === 1 && !tk[np.start]!.lower.endsWith('s') && (tk[np.end]?.pos === 'DET' || tk[np.end]?.pos === 'PRON')) np = null;
    const money = m.kind === 'currency' && MONEY_PREPOSITIONS.has(tk[after]?.lower ?? '') && tk[after + 1] !== undefined && tk[after + 1]!.pos !== 'DET' &&
      !MONEY_ATTRIBUTES.has(tk[after + 1]!.lower);
    // "five $200 hard drives": the noun may follow another figure that modifies it.
    const at = skipDeterminers(v, k, limit);
    const innerFigure = starts.get(at);
    const expected = innerFigure ? skipDeterminers(v, innerFigure.match.end, limit) : at;
    // ("22 percent the year before" counts nothing; "half the country" counts the country)
    // ("900 other buildings": the phrase starts after a word that only modifies what is counted)
    if (np && (np.start === expected || (np.start === expected + 1 && (tk[expected]!.pos === 'ADV' || COUNTED_NOISE.has(tk[expected]!.lower)))) && (tk[k]?.lower !== 'the' || m.form === 'fraction')) {
      setCounted(np);
    } else if (money && tk[after + 1]!.pos !== 'PROPN' && setCounted(phraseAt(v, after + 1, limit, starts))) {
      // "some $2 billion in military hardware", "spend €2.3bn on new hospitals"
    } else if (nominalAt(v, after)) {
      const word = tk[after]!;
      const elided = tk[first - 1]?.lower === 'another';
      const coordinated = prevFigure !== null && prevFigure.ctx.countedSpan !== null && between(v, prevFigure, first).every((t) => COORDINATORS.has(t));
      // "police killed six students and another 43 disappeared": the 43 are students.
      if (word.pos === 'VERB' && (elided || coordinated) && prevFigure?.ctx.counted && tk[prevFigure.ctx.countedSpan?.end ? prevFigure.ctx.countedSpan.end - 1 : 0]?.pos === 'NOUN') {
        ctx.counted = prevFigure.ctx.counted;
      } else {
        ctx.counted = word.text;
        ctx.countedSpan = { start: after, end: after + 1 };
      }
      if (word.pos === 'VERB') setEvent(after);
    }
  }

  // "about 500 miles (800 km)": a conversion in brackets measures what the figure before it measures.
  const converted = tk[first - 1]?.lower === '(' && prevFigure !== null && prevFigure.cand.match.end === first - 1;
  if (converted && prevFigure) {
    if (ctx.counted === null) ctx.counted = prevFigure.ctx.counted;
    if (ctx.event === null) ctx.event = prevFigure.ctx.event;
  }
  // "a “caravan” of migrants … (perhaps 200 or so)"
  if (ctx.counted === null && !converted && tk[first - 1]?.lower === '(') setCounted(phraseBeforeParen(v, first - 1, floor));
  // "the extradition of 55 …", "last June's massacre of 22 by the army"
  const nounEvent = tk[first - 1]?.lower === 'of' ? EVENT_NOUNS[tk[first - 2]?.lower ?? ''] : undefined;
  if (nounEvent) {
    if (ctx.event === null) ctx.event = nounEvent.event;
    if (ctx.counted === null) ctx.counted = nounEvent.counted;
  }
  // "would cost the American consumer more than $800 a year"
  if (ctx.counted === null && m.kind !== null) {
    const np = nounPhraseBefore(v, first, floor);
    if (np) {
      const verb = skipBackDeterminers(v, np.start, floor) - 1;
      // ("Firefighting cost/NOUN the state $1.4 billion": after a subject and before "the <noun> <amount>"
      // the word is the verb whatever its tag)
      const taggedNoun = tk[verb]?.pos === 'NOUN' && (tk[verb - 1]?.pos === 'NOUN' || tk[verb - 1]?.pos === 'PROPN') && tk[verb + 1]?.pos === 'DET';
      if (verb >= floor && DOUBLE_OBJECT_VERBS.has(tk[verb]!.lower) && (isVerbAt(v, verb) || taggedNoun)) {
        setCounted(np);
        setEvent(verb);
      }
    }
  }
  // "another 43", "5,000 soldiers and 2,000 more", "saved 200 more": an elided noun comes from the figure before.
  // "by either 49 percent or by 27 percent": the repeated preposition does not break the coordination.
  if (ctx.counted === null && prevFigure !== null && prevFigure.ctx.counted !== null && prevFigure.cand.match.kind === m.kind &&
    (tk[first - 1]?.lower === 'another' || tk[after]?.lower === 'more' || between(v, prevFigure, first).every((t) => COORDINATORS.has(t) || t === 'by' || t === 'to' || t === 'at'))) {
    ctx.counted = prevFigure.ctx.counted;
  }
  // "The DAB won seven seats while the Democratic Party won five": a bare count that ends its clause
  // counts what the count before it in the sentence counts.
  if (ctx.counted === null && m.kind === null && prevFigure !== null && prevFigure.ctx.counted !== null && prevFigure.cand.match.kind === null &&
    m.form !== 'vague' && clauseEndAt(v, after) && !tk[first - 1]?.lower.match(/^(?:of|at|by|to|from|with)$/)) {
    ctx.counted = prevFigure.ctx.counted;
  }
  // "revenue of $4.5 billion", "an army of 5,000"
  if (ctx.counted === null && tk[first - 1]?.lower === 'of' && !nounEvent) {
    const np = nounPhraseBefore(v, first - 1, floor);
    // "groups of three", "a panel of twelve" count the group; "a total of 5,000" counts no totals.
    if (np && tk[np.end - 1]!.pos === 'NOUN' && !QUANTITY_NOUNS.has(tk[np.end - 1]!.lower)) setCounted(np);
  }
  // "a profit of $3.2 billion, up 12 percent from a year earlier", "35 of the 70 seats, up from 27": a change
  // set off by a comma measures what the figure before it measures.
  const fromChange = tk[first - 1]?.lower === 'from' ? first - 1 : first;
  if (ctx.counted === null && (tk[fromChange - 1]?.lower === 'up' || tk[fromChange - 1]?.lower === 'down') && tk[fromChange - 2]?.lower === ',' && prevFigure?.ctx.counted) {
    ctx.counted = prevFigure.ctx.counted;
  }
  // "32 buildings in the city, worth an estimated $1 billion": what is worth it is the thing just counted.
  // ("two active grants, worth a combined $2.8 million": "a combined", "a total" only frame the amount)
  const worth = tk[first - 1]?.lower === 'worth' ? first - 1 :
    tk[first - 3]?.lower === 'worth' && (tk[first - 2]?.lower === 'a') && (tk[first - 1]?.lower === 'combined' || tk[first - 1]?.lower === 'total') ? first - 3 : -1;
  if (ctx.counted === null && m.kind === 'currency' && worth >= 0) {
    let w = worth - 1;
    while (w > floor && (tk[w]!.pos === 'ADV' || AUXILIARIES.has(tk[w]!.lower))) w--;
    if (tk[worth - 1]?.lower === ',' && prevFigure?.ctx.counted) ctx.counted = prevFigure.ctx.counted;
    // "The contract is worth $5 million": the subject of the copula
    else if (w < worth - 1) setCounted(nounPhraseBefore(v, w + 1, floor));
    // "The ships, worth a combined $40 million, were sold": the noun before the comma
    else setCounted(nounPhraseBefore(v, tk[worth - 1]?.lower === ',' ? worth - 1 : worth, floor));
  }
  // "a minority larger than a third": a comparative after a noun compares that noun.
  if (ctx.counted === null && cand.qualifier !== null && COMPARATIVE_ADJECTIVES.has(tk[first]!.lower)) {
    const np = nounPhraseBefore(v, first, floor);
    if (np && tk[np.end - 1]!.pos === 'NOUN') setCounted(np);
  }
  // "shares fell 4 percent to $12.50": the level after a change measures what changed.
  if (ctx.counted === null && tk[first - 1]?.lower === 'to' && prevFigure !== null && prevFigure.cand.match.end === first - 1 && prevFigure.ctx.counted !== null) {
    ctx.counted = prevFigure.ctx.counted;
  }
  // "the death toll would have been more than a thousand", "Deaths rose from 1,200 to 1,500"
  if (ctx.counted === null) {
    const fromTo = tk[first - 1]?.lower === 'to' && prevFigure !== null && prevFigure.cand.match.end === first - 1 && tk[prevFigure.cand.first - 1]?.lower === 'from';
    if (fromTo && prevFigure) ctx.counted = prevFigure.ctx.counted;
    else setCounted(subjectOfMeasure(v, first, floor));
  }

  setEvent(verbBefore(v, first, floor));
  // "killing 107 or more and wounding 238": the object of a casualty verb is people.
  if (ctx.counted === null && m.kind === null && ctx.eventToken >= 0 && ctx.eventToken < first && PEOPLE_VERB_STEMS.some((p) => ctx.event!.startsWith(p))) {
    ctx.counted = 'people';
  }
  // "made the trip twice", "were twice denied visas", "was used … over one million times": a frequency
  // counts what its verb acts on.
  if (ctx.counted === null && m.kind === 'times') {
    const verb = isEventVerb(v, after) ? after : verbBack(v, first, floor);
    if (verb >= 0) {
      const patient = patientOf(v, verb, floor, limit, done, first);
      if (patient) {
        ctx.counted = patient.counted;
        ctx.countedSpan = patient.span;
      }
      setEvent(verb);
    }
  }
  // "travel about 500 miles": a distance with no noun measures the motion of its verb.
  if (ctx.counted === null && m.kind === 'measure' && ctx.eventToken >= 0 && ctx.eventToken < first) ctx.counted = tk[ctx.eventToken]!.text;
  if (ctx.event === null) setEvent(verbAfter(v, ctx.countedSpan && ctx.countedSpan.start >= after ? ctx.countedSpan.end : after, limit));
  // "769 people died and 934 were injured": a bare number as the subject of a casualty verb counts people.
  if (ctx.counted === null && m.kind === null && ctx.eventToken >= after && (PEOPLE_VERB_STEMS.some((p) => ctx.event!.startsWith(p)) || PEOPLE_SUBJECT_VERBS.has(ctx.event!))) ctx.counted = 'people';
  // "attracting thousands to the event", "Hundreds were arrested": a vague plural with no noun counts people
  // (gold convention: a plain noun is supplied), unless its verb deals in money ("spent millions").
  if (ctx.counted === null && m.form === 'vague' && m.kind === null && !(ctx.event !== null && MONEY_VERBS.has(ctx.event.split(' ')[0]!))) ctx.counted = 'people';
  // "three times as many people than those deported"
  if (ctx.event === null && m.kind === 'times' && ctx.countedSpan) {
    let j = ctx.countedSpan.end;
    if (tk[j]?.lower === 'than' || tk[j]?.lower === 'as') {
      j++;
      while (j < limit && (tk[j]!.lower === 'those' || tk[j]!.lower === 'that' || AUXILIARIES.has(tk[j]!.lower))) j++;
      if (isEventVerb(v, j)) setEvent(j);
    }
  }
  return ctx;
}

/** Lower-cased tokens between the end of an earlier figure's phrase and token k. */
function between(v: DocView, r: Resolved, k: number): string[] {
  const end = Math.max(r.cand.match.end, r.ctx.countedSpan && r.ctx.countedSpan.start >= r.cand.match.end ? r.ctx.countedSpan.end : 0);
  const out: string[] = [];
  for (let j = end; j < k; j++) out.push(v.tokens[j]!.lower);
  return out.length > 0 && out.length <= 3 ? out : ['<far>'];
}
