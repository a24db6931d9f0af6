/**
 * Whose age an age gives when no noun follows it: the name before ", 19,", the noun before ", aged 23,",
 * or the clause's subject, with he/she resolved to the last person the entities stage found.
 */
import { copulaSubject } from './clauses.js';
import { nounPhraseBefore, textOf } from './phrases.js';
import { tokenAtOrAfter, type DocView } from './view.js';

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they']);

interface Persons {
  /** PERSON mentions of the entities stage, by start, for resolving "she" in "she was six". */
  mentions: ReadonlyArray<{ start: number; text: string }>;
  /** Per token: the first of those mentions that holds the token's start. */
  atToken: ReadonlyArray<string | undefined>;
}

/** Read once per document (a page may hold thousands of ages and names). */
const personsOf = new WeakMap<DocView, Persons>();

function persons(v: DocView): Persons {
  const cached = personsOf.get(v);
  if (cached) return cached;
  const mentions: Array<{ start: number; text: string }> = [];
  for (const e of v.doc.entities ?? []) if (e.type === 'PERSON') for (const mention of e.mentions) mentions.push({ start: mention.start, text: mention.text });
  mentions.sort((a, b) => a.start - b.start);
  const tk = v.tokens;
  const atToken = new Array<string | undefined>(tk.length);
  // Last to first, so the first mention to hold a token writes last.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i]!;
    for (let j = tokenAtOrAfter(v, p.start); j < tk.length && tk[j]!.start < p.start + p.text.length; j++) atToken[j] = p.text;
  }
  const out = { mentions, atToken };
  personsOf.set(v, out);
  return out;
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
  const { mentions, atToken } = persons(v);
  const personAt = (j: number): string | null => atToken[j] ?? null;
  // The last person named before the pronoun.
  const resolve = (j: number): string | null => {
    const t = tk[j]!;
    if (t.lower !== 'he' && t.lower !== 'she') return null;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < t.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? mentions[lo - 1]!.text : null;
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
