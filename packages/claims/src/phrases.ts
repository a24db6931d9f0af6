/**
 * Noun phrases and clause starts read off wink-nlp's part-of-speech tags. Cheap, local rules:
 * enough to find "Eduardo Sánchez", "the Republican leader", "Mexico's Secretariat of Foreign
 * Affairs" or "[Trump]" next to a reporting verb, and to tell "said the talks failed" (a clause)
 * from "announced a $212 million deal" (a noun phrase).
 */
import type { Ctx } from './context.js';
import { isJoiner, isQuoteMark } from './context.js';
import { POSSESSIVE_PRONOUNS, TIME_MODIFIERS, TIME_WORDS } from './lexicon/roles.js';

/** A token range [first, end). */
export interface TokRange {
  first: number;
  end: number;
}

const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PUNCT', 'NUM', 'SYM', 'INTJ']);
/** Pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'one']);
/** Words after which a coordinated subject may start ("although both Republicans and Democrats agree"). */
const CLAUSE_OPENERS = new Set(['although', 'though', 'while', 'because', 'that', 'but', 'and', 'as', 'when', 'whereas', 'if']);
/** Prepositions allowed inside a speaker phrase ("spokesman for the Mexican president"). */
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'by']);
/** Prepositions after an adjective inside a source phrase ("sources familiar with the plan", "people close to the president"). */
const ADJ_PREPOSITIONS = new Set(['with', 'to', 'of']);
/** Prepositions allowed in a source after "according to" ("a conversation between …"). */
const NO_PREPOSITIONS = new Set<string>();
const LONG_NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'between', 'with', 'on', 'to']);

/** True for a capitalized content word that is part of a name ("Associated" in "The Associated Press"). */
/** Quantifiers a sentence may open with, whatever wink tags them: "Several told the campus newspaper …" names no one. */
const QUANTIFIER_WORDS = new Set(['several', 'many', 'most', 'some', 'few', 'both', 'all', 'others', 'each', 'none']);

export function isNameTok(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.cap[i] === 0 || FUNCTION_POS.has(t.pos) || isQuoteMark(t) || QUANTIFIER_WORDS.has(t.lower)) return false;
  if (t.pos === 'PROPN') return true;
  // A capitalized common noun at the start of a sentence is just a capital ("Analysts support her"),
  // unless the article uses the word as a name elsewhere ("Dole told reporters …", tagged VERB, after
  // "Assistant U.S. Attorney Marcus Dole").
  const s = ctx.sentences[t.sentence]!;
  const prev = ctx.tokens[i - 1];
  const atStart = i === s.firstToken || (!!prev && i === s.firstToken + 1 && isQuoteMark(prev));
  return !atStart || ctx.properWords.has(t.text);
}

const isPossessive = (lower: string): boolean => lower === "'s" || lower === '’s' || lower === "'" || lower === '’';

/** Tokens that can sit inside a noun phrase. */
function npInternal(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  switch (t.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      return !isQuoteMark(t);
    case 'PART':
      return isPossessive(t.lower) && i > 0 && ctx.tokens[i - 1]!.end === t.start;
    case 'PRON':
      return POSSESSIVE_PRONOUNS.has(t.lower);
    case 'ADV':
      // "the most recent investigation"
      return ctx.tokens[i + 1]?.pos === 'ADJ';
    case 'SYM':
      return t.text === '$' || t.text === '€' || t.text === '£' || t.text === '%';
    default:
      return isNameTok(ctx, i) || isJoiner(ctx, i) || nounGerund(ctx, i) || (t.pos === 'VERB' && ctx.tokens[i - 1]?.pos === 'DET' && ctx.tokens[i + 1]?.pos === 'NOUN');
  }
}

/**
 * An -ing word used as a noun: "an Internet posting made just over 24 hours ago" (after a
 * determiner or noun, and followed by no object of its own).
 */
function nounGerund(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.pos !== 'VERB' || !/ing$/.test(t.lower)) return false;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (!prev || !['DET', 'ADJ', 'NOUN', 'PROPN'].includes(prev.pos)) return false;
  return !next || !['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos);
}

