/**
 * How predictions are matched to gold, for `pnpm eval`. Pure functions, tested in scripts/test.
 * Entities match by canonical name or alias per article; figures by value and what is counted;
 * claims by speaker and content.
 */
import type { Claim, DossierRecord, Entity, EntityType, Figure, GoldClaim, GoldEntity, GoldFigure, GoldFile } from '@dossier/core';

/** One article's gold, as the eval reads it (corpus/gold/README.md). */
export type Gold = GoldFile;

export interface Score {
  gold: number;
  predicted: number;
  /** Gold items found. */
  found: number;
  /** Predicted items that match a gold item. */
  correct: number;
}

export const emptyScore = (): Score => ({ gold: 0, predicted: 0, found: 0, correct: 0 });

export function addScore(a: Score, b: Score): Score {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, found: a.found + b.found, correct: a.correct + b.correct };
}

export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.predicted ? s.correct / s.predicted : s.gold ? 0 : 1;
  const r = s.gold ? s.found / s.gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Lowercase, no accents, no leading "the", no possessive, single spaces, plain quotes. */
export function normName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/u, '')
    .replace(/^the\s+/u, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A gold name and the forms of it that name the same referent in running text. GUM's canonical names are
 * Wikipedia titles: "Alice Mak (politician)" is written "Alice Mak", and "Irving, Texas" is "Irving" once the
 * state has been named.
 */
export function goldNameForms(name: string, category: EntityCategory): string[] {
  const bare = name.replace(/\s*\([^)]*\)$/u, '');
  const forms = [name, bare];
  if (category === 'places' && bare.includes(',')) forms.push(bare.slice(0, bare.indexOf(',')));
  return [...new Set(forms.map(normName))];
}

const CATEGORY: Record<'people' | 'places' | 'organizations', EntityType> = { people: 'PERSON', places: 'PLACE', organizations: 'ORG' };
export type EntityCategory = keyof typeof CATEGORY;
export const ENTITY_CATEGORIES = Object.keys(CATEGORY) as EntityCategory[];

export interface Miss {
  kind: 'missed' | 'spurious';
  what: string;
}

/**
 * A predicted entity matches a gold entity of the same category when any of its names (canonical,
 * aliases, mention texts) equals any of the gold names. One-to-one: an article's entity split in
 * two counts the second part as spurious.
 */
export function scoreEntities(category: EntityCategory, gold: readonly GoldEntity[], predicted: readonly Entity[], misses?: Miss[]): Score {
  const preds = predicted.filter((e) => e.type === CATEGORY[category]);
  const goldNames = gold.map((g) => new Set([g.name, ...(g.aliases ?? [])].flatMap((n) => goldNameForms(n, category))));
  const used = new Set<number>();
  let correct = 0;
  for (const p of preds) {
    const names = new Set([p.name, ...p.aliases, ...p.mentions.map((m) => m.text)].map(normName));
    const hit = goldNames.findIndex((g, i) => !used.has(i) && [...names].some((n) => g.has(n)));
    if (hit >= 0) {
      used.add(hit);
      correct++;
    } else misses?.push({ kind: 'spurious', what: `${p.name} (${p.mentions.length}×)` });
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) misses?.push({ kind: 'missed', what: g.name });
  });
  return { gold: gold.length, predicted: preds.length, found: used.size, correct };
}

const words = (s: string): string[] => normName(s).match(/[\p{L}\p{N}]+/gu) ?? [];
/** Crude singular of an English head noun, so "troops"/"troop" and "deaths"/"death" meet. */
const singular = (w: string): string => w.replace(/(?:ies)$/u, 'y').replace(/(?:ses|xes|ches|shes)$/u, (m) => m.slice(0, -2)).replace(/s$/u, '');

/** What is counted matches when the head words meet, or one phrase holds the other's head. */
export function sameCounted(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const wa = words(a).map(singular);
  const wb = words(b).map(singular);
  const ha = wa[wa.length - 1];
  const hb = wb[wb.length - 1];
  if (!ha || !hb) return false;
  return ha === hb || wa.includes(hb) || wb.includes(ha);
}

