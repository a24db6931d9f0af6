import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const texts = (sentence: string): string[] => figuresOf(sentence).map((f) => f.text);

describe('what is a figure', () => {
  it('keeps counts, money, percentages, fractions, durations and ages', () => {
    expect(texts('Police arrested 14 protesters outside the embassy on Tuesday.')).toEqual(['14']);
    expect(texts('The company reported revenue of $4.5 billion in the third quarter, up 12 percent from a year earlier.')).toEqual(['$4.5 billion', '12 percent']);
    expect(texts('Nearly two-thirds of voters said the economy was their top concern.')).toEqual(['Nearly two-thirds']);
    expect(texts('He was sentenced to 25 years in prison.')).toEqual(['25 years']);
    expect(texts('Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school.')).toEqual(['14-year-old']);
    expect(texts('Tens of thousands of people marched through Hong Kong, organisers said.')).toEqual(['Tens of thousands']);
    expect(texts('The meeting lasted an hour and a half.')).toEqual(['an hour and a half']);
  });

  it('drops dates and years used as dates', () => {
    expect(texts('The September 26 massacre was not on the agenda.')).toEqual([]);
    expect(texts('AMLO took office in December 2018 on a platform of justice.')).toEqual([]);
    expect(texts('Going into the 2020 elections, consumers are unhappy.')).toEqual([]);
    expect(texts('The first referendum is to be held from November 20 to December 11.')).toEqual([]);
    expect(texts('Exemptions expire on May 1, officials said.')).toEqual([]);
    expect(texts('Prices rose sharply between 2015 and 2018.')).toEqual([]);
    expect(texts('FIFA World Cup 2018 day five: Sweden win three points')).toEqual(['three']);
  });

  it('drops spans of years even with a hedge', () => {
    expect(texts('Crop yields fell over 2000 - 2050 in every scenario.')).toEqual([]);
  });

  it('keeps counts after gerunds and in hyphen compounds', () => {
    expect(texts('The crane fell, killing 107 or more and wounding 238, officials said.')).toEqual(['107 or more', '238']);
    expect(texts('The six-member Afghan team had to travel.')).toEqual(['six']);
  });

  it('keeps a four-digit count that is not a year', () => {
    expect(texts('Estimates suggest 8000 migrants may be currently at sea in the region.')).toEqual(['8000']);
    expect(texts('About 1500 people attended the rally.')).toEqual(['About 1500']);
  });

  it('drops clock times, labels, phone numbers and product names', () => {
    expect(texts('The polls closed at 22:30 and the count began at 10 p.m.')).toEqual([]);
    expect(texts('Call 555-123-4567 or see page 12 for details.')).toEqual([]);
    expect(texts('Internet Explorer 9 will not run on Windows XP.')).toEqual([]);
    expect(texts('IE6 still has 12 percent of the market.')).toEqual(['12 percent']);
    expect(texts('The F-16 and the Su-35 flew over.')).toEqual([]);
    expect(texts('Shells hit the area near police posts 542 and 543.')).toEqual([]);
    expect(texts('The attack came from a spinoff of 4chan.')).toEqual([]);
  });

  it('drops ordinals, scores, "one" as a pronoun and definite back-references', () => {
    expect(texts('It was the second time; the US was second as an export market.')).toEqual([]);
    expect(texts('Sweden defeated South Korea 1 – 0; England won 2 – 1.')).toEqual([]);
    expect(texts('Mexico has one of the highest foreign debts in the region, with profits that flow one way.')).toEqual([]);
    expect(texts('The exchange exposed the relationship between the two countries.')).toEqual([]);
    expect(texts('Both presidents met; no one was hurt.')).toEqual([]);
    expect(texts('Growth slowed in the first half of 2019.')).toEqual([]);
  });

  it('keeps "one" with a unit, a scale or a hedge', () => {
    expect(texts('The administration made this certification one week before the massacre.')).toEqual(['one week']);
    expect(texts('At least one shell landed in the town.')).toEqual(['At least one']);
    expect(texts('The hashtag was used over one million times.')).toEqual(['over one million times']);
  });

  it('reads "rose from A to B" as two values, "from A to B people" as one range', () => {
    expect(texts('Deaths rose from 1,200 to 1,500 in a single week.')).toEqual(['1,200', '1,500']);
    expect(figuresOf('The camps hold from 5,000 to 6,000 people.').map((f) => [f.min, f.max])).toEqual([[5000, 6000]]);
  });
});