/** Tokens that can end a noun phrase. */
function npHead(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (isQuoteMark(t)) return false;
  if (nounGerund(ctx, i)) return true;
  if (t.pos === 'ADJ') return isJoiner(ctx, i - 1); // "the 45-year-old"
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || isNameTok(ctx, i) || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower));
}

const MATCHING: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

/** The bracketed group ending at token i ("(WTO)", "[Trump]"), as its opening token, or -1. */
function bracketStart(ctx: Ctx, i: number, lo: number): number {
  const open = MATCHING[ctx.tokens[i]!.text];
  if (!open) return -1;
  for (let k = i - 1; k >= lo && k >= i - 8; k--) if (ctx.tokens[k]!.text === open) return k;
  return -1;
}

/**
 * The noun phrase that ends just before token `end`, not reaching before `lo`. A pronoun is a
 * phrase of its own; "of/for/at/in" phrases and "X and Y" are taken in when they sit between
 * nominal words ("both Republicans and Democrats", "the undersecretary of foreign relations").
 */
export function npLeft(ctx: Ctx, end: number, lo: number, allowAnd = true, allowPreps = true): TokRange | null {
  let j = end - 1;
  if (j < lo) return null;
  const tokens = ctx.tokens;
  let first = j;
  const b = bracketStart(ctx, j, lo);
  if (b >= 0) {
    // "[Trump] has suggested…": the bracketed name is the phrase (or the tail of one).
    first = b;
    j = b;
  } else if (!npHead(ctx, j)) return null;
  else if (tokens[j]!.pos === 'PRON') return { first: j, end };
  let k = first - 1;
  while (k >= lo) {
    const t = tokens[k]!;
    const bk = bracketStart(ctx, k, lo);
    if (bk >= 0) {
      first = bk;
      k = bk - 1;
      continue;
    }
    if (npInternal(ctx, k)) {
      first = k;
      k--;
      continue;
    }
    if (allowPreps && t.pos === 'ADP' && NP_PREPOSITIONS.has(t.lower) && k - 1 >= lo && npHead(ctx, k - 1) && tokens[k - 1]!.pos !== 'PRON') {
      first = k;
      k--;
      continue;
    }
    if (allowPreps && (t.pos === 'ADP' || t.lower === 'to') && ADJ_PREPOSITIONS.has(t.lower) && tokens[k - 1]?.pos === 'ADJ' && k - 2 >= lo && npHead(ctx, k - 2) && tokens[k - 2]!.pos !== 'PRON') {
      first = k - 1;
      k -= 2;
      continue;
    }
    if (allowAnd && t.lower === 'and' && k - 1 >= lo && npHead(ctx, k - 1) && tokens[k - 1]!.pos !== 'NUM') {
      // "both Republicans and Democrats agree": a coordinated subject, not the object of what came
      // before ("began on August 10 and South Korea says").
      const left = npLeft(ctx, k, lo, false);
      const before = left ? tokens[left.first - 1] : undefined;
      if (left && (!before || before.pos === 'PUNCT' || before.pos === 'SCONJ' || CLAUSE_OPENERS.has(before.lower))) first = left.first;
    }
    break;
  }
  // Never start on a preposition or a possessive marker.
  while (first < end && (tokens[first]!.pos === 'ADP' || isPossessive(tokens[first]!.lower))) first++;
  return first < end ? { first, end } : null;
}

/**
 * The noun phrase that starts at token `start`, not reaching `hi`. `tails` says which
 * prepositional phrases it may take in: none (`plain`), "of/for/at/from/in" (`short`), or the
 * longer tails of a source after "according to" (`long`: "a conversation between X and Y").
 */
