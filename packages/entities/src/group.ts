/**
 * One entity per referent in an article: full names gather their short forms ("Trump" -> "Donald Trump",
 * "Pena Nieto" -> "Enrique Peña Nieto"), acronyms join what they abbreviate ("(AMLO)", "AP" for "Associated
 * Press"), places join under their canonical name ("U.S.", "the United States", "Unites States").
 */
import type { Entity, EntityType, Mention } from '@dossier/core';
import { acronymLetters, compareStrings, fold, nameKey } from './normalize.js';
import { CONNECTOR_WORDS, DETERMINER_WORDS, ORG_LEAD_WORDS, isCommonWord } from './lexicon.js';
import { isDemonym, lookupPlace } from './gazetteer.js';
import { decideSingle, isNonEntityName, type Candidate } from './classify.js';
import { isTypoOf } from './similarity.js';

interface Group {
  type: EntityType;
  members: Candidate[];
  /** Words of the fullest name, for matching short forms. */
  words: string[];
  /** Canonical name from the gazetteer, when there is one. */
  canonical: string | null;
}

/** An acronym defined in brackets: `acronym` (candidate index) abbreviates `expansion`. */
export interface AcronymLink {
  acronym: number;
  expansion: number;
}

/** A name followed by another name in brackets: "the Masjid Al-Haram (Grand Mosque)" (candidate indices). */
export interface BracketAlias {
  name: number;
  alias: number;
}

/**
 * `products`: acronyms the article uses as product or standard names ("IE" beside "IE6"), never organisations.
 * `aliases`: names given another name in brackets; places and organisations of one type join.
 */
