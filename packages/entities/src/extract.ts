import type { Entity, TokenizedDoc } from '@dossier/core';
import { buildView, type DocView } from './view.js';
import { findRuns } from './runs.js';
import { splitRun } from './pieces.js';
import { buildCandidate, classifyMulti, type Candidate } from './classify.js';
import { groupEntities, type AcronymLink } from './group.js';

/** People, places and organisations of one article, one entity per referent, ids in order of first mention. */
export function extractEntities(doc: TokenizedDoc): Entity[] {
  const v = buildView(doc);
  const cands: Candidate[] = [];
  for (const run of findRuns(v)) for (const piece of splitRun(v, run)) cands.push(buildCandidate(v, piece));
  // Words the article also uses alone: "Haddock" makes "Tennille Haddock" a name.
  const singles = new Set(cands.filter((c) => c.words.length === 1).map((c) => c.key));
  for (const c of cands) if (c.words.length > 1) c.type = classifyMulti(v, c, singles);
  // Lists tell what their unknown members are; decide those again.
  markLists(v, cands);
  for (const c of cands) if (c.words.length > 1 && (c.cues.listedWithPlaces || c.cues.listedWithPersons)) c.type = classifyMulti(v, c, singles);
  return groupEntities(cands, findAcronymLinks(v, cands));
}

/**
 * "Guatemala, Honduras and El Salvador": a weak name in a list with a place is a place too ("Guerrero, Michoacan");
 * one in a list of people is a person ("Romelu Lukaku, Yannick Carrasco, and Dries Mertens").
 */
function markLists(v: DocView, cands: Candidate[]): void {
  const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
  const CONJUNCTION = /\b(?:and|or)\s+$/;
  let from = 0;
  for (let i = 1; i <= cands.length; i++) {
    const prev = cands[i - 1]!;
    const cur = cands[i];
    if (cur && cur.start - prev.stop <= 7 && LIST_GAP.test(v.text.slice(prev.stop, cur.start))) continue;
    const list = cands.slice(from, i);
    // A list has "and"/"or" or three members ("Guerrero, Michoacan, México and Morelos"); "On Cuba, Obama
    // indicated" is none.
    const closed = list.length > 2 || (list.length === 2 && CONJUNCTION.test(v.text.slice(list[0]!.stop, list[1]!.start)));
    if (closed && list.some((c) => c.type === 'PLACE' || (c.place !== null && (c.place.strong || c.place.kind === 'country')))) {
      for (const c of list) {
        c.cues.placeContext = true;
        c.cues.listedWithPlaces = true;
      }
    } else if (closed && list.some((c) => c.type === 'PERSON' && c.words.length > 1)) {
      for (const c of list) c.cues.listedWithPersons = true;
    }
    from = i;
  }
}

/** "Drug Enforcement Agency (DEA)": a name followed by a bracketed acronym, or an acronym followed by its expansion. */
function findAcronymLinks(v: DocView, cands: Candidate[]): AcronymLink[] {
  const links: AcronymLink[] = [];
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (v.tokens[a.end]?.text !== '(' || b.first !== a.end + 1 || v.tokens[b.end]?.text !== ')') continue;
    // "KABUL, Afghanistan (AP)" is a dateline: an expansion has two words or more.
    if (b.acronym && !a.acronym && a.words.length > 1) links.push({ acronym: i + 1, expansion: i });
    else if (a.acronym && !b.acronym && b.words.length > 1) links.push({ acronym: i, expansion: i + 1 });
  }
  return links;
}
