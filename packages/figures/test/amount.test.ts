import { describe, expect, it } from 'vitest';
import { parseAmount, type Amount } from '../src/amount.js';

type Case = [text: string, expected: Amount | null];

const close = (actual: Amount | null, expected: Amount | null, text: string): void => {
  if (expected === null) {
    expect(actual, text).toBeNull();
    return;
  }
  expect(actual, text).not.toBeNull();
  expect(actual!.value, text).toBeCloseTo(expected.value, 9);
  expect(actual!.unit, `${text} unit`).toBe(expected.unit);
  expect(actual!.min, `${text} min`).toBe(expected.min);
  expect(actual!.max, `${text} max`).toBe(expected.max);
  expect(actual!.qualifier, `${text} qualifier`).toBe(expected.qualifier);
  expect(actual!.per, `${text} per`).toBe(expected.per);
};

const table = (name: string, cases: readonly Case[]): void => {
  describe(name, () => {
    it.each(cases.map((c) => [c[0], c[1]] as const))('%s', (text, expected) => close(parseAmount(text), expected, text));
  });
};

table('numerals with separators and decimals', [
  ['0', { value: 0 }], ['7', { value: 7 }], ['43', { value: 43 }], ['2013', { value: 2013 }],
  ['80,500', { value: 80500 }], ['166,000', { value: 166000 }], ['6,000', { value: 6000 }], ['1,000,000', { value: 1000000 }],
  ['1.5', { value: 1.5 }], ['0.5', { value: 0.5 }], ['.5', { value: 0.5 }], ['3.14159', { value: 3.14159 }],
  ['1,234.56', { value: 1234.56 }], ['12,345,678.9', { value: 12345678.9 }], ['10000', { value: 10000 }],
  // European grouping: dots can only be thousands separators when there are two of them or a comma follows.
  ['1.234,5', { value: 1234.5 }], ['1.234.567', { value: 1234567 }], ['2.500.000,75', { value: 2500000.75 }],
  // One dot before three digits stays an English decimal.
  ['1.234', { value: 1.234 }],
  // A comma before one or two digits is a decimal comma.
  ['1,5', { value: 1.5 }], ['12,75', { value: 12.75 }],
  // Indian lakh grouping.
  ['12,34,567', { value: 1234567 }],
]);

table('number words', [
  ['zero', { value: 0 }], ['one', { value: 1 }], ['six', { value: 6 }], ['Six', { value: 6 }], ['SIX', { value: 6 }],
  ['ten', { value: 10 }], ['eleven', { value: 11 }], ['nineteen', { value: 19 }], ['twenty', { value: 20 }],
  ['forty-three', { value: 43 }], ['forty three', { value: 43 }], ['ninety-nine', { value: 99 }], ['fourty-two', { value: 42 }],
  ['a hundred', { value: 100 }], ['one hundred', { value: 100 }], ['one hundred and one', { value: 101 }],
  ['one hundred and twenty three', { value: 123 }], ['one hundred twenty-three', { value: 123 }],
  ['nine hundred and ninety-nine', { value: 999 }], ['a thousand', { value: 1000 }], ['one thousand', { value: 1000 }],
  ['one thousand and one', { value: 1001 }], ['twenty-eight thousand', { value: 28000 }],
  ['eighty thousand five hundred', { value: 80500 }], ['one hundred sixty-six thousand', { value: 166000 }],
  ['two hundred thousand', { value: 200000 }], ['a million', { value: 1e6 }], ['one million', { value: 1e6 }],
  ['two million three hundred thousand', { value: 2300000 }], ['a billion', { value: 1e9 }], ['three trillion', { value: 3e12 }],
  ['a dozen', { value: 12 }], ['two dozen', { value: 24 }], ['dozen', { value: 12 }],
]);