export function npRight(ctx: Ctx, start: number, hi: number, tails: 'plain' | 'short' | 'long' = 'short'): TokRange | null {
  const long = tails === 'long';
  const tokens = ctx.tokens;
  if (start >= hi) return null;
  const t0 = tokens[start]!;
  if (t0.pos === 'PRON' && SUBJECT_PRONOUNS.has(t0.lower)) return { first: start, end: start + 1 };
  const preps = long ? LONG_NP_PREPOSITIONS : tails === 'short' ? NP_PREPOSITIONS : NO_PREPOSITIONS;
  let k = start;
  let lastHead = -1;
  while (k < hi) {
    const t = tokens[k]!;
    if (t.text === '(' || t.text === '[') {
      const close = t.text === '(' ? ')' : ']';
      let m = k + 1;
      while (m < hi && m < k + 8 && tokens[m]!.text !== close) m++;
      if (m < hi && tokens[m]!.text === close) {
        lastHead = m;
        k = m + 1;
        continue;
      }
      break;
    }
    if (lastHead === k - 1 && (t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower)))) break;
    if (npInternal(ctx, k)) {
      if (npHead(ctx, k)) lastHead = k;
      k++;
      continue;
    }
    if (lastHead === k - 1 && k + 1 < hi && ((t.pos === 'ADP' && preps.has(t.lower)) || (long && t.lower === 'and')) && startsNp(ctx, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  return lastHead >= start ? { first: start, end: lastHead + 1 } : null;
}

function startsNp(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && (npInternal(ctx, i) || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower)));
}

const WH_WORDS = new Set(['when', 'where', 'why', 'how', 'while', 'whenever', 'wherever']);

/** Words that open a quantity before the noun of a subject ("more than 4,000 people"). */
/** Verbs that are also nouns, which wink tags NOUN after a noun ("the orbiter cost", "the council plans to"). */
const NOUN_VERBS = new Set(['cost', 'costs', 'cut', 'cuts', 'hit', 'hits', 'plans', 'needs', 'faces', 'lacks', 'rises', 'falls', 'uses', 'owes', 'loses', 'holds', 'employs']);

/** Plural nouns: ending in -s, or the common irregular plurals. */
const PLURAL_HEAD = /^(?:\w+s|people|children|men|women|police)$/;

const QUANTIFIER_STARTS = new Set(['more', 'less', 'fewer', 'at', 'up', 'about', 'around', 'nearly', 'almost', 'over', 'some', 'roughly', 'approximately', 'as', 'only', 'just', 'well']);

