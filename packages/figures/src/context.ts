/**
 * What a figure counts and the event it takes part in, read from the tokens around it.
 * Each rule carries the sentence that made it necessary.
 */
import type { Candidate } from './candidates.js';
import {
  AUXILIARIES, ASIDE_ADVERBS, ASIDE_COMPARATIVES, BE_FORMS, COLLECTIVE_NOUNS, DOUBLE_OBJECT_VERBS, EVENT_NOUNS,
  IRREGULAR_PARTICIPLES, MEASURE_VERBS, PEOPLE_VERB_STEMS, PERIOD_PREPOSITIONS, RELATIVE_PRONOUNS, RELATIVE_TIME_WORDS,
  SUPERLATIVE_WORDS, TIME_FILLERS,
} from './lexicon/context.js';
import { isEventVerb, isVerbAt, nounPhraseAt, nounPhraseBefore, skipDeterminers, textOf, type NounPhrase } from './phrases.js';
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

const PARTICLES = new Set(['up', 'out', 'off', 'down', 'away', 'back']);
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"']);
const COORDINATORS = new Set(['and', 'or', ',', 'while', 'but']);
const PARTICIPLE = /(?:ed|en)$/;
const MONEY_PREPOSITIONS = new Set(['in', 'on', 'for']);
const HYPHEN_WORDS = new Set(['-', '–']);

interface Resolved {
  cand: Candidate;
  ctx: FigureContext;
}

/** The verb (with its particle: "taken up") at j. */
function verbText(v: DocView, j: number): string {
  const t = v.tokens[j]!;
  const next = v.tokens[j + 1];
  const after = v.tokens[j + 2];
  if (next !== undefined && next.pos === 'ADP' && PARTICLES.has(next.lower) && after !== undefined && (after.lower === 'by' || after.pos === 'DET')) {
    return `${t.lower} ${next.lower}`;
  }
  return t.lower;
}

/** A verb right before the figure, with only determiners between: "deported 80,500", "announced a $212 million deal". */
function verbBefore(v: DocView, first: number, floor: number): number {
  let j = first - 1;
  while (j >= floor && (v.tokens[j]!.lower === 'a' || v.tokens[j]!.lower === 'an' || v.tokens[j]!.lower === 'the' || v.tokens[j]!.lower === 'another')) j--;
  if (j < floor) return -1;
  // "sentenced to 25 years"
  if (v.tokens[j]!.lower === 'to' && j > floor && v.tokens[j - 1]!.pos === 'VERB') j--;
  // "taken up by hundreds of thousands of protesters": the figure is the passive's agent.
  if (v.tokens[j]!.lower === 'by') {
    let k = j - 1;
    if (k >= floor && v.tokens[k]!.pos === 'ADP' && PARTICLES.has(v.tokens[k]!.lower)) k--;
    return k >= floor && isEventVerb(v, k) ? k : -1;
  }
  return isEventVerb(v, j) ? j : -1;
}

/** The verb after the figure's noun phrase, over auxiliaries and adverbs: "800,000 people will leave". */
function verbAfter(v: DocView, from: number, limit: number): number {
  const tk = v.tokens;
  let j = from;
  if (tk[j]?.lower === ')') j++;
  // "as many as 15,000 children, are now being held"
  if (tk[j]?.lower === ',' && (AUXILIARIES.has(tk[j + 1]?.lower ?? '') || tk[j + 1]?.pos === 'AUX')) j++;
  while (j < limit && (AUXILIARIES.has(tk[j]!.lower) || tk[j]!.pos === 'AUX' || tk[j]!.pos === 'ADV' || tk[j]!.pos === 'PART')) j++;
  if (j >= limit) return -1;
  return isEventVerb(v, j) ? j : -1;
}

/** The nearest event verb before token k in the same clause. */
function verbBack(v: DocView, k: number, floor: number): number {
  for (let j = k - 1; j >= floor; j--) {
    const t = v.tokens[j]!;
    if (CLAUSE_BREAKS.has(t.lower)) return -1;
    if (isEventVerb(v, j)) return j;
  }
  return -1;
}

/**
 * What the verb at j acts on: its object, or for a passive ("slogans that have been taken up") its subject.
 * A figure at the head of the object hands over its counted noun ("cede 55% of its territory").
 */
