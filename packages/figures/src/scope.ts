/**
 * The time or place phrase that bounds a figure: "in the past decade", "since 2006", "by the end of 2019",
 * "last June", "in the town of Iguala", "throughout Mexico over the past three months".
 * Time phrases start from the tokenizer model's DATE/DURATION spans; place phrases from a place
 * preposition before a capitalised name (or the entities stage's places when it ran).
 */
import type { Candidate } from './candidates.js';
import type { FigureContext } from './context.js';
import {
  MONTHS, PLACE_NOUNS, PLACE_PREPOSITIONS, TIME_DEICTICS, TIME_FILLERS, TIME_PREPOSITIONS, WEEKDAYS,
} from './lexicon/context.js';
import { isEventVerb } from './phrases.js';
import { tokenAtOrAfter, type DocView } from './view.js';

/** A scope phrase: tokens [start, end). */
interface Phrase {
  start: number;
  end: number;
}

const BACKWARD_BREAKS = new Set([';', ':', '(', ')']);
const FORWARD_BREAKS = new Set([
  ';', ':', '—', '–', '(', ')', '“', '”', '"', 'which', 'who', 'where', 'when', 'while', 'because', 'although', 'but',
  'compared', 'than', 'versus', 'vs', 'vs.', 'whereas',
]);
const MAX_GAP = 12;

function isPlaceName(v: DocView, j: number): boolean {
  const t = v.tokens[j];
  return t !== undefined && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower);
}

/**
 * Entities stage verdict on token j, when it ran: only PLACE mentions may be place scopes. The type of
 * the first entity (in the stage's order) with a mention over the token's start.
 */
function entityTypeAt(v: DocView, j: number): string | null {
  let types = entityTypes.get(v);
  if (!types) entityTypes.set(v, (types = entityTypesByToken(v)));
  return types[j] ?? null;
}

const entityTypes = new WeakMap<DocView, ReadonlyArray<string | undefined>>();

/** Per token, the type entityTypeAt gives: one pass over the mentions, not one per place phrase. */
function entityTypesByToken(v: DocView): Array<string | undefined> {
  const out = new Array<string | undefined>(v.tokens.length);
  const entities = v.doc.entities ?? [];
  // Last to first, so the first entity to cover a token writes last.
  for (let e = entities.length - 1; e >= 0; e--) {
    const entity = entities[e]!;
    for (let m = entity.mentions.length - 1; m >= 0; m--) {
      const mention = entity.mentions[m]!;
      for (let j = tokenAtOrAfter(v, mention.start); j < v.tokens.length && v.tokens[j]!.start < mention.end; j++) out[j] = entity.type;
    }
  }
  return out;
}

