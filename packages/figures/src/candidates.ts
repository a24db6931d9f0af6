/**
 * Finds the number expressions of a document that count or measure something, and drops the ones that
 * do not: dates, years, clock times, ordinals, labels ("page 12", "Title 42"), phone numbers, product
 * names ("Internet Explorer 9"), "one" as a pronoun, and definite back-references ("the two countries").
 */
import type { Sentence } from '@dossier/core';
import { qualifierBefore } from './amount.js';
import {
  CHANGE_VERBS, CLOCK_WORDS, DEFINITE_DETERMINERS, ID_WORDS, MONTHS, NUMBER_IDIOMS, ONE_IDIOM_NOUNS, RELATIVE_TIME_WORDS, STREET_WORDS,
  WEEKDAYS,
} from './lexicon/context.js';
import { FRACTIONS, MULTIPLIER_WORDS, SCALES, TEENS, TENS, UNITS, VAGUE, VULGAR } from './lexicon/numbers.js';
import type { Qualifier } from './lexicon/qualifiers.js';
import { CURRENCY_PREFIXES, UNIT_WORDS } from './lexicon/units.js';
import { hyphenCompoundAt } from './phrases.js';
import { readAmount, type AmountMatch } from './reader.js';
import { isCapitalised, type DocView } from './view.js';

/** A number expression accepted as a figure, before its context is read. */
export interface Candidate {
  sentence: number;
  /** First token of the figure's text (the qualifier's first word when there is one). */
  first: number;
  match: AmountMatch;
  qualifier: Qualifier | null;
  /** The lower end of a range split in two ("one or two points"): it counts what the next candidate counts. */
  sharesNext: boolean;
}

const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(VAGUE),
  ...Object.keys(MULTIPLIER_WORDS), ...Object.keys(VULGAR), 'half', 'dozen', 'hundred',
]);
/** Words that start an expression only when a number word or numeral follows ("a million", "between 5 and 6"). */
const LEAD_WORDS = new Set(['a', 'an', 'between', 'from', 'several', 'few', 'many']);
const TIME_UNIT_WORDS = new Set(Object.entries(UNIT_WORDS).filter(([k, e]) => e.kind === 'time' && !k.includes(' ')).map(([k]) => k));
/** Every word that can open an expression, so most tokens cost one Set look-up. */
const OPENERS = new Set([...NUMBER_WORDS, ...LEAD_WORDS, ...TIME_UNIT_WORDS, ...Object.keys(CURRENCY_PREFIXES), 'nz', 'hk', 'au', 'ca', 'mx', 'us', 'sg']);
/** Words that may follow a lead word inside an expression. */
const AFTER_LEAD = new Set([...NUMBER_WORDS, ...Object.keys(CURRENCY_PREFIXES), ...Object.keys(SCALES), ...Object.keys(FRACTIONS), ...TIME_UNIT_WORDS, 'few', 'couple']);
const DIGIT = /\d/;
const YEAR_TOKEN = /^\d{4}(?:[-–]\d{2,4})?$/;
const BRACKETS_OPEN = new Set(['[', '{']);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c === 46 && s.length > 1);
}

/** Cheap test before running the grammar. */
function mayStart(v: DocView, i: number): boolean {
  const t = v.tokens[i]!;
  const l = t.lower;
  if (startsWithDigit(l)) return true;
  // ("threefold": checked by its last letter first, as this runs on every token)
  if (!OPENERS.has(l)) return t.kind === 'currency' || (l.length > 4 && l.charCodeAt(l.length - 1) === 100 && l.endsWith('fold'));
  if (LEAD_WORDS.has(l) || l.length === 2) {
    const next = v.tokens[i + 1]?.lower;
    return next !== undefined && (startsWithDigit(next) || AFTER_LEAD.has(next));
  }
  // "hour and a half"
  if (TIME_UNIT_WORDS.has(l) && !NUMBER_WORDS.has(l)) return v.tokens[i + 1]?.lower === 'and' && v.tokens[i + 3]?.lower === 'half';
  return true;
}

function changeVerbBefore(v: DocView, i: number, first: number): boolean {
  for (let j = i - 1; j >= Math.max(first, i - 3); j--) {
    if (CHANGE_VERBS.has(v.tokens[j]!.lower)) return true;
  }
  return false;
}

/** Tokens of the expression that are numerals ("2013", "5,000-6,000"). */
function numeralTokens(v: DocView, m: AmountMatch): string[] {
  const out: string[] = [];
  for (let j = m.start; j < m.end; j++) if (DIGIT.test(v.tokens[j]!.lower)) out.push(v.tokens[j]!.lower);
  return out;
}

