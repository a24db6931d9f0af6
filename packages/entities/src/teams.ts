/**
 * Sports results: in "Brazil 2 – 1 Germany" the sides are national teams, organisations, not the countries. A report
 * that prints such a score line between two names uses every side's name for the team throughout ("Germany had more
 * of the ball", "Brazil's captain"), so each mention of a side's name in that article is the team.
 */
import type { DocView } from './view.js';
import type { Candidate } from './classify.js';
import { isKnownOrg } from './lexicon.js';

/** A goal count: one or two digits (a year range "2014-2015" or a vote count "306-232" is no score). */
const GOALS = /^\d{1,2}$/;
/** "3-0" written without spaces is one token. */
const GLUED_SCORE = /^\d{1,2}[-–—‒]\d{1,2}$/;
const DASHES = new Set(['-', '–', '—', '‒']);

/** One past the last token of a score starting at token i ("1 – 0", "3-0"), or -1. */
function scoreEnd(v: DocView, i: number): number {
  const t = v.tokens[i]!;
  if (t.kind !== 'number') return -1;
  if (GLUED_SCORE.test(t.text)) return i + 1;
  const dash = v.tokens[i + 1];
  const other = v.tokens[i + 2];
  if (!dash || !other || !DASHES.has(dash.text) || !GOALS.test(t.text) || !GOALS.test(other.text) || other.sentence !== t.sentence) return -1;
  return i + 3;
}

/** Marks `cues.team` on the candidates that name a side of a score line, when the article has one between two names. */
export function markTeams(v: DocView, cands: Candidate[]): void {
  let endingAt: Map<number, Candidate> | null = null;
  let startingAt: Map<number, Candidate> | null = null;
  const sides: Candidate[] = [];
  let twoSided = false;
  for (let i = 0; i < v.tokens.length; i++) {
    const end = scoreEnd(v, i);
    if (end < 0) continue;
    // Few articles print a score: index the names only for those.
    if (endingAt === null || startingAt === null) {
      endingAt = new Map();
      startingAt = new Map();
      for (const c of cands) {
        endingAt.set(c.end, c);
        startingAt.set(c.first, c);
      }
    }
    const s = v.tokens[i]!.sentence;
    // "Sweden defeated South Korea 1 – 0", "putting Sweden 1 – 0 up": the name just before; "Sweden 1 – 0 Korea
    // Republic": and the one just after.
    const before = endingAt.get(i);
    const after = startingAt.get(end);
    const beforeHere = before !== undefined && v.tokens[before.end - 1]!.sentence === s;
    const afterHere = after !== undefined && v.tokens[after.first]!.sentence === s;
    if (beforeHere && isPlaceOrOrg(before)) sides.push(before);
    if (afterHere && isPlaceOrOrg(after)) sides.push(after);
    if (beforeHere && afterHere) twoSided = true;
    i = end - 1;
  }
  if (!twoSided || sides.length === 0) return;
  const names = new Set<string>();
  for (const c of sides) names.add(teamKey(c));
  for (const c of cands) if (names.has(teamKey(c))) c.cues.team = true;
}

/**
 * Only a side known as a place or an organisation becomes a team ("Chelsea", a town; "Arsenal", a club compromise
 * knows): a person ("Federer beat Nadal 6-4") or an unknown name is left alone.
 */
const isPlaceOrOrg = (c: Candidate): boolean => c.place !== null || c.type === 'ORG' || c.type === 'PLACE' || (c.words.length === 1 && isKnownOrg(c.key));

/** A side's mentions meet under its gazetteer name ("U.S." and "United States") or its key. */
const teamKey = (c: Candidate): string => (c.place ? `place:${c.place.name}` : `key:${c.key}`);
