/**
 * Named referents a speaker can be linked to: the entity mentions of the entities stage when it
 * ran, otherwise runs of capitalized words read off the tokens (so the stage still names
 * "Trump" or "The Associated Press" while entities are missing). Each referent carries what the
 * speaker rules need: is it a person, is it a sentence subject, which titles and roles the text
 * gives it ("Mexican President", "spokesman for the Mexican president"), and the gender the
 * article's pronouns give it.
 */
import type { Entity, EntityType, StageInput } from '@dossier/core';
import { isQuoteMark, sentenceEndTok, sentenceStartTok, tokenAtOrAfter, type Ctx } from './context.js';
import { cueAt } from './cues.js';
import { DOCUMENT_NOUNS, GROUP_NAME, NON_PERSON_NAME_WORDS, POSSESSIVE_PRONOUNS, PRONOUN_GENDER, ROLE_NOUNS, ROLE_SYNONYMS, TIME_WORDS, TITLE_WORDS } from './lexicon/roles.js';
import { headOf, isFiniteVerb, isNameTok, npLeft, npRight } from './phrases.js';

export type Gender = 'm' | 'f' | 'n';

export interface Referent {
  /** Entity id, or `name:<canonical name>` when there are no entities. */
  key: string;
  name: string;
  entity: string | null;
  type: EntityType | null;
  /** Token range of the mention (titles included in fallback mode). */
  first: number;
  end: number;
  /** The subject of a verb ("Trump claimed …", "Eduardo Sánchez, spokesman …, asserted …"). */
  subject: boolean;
  /** Inside a quotation: not an antecedent for the narrator's pronouns. */
  quoted: boolean;
  /** Modifies a noun rather than naming the referent ("White House official", "Trump administration"). */
  modifier: boolean;
}

export interface Referents {
  /** Mentions in text order. */
  list: readonly Referent[];
  person(key: string): boolean;
  /** Typed ORG by the entities stage, or (without entities) a name that is neither a person nor a group. */
  isOrg(key: string): boolean;
  gender(key: string): Gender | null;
  /** Lowercased title and role words the text gives the referent. */
  roles(key: string): ReadonlySet<string>;
  /** A title or role word the text gives some referent ("provost" after "The provost, Dr. Helen Marsh,"). */
  isRole(word: string): boolean;
  /** The referent whose mention covers token i (the innermost), or null. */
  covering(i: number): Referent | null;
}

const PERSON_TITLES = new Set([...TITLE_WORDS].filter((w) => !['foreign', 'interior', 'treasury', 'first', 'former', 'acting', 'interim', 'trade', 'health', 'energy', 'finance', 'economy', 'commerce', 'education', 'labor', 'labour', 'homeland', 'security', 'defense', 'defence', 'justice', 'crown'].includes(w)));
const NAME_PARTICLES = new Set(['of', 'de', 'del', 'la', 'da', 'van', 'von', 'bin', 'al', 'y', 'le', 'du', 'dos']);

