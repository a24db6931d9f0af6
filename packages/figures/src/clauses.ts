/**
 * Clause structure around a figure, read from POS tags: the verb before or after it, what a verb acts on
 * (object; passive subject; the antecedent of a relative clause whose object is outside it; the noun a
 * reduced relative follows), the main clause after a fronted time phrase, and the subject of a measure verb
 * behind its postmodifiers. Shallow dependency-like heuristics, each with the sentence that needed it.
 */
import type { Candidate } from './candidates.js';
import type { FigureContext } from './context.js';
import {
  AUXILIARIES, BE_FORMS, GAP_RELATIVES, IRREGULAR_PAST_PARTICIPLES, MEASURE_VERBS, NOMINAL_ADJECTIVES,
  RELATIVE_PRONOUNS, SALE_VERBS, SUBJECT_PRONOUNS, TIME_FILLERS,
} from './lexicon/context.js';
import {
  hyphenCompoundAt, isEventVerb, isVerbAt, nounPhraseAt, nounPhraseBefore, skipDeterminers, textOf, type NounPhrase,
} from './phrases.js';
import type { DocView } from './view.js';

const PARTICLES = new Set(['up', 'out', 'off', 'down', 'away', 'back']);
export const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"']);
export const PARTICIPLE = /(?:ed|en)$/;
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DESCRIPTIVE_DETERMINERS = new Set(['this', 'that', 'such', 'similar']);

export interface Resolved {
  cand: Candidate;
  ctx: FigureContext;
}

/**
 * The figures read so far, in text order: candidates come in text order and do not overlap, so the
 * token where each one's number ends only grows along the list. Indexed by position, so a rule that
 * asks "is there a figure here?" does not read every figure before it (a page of thousands).
 */
export class ResolvedFigures {
  readonly list: Resolved[] = [];
  private readonly starting = new Map<number, Resolved>();

  add(r: Resolved): void {
    this.list.push(r);
    if (!this.starting.has(r.cand.first)) this.starting.set(r.cand.first, r);
    if (!this.starting.has(r.cand.match.start)) this.starting.set(r.cand.match.start, r);
  }

  /** The first figure read whose phrase or number starts at token k. */
  startingAt(k: number): Resolved | undefined {
    return this.starting.get(k);
  }

  get last(): Resolved | undefined {
    return this.list[this.list.length - 1];
  }
}

/** The verb (with its particle: "taken up") at j. */
export function verbText(v: DocView, j: number): string {
  const t = v.tokens[j]!;
  const next = v.tokens[j + 1];
  const after = v.tokens[j + 2];
  if (next !== undefined && next.pos === 'ADP' && PARTICLES.has(next.lower) && after !== undefined && (after.lower === 'by' || after.pos === 'DET')) {
    return `${t.lower} ${next.lower}`;
  }
  return t.lower;
}