table('scale words and abbreviations', [
  ['2 billion', { value: 2e9 }], ['1.5 million', { value: 1500000 }], ['3.5m', { value: 3500000 }], ['5k', { value: 5000 }],
  ['2bn', { value: 2e9 }], ['1.2bn', { value: 1.2e9 }], ['1.2 billion', { value: 1200000000 }], ['4.5tn', { value: 4.5e12 }],
  ['20 mn', { value: 20e6 }], ['7 thousand', { value: 7000 }], ['5 lakh', { value: 500000 }], ['2 crore', { value: 20000000 }],
  ['half a million', { value: 500000 }], ['two and a half million', { value: 2500000 }], ['one and a half', { value: 1.5 }],
  ['331 million', { value: 331000000 }], ['62.2 billion', { value: 62200000000 }], ['0.3 million', { value: 300000 }],
]);

table('currencies', [
  ['$212 million', { value: 212000000, unit: 'USD' }], ['$226 billion', { value: 226e9, unit: 'USD' }],
  ['$2bn', { value: 2e9, unit: 'USD' }], ['$ 75 million', { value: 75000000, unit: 'USD' }], ['$800', { value: 800, unit: 'USD' }],
  ['US$ 5 million', { value: 5e6, unit: 'USD' }], ['US$20,000', { value: 20000, unit: 'USD' }], ['USD 40', { value: 40, unit: 'USD' }],
  ['5 million dollars', { value: 5e6, unit: 'USD' }], ['30 billion dollars', { value: 30e9, unit: 'USD' }],
  ['100 US dollars', { value: 100, unit: 'USD' }], ['$5 million dollars', { value: 5e6, unit: 'USD' }],
  ['€20', { value: 20, unit: 'EUR' }], ['€2.3bn', { value: 2.3e9, unit: 'EUR' }], ['20 euros', { value: 20, unit: 'EUR' }],
  ['EUR 1.5 million', { value: 1.5e6, unit: 'EUR' }], ['£1.2bn', { value: 1.2e9, unit: 'GBP' }], ['£300', { value: 300, unit: 'GBP' }],
  ['10,000 pesos', { value: 10000, unit: 'MXN' }], ['500 Mexican pesos', { value: 500, unit: 'MXN' }],
  ['2 million Argentine pesos', { value: 2e6, unit: 'ARS' }], ['¥1,000', { value: 1000, unit: 'JPY' }], ['1,000 yen', { value: 1000, unit: 'JPY' }],
  ['₹500', { value: 500, unit: 'INR' }], ['50 rupees', { value: 50, unit: 'INR' }], ['5 billion yuan', { value: 5e9, unit: 'CNY' }],
  ['C$10', { value: 10, unit: 'CAD' }], ['A$5', { value: 5, unit: 'AUD' }], ['NZ $ 26 million', { value: 26e6, unit: 'NZD' }],
  ['HK$3 billion', { value: 3e9, unit: 'HKD' }], ['R$ 40', { value: 40, unit: 'BRL' }], ['300 reais', { value: 300, unit: 'BRL' }],
  ['50 cents', { value: 0.5, unit: 'USD' }], ['99 cents', { value: 0.99, unit: 'USD' }], ['50p', { value: 0.5, unit: 'GBP' }],
  ['20 pence', { value: 0.2, unit: 'GBP' }], ['1,000 rubles', { value: 1000, unit: 'RUB' }], ['100 Swiss francs', { value: 100, unit: 'CHF' }],
  ['5 billion won', null], ['5,000 shekels', { value: 5000, unit: 'ILS' }], ['$5k', { value: 5000, unit: 'USD' }],
  ['$1.5m', { value: 1500000, unit: 'USD' }], ['$0.99', { value: 0.99, unit: 'USD' }],
]);

