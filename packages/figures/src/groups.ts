/**
 * `figures.jsonl`: figures from any article that measure the same thing, so a reviewer sees where sources
 * agree and differ. A figure's measure is a concept from lexicon/measures.ts when its event or counted
 * noun names one (deaths, deportations, troops, …), else the Porter stem of its counted head noun.
 * Within one measure and unit, values more than MAGNITUDE_GAP apart are different quantities (the six
 * students killed in Iguala are not the drug war's 166,000 dead), so each measure is cut where sorted
 * values jump by more than that factor. Groups of a single figure are left out: the article records
 * already hold them, and this file is for comparison.
 */
import { memoryItemStore, type CorpusCollector, type DossierRecord, type Figure, type FigureGroup, type GroupedFigure, type ItemStore } from '@dossier/core';
import { GENERIC_COUNTED, MEASURES } from './lexicon/measures.js';
import { stem } from './stem.js';

/** Sorted values further apart than this factor are different quantities. */
export const MAGNITUDE_GAP = 3;

interface Concept {
  key: string;
  label: string;
  counted: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

const CONCEPTS: readonly Concept[] = MEASURES.map((m) => ({
  key: m.key,
  label: m.label,
  counted: new Set(m.counted.map(stem)),
  events: new Set(m.events.map(stem)),
}));

const GENERIC = new Set(GENERIC_COUNTED.map(stem));
const WORD = /[\p{L}\p{N}]+/gu;
const AGE = /\bold$/i;
const YEAR_WORD = /\b(?:years?|yrs?)\b|-year/i;

/**
 * The measure a figure belongs to, or null when it says too little to compare (no counted noun and no
 * known event) or is an age (ages of different people are not one measure).
 */
export function measureOf(f: Pick<Figure, 'counted' | 'event' | 'text' | 'unit'>): { key: string; label: string } | null {
  // Ages: "ten-year-old", "19 years old", and bare ages ("she was six", "aged 14": a year unit with no year word).
  if (AGE.test(f.text) || (f.unit === 'year' && (f.counted === 'person' || !YEAR_WORD.test(f.text)))) return null;
  const eventStem = f.event ? stem(f.event.split(' ')[0]!) : null;
  const words = f.counted ? f.counted.toLowerCase().match(WORD) ?? [] : [];
  const head = words.length > 0 ? stem(words[words.length - 1]!) : null;
  const headConcept = head === null ? undefined : CONCEPTS.find((c) => c.counted.has(head));
  // "deported 80,500 migrants" is a deportation count; "killed 20 troops" a death toll.
  const eventConcept = eventStem === null ? undefined : CONCEPTS.find((c) => c.events.has(eventStem));
  if (eventConcept) {
    if (head === null || GENERIC.has(head) || headConcept !== undefined) return { key: eventConcept.key, label: eventConcept.label };
    return { key: `${eventConcept.key}/${head}`, label: `${eventConcept.label}: ${words[words.length - 1]!}` };
  }
  if (headConcept) return { key: headConcept.key, label: headConcept.label };
  if (head === null) return null;
  return { key: head, label: words[words.length - 1]! };
}

/** What a bucket keeps of each figure: its sort keys and where the figure is stored. */
interface Entry {
  seq: number;
  article: string;
  date: string | null;
  order: number;
  value: number;
  ref: number;
}

interface Bucket {
  measure: string;
  label: string;
  unit: string | null;
  entries: Entry[];
}

/** A group before its figures are read back from the store. */
interface Pending {
  key: string;
  measure: string;
  unit: string | null;
  entries: Entry[];
  articles: string[];
}

const byValue = (a: Entry, b: Entry): number => a.value - b.value || a.seq - b.seq || a.order - b.order;
const byDate = (a: Entry, b: Entry): number =>
  (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (a.date ?? '').localeCompare(b.date ?? '') || a.seq - b.seq || a.order - b.order;

/** Cuts value-sorted entries where one value is more than MAGNITUDE_GAP times the one before it. */
function clusters(entries: readonly Entry[]): Entry[][] {
  const sorted = [...entries].sort(byValue);
  const out: Entry[][] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && Math.abs(e.value) <= Math.abs(prev.value) * MAGNITUDE_GAP) last.push(e);
    else out.push([e]);
  }
  return out;
}

