import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../src/numeral.js';

describe('parseNumeral', () => {
  it('reads English separators and decimals', () => {
    expect(parseNumeral('80,500')?.value).toBe(80500);
    expect(parseNumeral('1,234.56')?.value).toBe(1234.56);
    expect(parseNumeral('2013')).toMatchObject({ value: 2013, plain: true });
    expect(parseNumeral('2,013')).toMatchObject({ value: 2013, plain: false });
  });

  it('reads European grouping only when it cannot be English', () => {
    expect(parseNumeral('1.234.567')?.value).toBe(1234567);
    expect(parseNumeral('1.234,5')?.value).toBe(1234.5);
    expect(parseNumeral('1.234')?.value).toBe(1.234);
  });

  it('reads a glued scale and a one-token range', () => {
    expect(parseNumeral('2bn')).toMatchObject({ value: 2e9, scaled: true });
    expect(parseNumeral('5,000-6,000')).toMatchObject({ value: 5000, min: 5000, max: 6000 });
    expect(parseNumeral('5-6m')).toMatchObject({ value: 5e6, min: 5e6, max: 6e6 });
  });

  it('refuses phone numbers, scores, dates and malformed groups', () => {
    expect(parseNumeral('555-123-4567')).toBeNull();
    expect(parseNumeral('555-1234')).toBeNull();
    expect(parseNumeral('3-2')).toBeNull();
    expect(parseNumeral('9/11')).toBeNull();
    expect(parseNumeral('1,23,4')).toBeNull();
    expect(parseNumeral('10:30')).toBeNull();
  });
});
