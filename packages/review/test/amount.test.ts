import { describe, expect, it } from 'vitest';
import { parseRoughAmount } from '../src/amount.js';

describe('parseRoughAmount (pre-fill for figures a reviewer adds)', () => {
  it.each([
    ['over 166,000', 166000, null, 'over'],
    ['some $2 billion', 2e9, 'USD', 'some'],
    ['55%', 55, 'percent', null],
    ['15 percent', 15, 'percent', null],
    ['175 years', 175, 'year', null],
    ['tens of thousands', 10000, null, 'tens of'],
    ['hundreds of thousands', 100000, null, 'hundreds of'],
    ['six', 6, null, null],
    ['at least 43', 43, null, 'at least'],
    ['€3.5 million', 3.5e6, 'EUR', null],
    ['a dozen', 12, null, null],
  ])('%s → %s %s %s', (text, value, unit, qualifier) => {
    expect(parseRoughAmount(text)).toEqual({ value, unit, qualifier });
  });

  it('gives a null value when there is no number to read', () => {
    expect(parseRoughAmount('countless').value).toBeNull();
  });
});