export function buildReferents(ctx: Ctx, doc: StageInput): Referents {
  const entities = doc.entities ?? [];
  const list: Referent[] = [];
  const roleWords = new Map<string, Set<string>>();
  const addRoles = (key: string, words: Iterable<string>): void => {
    const s = roleWords.get(key) ?? new Set<string>();
    for (const w of words) if (w) s.add(w);
    roleWords.set(key, s);
  };
  const types = new Map<string, EntityType | null>();
  // Titles and roles are only read to resolve descriptions: gathered on first use.
  const roleSources: Array<{ r: Referent; nameStart: number; role: string | null }> = [];

  const covered = new Uint8Array(ctx.tokens.length);
  for (const e of entities) {
    types.set(e.id, honorificPerson(ctx, e) ? 'PERSON' : e.type);
    if (e.role) addRoles(e.id, words(e.role));
    for (const m of e.mentions) {
      const first = tokenAtOrAfter(ctx.tokens, m.start);
      const end = tokenAtOrAfter(ctx.tokens, m.end);
      if (end <= first) continue;
      covered.fill(1, first, end);
      const r: Referent = { key: e.id, name: types.get(e.id) === e.type ? e.name : withoutHonorific(e.name), entity: e.id, type: types.get(e.id)!, first, end, subject: false, quoted: ctx.quoteOf[first]! >= 0, modifier: false };
      list.push(r);
      roleSources.push({ r, nameStart: first, role: m.role ?? null });
    }
  }
  // Names the entities stage did not take (or all names, when it did not run): a speaker it
  // missed still gets the name the text gives, without an entity id.
  const extra: Referent[] = [];
  const byName = entityNames(entities);
  for (const run of nameRuns(ctx)) {
    let taken = false;
    for (let k = run.first; k < run.end; k++) if (covered[k] === 1) taken = true;
    if (taken) continue;
    const nameStart = stripTitles(ctx, run.first, run.end);
    const name = ctx.text.slice(ctx.tokens[nameStart]!.start, ctx.tokens[run.end - 1]!.end);
    const quoted = ctx.quoteOf[run.first]! >= 0;
    const e = byName.get(fold(name));
    const r: Referent = e
      ? { key: e.id, name: e.name, entity: e.id, type: e.type, first: run.first, end: run.end, subject: false, quoted, modifier: false }
      : { key: `raw:${name}`, name, entity: null, type: null, first: run.first, end: run.end, subject: false, quoted, modifier: false };
    (e ? list : extra).push(r);
    roleSources.push({ r, nameStart, role: null });
  }
  canonicalize(extra);
  // A one-word person entity ("Dunn") that the text also names in full where the entities stage did not
  // take it ("said Ray Dunn, 52"): the speaker goes by the full name.
  const fullNames = new Map<string, string>();
  for (const r of extra) {
    const space = r.name.lastIndexOf(' ');
    if (space > 0 && r.name.split(' ').length <= 3) fullNames.set(fold(r.name.slice(space + 1)), r.name);
  }
  if (fullNames.size > 0) {
    for (const r of list) if (r.type === 'PERSON' && !r.name.includes(' ')) r.name = fullNames.get(fold(r.name)) ?? r.name;
  }
  // "Brightway said …" after "Brightway Stores": a one-word name that opens a longer name of the article
  // (not a person's: "Ray" is not "Ray Dunn") is its short form.
  const byFirstWord = new Map<string, string>();
  for (const r of [...list, ...extra]) {
    const space = r.name.indexOf(' ');
    if (space > 0 && r.type !== 'PERSON' && r.type !== 'PLACE' && !byFirstWord.has(fold(r.name.slice(0, space)))) byFirstWord.set(fold(r.name.slice(0, space)), r.name);
  }
  for (const r of extra) {
    if (r.name.includes(' ')) continue;
    const full = byFirstWord.get(fold(r.name));
    if (!full) continue;
    r.name = full;
    // "Stridely respected the court …" after "Stridely Inc.": the short form is that entity.
    const e = byName.get(fold(full));
    if (e) Object.assign(r, { key: e.id, entity: e.id, type: types.get(e.id) ?? e.type });
  }
  list.push(...extra);
  list.sort((a, b) => a.first - b.first || b.end - a.end);

  for (const r of list) {
    r.subject = isSubject(ctx, r);
    r.modifier = ctx.tokens[r.end]?.pos === 'NOUN' && !isNameTok(ctx, r.end);
  }
  let rolesRead = false;
  const readRoles = (): void => {
    if (rolesRead) return;
    rolesRead = true;
    for (const { r, nameStart, role } of roleSources) {
      if (role) addRoles(r.key, words(role));
      addRoles(r.key, titleWords(ctx, r.first, nameStart));
      addRoles(r.key, titlesBefore(ctx, r.first));
      if (r.type !== 'PLACE') addRoles(r.key, descriptorBefore(ctx, r.first));
    }
    addAppositiveRoles(ctx, list, addRoles);
  };

  const genderCounts = countGender(ctx, list);
  const genders = new Map<string, Gender | null>();
  // The gender the pronouns give most often, or null on a tie.
  for (const [key, counts] of genderCounts) {
    // "it"/"its" never gives a person entity its gender: "the university's … its" near "Professor Anton
    // Kessler" made him neuter, so "he said" passed him by.
    const c = types.get(key) === 'PERSON' ? { ...counts, n: 0 } : counts;
    const top = Math.max(c.m, c.f, c.n);
    const tops = (c.m === top ? 1 : 0) + (c.f === top ? 1 : 0) + (c.n === top ? 1 : 0);
    genders.set(key, tops > 1 ? null : c.m === top ? 'm' : c.f === top ? 'f' : 'n');
  }
  const gender = (key: string): Gender | null => genders.get(key) ?? null;
  const names = new Map<string, string>();
  for (const r of list) names.set(r.key, r.name);
  // Asked for every candidate a pronoun walks past: worked out once per key.
  const personMemo = new Map<string, boolean>();
  const person = (key: string): boolean => {
    let is = personMemo.get(key);
    if (is === undefined) personMemo.set(key, (is = isPerson(key)));
    return is;
  };
  const isPerson = (key: string): boolean => {
    const type = types.get(key);
    if (type) return type === 'PERSON';
    const name = names.get(key) ?? '';
    const parts = name.split(/\s+/);
    if (GROUP_NAME.test(name) || parts.some((p) => NON_PERSON_NAME_WORDS.has(p.toLowerCase()))) return false;
    const g = gender(key);
    if (g === 'm' || g === 'f') return true;
    if (g === 'n') return false;
    readRoles();
    for (const w of roleWords.get(key) ?? []) if (PERSON_TITLES.has(w)) return true;
    return parts.length >= 2;
  };
  // The innermost referent at each token: the shortest mention that covers it (the first on ties).
  const at = new Int32Array(ctx.tokens.length).fill(-1);
  list.forEach((r, i) => {
    for (let k = r.first; k < r.end; k++) {
      const cur = at[k]!;
      if (cur < 0 || r.end - r.first < list[cur]!.end - list[cur]!.first) at[k] = i;
    }
  });
  const covering = (i: number): Referent | null => (at[i]! >= 0 ? list[at[i]!]! : null);
  const empty = new Set<string>();
  const roles = (key: string): ReadonlySet<string> => {
    readRoles();
    return roleWords.get(key) ?? empty;
  };
  const isOrg = (key: string): boolean => {
    const type = types.get(key);
    if (type) return type === 'ORG';
    return !person(key) && !GROUP_NAME.test(names.get(key) ?? '');
  };
  let allRoles: Set<string> | null = null;
  const isRole = (word: string): boolean => {
    if (!allRoles) {
      readRoles();
      allRoles = new Set<string>();
      for (const ws of roleWords.values()) for (const w of ws) allRoles.add(ROLE_SYNONYMS[w] ?? w);
    }
    return allRoles.has(word);
  };
  return { list, person, isOrg, gender, roles, isRole, covering };
}