function patientOf(v: DocView, j: number, floor: number, limit: number, done: readonly Resolved[]): { counted: string; span: NounPhrase | null } | null {
  const tk = v.tokens;
  let b = j - 1;
  let passive = false;
  while (b >= floor && (AUXILIARIES.has(tk[b]!.lower) || tk[b]!.pos === 'AUX' || tk[b]!.pos === 'ADV')) {
    if (BE_FORMS.has(tk[b]!.lower)) passive = true;
    b--;
  }
  if (passive) {
    if (b >= floor && RELATIVE_PRONOUNS.has(tk[b]!.lower)) b--;
    const np = nounPhraseBefore(v, b + 1, floor);
    return np ? { counted: textOf(v, np), span: np } : null;
  }
  let k = j + 1;
  if (tk[k]?.pos === 'ADP' && PARTICLES.has(tk[k]!.lower)) k++;
  k = skipDeterminers(v, k, limit);
  const fig = done.find((r) => r.cand.first === k || r.cand.match.start === k);
  if (fig) return fig.ctx.counted === null ? null : { counted: fig.ctx.counted, span: null };
  const np = nounPhraseAt(v, k, limit);
  return np ? { counted: textOf(v, np), span: np } : null;
}

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
  if (t.pos === 'ADJ') return ['dead', 'injured', 'wounded', 'missing', 'homeless', 'displaced', 'unemployed', 'dying', 'sick', 'hurt'].includes(t.lower);
  return t.pos === 'VERB' && (PARTICIPLE.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower));
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
    if (superlative && (det === 'the' || det === 'its' || det === 'their' || det === 'his' || det === 'her' || det === 'our')) return nounPhraseAt(v, t.lower === 'most' || t.lower === 'least' ? j + 2 : j + 1, k);
  }
  return null;
}

function counted(v: DocView, np: NounPhrase | null): string | null {
  return np ? textOf(v, np) : null;
}

/** Reads counted and event for every candidate, in text order (later rules borrow from earlier figures). */
export function readContexts(v: DocView, cands: readonly Candidate[]): FigureContext[] {
  const done: Resolved[] = [];
  const out: FigureContext[] = [];
  const starts = new Map<number, Candidate>();
  for (const c of cands) starts.set(c.first, c);
  for (const cand of cands) {
    const ctx = readContext(v, cand, done, starts);
    done.push({ cand, ctx });
    out.push(ctx);
  }
  return out;
}

/**
 * The counted phrase at token k: determiners skipped, another figure stepped over ("40% of the 1,200
 * respondents" counts respondents), and never a time phrase ("22 percent last year" counts nothing).
 */
function phraseAt(v: DocView, k: number, limit: number, starts: ReadonlyMap<number, Candidate>): NounPhrase | null {
  let j = skipDeterminers(v, k, limit);
  const inner = starts.get(j);
  if (inner) j = inner.match.end;
  const np = nounPhraseAt(v, j, limit);
  if (!np) return null;
  for (let t = np.start; t < np.end; t++) {
    const type = v.valueType[t];
    if (type === 'DATE' || type === 'DURATION' || type === 'TIME') return null;
  }
  return np;
}