table('percent', [
  ['55%', { value: 55, unit: 'percent' }], ['55 %', { value: 55, unit: 'percent' }], ['80 percent', { value: 80, unit: 'percent' }],
  ['12 per cent', { value: 12, unit: 'percent' }], ['8.6 per cent', { value: 8.6, unit: 'percent' }], ['3.9%', { value: 3.9, unit: 'percent' }],
  ['forty percent', { value: 40, unit: 'percent' }], ['one percent', { value: 1, unit: 'percent' }], ['0.5%', { value: 0.5, unit: 'percent' }],
  ['100 percent', { value: 100, unit: 'percent' }], ['5 pct', { value: 5, unit: 'percent' }],
  ['2 percentage points', { value: 2, unit: 'percentage point' }], ['25 basis points', { value: 25, unit: 'basis point' }],
]);

table('fractions', [
  ['half', { value: 0.5 }], ['a half', { value: 0.5 }], ['one half', { value: 0.5 }], ['two-thirds', { value: 2 / 3 }],
  ['two thirds', { value: 2 / 3 }], ['a third', { value: 1 / 3 }], ['one third', { value: 1 / 3 }], ['three quarters', { value: 0.75 }],
  ['three-quarters', { value: 0.75 }], ['a quarter', { value: 0.25 }], ['one quarter', { value: 0.25 }], ['a fifth', { value: 0.2 }],
  ['three fifths', { value: 0.6 }], ['a tenth', { value: 0.1 }], ['1/2', { value: 0.5 }], ['3/4', { value: 0.75 }], ['2/3', { value: 2 / 3 }],
  ['1/10', { value: 0.1 }], ['½', { value: 0.5 }], ['¾', { value: 0.75 }], ['2½', { value: 2.5 }], ['1 1/2', { value: 1.5 }],
  // Dates, rates and slogans are not fractions.
  ['9/11', null], ['24/7', null], ['4/3', null], ['two third', null],
]);

table('multipliers', [
  ['three times', { value: 3, unit: 'times' }], ['three times as many', { value: 3, unit: 'times' }],
  ['10 times', { value: 10, unit: 'times' }], ['twice', { value: 2, unit: 'times' }], ['twice as many', { value: 2, unit: 'times' }],
  ['twice as much', { value: 2, unit: 'times' }], ['18-fold', { value: 18, unit: 'times' }], ['two-fold', { value: 2, unit: 'times' }],
  ['one million times', { value: 1e6, unit: 'times' }],
]);

table('ranges', [
  ['between 5,000 and 6,000', { value: 5000, min: 5000, max: 6000 }], ['Between 5,000 and 7,000', { value: 5000, min: 5000, max: 7000 }],
  ['5,000-6,000', { value: 5000, min: 5000, max: 6000 }], ['5,000–6,000', { value: 5000, min: 5000, max: 6000 }],
  ['5,000 to 6,000', { value: 5000, min: 5000, max: 6000 }], ['from 5,000 to 6,000', { value: 5000, min: 5000, max: 6000 }],
  ['5 to 6 million', { value: 5e6, min: 5e6, max: 6e6 }], ['5-6m', { value: 5e6, min: 5e6, max: 6e6 }],
  ['$5-6 billion', { value: 5e9, unit: 'USD', min: 5e9, max: 6e9 }], ['$5 to $6 million', { value: 5e6, unit: 'USD', min: 5e6, max: 6e6 }],
  ['20-30%', { value: 20, unit: 'percent', min: 20, max: 30 }], ['20 to 30 percent', { value: 20, unit: 'percent', min: 20, max: 30 }],
  ['from 5 to 10 percent', { value: 5, unit: 'percent', min: 5, max: 10 }], ['two or three', { value: 2, min: 2, max: 3 }],
  ['5 or 6', { value: 5, min: 5, max: 6 }], ['10 to 15 years', { value: 10, unit: 'year', min: 10, max: 15 }],
  ['40 to 50', { value: 40, min: 40, max: 50 }], ['from ten to 32', { value: 10, min: 10, max: 32 }],
  ['5-10 cents', { value: 0.05, unit: 'USD', min: 0.05, max: 0.1 }], ['between 20 and 25 years', { value: 20, unit: 'year', min: 20, max: 25 }],
  ['500 to 6 million', { value: 500, min: 500, max: 6e6 }],
  // A score or tally, never a range.
  ['3-2', null], ['6,000-5,000', null],
]);

