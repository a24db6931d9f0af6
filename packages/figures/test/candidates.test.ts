import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const texts = (sentence: string): string[] => figuresOf(sentence).map((f) => f.text);

describe('what is a figure', () => {
  it('keeps counts, money, percentages, fractions, durations and ages', () => {
    expect(texts('Police arrested 14 protesters outside the embassy on Tuesday.')).toEqual(['14']);
    // "a year earlier" is a relative time, a figure like "175 years ago" (corpus/gold/README.md)
    expect(texts('The company reported revenue of $4.5 billion in the third quarter, up 12 percent from a year earlier.')).toEqual(['$4.5 billion', '12 percent', 'a year']);
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

  it('reads "rose from A to B" and "from A to B people" as two figures, "between A and B" as one range', () => {
    expect(texts('Deaths rose from 1,200 to 1,500 in a single week.')).toEqual(['1,200', '1,500']);
    // Gold convention (README-gum-news-fc): ranges and alternatives written with a word give one figure per number.
    expect(figuresOf('The camps hold from 5,000 to 6,000 people.').map((f) => [f.text, f.value, f.counted, f.min])).toEqual([
      ['5,000', 5000, 'people', undefined], ['6,000', 6000, 'people', undefined],
    ]);
    expect(figuresOf('The questionnaire runs from ten to 32 pages with 40 to 50 questions.').map((f) => [f.text, f.counted])).toEqual([
      ['ten', 'pages'], ['32', 'pages'], ['40', 'questions'], ['50', 'questions'],
    ]);
    expect(figuresOf('We could have scored two or three goals in the first half.').map((f) => [f.text, f.value, f.counted])).toEqual([
      ['two', 2, 'goals'], ['three', 3, 'goals'],
    ]);
    expect(figuresOf('The robot scored one or two points for the alliance.').map((f) => [f.text, f.counted])).toEqual([['one', 'points'], ['two', 'points']]);
    expect(figuresOf('Officials expect 5 to 6 million visitors.').map((f) => [f.text, f.value])).toEqual([['5', 5e6], ['6 million', 6e6]]);
    expect(figuresOf('The camps hold between 5,000 and 6,000 people.').map((f) => [f.text, f.min, f.max])).toEqual([['between 5,000 and 6,000', 5000, 6000]]);
  });

  it('keeps frequencies ("twice", "three times") and ratios ("one in three")', () => {
    expect(figuresOf('They were twice denied visas to enter the United States.').map((f) => [f.text, f.value, f.unit])).toEqual([['twice', 2, 'times']]);
    expect(texts('She has visited the island twice since the storm.')).toEqual(['twice']);
    expect(figuresOf('At that time, one in three visits to the site came from BBC News.').map((f) => [f.text, f.value])).toEqual([['one in three', 1 / 3]]);
    expect(figuresOf('Nine out of ten doctors recommend it.').map((f) => [f.text, f.value])).toEqual([['Nine out of ten', 0.9]]);
    expect(figuresOf('Sales have grown roughly threefold since 2010.').map((f) => [f.text, f.value, f.unit])).toEqual([['roughly threefold', 3, 'times']]);
  });

  it('keeps "one" as the object of a verb or a margin, not as a determiner or in an idiom', () => {
    expect(texts('North Korea fired one shell into the sea.')).toEqual(['one']);
    expect(texts('The bill passed by one vote.')).toEqual(['one']);
    expect(texts('One poster wrote that the site was down.')).toEqual([]);
    expect(texts('On one side of the border, the army set up camps.')).toEqual([]);
    expect(texts('We know there has been violence in Missouri, to mention one case.')).toEqual([]);
    expect(texts('At least one or more donations were returned.')).toEqual(['At least one or more']);
    expect(texts('Fifteen minutes of fame is all he wanted.')).toEqual([]);
  });

  it('reads "a third" as a fraction unless a noun follows it', () => {
    expect(figuresOf('The camp retained a minority larger than a third, enough to block reforms.').map((f) => [f.text, f.value, f.qualifier])).toEqual([
      ['larger than a third', 1 / 3, 'more than'],
    ]);
    expect(texts('Her salary was cut by a third.')).toEqual(['a third']);
    expect(texts('He scored a third goal in the 75th minute.')).toEqual([]);
  });

  it('reads "a couple of" as two', () => {
    expect(figuresOf('England picked up a couple of points in the group.').map((f) => [f.text, f.value, f.qualifier])).toEqual([['a couple', 2, null]]);
  });

  it('keeps a count described by an of-phrase or a spaced hyphen compound after "the"', () => {
    expect(texts('It is not difficult with a boy who does not even know the three branches of government.')).toEqual(['three']);
    expect(texts('The six - member Afghan team had been denied visas.')).toEqual(['six']);
    expect(texts('The two countries signed the deal.')).toEqual([]);
  });

  it('drops a definite vague plural that points back, and a tally of names', () => {
    expect(texts('Of the thousands, Wikinews spoke with a cosplayer.')).toEqual([]);
    expect(texts('The thousands of cosplay outfits on parade drew crowds.')).toEqual(['thousands']);
    expect(texts('"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game."')).toEqual([]);
  });

  it('reads a bare number after "she was" or a fronted "at" as an age', () => {
    expect(figuresOf('Her parents moved her to the United Kingdom when she was six so they could be closer.').map((f) => [f.text, f.unit])).toEqual([['six', 'year']]);
    expect(figuresOf('He is 45.').map((f) => [f.text, f.unit])).toEqual([['45', 'year']]);
    expect(figuresOf('At 24, he became the youngest member of the council.').map((f) => [f.text, f.unit])).toEqual([['24', 'year']]);
    expect(figuresOf('The driver died at the age of 52.').map((f) => [f.text, f.unit])).toEqual([['52', 'year']]);
    expect(figuresOf('The score is 2.').map((f) => [f.text, f.unit])).toEqual([['2', null]]);
    expect(texts('She was one of the first to arrive.')).toEqual([]);
  });

  it('puts a hedge before the article of a compound into the span, and leaves a period\'s "over" out', () => {
    expect(figuresOf('Both stops are only about a 20 minute walk from the event.').map((f) => [f.text, f.qualifier])).toEqual([['about a 20 minute', 'about']]);
    expect(figuresOf('The government will spend $4 billion on new schools over five years.').map((f) => [f.text, f.qualifier])).toEqual([
      ['$4 billion', null], ['five years', null],
    ]);
    expect(figuresOf('He has worked there for over 20 years.').map((f) => [f.text, f.qualifier])).toEqual([['over 20 years', 'over']]);
    expect(figuresOf('The shelling lasted about an hour.').map((f) => [f.text, f.value, f.unit])).toEqual([['about an hour', 1, 'hour']]);
  });
});

describe('article durations', () => {
  it('keeps "a year" in a relative time and "a decade of" something, not a bare "an hour"', () => {
    expect(figuresOf('Sales fell 3% from a year earlier.').map((f) => f.text)).toContain('a year');
    expect(figuresOf('The town has seen a decade of decline.').map((f) => f.text)).toContain('a decade');
    expect(figuresOf('The meeting lasted an hour.').map((f) => f.text)).not.toContain('an hour');
  });
});

describe('figures kept or dropped after the fresh dev-news texts', () => {
  it('keeps a definite count followed by a superlative, still drops "the two countries"', () => {
    expect(texts('Their four largest suppliers raised prices.')).toContain('four');
    expect(texts('The two countries signed the pact.')).toEqual([]);
  });

  it('reads "a third" before a comparative as a fraction', () => {
    expect(texts('The mill sold about a third fewer bags than in spring.')).toContain('about a third');
  });

  it('drops a descending vote tally joined by "to", keeps a rise from A to B', () => {
    expect(texts('The council voted 7 to 4 to approve the plan.')).toEqual([]);
    expect(texts('Membership rose from 9 to 12 this year.')).toEqual(['9', '12']);
  });
});