const words = (s: string): string[] => s.toLowerCase().split(/[\s,]+/).filter(Boolean);
const ASCII = /^[\x20-\x7e]*$/;
/** Lowercase without accents, for comparing names ("Peña" = "Pena"). */
const fold = (s: string): string => (ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();

/** Entities by every name they go by, and by the surname of people ("Trump" → Donald Trump). */
function entityNames(entities: readonly Entity[]): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const e of entities) {
    const f = fold(e.name);
    if (!out.has(f)) out.set(f, e);
    for (const n of e.aliases) {
      const fa = fold(n);
      if (!out.has(fa)) out.set(fa, e);
    }
  }
  for (const e of entities) {
    const parts = e.name.split(/\s+/);
    if (e.type === 'PERSON' && parts.length > 1) {
      const last = fold(parts[parts.length - 1]!);
      if (!out.has(last)) out.set(last, e);
    }
  }
  return out;
}

/** Runs of name tokens: "Secretariat of Foreign Affairs", "US-Mexico High-Level Economic Dialogue". */
function nameRuns(ctx: Ctx): Array<{ first: number; end: number }> {
  const runs: Array<{ first: number; end: number }> = [];
  const tokens = ctx.tokens;
  let i = 0;
  while (i < tokens.length) {
    if (!isNameTok(ctx, i)) {
      i++;
      continue;
    }
    const first = i;
    let end = i + 1;
    for (;;) {
      const t = tokens[end];
      if (!t || t.sentence !== tokens[first]!.sentence) break;
      // "US-Mexico", "AT&T": a joiner glued to both neighbours.
      const joiner = isJoinerMark(t.text) && tokens[end - 1]!.end === t.start && tokens[end + 1]?.start === t.end;
      if (isNameTok(ctx, end) || (joiner && isNameTok(ctx, end + 1))) {
        end += joiner ? 2 : 1;
        continue;
      }
      if (NAME_PARTICLES.has(t.text) && isNameTok(ctx, end + 1)) {
        end += 2;
        continue;
      }
      // "National Bakers' Federation": a plural possessive apostrophe inside a name.
      if ((t.text === "'" || t.text === '’') && tokens[end - 1]!.end === t.start && /s$/.test(tokens[end - 1]!.text) && isNameTok(ctx, end + 1)) {
        end += 2;
        continue;
      }
      break;
    }
    // Months and weekdays are capitalized but name no one; nor does "Police said" or "Results of …"
    // at the start of a sentence, nor a title without a name ("Afghan Ambassador").
    let from = first;
    if (from === ctx.sentences[tokens[from]!.sentence]!.firstToken && (ROLE_NOUNS.has(tokens[from]!.lower) || DOCUMENT_NOUNS.has(tokens[from]!.lower))) {
      from++;
      if (NAME_PARTICLES.has(tokens[from]?.text ?? '')) from++;
    }
    const single = end - from === 1 && TIME_WORDS.has(tokens[from]!.lower);
    if (from < end && !single && !PERSON_TITLES.has(tokens[end - 1]!.lower)) runs.push({ first: from, end });
    i = end;
  }
  return runs;
}