table('time units, durations and ages', [
  ['175 years', { value: 175, unit: 'year' }], ['an hour and a half', { value: 1.5, unit: 'hour' }],
  ['hour and a half', { value: 1.5, unit: 'hour' }], ['a year and a half', { value: 1.5, unit: 'year' }],
  ['two hours and a half', { value: 2.5, unit: 'hour' }], ['two and a half years', { value: 2.5, unit: 'year' }],
  ['half an hour', { value: 0.5, unit: 'hour' }], ['one week', { value: 1, unit: 'week' }], ['three months', { value: 3, unit: 'month' }],
  ['20 years', { value: 20, unit: 'year' }], ['18 months', { value: 18, unit: 'month' }], ['two decades', { value: 2, unit: 'decade' }],
  ['30 days', { value: 30, unit: 'day' }], ['48 hours', { value: 48, unit: 'hour' }], ['90 minutes', { value: 90, unit: 'minute' }],
  ['10 seconds', { value: 10, unit: 'second' }], ['5 min', { value: 5, unit: 'minute' }], ['two centuries', { value: 2, unit: 'century' }],
  ['an hour', { value: 1, unit: 'hour' }], ['a year', { value: 1, unit: 'year' }],
  ['ten-year-old', { value: 10, unit: 'year' }], ['20-year-old', { value: 20, unit: 'year' }], ['six-month-old', { value: 6, unit: 'month' }],
  ['19 years old', { value: 19, unit: 'year' }], ['20-year', { value: 20, unit: 'year' }], ['20-minute', { value: 20, unit: 'minute' }],
]);

table('physical units', [
  ['100 km', { value: 100, unit: 'km' }], ['5km', { value: 5, unit: 'km' }], ['75 kilometres', { value: 75, unit: 'km' }],
  ['500 miles', { value: 500, unit: 'mile' }], ['15 meters', { value: 15, unit: 'm' }], ['3.5m tall', null],
  ['2,400 acres', { value: 2400, unit: 'acre' }], ['10 kg', { value: 10, unit: 'kg' }], ['200 pounds', { value: 200, unit: 'lb' }],
  ['5 tonnes', { value: 5, unit: 't' }], ['300,000 barrels', { value: 300000, unit: 'barrel' }], ['30 °C', { value: 30, unit: '°C' }],
  ['240,000 square meters', { value: 240000, unit: 'm2' }], ['40 mph', { value: 40, unit: 'mph' }], ['6 feet', { value: 6, unit: 'ft' }],
  ['12 gallons', { value: 12, unit: 'gal' }], ['1,000 sq km', { value: 1000, unit: 'km2' }], ['50 hectares', { value: 50, unit: 'ha' }],
]);

table('rates', [
  ['more than $800 a year', { value: 800, unit: 'USD', qualifier: 'more than', per: 'year' }],
  ['$15 an hour', { value: 15, unit: 'USD', per: 'hour' }], ['$15 per hour', { value: 15, unit: 'USD', per: 'hour' }],
  ['300,000 barrels a day', { value: 300000, unit: 'barrel', per: 'day' }], ['€2,000 per month', { value: 2000, unit: 'EUR', per: 'month' }],
  ['$50,000 per capita', { value: 50000, unit: 'USD', per: 'capita' }],
]);