/** "in the town of Iguala", "in the states of Guerrero, Michoacan, México and Morelos", "in the US". */
function placeAt(v: DocView, p: number, limit: number): Phrase | null {
  const tk = v.tokens;
  let j = p + 1;
  if (tk[j]?.lower === 'the') j++;
  if (PLACE_NOUNS.has(tk[j]?.lower ?? '') && tk[j + 1]?.lower === 'of') j += 2;
  if (!isPlaceName(v, j)) return null;
  let end = j;
  for (;;) {
    while (end < limit && isPlaceName(v, end)) end++;
    // a list of places: ", Michoacan", "and Morelos"
    const sep = tk[end]?.lower;
    if ((sep === ',' || sep === 'and') && isPlaceName(v, end + 1) && !isPlaceName(v, end + 2) || (sep === ',' && isPlaceName(v, end + 1) && isPlaceName(v, end + 2))) {
      end++;
      continue;
    }
    break;
  }
  // "in ICE custody", "in US history": a name before a noun is a modifier, not a place.
  const after = tk[end];
  if (after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN')) return null;
  const type = entityTypeAt(v, j);
  if (type !== null && type !== 'PLACE') return null;
  return { start: p, end };
}

/** A model time span widened to its preposition: "past decade" → "in the past decade". */
function timeAt(v: DocView, first: number, end: number, floor: number): Phrase | null {
  const tk = v.tokens;
  let start = first;
  while (start > floor && TIME_FILLERS.has(tk[start - 1]!.lower)) start--;
  // "the end of 2019", "the beginning of the year" when the model kept only part of it
  if (start > floor + 1 && tk[start - 1]!.lower === 'of' && (tk[start - 2]!.lower === 'end' || tk[start - 2]!.lower === 'beginning' || tk[start - 2]!.lower === 'start' || tk[start - 2]!.lower === 'middle')) {
    start -= 2;
    while (start > floor && TIME_FILLERS.has(tk[start - 1]!.lower)) start--;
  }
  // "in the 2008 attacks", "the 2020 elections": a date that modifies a noun is not a time scope.
  if ((tk[end]?.pos === 'NOUN' || tk[end]?.pos === 'PROPN') && /^\d+$/.test(tk[end - 1]!.lower)) return null;
  const prep = tk[start - 1];
  // "from last June's massacre": the preposition governs the massacre, not the date.
  const possessive = tk[end]?.lower === "'s" || tk[end]?.lower === '’s';
  if (start > floor && !possessive && prep !== undefined && TIME_PREPOSITIONS.has(prep.lower) && prep.lower !== 'of') start--;
  else if (!TIME_DEICTICS.has(tk[start]!.lower) && !TIME_PREPOSITIONS.has(tk[start]!.lower)) return null;
  // "since September, 2018"
  let stop = end;
  if (tk[stop]?.lower === ',' && /^\d{4}$/.test(tk[stop + 1]?.lower ?? '')) stop += 2;
  return { start, end: stop };
}

/** All scope phrases of a sentence, adjacent ones merged ("throughout Mexico" + "over the past three months"). */
function phrasesOf(v: DocView, sentence: number): Phrase[] {
  const s = v.doc.sentences[sentence]!;
  const tk = v.tokens;
  const found: Phrase[] = [];
  let seen = -1;
  for (let j = s.firstToken; j < s.endToken; j++) {
    const vi = v.valueIndex[j]!;
    const type = v.valueType[j];
    if (vi >= 0 && vi !== seen && (type === 'DATE' || type === 'DURATION')) {
      seen = vi;
      const span = v.doc.values[vi]!;
      const t = timeAt(v, Math.max(span.firstToken, s.firstToken), Math.min(span.endToken, s.endToken), s.firstToken);
      if (t) found.push(t);
    }
    if (PLACE_PREPOSITIONS.has(tk[j]!.lower)) {
      const p = placeAt(v, j, s.endToken);
      if (p) found.push(p);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Phrase[] = [];
  for (const p of found) {
    const last = merged[merged.length - 1];
    if (last && p.start < last.end) {
      last.end = Math.max(last.end, p.end);
      continue;
    }
    if (last && p.start === last.end) {
      last.end = p.end;
      continue;
    }
    merged.push({ ...p });
  }
  return merged;
}

/** Scope text for each figure (or null), from the same clause: after the figure first, then before it. */
export function readScopes(v: DocView, cands: readonly Candidate[], contexts: readonly FigureContext[]): Array<string | null> {
  const out: Array<string | null> = new Array(cands.length).fill(null);
  // Tokens the figures themselves own (their text, counted noun and event verb) do not break a clause.
  const owned = new Set<number>();
  cands.forEach((c, i) => {
    for (let j = c.first; j < c.match.end; j++) owned.add(j);
    const ctx = contexts[i]!;
    if (ctx.countedSpan) for (let j = ctx.countedSpan.start; j < ctx.countedSpan.end; j++) owned.add(j);
    if (ctx.eventToken >= 0) owned.add(ctx.eventToken);
  });
  let cacheSentence = -1;
  let phrases: Phrase[] = [];
  cands.forEach((c, i) => {
    if (contexts[i]!.period) return;
    if (c.sentence !== cacheSentence) {
      cacheSentence = c.sentence;
      phrases = phrasesOf(v, c.sentence);
    }
    const start = c.first;
    const end = c.match.end;
    // The phrases are disjoint and in order: only the last one to start at or before the figure can
    // hold it, and only those within MAX_GAP tokens of it can be clear of other clauses.
    const last = firstFrom(phrases, (p) => p.start > start) - 1;
    const inside = last >= 0 && end <= phrases[last]!.end;
    if (inside && c.match.kind === 'time') return;
    let chosen: Phrase | undefined;
    for (let k = firstFrom(phrases, (p) => p.start >= end); k < phrases.length && phrases[k]!.start - end <= MAX_GAP && !chosen; k++) {
      if (clear(v, end, phrases[k]!.start, owned, FORWARD_BREAKS)) chosen = phrases[k];
    }
    for (let k = firstFrom(phrases, (p) => p.end > start) - 1; k >= 0 && start - phrases[k]!.end <= MAX_GAP && !chosen; k--) {
      if (clear(v, phrases[k]!.end, start, owned, BACKWARD_BREAKS)) chosen = phrases[k];
    }
    if (chosen) out[i] = v.text.slice(v.tokens[chosen.start]!.start, v.tokens[chosen.end - 1]!.end);
  });
  return out;
}

/** The first index whose phrase passes `after` (a test that, once true, stays true along the list), or the length. */
function firstFrom(phrases: readonly Phrase[], after: (p: Phrase) => boolean): number {
  let lo = 0;
  let hi = phrases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(phrases[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** No other clause's verb, subordinator or hard break between tokens a and b. */
function clear(v: DocView, a: number, b: number, owned: ReadonlySet<number>, breaks: ReadonlySet<string>): boolean {
  if (b - a > MAX_GAP) return false;
  for (let j = a; j < b; j++) {
    if (owned.has(j)) continue;
    const t = v.tokens[j]!;
    if (breaks.has(t.lower) || t.pos === 'SCONJ') return false;
    if (isEventVerb(v, j)) return false;
  }
  return true;
}
