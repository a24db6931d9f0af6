/**
 * `claims.jsonl`: every claim of the corpus grouped by who made it, so a reviewer can read
 * everything Sheinbaum or Trump is reported to have said, in date order.
 *
 * Grouping (decision):
 * - a named speaker (an entity, or a name when the entities stage did not run) groups by its
 *   canonical name, compared without case or accents, across articles; `type` is the entity type;
 * - an unnamed source groups by its own words, lowercased and without a leading article
 *   ("an anonymous White House official" and "a White House official" stay apart,
 *   "Analysts" and "analysts" meet);
 * - claims with no source, or whose source is only an unresolved pronoun ("it", "they"), go to
 *   one `(unattributed)` line, listed last.
 * Claims are in date order (undated last), then by article id, then claim number. Lines are
 * ordered by number of claims, then speaker name.
 */
import { memoryItemStore, type Claim, type CorpusCollector, type DossierRecord, type EntityType, type ItemStore, type SpeakerClaim, type SpeakerClaims } from '@dossier/core';

export const UNATTRIBUTED = '(unattributed)';

/** What a group keeps of each claim: its sort keys and where the claim is stored. */
interface Entry {
  article: string;
  date: string | null;
  claim: string;
  ref: number;
}

interface Group {
  names: Map<string, number>;
  type: EntityType | null;
  claims: Entry[];
  articles: Set<string>;
  unattributed: boolean;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const LEADING_ARTICLE = /^(?:a|an|the|one|some)\s+/u;
const PRONOUN_ONLY = /^(?:he|she|it|they|we|i|you|who|which|that|this|his|her|its|their)$/u;

/** Collects claims one article at a time; `store` keeps the claims until their line is written. */
export function createClaimsBySpeaker(store: ItemStore<SpeakerClaim> = memoryItemStore()): CorpusCollector<SpeakerClaims> {
  const groups = new Map<string, Group>();
  const add = (record: DossierRecord): void => {
    for (const claim of record.claims) {
      const { key, name, type, unattributed } = groupOf(record, claim);
      let g = groups.get(key);
      if (!g) {
        g = { names: new Map(), type, claims: [], articles: new Set(), unattributed };
        groups.set(key, g);
      }
      g.names.set(name, (g.names.get(name) ?? 0) + 1);
      g.type ??= type;
      g.articles.add(record.id);
      const ref = store.put({
        article: record.id,
        date: record.date,
        claim: claim.id,
        kind: claim.kind,
        text: claim.text,
        cue: claim.cue?.text ?? null,
        speakerText: claim.speaker?.text ?? '',
      });
      g.claims.push({ article: record.id, date: record.date, claim: claim.id, ref });
    }
  };
  function* results(): Generator<SpeakerClaims> {
    const lines = [...groups.entries()].map(([key, g]) => ({ key, speaker: displayName(g.names), group: g }));
    const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    lines.sort(
      (a, b) =>
        Number(a.group.unattributed) - Number(b.group.unattributed) ||
        b.group.claims.length - a.group.claims.length ||
        order(a.speaker, b.speaker) ||
        order(a.key, b.key),
    );
    for (const { speaker, group } of lines) {
      const claims = [...group.claims].sort(byDate).map((e) => store.get(e.ref));
      yield { speaker, type: group.type, claims, articleCount: group.articles.size };
    }
  }
  return { add, results };
}

function groupOf(record: DossierRecord, claim: Claim): { key: string; name: string; type: EntityType | null; unattributed: boolean } {
  const s = claim.speaker;
  if (s?.name) {
    const entity = s.entity ? record.entities.find((e) => e.id === s.entity) : undefined;
    const type = entity?.type ?? null;
    return { key: `named:${fold(s.name)}`, name: s.name, type, unattributed: false };
  }
  const words = s ? fold(s.text).replace(LEADING_ARTICLE, '') : '';
  if (!words || PRONOUN_ONLY.test(words)) return { key: 'none', name: UNATTRIBUTED, type: null, unattributed: true };
  return { key: `source:${words}`, name: words, type: null, unattributed: false };
}

/** The most used form of the name; ties go to the alphabetically first, so the output does not depend on input order. */
function displayName(names: ReadonlyMap<string, number>): string {
  let best = '';
  let count = -1;
  for (const [name, n] of names) if (n > count || (n === count && name < best)) [best, count] = [name, n];
  return best;
}

const claimNumber = (id: string): number => Number(id.replace(/^\D+/, '')) || 0;

function byDate(a: Entry, b: Entry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return claimNumber(a.claim) - claimNumber(b.claim) || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0);
}
