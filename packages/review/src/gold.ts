/**
 * Gold files as corpus/gold/README.md defines them, and how a review's verdicts are written into
 * them without throwing away what people wrote by hand.
 */
import type { EntityType, GoldClaim, GoldEntity, GoldFigure, GoldFile } from '@dossier/core';
import { GOLD_LIST } from './labels.js';

export type { GoldClaim, GoldEntity, GoldFigure, GoldFile };

export type EntityList = 'people' | 'places' | 'organizations';
export type GoldList = EntityList | 'figures' | 'claims';
export const GOLD_LISTS: readonly GoldList[] = ['people', 'places', 'organizations', 'figures', 'claims'];

/** The complete annotation of one article after review: what a new gold file holds. */
export interface GoldLists {
  people: GoldEntity[];
  places: GoldEntity[];
  organizations: GoldEntity[];
  figures: GoldFigure[];
  claims: GoldClaim[];
}

/**
 * What the reviewer said explicitly, to edit a gold list that already exists: items confirmed
 * (marked correct, or added) must be there, items rejected (marked wrong) must not.
 */
export interface GoldVerdicts {
  confirmEntities: Array<{ type: EntityType; name: string; alias: string }>;
  /** Surface forms of a type that are not that type anywhere in the article. */
  rejectEntities: Array<{ type: EntityType; alias: string }>;
  confirmFigures: GoldFigure[];
  rejectFigures: string[];
  confirmClaims: GoldClaim[];
  rejectClaims: string[];
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  byline: string | null;
  date: string | null;
  text: string;
}

const norm = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/gu, "'").replace(/\s+/gu, ' ').trim();

/** Raw seed files escape `$` as `\$` (gold README); compare texts with that undone. */
const sameText = (a: string, b: string): boolean => a.replace(/\\\$/gu, '$').trim() === b.replace(/\\\$/gu, '$').trim();

/** Adds `alias` to the entity called `name` (or holding the alias already), or a new entity. */
export function addAlias(list: GoldEntity[], name: string, alias: string): void {
  const byAlias = list.find((e) => e.aliases.includes(alias));
  if (byAlias) return;
  const byName = list.find((e) => norm(e.name) === norm(name));
  if (byName) byName.aliases.push(alias);
  else list.push({ name, aliases: [alias] });
}

/**
 * Orders items as their texts first occur in the article (gold lists are in text order); items
 * whose text is not found keep their place relative to each other, after the ones found.
 */
function inTextOrder<T>(items: T[], textOf: (t: T) => string, articleText: string): T[] {
  const next = new Map<string, number>();
  const keyed = items.map((item, i) => {
    const t = textOf(item).replace(/\\\$/gu, '$').trim();
    const from = next.get(t) ?? 0;
    const at = t === '' ? -1 : articleText.indexOf(t, from);
    if (at >= 0) next.set(t, at + 1);
    return { item, i, at: at < 0 ? Number.MAX_SAFE_INTEGER : at };
  });
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  return keyed.map((k) => k.item);
}

function editEntities(list: GoldEntity[], type: EntityType, v: GoldVerdicts): GoldEntity[] {
  const out = list.map((e) => ({ ...e, aliases: [...(e.aliases ?? [])] }));
  const rejected = new Set(v.rejectEntities.filter((r) => r.type === type).map((r) => r.alias));
  for (const e of out) e.aliases = e.aliases.filter((a) => !rejected.has(a));
  // An entity loses its entry when the review rejected every alias it had.
  const kept = out.filter((e, i) => e.aliases.length > 0 || (list[i]!.aliases ?? []).length === 0);
  for (const c of v.confirmEntities) if (c.type === type) addAlias(kept, c.name, c.alias);
  return kept;
}