export function groupEntities(cands: Candidate[], links: AcronymLink[], products: ReadonlySet<string> = new Set(), aliases: BracketAlias[] = []): Entity[] {
  const groupOf = new Map<Candidate, Group>();
  const groups: Group[] = [];
  const join = (c: Candidate, g: Group): void => {
    g.members.push(c);
    groupOf.set(c, g);
    if (c.words.length > g.words.length) g.words = c.words;
  };
  const open = (c: Candidate, type: EntityType, canonical: string | null = null): Group => {
    const g: Group = { type, members: [], words: c.words, canonical };
    groups.push(g);
    join(c, g);
    return g;
  };

  // Acronyms defined in brackets take their expansion's type; an expansion that is no entity ("North American Free
  // Trade Agreement (NAFTA)") silences the acronym everywhere in the article.
  const silenced = new Set<string>(products);
  const definedAs = new Map<string, Candidate>();
  for (const { acronym, expansion } of links) {
    const a = cands[acronym]!;
    const e = cands[expansion]!;
    // A name that gets an acronym is an organisation unless it is something else ("Economic Community of West
    // African States (ECOWAS)" has no head word we know).
    if (e.type === null && !isNonEntityName(e)) e.type = 'ORG';
    if (e.type === null) silenced.add(a.key);
    else if (e.type !== 'PERSON' || initialsOf(e) === acronymLetters(a.text)) definedAs.set(a.key, e);
    else silenced.add(a.key);
  }

  // 1. People with full names, longest first, so that "Peña Nieto" finds "Enrique Peña Nieto".
  const persons = cands.filter((c) => c.type === 'PERSON' && c.words.length > 1);
  const byLength = [...persons].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const c of byLength) {
    const g = findPersonGroup(groups, c);
    if (g) join(c, g);
    else open(c, 'PERSON');
  }

  // 2. One-word names: a person's short form, else by their own evidence. Titled ones first ("President Sheinbaum"),
  // so that their later bare mentions find them.
  const singles = cands.filter((c) => c.words.length === 1 && !groupOf.has(c) && c.type === null && !silenced.has(c.key));
  // Words of the people's names, to find their short forms.
  const known = new Map<string, Group[]>();
  const learn = (g: Group): void => {
    for (const w of g.words) {
      if (CONNECTOR_WORDS.has(w) || w.length < 2) continue;
      const list = known.get(w);
      if (!list) known.set(w, [g]);
      else if (!list.includes(g)) list.push(g);
    }
  };
  for (const g of groups) learn(g);
  // "Scientology" alone, in an article about the "Church of Scientology".
  const orgTails = new Set<string>();
  for (const c of cands) {
    const m = c.type === 'ORG' && c.words.length === 2 && ORG_LEAD_WORDS.has(c.words[0]!) ? /^\S+ of (\S+)$/.exec(c.key) : null;
    // Not "Health authorities say ..." after "Ministry of Health": an ordinary word alone is that word.
    if (m && !isCommonWord(m[1]!)) orgTails.add(m[1]!);
  }
  const ordered = [...singles].sort((a, b) => Number(b.cues.titled) - Number(a.cues.titled) || a.start - b.start);
  for (const c of ordered) {
    const defined = definedAs.get(c.key);
    if (defined) {
      c.type = defined.type;
      continue;
    }
    const owners = known.get(c.words[0]!) ?? [];
    let type = decideSingle(c, owners.length > 0);
    if (type === null && orgTails.has(c.key)) type = 'ORG';
    c.type = type;
    if (type === 'PERSON') {
      const g = nearest(owners, c);
      if (g) join(c, g);
      else learn(open(c, 'PERSON'));
    }
  }

  // A word the article once shows to be a place or an organisation ("Hollins, a city of 41,000 people") is that
  // wherever else it stands alone with nothing to say ("in Hollins", "Hollins was always going to be first").
  // A word shown as both keeps its mentions as they were (null).
  const decided = new Map<string, EntityType | null>();
  for (const c of ordered) {
    if (c.type !== 'PLACE' && c.type !== 'ORG') continue;
    const seen = decided.get(c.key);
    decided.set(c.key, seen === undefined || seen === c.type ? c.type : null);
  }
  for (const c of ordered) {
    const type = decided.get(c.key);
    if (c.type === null && type && !c.cues.work) c.type = type;
  }

  // 3. Places under their canonical name; organisations under their key without "the".
  const keyed = new Map<string, Group>();
  for (const c of cands) {
    if (groupOf.has(c) || c.type === null || c.type === 'PERSON') continue;
    if (c.acronym && definedAs.has(c.key)) continue;
    const canonical = c.type === 'PLACE' ? (c.typoOf ?? c.place?.name ?? null) : null;
    const k = `${c.type}:${canonical ? nameKey(canonical) : stripThe(c.key)}`;
    const g = keyed.get(k);
    if (g) join(c, g);
    else keyed.set(k, open(c, c.type, canonical));
  }
  // Same-type spelling variants inside the article ("Peña Niesto" next to "Peña Nieto").
  mergeTypos(groups, groupOf);
  // Acronyms: defined in brackets, or matching the initials of a name in the article ("AP" - "Associated Press").
  const byInitials = indexInitials(groups);
  for (const c of cands) {
    if (!c.acronym || c.type === null) continue;
    const target = definedAs.get(c.key) ?? null;
    const g = target ? groupOf.get(target) : findByInitials(byInitials, c, groupOf.get(c));
    if (!g) continue;
    const own = groupOf.get(c);
    if (own === g) continue;
    if (own) moveAll(own, g, groupOf);
    else join(c, g);
  }
  for (const { name, alias } of aliases) {
    const a = groupOf.get(cands[name]!);
    const b = groupOf.get(cands[alias]!);
    if (a && b && a !== b && a.type === b.type && a.type !== 'PERSON') moveAll(b, a, groupOf);
  }
  mergeShortOrgs(groups, groupOf);
  mergeQualifiedPlaces(groups, groupOf);

  return toEntities(groups);
}

const stripThe = (k: string): string => (k.startsWith('the ') ? k.slice(4) : k);