function readContext(v: DocView, cand: Candidate, done: readonly Resolved[], starts: ReadonlyMap<number, Candidate>): FigureContext {
  const tk = v.tokens;
  const s = v.doc.sentences[cand.sentence]!;
  const floor = s.firstToken;
  const limit = s.endToken;
  const m = cand.match;
  const first = cand.first;
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
  const prevFigure = done.length > 0 && done[done.length - 1]!.cand.sentence === cand.sentence ? done[done.length - 1]! : null;

  // Durations: ages, periods and relative times measure something else in the clause.
  if (m.kind === 'time' && !m.age && !m.modifier) {
    const prep = tk[first - 1]?.lower;
    let p = first - 1;
    while (p >= floor && TIME_FILLERS.has(tk[p]!.lower)) p--;
    const periodPrep = p >= floor && PERIOD_PREPOSITIONS.has(tk[p]!.lower);
    const relative = RELATIVE_TIME_WORDS.has(tk[after]?.lower ?? '');
    if ((prep === 'in' || prep === 'for') && setCounted(superlativeBefore(v, first - 1, floor))) return ctx;
    if (relative || periodPrep) {
      ctx.period = periodPrep && !relative;
      const verb = verbBack(v, p >= floor ? p + 1 : first, floor);
      if (verb >= 0) {
        setEvent(verb);
        const patient = patientOf(v, verb, floor, limit, done);
        if (patient) {
          ctx.counted = patient.counted;
          ctx.countedSpan = patient.span;
        }
      }
      return ctx;
    }
    // "up to 20 years in prison", "nearly two decades of military conflict"
    if (tk[after]?.lower === 'in' && tk[after + 1]?.pos === 'NOUN') setCounted(phraseAt(v, after + 1, limit, starts));
    else if (tk[after]?.lower === 'of') setCounted(phraseAt(v, after + 1, limit, starts));
    // "the hour and a half White House meeting": a duration before a common noun modifies it.
    else {
      const np = nounPhraseAt(v, after, limit);
      if (np && np.start === after && tk[np.end - 1]!.pos === 'NOUN') setCounted(np);
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
    else if (m.age) ctx.counted = 'person';
    setEvent(verbBefore(v, first, floor));
    if (ctx.countedSpan) setEvent(verbAfter(v, ctx.countedSpan.end, limit));
    return ctx;
  }

  // "the six-member Afghan team", "a three-nation alliance": the noun glued by a hyphen is what is counted.
  if (m.kind === null && HYPHEN_WORDS.has(tk[after]?.lower ?? '') && v.words.glued[after] && v.words.glued[after + 1] && tk[after + 1]?.pos === 'NOUN') {
    ctx.counted = tk[after + 1]!.text;
    ctx.countedSpan = { start: after + 1, end: after + 2 };
    setEvent(verbBefore(v, first, floor));
    return ctx;
  }
  // "80 percent of Mexican exports", "half of the territory", "tens of thousands of Central American migrants"
  if (tk[after]?.lower === 'of' && setCounted(phraseAt(v, after + 1, limit, starts))) {
    // ok
  } else if (tk[after]?.lower === 'worth' && tk[after + 1]?.lower === 'of' && setCounted(phraseAt(v, after + 2, limit, starts))) {
    // "$226 billion worth of goods"
  } else {
    const k = skipAside(v, after, limit);
    const np = phraseAt(v, k, limit, starts);
    const money = m.kind === 'currency' && MONEY_PREPOSITIONS.has(tk[after]?.lower ?? '') && tk[after + 1] !== undefined && tk[after + 1]!.pos !== 'DET';
    if (np && np.start === skipDeterminers(v, k, limit) && tk[k]?.lower !== 'the') {
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
      if (verb >= floor && DOUBLE_OBJECT_VERBS.has(tk[verb]!.lower) && isVerbAt(v, verb)) {
        setCounted(np);
        setEvent(verb);
      }
    }
  }
  // "another 43", "5,000 soldiers and 2,000 more", "saved 200 more": an elided noun comes from the figure before.
  if (ctx.counted === null && prevFigure !== null && prevFigure.ctx.counted !== null && prevFigure.cand.match.kind === m.kind &&
    (tk[first - 1]?.lower === 'another' || tk[after]?.lower === 'more' || between(v, prevFigure, first).every((t) => COORDINATORS.has(t)))) {
    ctx.counted = prevFigure.ctx.counted;
  }
  // "revenue of $4.5 billion", "an army of 5,000"
  if (ctx.counted === null && tk[first - 1]?.lower === 'of' && !nounEvent) {
    const np = nounPhraseBefore(v, first - 1, floor);
    if (np && tk[np.end - 1]!.pos === 'NOUN' && !COLLECTIVE_NOUNS.has(tk[np.end - 1]!.lower)) setCounted(np);
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
  if (ctx.event === null) setEvent(verbAfter(v, ctx.countedSpan && ctx.countedSpan.start >= after ? ctx.countedSpan.end : after, limit));
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

/** The subject of a measure verb right before the figure: "the death toll stood at 80", "unemployment rose to 5%". */
function subjectOfMeasure(v: DocView, first: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  let j = first - 1;
  const prep = j >= floor && (tk[j]!.lower === 'to' || tk[j]!.lower === 'at' || tk[j]!.lower === 'by' || tk[j]!.lower === 'from');
  if (prep) j--;
  if (j < floor) return null;
  // "raise the minimum wage to $15 an hour": the noun before "to" is what is set.
  if (prep && tk[j]!.lower !== 'by' && tk[j]!.pos === 'NOUN' && tk[first - 1]!.lower === 'to') return nounPhraseBefore(v, j + 1, floor);
  // "the trade deficit widened to $62.2 billion", "inflation hit 8.6 per cent"
  if (!(MEASURE_VERBS.has(tk[j]!.lower) || (prep && isVerbAt(v, j)))) return null;
  while (j > floor && (AUXILIARIES.has(tk[j - 1]!.lower) || tk[j - 1]!.pos === 'AUX' || tk[j - 1]!.pos === 'ADV')) j--;
  const np = nounPhraseBefore(v, j, floor);
  if (!np) return null;
  const head = tk[np.end - 1]!;
  // A sentence-initial common noun is often tagged PROPN ("Unemployment fell to 3.9%").
  return head.pos === 'NOUN' || (np.start === floor && np.end - np.start === 1) ? np : null;
}

function skipBackDeterminers(v: DocView, k: number, floor: number): number {
  let j = k;
  while (j > floor && (v.tokens[j - 1]!.pos === 'DET' || v.tokens[j - 1]!.lower === 'its' || v.tokens[j - 1]!.lower === 'their')) j--;
  return j;
}

/** Lower-cased tokens between the end of an earlier figure's phrase and token k. */
function between(v: DocView, r: Resolved, k: number): string[] {
  const end = Math.max(r.cand.match.end, r.ctx.countedSpan && r.ctx.countedSpan.start >= r.cand.match.end ? r.ctx.countedSpan.end : 0);
  const out: string[] = [];
  for (let j = end; j < k; j++) out.push(v.tokens[j]!.lower);
  return out.length > 0 && out.length <= 3 ? out : ['<far>'];
}
