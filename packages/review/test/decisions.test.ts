import { describe, expect, it } from 'vitest';
import { applyDecisions, decisionKey, parseDecisions, type Decision, type ReviewDecisions } from '../src/decisions.js';
import { serializeGold, type GoldFile } from '../src/gold.js';
import { ReviewError } from '../src/errors.js';
import { at, makeRecord } from './fixtures.js';

const TEXT = `Mexico sends troops to the border

WASHINGTON — Mexico will send 6,000 troops to its 2,000-mile border with the US, Foreign Minister Marcelo Ebrard said. Both governments agreed.

"We will not accept tariffs," Ebrard told reporters, and "the talks will go on," he added.`;

/** Pipeline output with the kinds of mistakes a reviewer fixes. */
const record = makeRecord({
  id: 'review/troops',
  title: 'Mexico sends troops to the border',
  date: '2019-06-07',
  text: TEXT,
  entities: [
    { type: 'PLACE', name: 'Mexico', mentions: [['Mexico', 0], ['Mexico', 1]] },
    // Wrong type: the dateline is a place.
    { type: 'ORG', name: 'WASHINGTON', mentions: ['WASHINGTON'] },
    { type: 'PLACE', name: 'United States', mentions: ['US'] },
    { type: 'PERSON', name: 'Marcelo Ebrard', role: 'Foreign Minister', mentions: ['Marcelo Ebrard', ['Ebrard', 1]] },
    // Spurious: a sentence-initial capital.
    { type: 'PERSON', name: 'Both', mentions: ['Both'] },
  ],
  figures: [{ at: '6,000', value: 6000, counted: 'troops', event: 'send' }],
  claims: [
    { at: 'Mexico will send 6,000 troops to its 2,000-mile border with the US', kind: 'reported', speaker: { at: 'Marcelo Ebrard', name: 'Marcelo Ebrard' }, cue: { at: 'said', lemma: 'say' } },
    { at: 'We will not accept tariffs,', kind: 'quote', speaker: { at: ['Ebrard', 1], name: 'Marcelo Ebrard' }, cue: { at: 'told', lemma: 'tell' } },
    // Wrong speaker: "he" is Ebrard, the pipeline said the US.
    { at: 'the talks will go on,', kind: 'quote', speaker: { at: 'he', name: 'United States' }, cue: { at: 'added', lemma: 'add' } },
  ],
});

const span = (needle: string, nth = 0): { start: number; end: number; text: string } => at(TEXT, needle, nth);
const key = (label: Parameters<typeof decisionKey>[0], needle: string, nth = 0): string => {
  const s = span(needle, nth);
  return decisionKey(label, s.start, s.end);
};

function decisions(list: Record<string, Decision>): ReviewDecisions {
  return { format: 'dossier-review-decisions', version: 1, articles: { [record.id]: { sha256: record.sha256, decisions: list } } };
}

const review = decisions({
  [key('ORG', 'WASHINGTON')]: { verdict: 'wrong', text: 'WASHINGTON' },
  [key('PLACE', 'WASHINGTON')]: { verdict: 'added', text: 'WASHINGTON', name: 'Washington, D.C.' },
  [key('PERSON', 'Both')]: { verdict: 'wrong', text: 'Both' },
  [key('FIGURE', '2,000-mile')]: { verdict: 'added', text: '2,000-mile', counted: 'border', unit: 'mile' },
  [key('FIGURE', '6,000')]: { verdict: 'correct', text: '6,000' },
  [key('CLAIM', 'the talks will go on,')]: { verdict: 'correct', text: 'the talks will go on,', speaker: 'Marcelo Ebrard' },
  [key('CLAIM', 'We will not accept tariffs,')]: { verdict: 'correct', text: 'We will not accept tariffs,' },
});

describe('the fixture', () => {
  it('attributes the last quote to the "he" before "added", not the "he" of "the"', () => {
    expect(record.claims[2]!.speaker!.start).toBe(TEXT.indexOf(' he added') + 1);
  });
});

describe('applyDecisions: a new gold file', () => {
  const { articles, warnings } = applyDecisions(review, [record]);
  const gold = articles[0]!.gold;

  it('drops what is marked wrong, adds what was added, keeps what nobody marked', () => {
    expect(warnings).toEqual([]);
    expect(articles[0]!.counts).toEqual({ correct: 3, wrong: 2, added: 2, skipped: 0 });
    expect(gold.people).toEqual([{ name: 'Marcelo Ebrard', aliases: ['Marcelo Ebrard', 'Ebrard'] }]);
    expect(gold.places).toEqual([
      { name: 'Mexico', aliases: ['Mexico'] },
      { name: 'United States', aliases: ['US'] },
      { name: 'Washington, D.C.', aliases: ['WASHINGTON'] },
    ]);
    expect(gold.organizations).toEqual([]);
  });

  it('puts an added figure in text order with what the reviewer typed and the number read from its text', () => {
    expect(gold.figures).toEqual([
      { text: '6,000', value: 6000, unit: null, counted: 'troops', event: 'send', qualifier: null, scope: null },
      { text: '2,000-mile', value: 2000, unit: 'mile', counted: 'border', event: null, qualifier: null, scope: null },
    ]);
  });

  it('takes the speaker the reviewer set', () => {
    expect(gold.claims!.map((c) => [c.kind, c.speaker, c.text])).toEqual([
      ['reported', 'Marcelo Ebrard', 'Mexico will send 6,000 troops to its 2,000-mile border with the US'],
      ['quote', 'Marcelo Ebrard', 'We will not accept tariffs,'],
      ['quote', 'Marcelo Ebrard', 'the talks will go on,'],
    ]);
    expect(gold.claims![2]).toMatchObject({ speakerText: 'he', cue: 'added' });
  });

  it('takes title, byline and date from the record', () => {
    expect([gold.id, gold.title, gold.byline, gold.date]).toEqual(['review/troops', 'Mexico sends troops to the border', null, '2019-06-07']);
  });
});