/** Does `short` occur as consecutive words in `long`? */
function containsRun(long: string[], short: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

function findPersonGroup(groups: Group[], c: Candidate): Group | null {
  let best: Group | null = null;
  let bestDistance = Infinity;
  for (const g of groups) {
    if (g.type !== 'PERSON') continue;
    const same = containsRun(g.words, c.words) || (g.words.length === c.words.length && isTypoOf(g.words.join(' '), c.key));
    if (!same) continue;
    let d = Infinity;
    for (const m of g.members) d = Math.min(d, Math.abs(m.start - c.start));
    if (d < bestDistance) {
      best = g;
      bestDistance = d;
    }
  }
  return best;
}

/** The person whose mention is nearest before (else after) the candidate. */
function nearest(owners: Group[], c: Candidate): Group | null {
  let best: Group | null = null;
  let bestScore = Infinity;
  for (const g of owners) {
    // A surname is a stronger tie than a given name ("Kelly" is John F. Kelly, not Kelly Smith).
    const surname = g.words[g.words.length - 1] === c.words[0] ? 0 : 1e9;
    for (const m of g.members) {
      const d = m.start <= c.start ? c.start - m.start : 1e6 + m.start - c.start;
      if (surname + d < bestScore) {
        best = g;
        bestScore = surname + d;
      }
    }
  }
  return best;
}

/** "Drug Enforcement Agency" -> "DEA", "Andres Manuel Lopez Obrador" -> "AMLO". */
function initialsOf(c: Candidate): string {
  const words = c.text.split(/[\s-]+/).filter((w) => w.length > 0 && !CONNECTOR_WORDS.has(w) && !DETERMINER_WORDS.has(w.toLowerCase()));
  return words.map((w) => fold(w)[0]!.toUpperCase()).join('');
}

/** Groups by the initials of their multi-word names. */
function indexInitials(groups: Group[]): Map<string, Group[]> {
  const index = new Map<string, Group[]>();
  for (const g of groups) {
    for (const m of g.members) {
      if (m.words.length < 2) continue;
      const initials = initialsOf(m);
      const list = index.get(initials);
      if (!list) index.set(initials, [g]);
      else if (!list.includes(g)) list.push(g);
    }
  }
  return index;
}

function findByInitials(index: Map<string, Group[]>, c: Candidate, own: Group | undefined): Group | null {
  const letters = acronymLetters(c.text);
  // "US" is the country, even beside the "University of Sheffield".
  if (letters.length < 2 || (c.place && c.place.kind !== 'city')) return null;
  let found: Group | null = null;
  for (const g of index.get(letters) ?? []) {
    if (g === own || g.members.length === 0 || (g.type === 'PLACE' && c.place)) continue;
    if (g.type === 'PERSON' && letters.length < 3) continue;
    if (found && found !== g) return null;
    found = g;
  }
  return found;
}

function moveAll(from: Group, to: Group, groupOf: Map<Candidate, Group>): void {
  for (const m of from.members) {
    to.members.push(m);
    groupOf.set(m, to);
    if (m.words.length > to.words.length) to.words = m.words;
  }
  to.canonical ??= from.canonical;
  from.members = [];
}

function mergeTypos(groups: Group[], groupOf: Map<Candidate, Group>): void {
  // Only names of 8+ characters can be typos of each other, and they start alike: bucket by type, word count and
  // first letter.
  const buckets = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.canonical || g.members.length === 0) continue;
    const k = g.words.join(' ');
    if (k.length < 8) continue;
    const id = `${g.type}:${g.words.length}:${k[0]}`;
    const list = buckets.get(id) ?? [];
    list.push(g);
    buckets.set(id, list);
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        if (a.members.length === 0 || b.members.length === 0) continue;
        if (isTypoOf(a.words.join(' '), b.words.join(' '))) moveAll(b, a, groupOf);
      }
    }
  }
}

/**
 * "National Guard" after "Mexican National Guard" is the same body; "Scientology" after "Church of Scientology" too.
 * Only when exactly one longer organisation fits.
 */