/** A verb right before the figure, with only determiners between: "deported 80,500", "announced a $212 million deal". */
export function verbBefore(v: DocView, first: number, floor: number): number {
  let j = first - 1;
  while (j >= floor && (v.tokens[j]!.lower === 'a' || v.tokens[j]!.lower === 'an' || v.tokens[j]!.lower === 'the' || v.tokens[j]!.lower === 'another' || v.tokens[j]!.lower === 'all')) j--;
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
export function verbAfter(v: DocView, from: number, limit: number): number {
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
export function verbBack(v: DocView, k: number, floor: number): number {
  for (let j = k - 1; j >= floor; j--) {
    const t = v.tokens[j]!;
    if (CLAUSE_BREAKS.has(t.lower)) return -1;
    if (isEventVerb(v, j)) return j;
  }
  return -1;
}

/** Past participle shape: "denied", "taken", "sent" (not "waging"). */
function pastParticiple(t: { lower: string } | undefined): boolean {
  return t !== undefined && (PARTICIPLE.test(t.lower) || IRREGULAR_PAST_PARTICIPLES.has(t.lower));
}

/** What an object slot at token k holds: a noun phrase, a figure's counted noun, a pronoun, or nothing. */
type ObjectSlot = { counted: string; span: NounPhrase | null } | 'pronoun' | null;

/**
 * The object right after the verb at j (over a particle): "cede 55% of its territory" hands over the
 * figure's counted noun; "sent a collection of robot parts" gives "collection". Time phrases are not objects.
 */
export function objectAfter(v: DocView, j: number, limit: number, done: ResolvedFigures): ObjectSlot {
  const tk = v.tokens;
  let k = j + 1;
  // ("buy back/ADV up to $10 billion of its own shares": the tagger reads some particles as adverbs)
  if ((tk[k]?.pos === 'ADP' || tk[k]?.pos === 'ADV') && PARTICLES.has(tk[k]!.lower)) k++;
  // "interrogated him for two hours"; "her" before a noun is a possessive ("sent her passport").
  if (tk[k]?.pos === 'PRON' && !(POSSESSIVE_DETERMINERS.has(tk[k]!.lower) && (tk[k + 1]?.pos === 'NOUN' || tk[k + 1]?.pos === 'ADJ'))) return 'pronoun';
  k = skipDeterminers(v, k, limit);
  const fig = done.startingAt(k);
  if (fig) return fig.ctx.counted === null ? null : { counted: fig.ctx.counted, span: null };
  const np = nounPhraseAt(v, k, limit);
  if (!np) return null;
  for (let t = np.start; t < np.end; t++) {
    const type = v.valueType[t];
    if (type === 'DATE' || type === 'DURATION' || type === 'TIME') return null;
  }
  return { counted: textOf(v, np), span: np };
}

/**
 * What the verb at j acts on: its object; for a passive ("slogans that have been taken up") its subject,
 * unless a second object follows ("were twice denied visas"); for a relative clause with its object
 * outside ("a war that Scientology has been waging") the antecedent; for a reduced relative ("an
 * Internet posting made 24 hours ago") the noun before it.
 */
export function patientOf(v: DocView, j: number, floor: number, limit: number, done: ResolvedFigures, self: number): { counted: string; span: NounPhrase | null } | null {
  const tk = v.tokens;
  let b = j - 1;
  let be = false;
  while (b >= floor && (AUXILIARIES.has(tk[b]!.lower) || tk[b]!.pos === 'AUX' || tk[b]!.pos === 'ADV')) {
    if (BE_FORMS.has(tk[b]!.lower)) be = true;
    b--;
  }
  const object = objectAfter(v, j, limit, done);
  if (object !== null && object !== 'pronoun') return object;
  if (be && pastParticiple(tk[j])) {
    if (b >= floor && RELATIVE_PRONOUNS.has(tk[b]!.lower)) b--;
    // "The hashtag took on a life of its own, and was used …": a coordinated passive shares the sentence's subject.
    if (b >= floor && (tk[b]!.lower === 'and' || tk[b]!.lower === 'but')) {
      const subject = nounPhraseAt(v, floor, limit);
      if (subject && subject.start === skipDeterminers(v, floor, limit)) return { counted: textOf(v, subject), span: subject };
    }
    // ("The papers in question have been cited more than 3,400 times": the outer noun of a postmodified subject)
    const inner = afterFigures(v, nounPhraseBefore(v, b + 1, floor), done);
    const np = inner ? subjectHead(v, inner, floor) : null;
    return np ? { counted: textOf(v, np), span: np } : null;
  }
  if (object === 'pronoun') return null;
  const antecedent = gapAntecedent(v, b, floor);
  if (antecedent) return { counted: textOf(v, antecedent), span: antecedent };
  // (an active verb has its object next: "Seoul put its military on alert"; the figure itself is no object)
  const next = tk[j + 1];
  const objectNext = j + 1 !== self && next !== undefined && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM');
  // ("Workers at the port walked out for 48 hours": with no verb before it in the clause, a past form is
  // the main verb, not a reduced relative)
  if (b === j - 1 && pastParticiple(tk[j]) && !objectNext && verbBack(v, j, floor) >= 0) {
    const np = afterFigures(v, nominalBefore(v, j, floor), done);
    return np ? { counted: textOf(v, np), span: np } : null;
  }
  // "The pair have met three times", "The jury deliberated for three days": with no object, the subject.
  if (object === null && !objectNext) {
    // "The largest blaze, the Pine Ridge fire, burned for 41 days": over an insert; "Premiums in high-risk
    // areas have risen … in two years": the outer noun of a postmodified subject that opens its clause.
    const inner = afterFigures(v, nounPhraseBefore(v, skipInsertBack(v, b + 1, floor), floor), done);
    const np = inner ? subjectHead(v, inner, floor) : null;
    // (a sentence-initial common noun is often tagged PROPN: "Sales have grown threefold")
    if (np && np.start < np.end && (tk[np.end - 1]!.pos === 'NOUN' || (np.start === floor && np.end - np.start === 1))) return { counted: textOf(v, np), span: np };
  }
  return null;
}

/**
 * The subject of the verb or copula at `verb`, over auxiliaries, an insert and a postmodifier: "the plant
 * has been idle" → plant; "Workers at the port have been idle" → Workers.
 */
export function subjectBeforeVerb(v: DocView, verb: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  let b = verb;
  while (b - 1 >= floor && (AUXILIARIES.has(tk[b - 1]!.lower) || tk[b - 1]!.pos === 'AUX' || tk[b - 1]!.pos === 'ADV')) b--;
  const inner = nounPhraseBefore(v, skipInsertBack(v, b, floor), floor);
  if (!inner) return null;
  const np = subjectHead(v, inner, floor);
  return v.tokens[np.end - 1]!.pos === 'NOUN' || np.start === floor ? np : null;
}

/** "The 45-year-old suspect": a phrase cut after a figure inside it ("suspect", not "year-old suspect"). */
function afterFigures(v: DocView, np: NounPhrase | null, done: ResolvedFigures): NounPhrase | null {
  if (!np) return null;
  let start = np.start;
  // The phrase starts after the last token a figure inside it owns. Nearest figures first: once a
  // figure ends (with a compound's two tokens) at or before the phrase, so do all before it.
  for (let i = done.list.length - 1; i >= 0; i--) {
    const r = done.list[i]!;
    if (r.cand.match.end + 2 <= np.start) break;
    // "The 12-member jury": the compound's noun goes with the figure.
    const owned = hyphenCompoundAt(v, r.cand.match.end) ? r.cand.match.end + 2 : r.cand.match.end;
    if (r.cand.first < np.end && owned > start && owned < np.end) start = owned;
  }
  return start === np.start ? np : { start, end: np.end };
}

/** The subject that opens the sentence before token k, when a verb or auxiliary follows it ("The boats had been …"). */
export function copulaSubject(v: DocView, floor: number, k: number): NounPhrase | null {
  const np = nounPhraseAt(v, floor, k);
  if (!np || np.start !== skipDeterminers(v, floor, k)) return null;
  const next = v.tokens[np.end];
  return next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB') ? np : null;
}

/** The noun phrase ending at k, counting a gerund after a determiner or name as a noun ("an Internet posting"). */
function nominalBefore(v: DocView, k: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  const last = tk[k - 1];
  if (last === undefined || k - 1 < floor) return null;
  if (last.pos === 'NOUN' || last.pos === 'PROPN') return nounPhraseBefore(v, k, floor);
  if (last.pos !== 'VERB' || !last.lower.endsWith('ing')) return null;
  let start = k - 1;
  while (start > floor && (tk[start - 1]!.pos === 'PROPN' || tk[start - 1]!.pos === 'NOUN' || tk[start - 1]!.pos === 'ADJ')) start--;
  const det = tk[start - 1];
  return start < k - 1 || det?.pos === 'DET' ? { start, end: k } : null;
}

/** "a war that Scientology has been waging", "a cell where he sat": the antecedent of a relative whose subject ends at b. */
function gapAntecedent(v: DocView, b: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  if (b < floor) return null;
  let s: number;
  if (tk[b]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(tk[b]!.lower)) s = b;
  else {
    const subject = nounPhraseBefore(v, b + 1, floor);
    if (!subject) return null;
    s = skipBackDeterminers(v, subject.start, floor);
  }
  const rel = s - 1;
  if (rel <= floor || !GAP_RELATIVES.has(tk[rel]!.lower)) return null;
  const np = nounPhraseBefore(v, rel, floor);
  return np && tk[np.end - 1]!.pos === 'NOUN' ? np : null;
}

/**
 * "Six minutes later, Lukaku scored a third goal", "After nearly half an hour, the team was deducted a
 * point", "Seventeen years ago, this would not have been possible": a time figure in a sentence-opening
 * adverbial measures the main clause, whose object (or, with none, subject) is what it times.
 * Returns the comma that ends the adverbial, or -1.
 */
export function frontedComma(v: DocView, first: number, end: number, floor: number, limit: number): number {
  const tk = v.tokens;
  for (let j = floor; j < first; j++) if (tk[j]!.lower === ',' || isEventVerb(v, j)) return -1;
  for (let j = end; j < Math.min(limit, end + 8); j++) {
    if (tk[j]!.lower === ',') return j;
    if (isEventVerb(v, j) || CLAUSE_BREAKS.has(tk[j]!.lower)) return -1;
  }
  return -1;
}

const modifierOrNoun = (t: { pos: string } | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');

/** The main clause after a fronted adverbial: its verb and what it acts on (object, else subject). */
export function mainClause(v: DocView, comma: number, limit: number, done: ResolvedFigures, starts: ReadonlyMap<number, Candidate>): { verb: number; counted: string | null; span: NounPhrase | null } | null {
  const tk = v.tokens;
  // "Within 24 hours, more than 5,000 people had signed the petition": the subject may open with a figure.
  const inner = starts.get(comma + 1);
  if (inner) comma = inner.match.end - 1;
  const pronoun = SUBJECT_PRONOUNS.has(tk[comma + 1]?.lower ?? '') && !modifierOrNoun(tk[comma + 2]);
  const k = pronoun ? comma + 1 : skipDeterminers(v, comma + 1, limit);
  let subject: NounPhrase | null = null;
  let j: number;
  if (pronoun || (tk[k]?.pos === 'PRON' && SUBJECT_PRONOUNS.has(tk[k]!.lower))) {
    subject = { start: k, end: k + 1 };
    j = k + 1;
  } else {
    subject = nounPhraseAt(v, comma + 1, limit);
    if (!subject) return null;
    j = subject.end;
    // "Tunisia's goalkeeper Mouez Hassen was substituted": a name in apposition after the head.
    while (j < limit && tk[j]!.pos === 'PROPN') j++;
  }
  while (j < limit && (AUXILIARIES.has(tk[j]!.lower) || tk[j]!.pos === 'AUX' || tk[j]!.pos === 'ADV' || tk[j]!.pos === 'PART')) j++;
  if (j < limit && isEventVerb(v, j)) {
    const object = objectAfter(v, j, limit, done);
    if (object !== null && object !== 'pronoun') return { verb: j, ...object };
    return { verb: j, counted: textOf(v, subject), span: subject };
  }
  return { verb: -1, counted: textOf(v, subject), span: subject };
}

/** Words an appositive noun phrase is made of: "the Pine Ridge fire", "Lerida", "the largest in the province". */
const APPOSITIVE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);
const INSERT_REACH = 14;

/**
 * Where a subject ends when an insert set off by commas stands between it and its verb at k (k - 1 is the
 * closing comma): an appositive ("The largest blaze, the Pine Ridge fire, burned for 41 days") or a
 * relative clause ("Sales of chips, which now make up two-thirds of revenue, more than doubled"). Returns
 * the opening comma, before which the subject ends, or k when there is no such insert.
 */
export function skipInsertBack(v: DocView, k: number, floor: number): number {
  const tk = v.tokens;
  if (tk[k - 1]?.lower !== ',') return k;
  for (let c = k - 2; c > floor && c >= k - INSERT_REACH; c--) {
    const t = tk[c]!;
    if (CLAUSE_BREAKS.has(t.lower)) return k;
    if (t.lower !== ',') continue;
    if (c + 1 > k - 2) return k;
    const relative = RELATIVE_PRONOUNS.has(tk[c + 1]!.lower) || tk[c + 1]!.lower === 'whose';
    let appositive = true;
    for (let j = c + 1; j < k - 1 && appositive; j++) appositive = APPOSITIVE_POS.has(tk[j]!.pos) || (tk[j]!.lower === '-' && v.words.glued[j] === true);
    // (the phrase before the insert must end in a noun: "In 2019, …" is a fronted adverbial, not a subject)
    return (relative || appositive) && nounPosAt(v, c - 1) ? c : k;
  }
  return k;
}

/** "more than doubled", "nearly tripled": a grading phrase before a verb, stepped back over. */
export function skipGradingBack(v: DocView, k: number, floor: number): number {
  const tk = v.tokens;
  if (k - 2 >= floor && tk[k - 1]!.lower === 'than' && (tk[k - 2]!.lower === 'more' || tk[k - 2]!.lower === 'less')) return k - 2;
  return k;
}

/** The subject of a measure verb right before the figure: "the death toll stood at 80", "unemployment rose to 5%". */
export function subjectOfMeasure(v: DocView, first: number, floor: number): NounPhrase | null {
  const tk = v.tokens;
  let j = first - 1;
  // "would increase by either 49 percent or by 27 percent"
  if (j >= floor && (tk[j]!.lower === 'either' || tk[j]!.lower === 'neither')) j--;
  // "Turnout reached a record 58 percent"
  if (j > floor && tk[j]!.lower === 'record' && (tk[j - 1]!.lower === 'a' || tk[j - 1]!.lower === 'an')) j -= 2;
  const prepWord = tk[j]?.lower;
  // "The painting sold for $3.2 million": the price of a sale measures what was sold.
  const salePrice = prepWord === 'for' && SALE_VERBS.has(tk[j - 1]?.lower ?? '');
  const prep = j >= floor && (prepWord === 'to' || prepWord === 'at' || prepWord === 'by' || prepWord === 'from' || salePrice);
  if (prep) j--;
  if (j < floor) return null;
  // "raise the minimum wage to $15 an hour": the noun before "to" is what is set.
  // ("by 5 cents to 35 cents": a noun right after a number is that number's unit, not what is set)
  if (prep && tk[j]!.lower !== 'by' && tk[j]!.pos === 'NOUN' && prepWord === 'to' && !MEASURE_VERBS.has(tk[j]!.lower)) {
    return tk[j - 1]?.pos === 'NUM' ? null : nounPhraseBefore(v, j + 1, floor);
  }
  // "the trade deficit widened to $62.2 billion", "inflation hit 8.6 per cent"
  if (!(MEASURE_VERBS.has(tk[j]!.lower) || (prep && isVerbAt(v, j)))) return null;
  j = skipGradingBack(v, j, floor);
  while (j > floor && (AUXILIARIES.has(tk[j - 1]!.lower) || tk[j - 1]!.pos === 'AUX' || tk[j - 1]!.pos === 'ADV')) j--;
  // "Insurance claims are expected to top $3 billion": a raising verb or adjective before "to" keeps the subject.
  if (j - 2 > floor && tk[j - 1]!.lower === 'to' && (tk[j - 2]!.pos === 'VERB' || tk[j - 2]!.pos === 'ADJ') && BE_FORMS.has(tk[j - 3]!.lower)) {
    j -= 2;
    while (j > floor && (AUXILIARIES.has(tk[j - 1]!.lower) || tk[j - 1]!.pos === 'AUX' || tk[j - 1]!.pos === 'ADV')) j--;
  }
  j = skipInsertBack(v, skipTimePhraseBack(v, j, floor), floor);
  // "The number of dead rose to 717": an adjective used as a noun ends the subject.
  const inner = nounPhraseBefore(v, j, floor) ?? (j - 1 >= floor && NOMINAL_ADJECTIVES.has(tk[j - 1]!.lower) ? { start: j - 1, end: j } : null);
  if (!inner) return null;
  const np = subjectHead(v, inner, floor);
  const head = tk[np.end - 1]!;
  // A sentence-initial common noun is often tagged PROPN ("Unemployment fell to 3.9%").
  return head.pos === 'NOUN' || (np.start === floor && np.end - np.start === 1) || np !== inner ? np : null;
}

/** "reduction of crop yields by 2050 exceeded 10%": steps back over a time phrase between a subject and its verb. */
function skipTimePhraseBack(v: DocView, j: number, floor: number): number {
  const tk = v.tokens;
  let k = j;
  const timed = (i: number): boolean => v.valueType[i] === 'DATE' || v.valueType[i] === 'DURATION';
  if (k - 1 < floor || !timed(k - 1)) return j;
  while (k > floor && (timed(k - 1) || TIME_FILLERS.has(tk[k - 1]!.lower))) k--;
  // the model's span may hold the preposition ("by 2050") or stop after it
  if (tk[k]!.pos === 'ADP') return k;
  if (k > floor && tk[k - 1]!.pos === 'ADP') return k - 1;
  return j;
}

/**
 * The head of a subject that prepositional phrases or reduced relatives postmodify: "Traffic to the
 * Scientology website had increased 18-fold" → "Traffic"; "The number of seats held by the camp rose"
 * → "number of seats": with "of" the head keeps its complement, whose last noun names what is measured.
 * Only when the outer noun opens its clause; otherwise the nearest noun phrase stands.
 */
function subjectHead(v: DocView, np: NounPhrase, floor: number): NounPhrase {
  const tk = v.tokens;
  let current = np;
  for (let step = 0; step < 3; step++) {
    let d = skipBackDeterminers(v, current.start, floor);
    const prep = tk[d - 1];
    if (d - 1 <= floor || prep === undefined || prep.pos !== 'ADP') return np;
    d--;
    // "seats held by the camp": a participle between the noun and its phrase
    if (d - 1 > floor && pastParticiple(tk[d - 1]) && nounPosAt(v, d - 2)) d--;
    const outer = nounPhraseBefore(v, d, floor);
    if (!outer) return np;
    const o = skipBackDeterminers(v, outer.start, floor);
    const before = tk[o - 1];
    // (", and premiums in high-risk areas have risen": a coordinated clause opens after its conjunction)
    const opens = o === floor || before === undefined || before.pos === 'PUNCT' || before.pos === 'SCONJ' || before.pos === 'CCONJ' || before.pos === 'VERB' || before.lower === 'that' || before.lower === 'which';
    if (opens) {
      // ("floods of this size": a demonstrative of-phrase describes its noun, it is not what is measured)
      if (tk[outer.end]?.lower !== 'of' || DESCRIPTIVE_DETERMINERS.has(tk[outer.end + 1]?.lower ?? '')) return outer;
      const complement = nounPhraseAt(v, outer.end + 1, np.end);
      if (complement) return { start: outer.start, end: complement.end };
      return np.start > outer.end ? { start: outer.start, end: np.end } : outer;
    }
    current = outer;
  }
  return np;
}

/** Token k ends a clause: punctuation, a coordinator or subordinator, or the end of the sentence. */
export function clauseEndAt(v: DocView, k: number): boolean {
  const t = v.tokens[k];
  return t === undefined || (t.pos === 'PUNCT' && t.lower !== '-') || t.pos === 'CCONJ' || t.pos === 'SCONJ';
}

const nounPosAt = (v: DocView, j: number): boolean => v.tokens[j]?.pos === 'NOUN' || v.tokens[j]?.pos === 'PROPN';

export function skipBackDeterminers(v: DocView, k: number, floor: number): number {
  let j = k;
  while (j > floor && (v.tokens[j - 1]!.pos === 'DET' || v.tokens[j - 1]!.lower === 'its' || v.tokens[j - 1]!.lower === 'their')) j--;
  return j;
}