/**
 * Collects figures one article at a time; `results()` lists the groups, most widely reported first.
 * `store` keeps the figures until their group's line is written.
 */
export function createFigureGroups(store: ItemStore<GroupedFigure> = memoryItemStore()): CorpusCollector<FigureGroup> {
  const buckets = new Map<string, Bucket>();
  let seq = 0;
  return {
    add(record: DossierRecord): void {
      const s = seq++;
      record.figures.forEach((f, order) => {
        const measure = measureOf(f);
        if (measure === null) return;
        const id = `${measure.key}|${f.unit ?? ''}`;
        let bucket = buckets.get(id);
        if (!bucket) {
          bucket = { measure: measure.key, label: measure.label, unit: f.unit, entries: [] };
          buckets.set(id, bucket);
        }
        const item: GroupedFigure = {
          article: record.id, date: record.date, figure: f.id, text: f.text, value: f.value, unit: f.unit,
          counted: f.counted, event: f.event, qualifier: f.qualifier, scope: f.scope,
        };
        if (f.min !== undefined && f.max !== undefined) {
          item.min = f.min;
          item.max = f.max;
        }
        bucket.entries.push({ seq: s, article: record.id, date: record.date, order, value: f.value, ref: store.put(item) });
      });
    },
    *results(): Generator<FigureGroup> {
      const groups: Pending[] = [];
      for (const bucket of buckets.values()) {
        for (const cluster of clusters(bucket.entries)) {
          if (cluster.length < 2) continue;
          const seqs = [...new Set(cluster.map((e) => e.seq))].sort((a, b) => a - b);
          groups.push({
            // The smallest value tells the clusters of one measure apart (they never share a value).
            key: `${bucket.measure}|${bucket.unit ?? 'count'}|${cluster[0]!.value}`,
            measure: bucket.label,
            unit: bucket.unit,
            entries: [...cluster].sort(byDate),
            articles: seqs.map((q) => cluster.find((e) => e.seq === q)!.article),
          });
        }
      }
      groups.sort((a, b) => b.articles.length - a.articles.length || b.entries.length - a.entries.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      distinguishLabels(groups);
      for (const g of groups) {
        yield {
          key: g.key,
          measure: g.measure,
          unit: g.unit,
          figures: g.entries.map((e) => store.get(e.ref)),
          articles: g.articles,
          articleCount: g.articles.length,
        };
      }
    },
  };
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "100,000–200,000", or one value when all figures agree. */
function valueRange(g: Pending): string {
  // A loop, not Math.min(...values): a group of a big corpus can hold more values than a call takes arguments.
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of g.entries) {
    lo = Math.min(lo, e.value);
    hi = Math.max(hi, e.value);
  }
  return lo === hi ? NUMBER.format(lo) : `${NUMBER.format(lo)}–${NUMBER.format(hi)}`;
}

/**
 * Groups of one measure cut apart by magnitude (or by unit) would share a label; each such label gets
 * its value range ("deaths (dead / killed / lives lost), 100,000–200,000"), then its unit, then its key,
 * until no two groups read the same. Labels that are already unique stay as they are.
 */
function distinguishLabels(groups: Pending[]): void {
  const steps: Array<(g: Pending) => string> = [(g) => valueRange(g), (g) => g.unit ?? 'count', (g) => g.key];
  for (const step of steps) {
    const count = new Map<string, number>();
    for (const g of groups) count.set(g.measure, (count.get(g.measure) ?? 0) + 1);
    for (const g of groups) if (count.get(g.measure)! > 1) g.measure = `${g.measure}, ${step(g)}`;
  }
}