table('hedges and vague quantities', [
  ['over 166,000', { value: 166000, qualifier: 'over' }], ['well over 100,000', { value: 100000, qualifier: 'well over' }],
  ['up to 6,000', { value: 6000, qualifier: 'up to' }], ['as many as 15,000', { value: 15000, qualifier: 'as many as' }],
  ['more than $800', { value: 800, unit: 'USD', qualifier: 'more than' }], ['at least 200,000', { value: 200000, qualifier: 'at least' }],
  ['At least six', { value: 6, qualifier: 'at least' }], ['nearly 800,000', { value: 800000, qualifier: 'nearly' }],
  ['almost 15 years', { value: 15, unit: 'year', qualifier: 'nearly' }], ['about 40%', { value: 40, unit: 'percent', qualifier: 'about' }],
  ['around 80', { value: 80, qualifier: 'around' }], ['some 28,000', { value: 28000, qualifier: 'some' }],
  ['some $2 billion', { value: 2e9, unit: 'USD', qualifier: 'some' }], ['roughly 3,500', { value: 3500, qualifier: 'about' }], ['closer to 40', { value: 40, qualifier: 'about' }],
  ['approximately 56 percent', { value: 56, unit: 'percent', qualifier: 'about' }], ['perhaps 200', { value: 200, qualifier: 'perhaps' }],
  ['perhaps 200 or so', { value: 200, qualifier: 'perhaps' }], ['200 or so', { value: 200, qualifier: 'or so' }],
  ['107 or more', { value: 107, qualifier: 'at least' }], ['one or more', { value: 1, qualifier: 'at least' }], ['less than half', { value: 0.5, qualifier: 'less than' }],
  ['fewer than 10', { value: 10, qualifier: 'less than' }], ['an estimated 11 million', { value: 11e6, qualifier: 'an estimated' }],
  ['upwards of 5,000', { value: 5000, qualifier: 'more than' }], ['no more than 30', { value: 30, qualifier: 'at most' }],
  ['close to 1,000', { value: 1000, qualifier: 'nearly' }], ['just over 24 hours', { value: 24, unit: 'hour', qualifier: 'just over' }],
  ['5,000-plus', { value: 5000, qualifier: 'at least' }], ['forty-odd', { value: 40, qualifier: 'or so' }],
  ['tens of thousands', { value: 10000, qualifier: 'tens of' }], ['hundreds of thousands', { value: 100000, qualifier: 'hundreds of' }],
  ['tens of millions', { value: 1e7, qualifier: 'tens of' }], ['thousands', { value: 1000, qualifier: 'thousands of' }],
  ['hundreds', { value: 100, qualifier: 'hundreds of' }], ['millions', { value: 1e6, qualifier: 'millions of' }],
  ['dozens', { value: 12, qualifier: 'dozens of' }], ['several hundred', { value: 100, qualifier: 'several' }],
  ['a few thousand', { value: 1000, qualifier: 'a few' }], ['more than a thousand', { value: 1000, qualifier: 'more than' }],
  ['more than half', { value: 0.5, qualifier: 'more than' }], ['nearly two-thirds', { value: 2 / 3, qualifier: 'nearly' }],
]);

table('ratios, folds, couples and comparatives', [
  ['one in three', { value: 1 / 3 }], ['1 in 5', { value: 0.2 }], ['nine out of ten', { value: 0.9 }],
  ['about 1 in 4', { value: 0.25, qualifier: 'about' }], ['one in a million', { value: 1e-6 }],
  // not ratios: a year, an equal or smaller second number
  ['three in 2015', null], ['5 in 3', null], ['two in two', null],
  ['threefold', { value: 3, unit: 'times' }], ['tenfold', { value: 10, unit: 'times' }], ['twentyfold', { value: 20, unit: 'times' }],
  ['hundredfold', { value: 100, unit: 'times' }], ['roughly threefold', { value: 3, unit: 'times', qualifier: 'about' }],
  ['manifold', null], ['fold', null],
  ['a couple of', null], ['a couple', null],
  ['larger than a third', { value: 1 / 3, qualifier: 'more than' }], ['greater than 50%', { value: 50, unit: 'percent', qualifier: 'more than' }],
  ['smaller than half', { value: 0.5, qualifier: 'less than' }], ['almost 15 years', { value: 15, unit: 'year', qualifier: 'nearly' }],
  ['0.8 degrees Celsius', { value: 0.8, unit: '°C' }], ['40 degrees Fahrenheit', { value: 40, unit: '°F' }],
]);