function editFigures(list: GoldFigure[], v: GoldVerdicts, text: string): GoldFigure[] {
  const out = [...list];
  for (const t of v.rejectFigures) {
    const i = out.findIndex((f) => sameText(f.text, t));
    if (i >= 0) out.splice(i, 1);
  }
  // A confirmed figure is already there when the gold holds as many figures with its text.
  let added = false;
  const wanted = new Map<string, number>();
  for (const f of v.confirmFigures) {
    const n = (wanted.get(f.text) ?? 0) + 1;
    wanted.set(f.text, n);
    if (out.filter((g) => sameText(g.text, f.text)).length < n) {
      out.push(f);
      added = true;
    }
  }
  return added ? inTextOrder(out, (f) => f.text, text) : out;
}

function editClaims(list: GoldClaim[], v: GoldVerdicts, text: string): GoldClaim[] {
  const out = list.map((c) => ({ ...c }));
  for (const t of v.rejectClaims) {
    const i = out.findIndex((c) => sameText(c.text, t));
    if (i >= 0) out.splice(i, 1);
  }
  let added = false;
  for (const c of v.confirmClaims) {
    const have = out.find((g) => sameText(g.text, c.text));
    if (!have) {
      out.push(c);
      added = true;
    } else if (have.speaker !== c.speaker && c.speaker !== null) {
      // The reviewer confirmed the claim with a speaker: theirs is the newer judgement.
      have.speaker = c.speaker;
    }
  }
  return added ? inTextOrder(out, (c) => c.text, text) : out;
}

/**
 * The gold file after a review.
 * - `replace` (a Label Studio annotation, complete for its text): the five lists become `lists`.
 * - `edit` (review-page verdicts): a list the existing file has is edited by `verdicts` only, so
 *   hand-written entries the reviewer did not judge stay; a list it lacks becomes `lists`.
 * Either way title/byline/date and unknown keys of an existing file are kept; a new file takes
 * title/byline/date from the record.
 */
export function mergeGold(existing: GoldFile | undefined, article: ArticleMeta, lists: GoldLists, verdicts: GoldVerdicts | null): GoldFile {
  const base: GoldFile = existing ? structuredClone(existing) : { id: article.id, title: article.title, byline: article.byline, date: article.date };
  const next: GoldFile = { ...base, id: existing?.id ?? article.id };
  for (const [type, key] of Object.entries(GOLD_LIST) as Array<[EntityType, EntityList]>) {
    const have = base[key];
    next[key] = verdicts && Array.isArray(have) ? editEntities(have, type, verdicts) : lists[key];
  }
  next.figures = verdicts && Array.isArray(base.figures) ? editFigures(base.figures, verdicts, article.text) : lists.figures;
  next.claims = verdicts && Array.isArray(base.claims) ? editClaims(base.claims, verdicts, article.text) : lists.claims;
  return next;
}

const ORDER = ['id', 'title', 'byline', 'date', ...GOLD_LISTS];

/** The file as the gold README asks: keys in order, 1-space indent, trailing newline. */
export function serializeGold(gold: GoldFile): string {
  const ordered: Record<string, unknown> = {};
  for (const k of ORDER) if (k in gold) ordered[k] = gold[k];
  for (const k of Object.keys(gold)) if (!(k in ordered)) ordered[k] = gold[k];
  const fig = (f: GoldFigure): GoldFigure => ({ text: f.text, value: f.value, unit: f.unit, counted: f.counted, event: f.event ?? null, qualifier: f.qualifier ?? null, scope: f.scope ?? null });
  const claim = (c: GoldClaim): GoldClaim => ({ kind: c.kind, speaker: c.speaker, speakerText: c.speakerText ?? null, cue: c.cue ?? null, text: c.text });
  // Known keys first in README order, then whatever else an entry carries.
  if (Array.isArray(gold.figures)) ordered.figures = gold.figures.map((f) => ({ ...fig(f), ...f }));
  if (Array.isArray(gold.claims)) ordered.claims = gold.claims.map((c) => ({ ...claim(c), ...c }));
  for (const k of ['people', 'places', 'organizations'] as const) {
    const list = gold[k];
    if (Array.isArray(list)) ordered[k] = list.map(({ name, aliases, ...rest }) => ({ name, aliases, ...rest }));
  }
  return JSON.stringify(ordered, null, 1) + '\n';
}
