import { describe, expect, it } from 'vitest';
import { readHeader } from '../src/metadata.js';
import { toIsoDate } from '../src/dates.js';
import type { Unit } from '../src/clean.js';

const units = (...texts: string[]): Unit[] => texts.map((text) => ({ text, heading: false }));
const BODY = 'The council voted on Tuesday to close the old hospital, a decision that drew protests from hundreds of residents.';

describe('readHeader', () => {
  it('reads title, byline and date from the lines under the headline and takes them out of the text', () => {
    const h = readHeader(units('Council votes to close the old hospital', 'Jane Q. Public', '4 February 2017', BODY));
    expect(h).toMatchObject({ title: 'Council votes to close the old hospital', byline: 'Jane Q. Public', date: '2017-02-04' });
    expect(h.units.map((u) => u.text)).toEqual(['Council votes to close the old hospital', BODY]);
  });

  it('reads "By ..." bylines and dates with weekdays', () => {
    const h = readHeader(units('Council votes to close the old hospital', 'By Ana María de la Cruz', 'Friday, July 21, 2017', BODY));
    expect(h.byline).toBe('Ana María de la Cruz');
    expect(h.date).toBe('2017-07-21');
  });

  it('splits a date that opens the first paragraph', () => {
    const h = readHeader(units('Council votes to close the old hospital', `Thursday, May 7, 2015 ${BODY}`));
    expect(h.date).toBe('2015-05-07');
    expect(h.units[1]!.text).toBe(BODY);
  });

  it('gives null where the page states no byline or date, and keeps a standfirst', () => {
    const dek = 'Residents say the closure will leave the valley without an emergency room for the first time in a century.';
    const h = readHeader(units('Council votes to close the old hospital', dek, BODY));
    expect(h).toMatchObject({ byline: null, date: null });
    expect(h.units.map((u) => u.text)).toEqual(['Council votes to close the old hospital', dek, BODY]);
  });

  it('does not take a sentence for a title', () => {
    expect(readHeader(units(BODY, BODY.replace('Tuesday', 'Monday'))).title).toBeNull();
  });

  it('prefers metadata the input carries, and finds that title in the text', () => {
    const h = readHeader(units('Council votes to close the old hospital', BODY), { title: 'Council votes to close the old hospital', date: '2017-02-04T10:00:00Z' });
    expect(h.units.map((u) => u.text)).toEqual(['Council votes to close the old hospital', BODY]);
    expect(h.date).toBe('2017-02-04');
  });
});

describe('toIsoDate', () => {
  it.each([
    ['4 February 2017', '2017-02-04'],
    ['Friday, July 21, 2017', '2017-07-21'],
    ['March 25, 2024', '2024-03-25'],
    ['2019-06-07T12:00:00Z', '2019-06-07'],
    ['last Friday', null],
    ['June 2019', null],
  ])('%s -> %s', (phrase, iso) => {
    expect(toIsoDate(phrase)).toBe(iso);
  });
});