/** `-`, `–`, `&` or `.` on its own. */
function isJoinerMark(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 0x2d || c === 0x2013 || c === 0x26 || c === 0x2e;
}

/** Index of the first token of the name proper, after titles ("U.S. Secretary of State Marco Rubio" → "Marco"). */
function stripTitles(ctx: Ctx, first: number, end: number): number {
  const tokens = ctx.tokens;
  let lastTitle = -1;
  // Only a title proper ends the titles: "Foreign" in "Secretariat of Foreign Affairs" does not.
  for (let k = first; k < end - 1; k++) if (PERSON_TITLES.has(tokens[k]!.lower)) lastTitle = k;
  if (lastTitle < 0) return first;
  let start = lastTitle + 1;
  if (tokens[start]?.lower === 'of') {
    // "Secretary of Foreign Affairs Luis Videgaray": the name is the last two words (and initials between).
    let k = end - 1;
    let words = 0;
    while (k > start && words < 2) {
      if (!/^\p{Lu}\.$/u.test(tokens[k]!.text)) words++;
      if (words < 2) k--;
    }
    start = Math.max(start + 1, k);
  }
  return start < end ? start : end - 1;
}

function titleWords(ctx: Ctx, first: number, nameStart: number): string[] {
  const out: string[] = [];
  for (let k = first; k < nameStart; k++) out.push(ctx.tokens[k]!.lower);
  return out;
}

/** Title words right before a mention that are not part of it ("President" in "President Sheinbaum"). */
function titlesBefore(ctx: Ctx, first: number): string[] {
  const out: string[] = [];
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const t = ctx.tokens[k]!;
    if (TITLE_WORDS.has(t.lower) || (out.length > 0 && /^\p{Lu}/u.test(t.text) && t.pos !== 'DET')) out.push(t.lower);
    else break;
  }
  return out;
}

/**
 * A lowercase noun written straight before a name describes its bearer: "senior midwife Joan Achterberg" is
 * "the midwife", "North Korea's state news agency KCNA" is "the agency".
 */
function descriptorBefore(ctx: Ctx, first: number): string[] {
  const t = ctx.tokens[first - 1];
  return t && t.pos === 'NOUN' && ctx.cap[first - 1] === 0 && t.sentence === ctx.tokens[first]!.sentence ? [t.lower] : [];
}

/** Gives every short form the fullest name that ends the same way ("Trump" → "Donald Trump"). */
function canonicalize(list: Referent[]): void {
  // Distinct names, grouped by their folded last word.
  const folded = new Map<string, string>();
  for (const r of list) if (!folded.has(r.name)) folded.set(r.name, fold(r.name));
  const byLast = new Map<string, string[]>();
  for (const [name, f] of folded) {
    const last = f.slice(f.lastIndexOf(' ') + 1);
    const group = byLast.get(last);
    if (group) group.push(name);
    else byLast.set(last, [name]);
  }
  const canonical = new Map<string, string>();
  for (const group of byLast.values()) {
    for (const name of group) {
      const f = folded.get(name)!;
      let best = name;
      let bestFolded = f;
      for (const c of group) {
        const fc = folded.get(c)!;
        const longer = fc.length > bestFolded.length && fc.endsWith(` ${f}`);
        const tie = fc.length === bestFolded.length && fc === bestFolded && c < best;
        if (longer || tie) [best, bestFolded] = [c, fc];
      }
      canonical.set(name, best);
    }
  }
  for (const r of list) {
    r.name = canonical.get(r.name)!;
    r.key = `name:${folded.get(r.name)!}`;
  }
}