describe('applyDecisions: editing a hand-written gold file', () => {
  const handWritten: GoldFile = {
    id: 'review/troops',
    title: 'Mexico sends troops to the border',
    byline: 'Hand Checked',
    date: '2019-06-07',
    people: [{ name: 'Marcelo Ebrard', aliases: ['Marcelo Ebrard', 'Ebrard'] }],
    places: [
      { name: 'Mexico', aliases: ['Mexico'] },
      { name: 'Washington, D.C.', aliases: ['Washington'] },
    ],
    organizations: [{ name: 'WASHINGTON', aliases: ['WASHINGTON'] }],
    figures: [{ text: '6,000', value: 6000, unit: null, counted: 'troops', event: 'send', qualifier: null, scope: 'this week' }],
    claims: [{ kind: 'quote', speaker: 'United States', speakerText: 'he', cue: 'added', text: 'the talks will go on,' }],
    checkedBy: 'two readers',
  };
  const { articles } = applyDecisions(review, [record], (id) => (id === handWritten.id ? handWritten : undefined));
  const gold = articles[0]!.gold;

  it('keeps hand-written entries nobody judged and edits only what was marked', () => {
    // "US" was never in this gold file and nobody confirmed it: it stays out.
    expect(gold.places).toEqual([
      { name: 'Mexico', aliases: ['Mexico'] },
      { name: 'Washington, D.C.', aliases: ['Washington', 'WASHINGTON'] },
    ]);
    expect(gold.organizations).toEqual([]);
    expect(gold.people).toEqual(handWritten.people);
  });

  it('keeps the hand-written fields of a confirmed figure and inserts an added one in text order', () => {
    expect(gold.figures!.map((f) => [f.text, f.scope])).toEqual([
      ['6,000', 'this week'],
      ['2,000-mile', null],
    ]);
  });

  it('applies a speaker correction to the existing claim and adds confirmed claims in text order', () => {
    expect(gold.claims!.map((c) => [c.speaker, c.text])).toEqual([
      ['Marcelo Ebrard', 'We will not accept tariffs,'],
      ['Marcelo Ebrard', 'the talks will go on,'],
    ]);
  });

  it('keeps title, byline, date and keys it does not know', () => {
    expect(gold.byline).toBe('Hand Checked');
    expect(gold.checkedBy).toBe('two readers');
    expect(handWritten.organizations).toHaveLength(1);
  });
});

describe('applyDecisions: decisions that no longer fit', () => {
  it('skips a decision whose text changed, and one on an annotation the record no longer has', () => {
    const stale = decisions({
      [decisionKey('PERSON', 0, 6)]: { verdict: 'wrong', text: 'Mexicx' },
      [key('PERSON', 'Foreign Minister')]: { verdict: 'correct', text: 'Foreign Minister' },
      [key('PERSON', 'Both')]: { verdict: 'wrong', text: 'Both' },
    });
    const { articles, warnings } = applyDecisions(stale, [record]);
    expect(articles[0]!.counts).toEqual({ correct: 0, wrong: 1, added: 0, skipped: 2 });
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/Mexicx/u);
    expect(warnings.join('\n')).toMatch(/no such annotation/u);
  });

  it('reports an article that is not in the records', () => {
    const other: ReviewDecisions = { format: 'dossier-review-decisions', version: 1, articles: { gone: { decisions: { 'PERSON:0:3': { verdict: 'wrong', text: 'abc' } } } } };
    const { articles, warnings } = applyDecisions(other, [record]);
    expect(articles).toEqual([]);
    expect(warnings[0]).toMatch(/gone: not in the input records/u);
  });
});

describe('parseDecisions', () => {
  it('accepts what the page saves', () => {
    expect(parseDecisions(JSON.parse(JSON.stringify(review)))).toEqual(review);
  });

  it.each([
    [{ articles: {} }, /format/u],
    [{ format: 'dossier-review-decisions', version: 2, articles: {} }, /version/u],
    [{ format: 'dossier-review-decisions', version: 1, articles: { a: { decisions: { 'PERSON:5': { verdict: 'wrong', text: 'x' } } } } }, /LABEL:start:end/u],
    [{ format: 'dossier-review-decisions', version: 1, articles: { a: { decisions: { 'PERSON:0:1': { verdict: 'maybe', text: 'x' } } } } }, /verdict/u],
    [{ format: 'dossier-review-decisions', version: 1, articles: { a: { decisions: { 'FIGURE:0:1': { verdict: 'added', text: 'x', value: 'ten' } } } } }, /value/u],
  ])('rejects %j', (value, message) => {
    expect(() => parseDecisions(value)).toThrow(ReviewError);
    expect(() => parseDecisions(value)).toThrow(message);
  });
});

describe('serializeGold', () => {
  it('writes the README layout: keys in order, 1-space indent, trailing newline', () => {
    const text = serializeGold({ claims: [], id: 'x', date: null, people: [{ aliases: ['A'], name: 'A' }], title: 't', extra: 1, byline: null });
    expect(text).toBe('{\n "id": "x",\n "title": "t",\n "byline": null,\n "date": null,\n "people": [\n  {\n   "name": "A",\n   "aliases": [\n    "A"\n   ]\n  }\n ],\n "claims": [],\n "extra": 1\n}\n');
  });
});
