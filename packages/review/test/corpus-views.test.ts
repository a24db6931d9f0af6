import { describe, expect, it } from 'vitest';
import { corpusClaims, corpusEntities, corpusFigures } from '../src/corpus-views.js';
import { astralRecord, callRecord, guardRecord } from './fixtures.js';

const records = [callRecord, guardRecord, astralRecord];

describe('corpus views built by the page when the pipeline wrote none', () => {
  it('merges one person across articles, longest name as the canonical one', () => {
    const ebrard = corpusEntities(records).find((e) => e.name === 'Marcelo Ebrard')!;
    expect(ebrard).toMatchObject({ type: 'PERSON', articles: [guardRecord.id, astralRecord.id], articleCount: 2, mentionCount: 5, variants: ['Ebrard'] });
  });

  it('groups the death tolls of three articles as one measure', () => {
    const dead = corpusFigures(records).find((g) => g.key === 'dead|')!;
    expect(dead.figures.map((f) => [f.date, f.text])).toEqual([
      ['2017-02-04', 'over 166,000'],
      ['2019-06-08', 'about 200,000'],
      ['2018-03-01', 'at least 100,000'],
    ]);
    expect(dead.articleCount).toBe(3);
  });

  it('lists a speaker\'s claims in date order, unnamed sources under their own words', () => {
    const claims = corpusClaims([guardRecord, astralRecord, callRecord]);
    expect(claims.find((s) => s.speaker === 'Donald Trump')!.claims.map((c) => c.text)).toEqual([
      'the US military could take care of "bad hombres" if Mexico\'s army did not',
      'You have a bunch of bad hombres down there,',
      "You aren't doing enough to stop them.",
    ]);
    expect(claims.find((s) => s.speaker === 'officials')).toMatchObject({ type: null, articleCount: 1 });
  });
});