const FINITE_AUX = /^(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|shall|should|may|might|must|does|do|did|’s|'s|’re|'re|’ve|'ve|’ll|'ll|’d|'d|wo|ca)$/;

/** True when token i is a finite verb: not "to"-infinitive, not a participle hanging off a noun. */
export function isFiniteVerb(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  if (t.pos === 'AUX') return FINITE_AUX.test(t.lower) || prev?.pos === 'PRON' || prev?.pos === 'PROPN' || prev?.pos === 'NOUN';
  if (t.pos !== 'VERB') return false;
  if (prev && (prev.lower === 'to' || prev.pos === 'DET' || prev.pos === 'ADP')) return false;
  if (/ing$/.test(t.lower)) return prev?.pos === 'AUX';
  return true;
}

/**
 * True when a clause starts at token k: a subject (pronoun or noun phrase) followed by a finite
 * verb ("the leaker provided…", "she is willing…", "the most effective way to push back … is…").
 */
export function clauseStartsAt(ctx: Ctx, k: number, hi: number): boolean {
  const tokens = ctx.tokens;
  const t = tokens[k];
  if (!t || k >= hi) return false;
  let m: number;
  if (t.pos === 'PRON' || t.lower === 'there') {
    if (POSSESSIVE_PRONOUNS.has(t.lower) && t.lower !== 'her') {
      const np = npRight(ctx, k + 1, hi);
      m = np ? np.end : k + 1;
    } else m = k + 1;
  } else {
    // "more than 4,000 people have died", "at least 20 people were killed".
    let s = k;
    if (QUANTIFIER_STARTS.has(t.lower)) while (s < hi && s < k + 4 && tokens[s]!.pos !== 'NUM') s++;
    if (tokens[s]?.pos !== 'NUM') s = k;
    const np = npRight(ctx, s, hi);
    if (!np) return false;
    m = np.end;
    // "Mohamed wishes to use …": a verb in -s that wink tagged as a noun after a name.
    const last = tokens[m - 1]!;
    const after = tokens[m];
    if (m - 1 > np.first && last.pos === 'NOUN' && /s$/.test(last.lower) && tokens[m - 2]!.pos === 'PROPN' && after && (after.lower === 'to' || after.lower === 'that' || after.pos === 'DET' || after.pos === 'PRON')) return true;
    // "the orbiter cost 400 million euros", "the firm plans to": verbs wink reads as nouns after a noun.
    // (wink may run the number on into the same noun phrase: "orbiter cost 400 million euros")
    for (let v = np.first + 1; v <= m - 1; v++) {
      const n = tokens[v + 1];
      if (tokens[v]!.pos === 'NOUN' && NOUN_VERBS.has(tokens[v]!.lower) && tokens[v - 1]!.pos === 'NOUN' && n && (n.pos === 'NUM' || n.pos === 'DET' || n.pos === 'PRON' || n.lower === 'to')) return true;
    }
    // "about 310,000 people use the network": a plural-form verb wink tagged as a noun after a plural
    // subject, with a determiner after it (two nouns in a row are not followed by "the").
    if (m - 1 > np.first && last.pos === 'NOUN' && !/s$/.test(last.lower) && PLURAL_HEAD.test(tokens[m - 2]!.lower) && tokens[m - 2]!.pos === 'NOUN' && after && (after.pos === 'DET' || after.lower === 'that')) return true;
  }
  // "names, email addresses and partial card numbers had been taken": a list of noun phrases as subject.
  if (tokens[m]?.text === ',' && listSubjectVerb(ctx, m, hi)) return true;
  // "the suspect, a 34-year-old man, was arrested", "dicot species, such as soybean, cotton, and
  // peanut, lose …": an appositive, or a list introduced by "such as"/"including", between subject and verb.
  if (tokens[m]?.text === ',') {
    const list = /^(?:such|including|like)$/.test(tokens[m + 1]?.lower ?? '');
    for (let c = m + 1; c < hi && c <= m + (list ? 20 : 14); c++) {
      if (tokens[c]!.text !== ',') continue;
      // "the robot, named “Better Idea of Afghan Girls,” scored …": the comma may sit inside a quote.
      let v = tokens[c + 1] && isQuoteMark(tokens[c + 1]!) ? c + 2 : c + 1;
      while (v < hi && tokens[v]!.pos === 'ADV') v++;
      if (v < hi && isFiniteVerb(ctx, v)) return true;
      if (!list) break;
    }
  }
  // "these measures were actually …", but not "said nothing when asked …".
  while (m < hi && (tokens[m]!.pos === 'ADV' || tokens[m]!.pos === 'PART') && tokens[m]!.lower !== 'to' && !WH_WORDS.has(tokens[m]!.lower)) m++;
  if (m < hi && isFiniteVerb(ctx, m)) return true;
  // A longer subject: "the most effective way to push back against Trump is …".
  for (let x = m; x < hi && x < m + 14; x++) {
    const tx = tokens[x]!;
    if (tx.pos === 'PUNCT' || tx.pos === 'SCONJ' || tx.lower === 'that' || tx.lower === 'whether' || WH_WORDS.has(tx.lower)) return false;
    if (tx.pos === 'AUX' && FINITE_AUX.test(tx.lower)) return true;
  }
  return false;
}

/** From the comma after a list's first item: ", B and C" (or ", B, and C") followed by a finite verb. */
function listSubjectVerb(ctx: Ctx, comma: number, hi: number): boolean {
  const tokens = ctx.tokens;
  let x = comma;
  for (let items = 0; items < 6 && x < hi; items++) {
    let from = x + 1;
    const coordinated = /^(?:and|or)$/.test(tokens[x]!.lower) || /^(?:and|or)$/.test(tokens[from]?.lower ?? '');
    if (/^(?:and|or)$/.test(tokens[from]?.lower ?? '')) from++;
    const item = npRight(ctx, from, hi, 'plain');
    if (!item) return false;
    if (coordinated) {
      let v = item.end;
      while (v < hi && tokens[v]!.pos === 'ADV') v++;
      return v < hi && isFiniteVerb(ctx, v);
    }
    x = item.end;
    if (tokens[x]?.text !== ',' && !/^(?:and|or)$/.test(tokens[x]?.lower ?? '')) return false;
  }
  return false;
}

/**
 * Skips a time adverbial that ends at token j, going left ("on Tuesday morning", "last week",
 * "at the same time"). Returns the index before it, or j when there is none.
 */
export function skipTimeLeft(ctx: Ctx, j: number, lo: number): number {
  const tokens = ctx.tokens;
  let k = j;
  let sawTime = false;
  while (k >= lo && (TIME_WORDS.has(tokens[k]!.lower) || (sawTime && TIME_MODIFIERS.has(tokens[k]!.lower)) || (sawTime && tokens[k]!.pos === 'NUM'))) {
    if (TIME_WORDS.has(tokens[k]!.lower)) sawTime = true;
    k--;
  }
  if (!sawTime) return j;
  if (k >= lo && tokens[k]!.pos === 'ADP') k--;
  return k;
}

/**
 * Skips adverbials that stand between a reporting verb and its content, going right
 * ("on Tuesday", "in a statement", "last week", "at the time", "in particular"). Returns the index after them.
 */
export function skipAdverbialsRight(ctx: Ctx, k: number, hi: number): number {
  const tokens = ctx.tokens;
  for (let rounds = 0; rounds < 4 && k < hi; rounds++) {
    const t = tokens[k]!;
    // "in a statement released late Tuesday": a participle after the adverbial's noun.
    if (rounds > 0 && t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[k - 1]!.pos === 'NOUN') {
      k++;
      continue;
    }
    // ("said about 310,000 people use …": a hedge before a number opens the content)
    if (t.pos === 'ADV' && t.lower !== 'that' && !(QUANTIFIER_STARTS.has(t.lower) && tokens[k + 1]?.pos === 'NUM')) {
      k++;
      continue;
    }
    // "told supporters late on Sunday that": "late" before a time phrase is part of it.
    if (/^(?:early|late|earlier|later)$/.test(t.lower) && tokens[k + 1]?.pos === 'ADP') {
      k++;
      continue;
    }
    // ("said years of data were safe": a time noun with an of-phrase heads the content's subject)
    if ((TIME_WORDS.has(t.lower) && tokens[k + 1]?.lower !== 'of') || (TIME_MODIFIERS.has(t.lower) && TIME_WORDS.has(tokens[k + 1]?.lower ?? ''))) {
      // "said Tuesday that the vote …": "that" and "the" here open the content, not a time phrase.
      while (k < hi && (TIME_WORDS.has(tokens[k]!.lower) || tokens[k]!.pos === 'NUM' || (TIME_MODIFIERS.has(tokens[k]!.lower) && TIME_WORDS.has(tokens[k + 1]?.lower ?? '')))) k++;
      continue;
    }
    if (t.pos === 'ADP' && t.lower !== 'that' && t.lower !== 'of' && t.lower !== 'as') {
      const np = npRight(ctx, k + 1, hi);
      if (!np) break;
      k = np.end;
      continue;
    }
    break;
  }
  return k;
}

/** The token index of the head word of a phrase: the last word before its first "of/for/in" phrase. */
export function headOf(ctx: Ctx, np: TokRange): number {
  let head = np.end - 1;
  for (let k = np.first; k < np.end; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'ADP' && NP_PREPOSITIONS.has(t.lower) && k > np.first) {
      head = k - 1;
      break;
    }
  }
  while (head > np.first && (isPossessive(ctx.tokens[head]!.lower) || ctx.tokens[head]!.text === ')' || ctx.tokens[head]!.text === ']')) {
    const b = bracketStart(ctx, head, np.first);
    head = b > np.first ? b - 1 : head - 1;
  }
  return head;
}