table('not one number expression', [
  ['recent', null], ['Pence', null], ['Vice President Pence', null], ['one of the', null], ['the', null], ['', null], ['   ', null],
  ['many', null], ['several', null], ['both', null], ['first', null], ['second', null], ['1st', null], ['24th', null],
  ['555-123-4567', null], ['555-1234', null], ['IE6', null], ['Internet Explorer 9', null], ['$', null], ['%', null],
  ['percent', null], ['million', null], ['the two countries', null], ['a', null], ['hundred', null], ['and a half', null],
  ['six seven', null], ['forty fifty', null], ['ten three', null], ['thousand million', null], ['3 apples', null],
  ['over', null], ['over the past three months', null], ['per cent', null], ['times', null], ['a few', null],
]);

describe('parseAmount and spelled-out numbers', () => {
  // An independent speller: the parser must read back whatever a careful writer spells.
  const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const below100 = (n: number): string => (n < 20 ? ones[n]! : tens[Math.floor(n / 10)]! + (n % 10 ? `-${ones[n % 10]!}` : ''));
  const below1000 = (n: number, and: boolean): string => {
    const h = Math.floor(n / 100);
    const r = n % 100;
    if (h === 0) return below100(r);
    return `${ones[h]!} hundred` + (r ? `${and ? ' and' : ''} ${below100(r)}` : '');
  };
  const spell = (n: number, and: boolean): string => {
    if (n === 0) return 'zero';
    const parts: string[] = [];
    const scales: Array<[number, string]> = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
    let rest = n;
    for (const [size, word] of scales) {
      if (rest >= size) {
        parts.push(`${below1000(Math.floor(rest / size), and)} ${word}`);
        rest %= size;
      }
    }
    if (rest > 0) parts.push(below1000(rest, and && parts.length > 0 && rest < 100 ? true : and));
    return parts.join(' ');
  };

  it('reads back every number below 1,000, British and American style', () => {
    for (let n = 0; n < 1000; n++) {
      expect(parseAmount(spell(n, true))?.value, spell(n, true)).toBe(n);
      expect(parseAmount(spell(n, false))?.value, spell(n, false)).toBe(n);
    }
  });

  it('reads back large numbers with several scales', () => {
    const numbers = [1001, 1010, 12000, 28000, 80500, 99999, 100001, 166000, 200000, 999999, 1000000, 1234567, 20000000, 305000012, 2000000000, 7654321098];
    for (const n of numbers) expect(parseAmount(spell(n, true))?.value, spell(n, true)).toBe(n);
  });

  it('agrees with the digits for every numeral written with separators', () => {
    for (const n of [1000, 1234, 80500, 166000, 1000000, 987654321]) {
      expect(parseAmount(n.toLocaleString('en-US'))?.value).toBe(n);
      expect(parseAmount(`$${n.toLocaleString('en-US')}`)).toEqual({ value: n, unit: 'USD' });
    }
  });
});

describe('rates per a noun and cubic units', () => {
  it('reads a rate per a non-time noun', () => {
    expect(parseAmount('$2 million a season')).toMatchObject({ value: 2000000, unit: 'USD', per: 'season' });
    expect(parseAmount('300 euros per family')).toMatchObject({ value: 300, unit: 'EUR', per: 'family' });
  });

  it('reads cubic kilometres', () => {
    expect(parseAmount('40 cubic kilometres')).toMatchObject({ value: 40, unit: 'km3' });
  });
});

describe('more currencies by name', () => {
  it('reads lei and forints', () => {
    expect(parseAmount('400 million lei')).toMatchObject({ value: 400000000, unit: 'RON' });
    expect(parseAmount('20,000 forints')).toMatchObject({ value: 20000, unit: 'HUF' });
  });
});