const isMonth = (v: DocView, i: number): boolean => {
  const t = v.tokens[i];
  return t !== undefined && MONTHS.has(t.lower) && isCapitalised(t);
};

/** Why a number expression is not a figure, or null when it is one. Each rule names the example that needs it. */
function notFigure(v: DocView, s: Sentence, m: AmountMatch, q: Qualifier | null): string | null {
  const tk = v.tokens;
  const lw = v.words.lower;
  const first = q ? m.start - q.words.length : m.start;
  const prev = tk[first - 1];
  const next = tk[m.end];
  const prevLower = first > s.firstToken ? prev?.lower : undefined;
  const numerals = numeralTokens(v, m);
  const unitless = m.kind === null;

  if (m.score || tallyAt(v, first, m.end) || voteTallyAt(v, first, m.end)) return 'score';
  // "4chan", "5G": a numeral glued to a word is part of a name.
  if (next !== undefined && v.words.glued[m.end] && /^\p{L}/u.test(next.text) && m.form === 'digits') return 'name';
  // "an hour" alone is too weak to be a figure; "an hour and a half" is one.
  // ("about an hour" is a duration: the hedge makes the article a number)
  // ("up 31% from a year earlier", "a decade of falling confidence": a relative time or a period of
  // something is a duration, as "175 years ago" and "two decades of conflict" are)
  const timed = m.kind === 'time' && next !== undefined && (RELATIVE_TIME_WORDS.has(next.lower) || (next.lower === 'of' && v.tokens[m.end + 1]?.pos !== 'DET'));
  if (m.form === 'article' && m.value === 1 && q === null && !timed) return 'article';
  // "a third term", "a third straight win" are ordinals; "a third of voters", "cut by a third", "larger than a
  // third," are fractions: an ordinal goes with a noun after it.
  // ("about a third fewer than", "a third less wheat": a comparative after it makes it a fraction)
  if (m.ordinalLike && next !== undefined && next.lower !== 'of' && !COMPARATIVE_WORDS.has(next.lower) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || (next.lower === '-' && v.words.glued[m.end]))) return 'ordinal';
  // Years and year ranges ("in 2013", "the 2020 elections", "2015-2018").
  if (unitless && numerals.length > 0 && numerals.every((n) => YEAR_TOKEN.test(n)) && m.form === 'digits') {
    const value = Number(numerals[0]!.slice(0, 4));
    if (value >= 1000 && value <= 2100) {
      const countNounNext = next !== undefined && next.pos === 'NOUN' && next.lower.endsWith('s');
      const dateContext = prev !== undefined && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'PROPN' || prev.pos === 'PART' || isMonth(v, first - 1));
      // A hedge can make a single year-shaped number a count ("about 1500 people"), never a span of years ("over 2000-2050").
      if (m.range || !(q !== null || (countNounNext && !dateContext))) return 'year';
    }
  }
  // "FIFA World Cup 2018 day five": a year before a singular time unit ("2000 year old" is an age).
  if (m.kind === 'time' && !m.age && numerals.length === 1 && YEAR_TOKEN.test(numerals[0]!) && m.end - m.start === 2 && !lw[m.end - 1]!.endsWith('s')) return 'year';
  // The model's DATE/TIME spans ("September 26", "end of 2019", "10:30 a.m."); durations keep their unit.
  for (let j = m.start; j < m.end; j++) {
    const type = v.valueType[j];
    if (DIGIT.test(lw[j]!) || m.form !== 'digits') {
      if ((type === 'DATE' || type === 'TIME') && m.kind !== 'time' && m.kind !== 'currency' && m.kind !== 'percent' && (m.plain || m.form === 'words') && m.value <= 31) return 'date';
      if ((type === 'DATE' || type === 'TIME' || type === 'DURATION') && m.plain && unitless && m.value >= 1000 && m.value <= 2100) return 'date';
    }
  }
  // "April 16", "16 April", "May 1".
  if (m.plain && m.value >= 1 && m.value <= 31 && (isMonth(v, first - 1) || isMonth(v, m.end) || (lw[m.end] === 'of' && isMonth(v, m.end + 1)))) return 'date';
  // "3 p.m.", "10 o'clock".
  if (next !== undefined && CLOCK_WORDS.has(next.lower) && unitless) return 'clock';
  if (numerals.some((n) => n.includes(':'))) return 'clock';
  // "page 12", "No. 5", "Article 27", "#1".
  if (prevLower !== undefined && ID_WORDS.has(prevLower) && unitless && (m.plain || m.form === 'words') && q === null) return 'label';
  // "posts 542 and 543", "day five", "room 12": a bare number right after a common noun labels it.
  if (prev !== undefined && prev.pos === 'NOUN' && !isCapitalised(prev) && !AGE_WORDS.has(prev.lower) && !prev.lower.endsWith('ing') && unitless && q === null && !m.range && (m.plain || m.form === 'words') &&
    first > s.firstToken && !(next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ'))) return 'label';
  // "F-16", "COVID-19", "G-20": a code glued to a name.
  if (prev !== undefined && (prev.lower === '-' || prev.lower === '–') && v.words.glued[first] && v.words.glued[first - 1] && /\p{Lu}/u.test(tk[first - 2]?.text ?? '') && unitless) return 'code';
  // "Internet Explorer 9", "Boeing 737", "Title 42", "Air Force One": a number right after a name.
  if (prev !== undefined && q === null && unitless && first > s.firstToken && (prev.pos === 'PROPN' || (prev.pos === 'NOUN' && isCapitalised(prev))) &&
    !isMonth(v, first - 1) && !WEEKDAYS.has(prev.lower) && (m.plain || (m.form === 'words' && isCapitalised(tk[m.start])))) {
    // A name and a count can meet across a missing comma ("In Iraq 300 people died"): keep big numbers followed by a plural noun.
    if (!(next?.pos === 'NOUN' && next.lower.endsWith('s') && m.value >= 100 && !m.plain)) return 'name';
  }
  // "1600 Pennsylvania Avenue".
  if (m.plain && unitless) {
    for (let j = m.end; j < Math.min(m.end + 4, s.endToken); j++) {
      if (STREET_WORDS.has(lw[j]!) && isCapitalised(tk[j])) return 'address';
      if (!isCapitalised(tk[j])) break;
    }
  }
  // "[1]" footnotes and "1." list numbers at the start of a line.
  if (prev !== undefined && BRACKETS_OPEN.has(prev.lower) && unitless) return 'footnote';
  if (first === s.firstToken && m.plain && next !== undefined && (next.lower === '.' || next.lower === ')') && v.words.glued[m.end]) return 'list';
  // "one of the", "no one", "one-sided", "flow one way": "one" counts only with a unit, scale or hedge.
  // Kept: "fired one shell", "passed by one vote": one thing as a verb's object or a margin.
  if (m.form === 'words' && m.value === 1 && unitless && q === null && m.trailing === undefined && !m.range && !oneAsCount(v, first, m.end)) return 'one';
  // "the two countries", "both", "all three": a definite back-reference to things already named.
  // ("the six-member team" is a count: the hyphen makes it a modifier; "the three branches of government"
  // is a description: the of-phrase says which set is meant.)
  const describedSet = next?.pos === 'NOUN' && lw[m.end + 1] === 'of';
  // ("Our three biggest customers": a superlative picks a new set out of a larger one, it does not point back)
  const superlativeSet = next !== undefined && next.pos === 'ADJ' && /est$/.test(next.lower) && next.lower.length > 4;
  if (prevLower !== undefined && DEFINITE_DETERMINERS.has(prevLower) && !hyphenCompoundAt(v, m.end) && !describedSet && !superlativeSet && unitless && q === null && !m.range && m.form !== 'fraction' &&
    Number.isInteger(m.value) && m.value < 10 && m.form !== 'vague') return 'anaphora';
  // "Of the thousands, Wikinews spoke with …": a definite vague plural with no of-phrase points back.
  if (prevLower !== undefined && DEFINITE_DETERMINERS.has(prevLower) && m.form === 'vague' && next?.lower !== 'of' && q === null) return 'anaphora';
  // "the first half of 2019", "half-hearted": a bare "half" must take what it halves.
  if (m.form === 'fraction' && lw[m.start] === 'half' && m.end === m.start + 1 && unitless) {
    if (prevLower !== undefined && (prevLower === 'first' || prevLower === 'second' || prevLower === 'other' || prevLower === 'latter' || prevLower === 'last')) return 'half';
    const n = next?.lower;
    const takes = n === 'of' || n === 'the' || n === 'its' || n === 'their' || n === 'his' || n === 'her' || n === 'our' || n === 'all' || n === 'that' || n === 'this' || n === 'these' || n === 'those';
    if (!takes && q === null) return 'half';
  }
  // "fifteen minutes of fame": a number inside an idiom counts nothing.
  if (NUMBER_IDIOMS.some((idiom) => idiom.every((word, k) => lw[m.end - 1 + k] === word))) return 'idiom';
  // "tens" and "scores" alone are not quantities ("test scores").
  if (m.form === 'vague' && (lw[m.start] === 'tens' || lw[m.start] === 'scores') && m.end === m.start + 1 && next?.lower !== 'of') return 'vague';
  return null;
}

const COMPARATIVE_WORDS = new Set(['fewer', 'less', 'more', 'lower', 'higher', 'smaller', 'larger', 'bigger', 'greater', 'cheaper']);
const BARE_INTEGER = /^\d{1,2}$/;

/**
 * "The board voted 5 to 2": a descending pair of small bare numbers joined by "to" is a tally, like a
 * score ("rose from 9 to 10" and "cut from 12 to 8" have "from", or rise).
 */
function voteTallyAt(v: DocView, first: number, end: number): boolean {
  const tk = v.tokens;
  if (end !== first + 1 || !BARE_INTEGER.test(tk[first]!.lower)) return false;
  const n = Number(tk[first]!.lower);
  if (tk[end]?.lower === 'to' && BARE_INTEGER.test(tk[end + 1]?.lower ?? '') && tk[first - 1]?.lower !== 'from') {
    return Number(tk[end + 1]!.lower) < n && tk[end + 2]?.pos !== 'NOUN';
  }
  if (tk[first - 1]?.lower === 'to' && BARE_INTEGER.test(tk[first - 2]?.lower ?? '') && tk[first - 3]?.lower !== 'from') {
    return Number(tk[first - 2]!.lower) > n && tk[end]?.pos !== 'NOUN';
  }
  return false;
}

/** "the Internet: 1, Scientology: 0": a tally of names and numbers, read like a score. */
function tallyAt(v: DocView, first: number, end: number): boolean {
  const tk = v.tokens;
  const isPair = (colon: number): boolean => tk[colon]?.lower === ':' && isCapitalised(tk[colon - 1]) && /^\d+$/.test(tk[colon + 1]?.lower ?? '');
  if (!isPair(first - 1) || end !== first + 1) return false;
  // the next pair ("…: 1, Scientology: 0") or the one before ("Internet: 1, Scientology: 0")
  return (tk[end]?.lower === ',' && isPair(end + 2)) || (tk[first - 3]?.lower === ',' && isPair(first - 5));
}

const LIST_JOINERS = new Set(['and', ',', 'or', '&']);
const PREPOSITIONS_BEFORE_OVER = new Set(['for', 'in', 'of', 'after', 'within', 'than', 'to', 'by', 'from', 'at', 'with']);
const RELATIVE_AFTER = new Set(['ago', 'old', 'earlier', 'later', 'before', 'after']);

/**
 * "spend $4 billion on schools over five years", "photographs taken over four decades": "over" before a
 * duration is the preposition of a period, not the hedge of "for over 20 years" or "over 24 hours ago".
 */
function periodOver(v: DocView, q: Qualifier, start: number, m: AmountMatch): boolean {
  if (m.kind !== 'time' || m.age || q.words.length !== 1 || q.words[0] !== 'over') return false;
  const before = v.tokens[start - 1];
  if (before === undefined || PREPOSITIONS_BEFORE_OVER.has(before.lower) || before.pos === 'AUX' || before.pos === 'PUNCT') return false;
  return !RELATIVE_AFTER.has(v.tokens[m.end]?.lower ?? '');
}

/**
 * "about a 20 minute walk", "nearly a $5 million deal": a hedge before the article of a number that
 * modifies a noun. "a" before a number above one can only open such a compound, so the hedge is the number's.
 */
function qualifierOverArticle(v: DocView, m: AmountMatch, free: number): { qualifier: Qualifier; start: number } | null {
  const article = v.tokens[m.start - 1]?.lower;
  if ((article !== 'a' && article !== 'an') || m.value <= 1 || m.start - 1 <= free) return null;
  return qualifierBefore(v.words.lower, m.start - 1, free);
}

/**
 * Ages written without a unit: "She joined the Sea Org aged 14", "at age seventeen",
 * "Daniel Montalvo, 19, a member of …" (a small number between commas right after a name).
 */
function ageOf(v: DocView, m: AmountMatch, first: number): AmountMatch {
  if (m.kind !== null || m.range || !Number.isInteger(m.value) || m.value > 120 || m.value < 1) return m;
  const tk = v.tokens;
  const prev = tk[first - 1];
  const appositive = prev?.lower === ',' && tk[first - 2]?.pos === 'PROPN' && tk[m.end]?.lower === ',';
  // "At 24, he became the youngest member": a fronted "at N," before a person.
  const frontedAt = prev?.lower === 'at' && tk[m.end]?.lower === ',' && (PERSONAL_SUBJECTS.has(tk[m.end + 1]?.lower ?? '') || tk[m.end + 1]?.pos === 'PROPN') &&
    (tk[first - 2] === undefined || tk[first - 2]!.pos === 'PUNCT');
  const ageOfPrep = prev?.lower === 'of' && tk[first - 2]?.lower === 'age';
  if (!appositive && !AGE_WORDS.has(prev?.lower ?? '') && !copulaAge(v, m, first) && !frontedAt && !ageOfPrep) return m;
  return { ...m, unit: 'year', kind: 'time', age: true, plain: false };
}

/**
 * "fired one shell", "received one vote", "won by one vote": "one" before a singular common noun that is
 * the object of a verb or the margin after "by" is a count. As a subject or after other prepositions it
 * is an indefinite ("One poster wrote", "on one side").
 */
function oneAsCount(v: DocView, first: number, end: number): boolean {
  const tk = v.tokens;
  const noun = tk[end];
  if (noun === undefined || noun.pos !== 'NOUN' || noun.lower.endsWith('s') || ONE_IDIOM_NOUNS.has(noun.lower) || tk[end + 1]?.lower === 'of' || isCapitalised(tk[first])) return false;
  const prev = tk[first - 1];
  if (prev === undefined) return false;
  if (prev.lower === 'by') return true;
  return prev.pos === 'VERB' && !/ing$/.test(prev.lower) && !NON_COUNT_VERBS.has(prev.lower);
}

/** Verbs before "one" that make it a pronoun or a choice ("is one", "including one"), never a count. */
const NON_COUNT_VERBS = new Set(['including', 'include', 'includes', 'is', 'was', 'be', 'become', 'became', 'becomes', 'like', 'called', 'named']);

const PERSONAL_SUBJECTS = new Set(['he', 'she', 'i', 'we', 'they']);
const COPULAS = new Set(['was', 'is', "'s", '’s']);

/**
 * "when she was six so they could …", "He is 45.": a bare number as the whole predicate of a person
 * pronoun is an age. The clause must end right after it, so "she was one of …" and "he was 45th" are not.
 */
function copulaAge(v: DocView, m: AmountMatch, first: number): boolean {
  const tk = v.tokens;
  if (!COPULAS.has(tk[first - 1]?.lower ?? '') || !PERSONAL_SUBJECTS.has(tk[first - 2]?.lower ?? '') || m.form === 'fraction') return false;
  const next = tk[m.end];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'SCONJ' || next.lower === 'so' || next.lower === 'when' || next.lower === 'then';
}

/** Every figure-shaped number expression of the document, in text order. */
export function findCandidates(v: DocView): Candidate[] {
  const out: Candidate[] = [];
  v.doc.sentences.forEach((s, si) => {
    let i = s.firstToken;
    let free = s.firstToken;
    let labelEnd = -1;
    while (i < s.endToken) {
      if (!mayStart(v, i)) {
        i++;
        continue;
      }
      const m = readAmount(v.words, i, s.endToken, { toRange: !changeVerbBefore(v, i, s.firstToken) });
      if (!m) {
        i++;
        continue;
      }
      const hedge = qualifierBefore(v.words.lower, m.start, free) ?? qualifierOverArticle(v, m, free);
      const found = hedge && periodOver(v, hedge.qualifier, hedge.start, m) ? null : hedge;
      const q = found?.qualifier ?? null;
      let why = notFigure(v, s, m, q);
      // "posts 542 and 543": a number listed after a label is a label too.
      if (why === null && labelEnd >= 0 && m.start === labelEnd + 1 && LIST_JOINERS.has(v.tokens[labelEnd]!.lower) && m.plain) why = 'label';
      if (why === null && m.parts) {
        // "one or two points", "from ten to 32 pages": one figure per number; the hedge covers both.
        const [a, b] = m.parts;
        const firstA = found ? found.start : a.start;
        out.push({ sentence: si, first: firstA, match: ageOf(v, a, firstA), qualifier: q, sharesNext: true });
        out.push({ sentence: si, first: b.start, match: ageOf(v, b, b.start), qualifier: q, sharesNext: false });
        free = m.end;
      } else if (why === null) {
        out.push({ sentence: si, first: found ? found.start : m.start, match: ageOf(v, m, found ? found.start : m.start), qualifier: q, sharesNext: false });
        free = m.end;
      }
      labelEnd = why === 'label' ? m.end : -1;
      i = Math.max(m.end, i + 1);
    }
  });
  return out;
}
