/**
 * Examples after a kind noun take its kind: "the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena"
 * are people, "such bands as The Velvet Underground" an organisation, "countries including Eritrea and Albania"
 * places. Unknown one-word names in such a list have no other evidence at all.
 */
import type { EntityType } from '@dossier/core';
import type { Candidate } from './classify.js';
import type { DocView } from './view.js';
import { ORG_KIND_NOUNS, PERSON_KIND_NOUNS, PLACE_KIND_NOUNS } from './data/words.js';

const KIND = new Map<string, EntityType>();
for (const w of PERSON_KIND_NOUNS) KIND.set(w, 'PERSON');
for (const w of PLACE_KIND_NOUNS) KIND.set(w, 'PLACE');
for (const w of ORG_KIND_NOUNS) KIND.set(w, 'ORG');

/**
 * "gods, such as", "gods including", "gods, like" and "such bands as", then an optional "the", just before a name.
 * "like" only after a comma: "most people like Paris" is a verb.
 */
const INTRO = /(?:\b(\p{Ll}+)(?:,?\s+(?:such\s+as|including)|,\s+like)|\bsuch\s+(\p{Ll}+)\s+as)\s+(?:[Tt]he\s+)?$/u;
/** The last word of an intro: "such as", "including", "like", then maybe "the". */
const INTRO_ENDS = new Set(['as', 'including', 'like', 'the']);
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/** Sets `cues.kind` on the names of a list that follows a kind noun. */
export function markKinds(v: DocView, cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // Most names follow no such intro: look at the word before first.
    const prev = v.keys[c.first - 1];
    if (prev === undefined || !INTRO_ENDS.has(prev)) continue;
    // The intro is short and ends right before the name (a full stop between breaks it).
    const m = INTRO.exec(v.text.slice(Math.max(0, c.start - 40), c.start));
    const kind = m ? KIND.get(m[1] ?? m[2]!) : undefined;
    if (!kind) continue;
    c.cues.kind = kind;
    let j = i;
    while (j + 1 < cands.length && cands[j + 1]!.start - cands[j]!.stop <= 7 && LIST_GAP.test(v.text.slice(cands[j]!.stop, cands[j + 1]!.start))) {
      j++;
      cands[j]!.cues.kind = kind;
    }
    i = j;
  }
}
