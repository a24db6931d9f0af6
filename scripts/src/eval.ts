/**
 * `pnpm eval [--details] [--set NAME] [--json]`: precision, recall and F1 per category against the
 * gold files in corpus/gold/ (top-level files are the "seeds" set, each sub-folder is a set of its own).
 * Runs the pipeline in-process on each gold article's text, so it always measures the current code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processInput } from '@dossier/pipeline';
import type { DossierRecord, InputFormat } from '@dossier/core';
import {
  ENTITY_CATEGORIES, addScore, emptyScore, prf, quoteRecall, scoreClaims, scoreEntities, scoreFigures, scoreMetadata,
  type Gold, type Miss, type Score,
} from './match.js';

const root = resolve(import.meta.dirname, '..', '..');
const corpus = join(root, 'corpus');
const goldDir = join(corpus, 'gold');

const { values: args } = parseArgs({
  options: {
    details: { type: 'boolean', default: false },
    'show-test': { type: 'boolean', default: false },
    set: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

/** Held-out sets (`*-test`) report scores only: listing their misses would invite tuning rules to them. */
const isHeldOut = (set: string): boolean => set.endsWith('-test') && !args['show-test'];

interface GoldSet {
  name: string;
  golds: Gold[];
}

function loadSets(): GoldSet[] {
  const sets = new Map<string, Gold[]>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) {
        const rel = relative(goldDir, dir);
        const set = rel === '' ? 'seeds' : rel;
        const gold = JSON.parse(readFileSync(path, 'utf8')) as Gold;
        gold.id ??= join(rel, name.replace(/\.json$/, ''));
        sets.set(set, [...(sets.get(set) ?? []), gold]);
      }
    }
  };
  walk(goldDir);
  return [...sets].map(([name, golds]) => ({ name, golds }));
}

const FORMATS: ReadonlyArray<[string, InputFormat]> = [['.txt', 'txt'], ['.md', 'md'], ['.html', 'html'], ['.htm', 'html']];

function articleFor(id: string): DossierRecord {
  for (const [ext, format] of FORMATS) {
    const path = join(corpus, id + ext);
    if (existsSync(path)) return processInput({ id, source: relative(root, path), format, bytes: readFileSync(path) });
  }
  throw new Error(`gold ${id} has no article corpus/${id}.txt|.md|.html`);
}

type Row = { set: string; category: string } & Score;

const rows: Row[] = [];
const details: string[] = [];
const sets = loadSets();
// Entity names from every gold file of an article, so a claim set without entity lists still knows
// that "State Department" is the "United States Department of State" the speaker gold names.
const entityGold = new Map<string, Pick<Gold, 'people' | 'places' | 'organizations'>>();
for (const { golds } of sets) {
  for (const g of golds) {
    const e = entityGold.get(g.id) ?? { people: [], places: [], organizations: [] };
    e.people!.push(...(g.people ?? []));
    e.places!.push(...(g.places ?? []));
    e.organizations!.push(...(g.organizations ?? []));
    entityGold.set(g.id, e);
  }
}
for (const { name: set, golds } of sets) {
  if (args.set && args.set !== set) continue;
  const totals = new Map<string, Score>();
  const meta = { title: [0, 0], byline: [0, 0], date: [0, 0] } as Record<'title' | 'byline' | 'date', [number, number]>;
  const add = (category: string, s: Score): void => void totals.set(category, addScore(totals.get(category) ?? emptyScore(), s));
  for (const gold of golds) {
    const record = articleFor(gold.id);
    const misses: Array<[string, Miss[]]> = [];
    const track = (category: string): Miss[] => {
      const list: Miss[] = [];
      misses.push([category, list]);
      return list;
    };
    const m = scoreMetadata(gold, record);
    for (const k of ['title', 'byline', 'date'] as const) {
      if (!(k in gold)) continue;
      meta[k][1]++;
      if (m[k]) meta[k][0]++;
      else track(k).push({ kind: 'missed', what: `gold ${JSON.stringify(gold[k])} got ${JSON.stringify(record[k])}` });
    }
    for (const c of ENTITY_CATEGORIES) if (gold[c]) add(c, scoreEntities(c, gold[c], record.entities, track(c)));
    if (gold.figures) {
      add('figures', scoreFigures(gold.figures, record.figures, 'strict', track('figures')));
      add('figures (value only)', scoreFigures(gold.figures, record.figures, 'valueOnly'));
    }
    if (gold.claims) {
      const withNames: Gold = { ...entityGold.get(gold.id), ...gold };
      add('claims', scoreClaims(withNames, record.claims, record.entities, 'strict', track('claims')));
      add('claims (content only)', scoreClaims(withNames, record.claims, record.entities, 'content'));
      add('quotes (recall)', quoteRecall(gold, record.claims));
    }
    if (args.details && !isHeldOut(set)) {
      details.push(`\n## ${set} / ${gold.id}`);
      for (const [category, list] of misses) for (const x of list) details.push(`  ${category.padEnd(14)} ${x.kind.padEnd(8)} ${x.what}`);
    }
  }
  for (const [k, [ok, n]] of Object.entries(meta)) if (n) rows.push({ set, category: k, gold: n, predicted: n, found: ok, correct: ok });
  for (const [category, s] of totals) rows.push({ set, category, ...s });
}

if (args.json) {
  console.log(JSON.stringify(rows.map((r) => ({ ...r, ...prf(r) })), null, 1));
} else {
  const pct = (x: number): string => x.toFixed(3);
  console.log('| set | category | gold | predicted | P | R | F1 |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const { p, r: rec, f1 } = prf(r);
    console.log(`| ${r.set} | ${r.category} | ${r.gold} | ${r.predicted} | ${pct(p)} | ${pct(rec)} | ${pct(f1)} |`);
  }
  console.log('\nMetadata rows count articles (P = R = share right). Entities match by canonical name or alias per article;');
  console.log('figures by value and counted head; claims by speaker and content (token F1 >= 0.5). --details lists every miss.');
  if (details.length) console.log(details.join('\n'));
}
