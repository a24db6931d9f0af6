/**
 * Whose age an age gives when no noun follows it: the name before ", 19,", the noun before ", aged 23,",
 * or the clause's subject, with he/she resolved to the last person the entities stage found.
 */
import { copulaSubject } from './clauses.js';
import { nounPhraseBefore, textOf } from './phrases.js';
import type { DocView } from './view.js';

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they']);

/** PERSON mentions of the entities stage, by start, for resolving "she" in "she was six". */
function personMentions(v: DocView): ReadonlyArray<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  for (const e of v.doc.entities ?? []) if (e.type === 'PERSON') for (const mention of e.mentions) out.push({ start: mention.start, text: mention.text });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whose age a predicate or adjunct age gives: the clause's subject ("She joined the Sea Org aged 14",
 * "Paris claims she was first sent to the ship aged eighteen", "In 1995, at age seventeen, she was told"),
 * a person's name when the entities stage found one, "he"/"she" resolved to the last person named before.
 */
export function ageHolder(v: DocView, first: number, after: number, floor: number, limit: number): string | null {
  const tk = v.tokens;
  const prev = tk[first - 1]?.lower;
  // "a 19 year old who …" is an age used as a noun: the holder is the bare "person".
  if (prev === 'a' || prev === 'an' || prev === 'the') return null;
  const persons = personMentions(v);
  const personAt = (j: number): string | null => {
    const at = tk[j]!.start;
    const hit = persons.find((p) => p.start <= at && at < p.start + p.text.length);
    return hit ? hit.text : null;
  };
  const resolve = (j: number): string | null => {
    const t = tk[j]!;
    if (t.lower !== 'he' && t.lower !== 'she') return null;
    let best: string | null = null;
    for (const p of persons) {
      if (p.start >= t.start) break;
      best = p.text;
    }
    return best;
  };
  // "the victim, aged 23, was a student": the noun the appositive follows.
  if (prev === 'aged' && tk[first - 2]?.lower === ',') {
    const np = nounPhraseBefore(v, first - 2, floor);
    if (np) return personAt(np.end - 1) ?? textOf(v, np);
  }
  for (let j = first - 1; j >= floor; j--) {
    const t = tk[j]!;
    if (PERSONAL_PRONOUNS.has(t.lower)) return resolve(j);
    const name = personAt(j);
    if (name !== null) return name;
  }
  // "The driver died at the age of 52": the clause's subject.
  const subject = copulaSubject(v, floor, first);
  if (subject) return textOf(v, subject);
  // "at age seventeen, she was told"
  if (tk[after]?.lower === ',' && after + 1 < limit) {
    if (PERSONAL_PRONOUNS.has(tk[after + 1]!.lower)) return resolve(after + 1);
    return personAt(after + 1);
  }
  return null;
}