/** A mention followed by its verb, possibly after an appositive set off by commas. */
function isSubject(ctx: Ctx, r: Referent): boolean {
  const tokens = ctx.tokens;
  let k = r.end;
  if (tokens[k] && /^(?:'s|’s)$/.test(tokens[k]!.lower) && tokens[k]!.pos === 'PART') return false;
  // "to push back against Trump is …", "Matthew Ingram of The Globe and Mail dubbed …": the object
  // of a preposition, even at the end of a coordinated name.
  let b = r.first - 1;
  while (b >= 0 && (tokens[b]!.pos === 'DET' || tokens[b]!.pos === 'ADJ' || tokens[b]!.lower === 'and' || tokens[b]!.text === '&' || isNameTok(ctx, b))) b--;
  if (b >= 0 && tokens[b]!.pos === 'ADP') return false;
  // Up to two asides set off by commas: "Kelly Jardine, 29, who has held a season ticket for 11 years, said".
  const verbAt = (j: number): boolean => {
    while (tokens[j] && tokens[j]!.pos === 'ADV') j++;
    return !!tokens[j] && isFiniteVerb(ctx, j);
  };
  if (tokens[k]?.text !== ',') return verbAt(k);
  // "The company's chief executive, Martin Hale, told the BBC": the name set off after its role is the subject.
  if (tokens[r.first - 1]?.text === ',' && verbAt(k + 1)) return true;
  for (let asides = 0; asides < 2 && tokens[k]?.text === ','; asides++) {
    let m = k + 1;
    while (m < tokens.length && m < k + 14 && tokens[m]!.text !== ',' && tokens[m]!.sentence === tokens[k]!.sentence) m++;
    if (tokens[m]?.text !== ',') return false;
    if (verbAt(m + 1)) return true;
    k = m;
  }
  return false;
}

/** Kinds of body an appositive may give a name: "Greenpeace, an environmental organisation," is "the organisation". */
const BODY_KINDS = new Set(['organisation', 'organization', 'group', 'union', 'charity', 'company', 'firm', 'association', 'coalition', 'alliance', 'movement', 'network', 'operator', 'regulator', 'watchdog', 'agency', 'body']);

/** "Eduardo Sánchez, spokesman for the Mexican president," and "the undersecretary …, Sergio Alcocer," give roles. */
function addAppositiveRoles(ctx: Ctx, list: readonly Referent[], addRoles: (key: string, w: Iterable<string>) => void): void {
  const tokens = ctx.tokens;
  for (const r of list) {
    const hi = sentenceEndTok(ctx, r.first);
    const lo = sentenceStartTok(ctx, r.first);
    if (tokens[r.end]?.text === ',') {
      const np = npRight(ctx, r.end + 1, hi);
      if (np && tokens[np.first]!.pos !== 'PRON') {
        const head = headOf(ctx, np);
        const word = tokens[head]!.lower;
        if ((ROLE_NOUNS.has(word) || BODY_KINDS.has(word)) && (tokens[np.end]?.text === ',' || np.end === hi || tokens[np.end]?.pos === 'PUNCT')) {
          addRoles(r.key, roleSpanWords(ctx, np.first, head + 1));
        }
      }
    }
    if (tokens[r.first - 1]?.text === ',') {
      const np = npLeft(ctx, r.first - 1, lo);
      // ("Her coach, Ivan Petrov,": a possessive determiner may open the role)
      if (np && (tokens[np.first - 1]?.text === ',' || np.first === lo) && (tokens[np.first]!.pos !== 'PRON' || POSSESSIVE_PRONOUNS.has(tokens[np.first]!.lower))) {
        const head = headOf(ctx, np);
        if (ROLE_NOUNS.has(tokens[head]!.lower) || personRole(ctx, r, np.first, head)) addRoles(r.key, roleSpanWords(ctx, np.first, head + 1));
      }
    }
  }
}

/**
 * "The provost, Dr. Helen Marsh, said": a definite or possessive noun phrase set off before a person's
 * name gives that person a role, whatever the noun, so "the provost said" later is Marsh. (Role words
 * outside ROLE_NOUNS are only taken this way, where the text itself pairs the noun with the name.)
 */
function personRole(ctx: Ctx, r: Referent, first: number, head: number): boolean {
  const t = ctx.tokens;
  if (r.type !== 'PERSON' || t[head]!.pos !== 'NOUN' || t[r.end]?.text !== ',') return false;
  const det = t[first]!.lower;
  return det === 'the' || POSSESSIVE_PRONOUNS.has(det) || t.slice(first, head).some((x) => /^(?:'s|’s)$/.test(x.lower));
}

function roleSpanWords(ctx: Ctx, first: number, end: number): string[] {
  const out: string[] = [];
  for (let k = first; k < end; k++) {
    const t = ctx.tokens[k]!;
    if (t.pos !== 'DET' && t.pos !== 'PUNCT') out.push(t.lower);
  }
  return out;
}

/**
 * Counts the pronouns that refer back to each referent: a pronoun is taken to refer to the
 * subject of its sentence, or the nearest name before it ("Sheinbaum is hardening her position").
 */
function countGender(ctx: Ctx, list: readonly Referent[]): Map<string, Record<Gender, number>> {
  const counts = new Map<string, Record<Gender, number>>();
  const bySentence = new Map<number, SentenceReferents>();
  for (const r of list) {
    if (r.quoted) continue;
    const s = ctx.tokens[r.first]!.sentence;
    let group = bySentence.get(s);
    if (!group) bySentence.set(s, (group = { list: [], firstSubject: -1, lastSubject: -1, before: 0 }));
    if (r.subject) {
      if (group.firstSubject < 0) group.firstSubject = group.list.length;
      group.lastSubject = group.list.length;
    }
    group.list.push(r);
  }
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PRON' || ctx.quoteOf[i]! >= 0 || isQuoteMark(t)) continue;
    const g = PRONOUN_GENDER[t.lower];
    if (!g || g === 'p') continue;
    // "Paul Grant said she would meet …": a pronoun opening reported content is often someone else.
    const before = tokens[i - 1];
    if (before && (before.lower === 'that' || cueAt(ctx, i - 1)) && !POSSESSIVE_PRONOUNS.has(t.lower)) continue;
    // The sentence's mentions read in order up to the first that does not end before the pronoun:
    // the first subject among them, else the last of them. Pronouns come in token order, so the
    // point where that reading stops only moves forward (a pronoun costs no pass over the sentence).
    let target: Referent | undefined;
    // "Inspectors found mould in 40 flats, she wrote": the subject of the content is not who "she" is.
    const group = invertedAttribution(ctx, i) ? undefined : bySentence.get(t.sentence);
    if (group) {
      while (group.before < group.list.length && group.list[group.before]!.end <= i) group.before++;
      if (group.firstSubject >= 0 && group.firstSubject < group.before) target = group.list[group.firstSubject];
      else if (group.before > 0) target = group.list[group.before - 1];
    }
    if (!target) {
      const prev = bySentence.get(t.sentence - 1);
      if (prev && prev.lastSubject >= 0) target = prev.list[prev.lastSubject];
    }
    if (!target) continue;
    const c = counts.get(target.key) ?? { m: 0, f: 0, n: 0 };
    c[g]++;
    counts.set(target.key, c);
  }
  return counts;
}

interface SentenceReferents {
  /** Unquoted mentions of the sentence, in text order. */
  list: Referent[];
  /** Index in `list` of the first and the last subject (-1: none). */
  firstSubject: number;
  lastSubject: number;
  /** How many mentions from the start of `list` end before the pronoun being read. */
  before: number;
}

/** Honorifics that only stand before a person's name. */
const HONORIFICS = new Set(['dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'prof.', 'professor']);

const withoutHonorific = (name: string): string => name.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+|^Professor\s+/, '');

/**
 * An entity typed PLACE or ORG whose mention opens with (or follows) an honorific is a person: the
 * entities stage took "The provost, Dr. Helen Marsh, said" for a place, which made her no source.
 */
function honorificPerson(ctx: Ctx, e: Entity): boolean {
  if (e.type === 'PERSON') return false;
  for (const m of e.mentions) {
    const first = tokenAtOrAfter(ctx.tokens, m.start);
    if (HONORIFICS.has(ctx.tokens[first]?.lower ?? '') || HONORIFICS.has(ctx.tokens[first - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A pronoun after a comma or closing quote and before its cue: "…, she wrote", "…,” he said". */
export function invertedAttribution(ctx: Ctx, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (!before || !(before.text === ',' || ctx.closeTok.has(i - 1))) return false;
  let k = i + 1;
  while (ctx.tokens[k]?.pos === 'ADV') k++;
  return !!cueAt(ctx, k);
}
