import { describe, expect, it } from 'vitest';
import type { DossierRecord, Figure } from '@dossier/core';
import { createFigureGroups, measureOf } from '../src/groups.js';

let n = 0;
const fig = (text: string, value: number, counted: string | null, event: string | null = null, unit: string | null = null): Figure => ({
  id: `f${++n}`, start: 0, end: text.length, text, value, unit, counted, event, qualifier: null, approximate: false, scope: null, sentence: 0,
});

const record = (id: string, date: string | null, figures: Figure[]): DossierRecord => ({
  id, source: id, sha256: '', format: 'txt', encoding: 'utf-8', title: null, byline: null, date, url: null, text: '', paragraphs: [],
  sentences: [], notes: [], entities: [], figures, claims: [],
  stats: { chars: 0, paragraphs: 0, sentences: 0, tokens: 0, entities: 0, mentions: 0, figures: figures.length, claims: 0 },
});

describe('measureOf', () => {
  it('maps different words for deaths to one measure', () => {
    expect(measureOf(fig('well over 100,000', 100000, 'Mexican lives', 'cost'))?.key).toBe('deaths');
    expect(measureOf(fig('over 166,000', 166000, 'dead'))?.key).toBe('deaths');
    expect(measureOf(fig('at least 200,000', 200000, 'deaths'))?.key).toBe('deaths');
    expect(measureOf(fig('around 80', 80, 'people', 'killed'))?.key).toBe('deaths');
  });

  it('lets the event decide, and keeps specific victims apart', () => {
    expect(measureOf(fig('80,500', 80500, 'migrants', 'deported'))?.key).toBe('deportations');
    expect(measureOf(fig('20', 20, 'troops', 'killed'))?.key).toBe('deaths');
    expect(measureOf(fig('six', 6, 'students', 'killed'))?.key).toBe('deaths/student');
  });

  it('falls back to the stem of the counted head, and skips ages and bare numbers', () => {
    expect(measureOf(fig('80 percent', 80, 'Mexican exports', 'head', 'percent'))?.key).toBe('export');
    expect(measureOf(fig('ten-year-old', 10, 'girl', 'died', 'year'))).toBeNull();
    expect(measureOf(fig('three', 3, null))).toBeNull();
  });
});

describe('createFigureGroups', () => {
  it('puts the drug-war death toll from three articles in one group, in date order', () => {
    const c = createFigureGroups();
    c.add(record('a', '2017-02-03', [fig('over 166,000', 166000, 'dead'), fig('80 percent', 80, 'Mexican exports', 'head', 'percent')]));
    c.add(record('b', '2014-01-07', [fig('well over 100,000', 100000, 'Mexican lives', 'cost'), fig('six', 6, 'students', 'killed')]));
    c.add(record('c', '2019-06-10', [fig('at least 200,000', 200000, 'deaths'), fig('At least six', 6, 'young immigrant children', 'died')]));
    const groups = [...c.results()];
    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect(g.key).toBe('deaths|count|100000');
    expect(g.articles).toEqual(['a', 'b', 'c']);
    expect(g.articleCount).toBe(3);
    expect(g.figures.map((f) => [f.article, f.text])).toEqual([['b', 'well over 100,000'], ['a', 'over 166,000'], ['c', 'at least 200,000']]);
  });

  it('splits one measure where values differ by more than the magnitude gap', () => {
    const c = createFigureGroups();
    c.add(record('a', null, [fig('around 80', 80, 'people', 'killed'), fig('over 166,000', 166000, 'dead')]));
    c.add(record('b', null, [fig('at least 76', 76, 'people', 'killed'), fig('at least 200,000', 200000, 'deaths')]));
    const keys = [...c.results()].map((g) => g.key);
    expect(keys).toEqual(['deaths|count|166000', 'deaths|count|76']);
  });

  it('gives groups of one measure cut apart by magnitude labels a reviewer can tell apart', () => {
    const c = createFigureGroups();
    c.add(record('a', null, [fig('around 80', 80, 'people', 'killed'), fig('over 166,000', 166000, 'dead')]));
    c.add(record('b', null, [fig('at least 76', 76, 'people', 'killed'), fig('at least 200,000', 200000, 'deaths'), fig('107', 107, 'people', 'killed')]));
    const groups = [...c.results()];
    expect(groups.map((g) => g.measure)).toEqual([
      'deaths (dead / killed / lives lost), 76–107',
      'deaths (dead / killed / lives lost), 166,000–200,000',
    ]);
    expect(new Set(groups.map((g) => g.measure)).size).toBe(groups.length);
  });

  it('leaves a label alone when no other group shares it, and adds the unit when ranges agree', () => {
    const c = createFigureGroups();
    c.add(record('a', null, [fig('10,000', 10000, 'troops', 'sending'), fig('5 percent', 5, 'votes', null, 'percent'), fig('5', 5, 'votes')]));
    c.add(record('b', null, [fig('up to 6,000', 6000, 'National Guard troops', 'mobilize'), fig('5%', 5, 'votes', null, 'percent'), fig('five', 5, 'votes')]));
    const labels = [...c.results()].map((g) => g.measure).sort();
    expect(labels).toEqual(['troops / soldiers deployed', 'votes / voters, 5, count', 'votes / voters, 5, percent']);
  });

  it('never groups ages, written with or without "years"', () => {
    expect(measureOf(fig('six', 6, 'Paris', null, 'year'))).toBeNull();
    expect(measureOf(fig('aged 14', 14, 'Valeska Paris', null, 'year'))).toBeNull();
    // a duration is not an age
    expect(measureOf(fig('twelve years', 12, 'prison', 'jailed', 'year'))?.key).toBe('detentions');
  });

  it('keeps units apart and leaves single figures out', () => {
    const c = createFigureGroups();
    c.add(record('a', null, [fig('55%', 55, 'territory', 'cede', 'percent'), fig('half', 0.5, 'territory', 'took')]));
    c.add(record('b', null, [fig('$5 million', 5e6, 'aid', null, 'USD')]));
    expect([...c.results()]).toEqual([]);
  });

  it('is deterministic whatever the order of equal keys', () => {
    const build = (): string => {
      n = 0;
      const c = createFigureGroups();
      c.add(record('a', null, [fig('10,000', 10000, 'troops', 'sending'), fig('100 votes', 100, 'votes')]));
      c.add(record('b', null, [fig('up to 6,000', 6000, 'National Guard troops', 'mobilize'), fig('120', 120, 'votes')]));
      return JSON.stringify([...c.results()]);
    };
    expect(build()).toBe(build());
    expect(JSON.parse(build()).map((g: { key: string }) => g.key)).toEqual(['troops|count|6000', 'votes|count|100']);
  });
});
