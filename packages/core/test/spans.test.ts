import { describe, expect, it } from 'vitest';
import { checkSpans, rangeIndexAt, spanOf, trimRange, validateRecord } from '../src/index.js';

const text = 'Trump told Peña Nieto.';

describe('span helpers', () => {
  it('cuts spans that slice back, and refuses impossible ones', () => {
    expect(spanOf(text, 11, 21)).toEqual({ start: 11, end: 21, text: 'Peña Nieto' });
    expect(() => spanOf(text, 5, 40)).toThrow(RangeError);
  });

  it('trims whitespace and finds the range holding an offset', () => {
    expect(trimRange('  ab  ', 0, 6)).toEqual({ start: 2, end: 4 });
    const ranges = [{ start: 0, end: 5 }, { start: 7, end: 9 }];
    expect([0, 4, 5, 7, 9].map((o) => rangeIndexAt(ranges, o))).toEqual([0, 0, -1, 1, -1]);
  });
});

describe('checkSpans', () => {
  it('passes a record whose spans slice out of its text, at any depth', () => {
    expect(checkSpans({ text, entities: [{ mentions: [{ start: 0, end: 5, text: 'Trump' }] }] } as never)).toEqual([]);
  });

  it('reports a span shifted by one, or past the end', () => {
    const problems = checkSpans({ text, claims: [{ speaker: { start: 1, end: 6, text: 'Trump' } }, { start: 20, end: 30, text: 'x' }] } as never);
    expect(problems.map((p) => p.path)).toEqual(['claims[0].speaker', 'claims[1]']);
  });
});

describe('validateRecord', () => {
  const record = {
    id: 'a', source: 'a.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8', title: null, byline: null, date: '2017-02-04', url: null,
    text, paragraphs: [{ start: 0, end: 22 }], sentences: [{ start: 0, end: 22 }],
    entities: [{ id: 'e1', type: 'PERSON', name: 'Donald Trump', aliases: ['Trump'], role: null, mentions: [{ start: 0, end: 5, text: 'Trump' }] }],
    figures: [], claims: [], notes: [],
    stats: { chars: 22, paragraphs: 1, sentences: 1, tokens: 5, entities: 1, mentions: 1, figures: 0, claims: 0 },
  };

  it('accepts a well-formed record', () => expect(validateRecord(record)).toEqual([]));

  it('names what is wrong with a malformed one', () => {
    expect(validateRecord({ ...record, date: '4 Feb 2017' }).join()).toMatch(/\/date/);
    expect(validateRecord({ ...record, entities: [{ ...record.entities[0], type: 'CITY' }] }).join()).toMatch(/\/entities\/0\/type/);
    const { stats: _s, ...noStats } = record;
    expect(validateRecord(noStats).join()).toMatch(/stats/);
  });
});