export function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Figures: value and counted both right (`strict`), or the value alone (`valueOnly`). */
export function scoreFigures(gold: readonly GoldFigure[], predicted: readonly Figure[], mode: 'strict' | 'valueOnly', misses?: Miss[]): Score {
  const used = new Set<number>();
  let correct = 0;
  for (const p of predicted) {
    const hit = gold.findIndex((g, i) => !used.has(i) && g.value !== null && sameValue(g.value, p.value) && (mode === 'valueOnly' || sameCounted(g.counted, p.counted)));
    if (hit >= 0) {
      used.add(hit);
      correct++;
    } else misses?.push({ kind: 'spurious', what: `${p.text} = ${p.value} ${p.unit ?? ''} [${p.counted ?? '-'}]` });
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) misses?.push({ kind: 'missed', what: `${g.text} = ${g.value} ${g.unit ?? ''} [${g.counted ?? '-'}]` });
  });
  return { gold: gold.length, predicted: predicted.length, found: used.size, correct };
}

/** Token-level F1 between two texts: how much of the same content two spans hold. */
export function overlapF1(a: string, b: string): number {
  const ta = words(a);
  const tb = words(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** The names a gold speaker goes by in the article (canonical name and the entity's aliases). */
function speakerNames(goldDoc: Gold, speaker: string): Set<string> {
  const names = new Set([normName(speaker)]);
  for (const e of [...(goldDoc.people ?? []), ...(goldDoc.organizations ?? []), ...(goldDoc.places ?? [])]) {
    if (normName(e.name) === normName(speaker)) for (const a of e.aliases ?? []) names.add(normName(a));
  }
  return names;
}

export function sameSpeaker(goldDoc: Gold, gold: GoldClaim, predicted: Claim, predictedEntities: readonly Entity[]): boolean {
  const name = predicted.speaker?.name ?? null;
  if (gold.speaker === null) return name === null;
  if (name === null) return false;
  const accepted = speakerNames(goldDoc, gold.speaker);
  if (accepted.has(normName(name))) return true;
  const entity = predictedEntities.find((e) => e.id === predicted.speaker?.entity);
  return !!entity && [entity.name, ...entity.aliases].some((n) => accepted.has(normName(n)));
}

export const CONTENT_OVERLAP = 0.5;

/** Claims: speaker and content both right (`strict`), or content alone (`content`). */
export function scoreClaims(goldDoc: Gold, predicted: readonly Claim[], entities: readonly Entity[], mode: 'strict' | 'content', misses?: Miss[]): Score {
  const gold = goldDoc.claims ?? [];
  const used = new Set<number>();
  let correct = 0;
  for (const p of predicted) {
    let best = -1;
    let bestOverlap = CONTENT_OVERLAP;
    gold.forEach((g, i) => {
      if (used.has(i)) return;
      const o = overlapF1(g.text, p.text);
      if (o >= bestOverlap && (mode === 'content' || sameSpeaker(goldDoc, g, p, entities))) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      used.add(best);
      correct++;
    } else misses?.push({ kind: 'spurious', what: `${p.kind} [${p.speaker?.name ?? p.speaker?.text ?? '-'} / ${p.cue?.text ?? '-'}] ${p.text.slice(0, 80)}` });
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) misses?.push({ kind: 'missed', what: `${g.kind} [${g.speaker ?? g.speakerText ?? '-'} / ${g.cue ?? '-'}] ${g.text.slice(0, 80)}` });
  });
  return { gold: gold.length, predicted: predicted.length, found: used.size, correct };
}

/** Recall of gold quotes: found as a predicted claim of any kind and speaker. */
export function quoteRecall(goldDoc: Gold, predicted: readonly Claim[]): Score {
  const quotes = (goldDoc.claims ?? []).filter((c) => c.kind === 'quote');
  const found = quotes.filter((g) => predicted.some((p) => overlapF1(g.text, p.text) >= CONTENT_OVERLAP)).length;
  return { gold: quotes.length, predicted: found, found, correct: found };
}

const normMeta = (s: string | null | undefined): string | null => (s ? s.normalize('NFC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim() : null);

/** Title, byline and date: one point each when equal (both null counts as equal). */
export function scoreMetadata(gold: Gold, record: DossierRecord): Record<'title' | 'byline' | 'date', boolean> {
  return {
    title: normMeta(gold.title) === normMeta(record.title),
    byline: normMeta(gold.byline) === normMeta(record.byline),
    date: (gold.date ?? null) === record.date,
  };
}
