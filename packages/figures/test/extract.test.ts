import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Figure, TokenizedDoc } from '@dossier/core';
import { ingest } from '@dossier/ingest';
import { tokenize } from '@dossier/tokenize';
import { extractFigures } from '../src/extract.js';
import { stem } from '../src/stem.js';
import { figuresOf } from './helpers.js';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const seeds = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const docOf = (id: string): TokenizedDoc => tokenize(ingest({ id, source: id, format: 'txt', bytes: readFileSync(`${corpus}${id}.txt`) }));

interface GoldFigure {
  text: string;
  value: number;
  counted: string | null;
}

const head = (s: string | null): string[] => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.map(stem) ?? [];
/** Value equal and the counted heads meet (the eval's rule): the last word's stem, or one phrase holding the other's head. */
function matches(g: GoldFigure, p: Figure): boolean {
  if (Math.abs(g.value - p.value) > 1e-9 * Math.max(Math.abs(g.value), 1)) return false;
  if (!g.counted || !p.counted) return !g.counted && !p.counted;
  const a = head(g.counted);
  const b = head(p.counted);
  return a.at(-1) === b.at(-1) || a.includes(b.at(-1)!) || b.includes(a.at(-1)!);
}

describe('extractFigures on the seed articles', () => {
  const docs = new Map(seeds.map((id) => [id, docOf(id)]));
  const figures = new Map(seeds.map((id) => [id, extractFigures(docs.get(id)!)]));

  it('gives spans that slice exactly, ids in text order and sentence indices that hold the span', () => {
    for (const id of seeds) {
      const doc = docs.get(id)!;
      const figs = figures.get(id)!;
      expect(figs.length).toBeGreaterThan(0);
      figs.forEach((f, i) => {
        expect(doc.text.slice(f.start, f.end)).toBe(f.text);
        expect(f.id).toBe(`f${i + 1}`);
        if (i > 0) expect(f.start).toBeGreaterThan(figs[i - 1]!.start);
        const s = doc.sentences[f.sentence]!;
        expect(s.start <= f.start && f.end <= s.end).toBe(true);
      });
    }
  });

  it('gets the three headline figures exactly', () => {
    const all = [...figures.values()].flat();
    expect(all.find((f) => f.text === 'over 166,000')).toMatchObject({ value: 166000, unit: null, counted: 'dead', qualifier: 'over', approximate: false, scope: 'in the past decade' });
    expect(all.find((f) => f.text === 'up to 6,000')).toMatchObject({ value: 6000, unit: null, counted: 'National Guard troops', event: 'mobilize', qualifier: 'up to' });
    expect(all.find((f) => f.text === '80,500')).toMatchObject({ value: 80500, counted: 'migrants', event: 'deported', qualifier: null, scope: 'Since December' });
  });

  it('reaches figures F1 of at least 0.9 against the hand-written gold', () => {
    let correct = 0;
    let predicted = 0;
    let gold = 0;
    for (const id of seeds) {
      const g = (JSON.parse(readFileSync(`${corpus}gold/${id}.json`, 'utf8')) as { figures?: GoldFigure[] }).figures ?? [];
      const p = figures.get(id)!;
      const used = new Set<number>();
      for (const f of p) {
        const hit = g.findIndex((x, i) => !used.has(i) && matches(x, f));
        if (hit >= 0) used.add(hit);
      }
      correct += used.size;
      predicted += p.length;
      gold += g.length;
    }
    const precision = correct / predicted;
    const recall = correct / gold;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });

  it('is deterministic', () => {
    const id = seeds[0]!;
    expect(extractFigures(docOf(id))).toEqual(figures.get(id));
  });
});

describe('extractFigures on other news text', () => {
  it('reads a casualty report whole', () => {
    const figs = figuresOf('At least 37 people were killed and more than 100 injured when a bus plunged into a ravine in northern Peru on Sunday, police said.');
    expect(figs.map((f) => [f.text, f.value, f.counted, f.event, f.qualifier])).toEqual([
      ['At least 37', 37, 'people', 'killed', 'at least'],
      ['more than 100', 100, 'injured', 'injured', 'more than'],
    ]);
  });

  it('reads money, rates and ranges', () => {
    const figs = figuresOf('Between 5,000 and 7,000 migrants are waiting in Tijuana, and each pays $1,500 to $3,000 per crossing.');
    expect(figs[0]).toMatchObject({ text: 'Between 5,000 and 7,000', value: 5000, min: 5000, max: 7000, counted: 'migrants', scope: 'in Tijuana' });
    expect(figs[1]).toMatchObject({ text: '$1,500', value: 1500, unit: 'USD' });
    expect(figs[2]).toMatchObject({ text: '$3,000', value: 3000, unit: 'USD' });
  });

  it('marks hedges as approximate and bounds as exact', () => {
    const figs = figuresOf('About 1.2 million homes lost power, more than 300 roads closed and some 2,400 acres burned.');
    expect(figs.map((f) => [f.qualifier, f.approximate])).toEqual([['about', true], ['more than', false], ['some', true]]);
  });

  it('returns nothing for a text without numbers', () => {
    expect(figuresOf('Vice President Pence praised the recent agreement.')).toEqual([]);
    expect(figuresOf('')).toEqual([]);
  });

  it('reads every figure of a scraped line with no sentence end the way it reads one', () => {
    // One "sentence" of 2,800 tokens: each figure still counts the noun right after it.
    const figures = figuresOf('over 1,000 troops arrived in Kabul and '.repeat(400));
    expect(figures).toHaveLength(400);
    for (const f of [figures[0]!, figures[399]!]) {
      expect(f).toMatchObject({ text: 'over 1,000', value: 1000, counted: 'troops', event: 'arrived', scope: 'in Kabul', qualifier: 'over' });
    }
  });
});