function mergeShortOrgs(groups: Group[], groupOf: Map<Candidate, Group>): void {
  for (const short of groups) {
    if (short.type !== 'ORG' || short.members.length === 0) continue;
    const fits = groups.filter((long) => {
      if (long === short || long.type !== 'ORG' || long.members.length === 0 || long.words.length <= short.words.length) return false;
      const extra = long.words.slice(0, long.words.length - short.words.length);
      const tail = long.words.slice(long.words.length - short.words.length);
      if (tail.join(' ') === short.words.join(' ') && (extra.every((w) => isDemonym(w) || lookupPlace(w) !== undefined) || lookupPlace(extra.join(' ')))) return true;
      // "Nvidia" after "Nvidia Corp."
      const head = long.words.slice(0, short.words.length);
      if (long.words.length === short.words.length + 1 && head.join(' ') === short.words.join(' ') && CORPORATE_SUFFIXES.has(long.words[long.words.length - 1]!)) return true;
      // "Scientology" after "Church of Scientology".
      const longKey = long.members.find((m) => m.words.length === long.words.length)?.key ?? '';
      if (short.words.length === 1 && ORG_LEAD_WORDS.has(long.words[0]!) && longKey === `${long.words[0]} of ${short.words[0]}`) return true;
      // "Supreme Court" after "Italian Supreme Court of Cassation", "Andy Warhol Foundation" after "... for the Visual Arts".
      if (short.words.length >= 2) {
        const at = longKey.indexOf(short.members[0]!.key);
        const before = at >= 0 ? longKey.slice(0, at).trim() : '';
        const after = at >= 0 ? longKey.slice(at + short.members[0]!.key.length).trim() : '';
        if (at >= 0 && (before === '' || before.split(' ').every((w) => isDemonym(w) || lookupPlace(w) !== undefined)) && /^(of|for) /.test(after)) return true;
      }
      return false;
    });
    if (fits.length === 1) moveAll(short, fits[0]!, groupOf);
  }
}

/** "Washington" in an article that also says "Washington, D.C." is that place. */
function mergeQualifiedPlaces(groups: Group[], groupOf: Map<Candidate, Group>): void {
  for (const long of groups) {
    if (long.type !== 'PLACE' || long.members.length === 0) continue;
    for (const m of long.members) {
      const comma = m.text.indexOf(',');
      if (comma <= 0) continue;
      const head = nameKey(m.text.slice(0, comma));
      for (const short of groups) {
        if (short !== long && short.type === 'PLACE' && short.members.some((s) => s.key === head)) moveAll(short, long, groupOf);
      }
    }
  }
}

const CORPORATE_SUFFIXES = new Set(['corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'co', 'plc', 'llc', 'group', 'sa', 'ag', 'gmbh', 'nv', 'holdings']);

/** Accented spellings win over folded ones ("Peña" over "Pena"). */
const accentScore = (s: string): number => s.length - fold(s).length + (s === fold(s) ? 0 : 1);

/** The groups that kept members, as entities. Arrays are built with push (see `keysAt` in pieces.ts). */
function toEntities(groups: Group[]): Entity[] {
  const sorted: Array<{ g: Group; members: Candidate[] }> = [];
  for (const g of groups) if (g.members.length > 0) sorted.push({ g, members: [...g.members].sort((a, b) => a.start - b.start) });
  sorted.sort((a, b) => a.members[0]!.start - b.members[0]!.start);
  const entities: Entity[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const { g, members } = sorted[i]!;
    const forms = new Map<string, { count: number; words: number; first: number }>();
    for (const m of members) {
      const f = forms.get(m.text);
      if (f) f.count++;
      else forms.set(m.text, { count: 1, words: m.words.length, first: m.start });
    }
    let name = g.canonical;
    if (name === null) {
      const ranked = [...forms.entries()].sort(
        ([ta, a], [tb, b]) =>
          (g.type === 'ORG' && isAllCaps(ta) !== isAllCaps(tb) ? Number(isAllCaps(ta)) - Number(isAllCaps(tb)) : 0) ||
          b.words - a.words || accentScore(tb) - accentScore(ta) || b.count - a.count || a.first - b.first,
      );
      name = ranked[0]![0];
    }
    const aliases: string[] = [];
    for (const f of forms.keys()) if (f !== name) aliases.push(f);
    aliases.sort(compareStrings);
    // Roles belong to people: "across Afghanistan, a spokesman for ..." gives Afghanistan none.
    const person = g.type === 'PERSON';
    const mentions: Mention[] = [];
    for (const m of members) mentions.push(person && m.role ? { start: m.start, end: m.stop, text: m.text, role: m.role } : { start: m.start, end: m.stop, text: m.text });
    const role = person ? (members.find((m) => m.role)?.role ?? null) : null;
    entities.push({ id: `e${i + 1}`, type: g.type, name, aliases, role, mentions });
  }
  return entities;
}

const isAllCaps = (s: string): boolean => s === s.toUpperCase() && /\p{Lu}/u.test(s);
