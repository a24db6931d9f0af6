import { describe, expect, it } from 'vitest';
import { figure } from './helpers.js';

describe('what a figure counts', () => {
  it('takes the noun phrase after the number', () => {
    expect(figure('up to 6,000', 'Mexico has agreed to mobilize up to 6,000 National Guard troops to prevent migrants from entering.').counted).toBe('National Guard troops');
    expect(figure('roughly 3,500', 'Officials said roughly 3,500 soldiers would be deployed to the border.').counted).toBe('soldiers');
    expect(figure('$212 million', 'Mexico and China have announced a $212 million deal.').counted).toBe('deal');
  });

  it('takes the noun after "of" and steps over another figure', () => {
    expect(figure('80 percent', 'While 80 percent of Mexican exports head to the US, only 15 percent of US exports go to Mexico.').counted).toBe('Mexican exports');
    expect(figure('About 40%', 'About 40% of the 1,200 respondents said they had lost their jobs.').counted).toBe('respondents');
    expect(figure('$226 billion', 'The US sent $226 billion worth of goods across its southern border.').counted).toBe('goods');
    expect(figure('$4.5 billion', 'The company reported revenue of $4.5 billion in the third quarter.').counted).toBe('revenue');
  });

  it('reads adjectives and participles used as nouns', () => {
    const s = 'The war left over 166,000 dead and some 28,000 disappeared in the past decade alone.';
    expect(figure('over 166,000', s)).toMatchObject({ counted: 'dead', event: 'left' });
    expect(figure('some 28,000', s)).toMatchObject({ counted: 'disappeared', event: 'disappeared' });
  });

  it('carries the noun over to an elided second count', () => {
    const s = 'Police killed six students and another 43 disappeared in the town of Iguala.';
    expect(figure('six', s)).toMatchObject({ counted: 'students', event: 'killed' });
    expect(figure('43', s)).toMatchObject({ counted: 'students', event: 'disappeared' });
  });

  it('supplies "people" for casualty verbs and event nouns with no noun', () => {
    expect(figure('107 or more', 'A storm caused a crane to fall, killing 107 or more and wounding 238.').counted).toBe('people');
    expect(figure('22', 'They cited last June’s massacre of 22 by the army.')).toMatchObject({ counted: 'people', event: 'massacred' });
    expect(figure('55', 'Rubio cited the extradition of 55 high-level Mexican drug traffickers to the U.S.')).toMatchObject({ counted: 'high-level Mexican drug traffickers', event: 'extradited' });
  });

  it('finds the subject of a measure verb', () => {
    expect(figure('3.9%', 'Unemployment fell to 3.9% in March.').counted).toBe('Unemployment');
    expect(figure('$62.2 billion', 'The trade deficit widened to $62.2 billion, the Commerce Department said.').counted).toBe('trade deficit');
    expect(figure('more than a thousand', 'I think the death toll would have been more than a thousand.').counted).toBe('death toll');
    expect(figure('$15 an hour', 'The bill would raise the minimum wage to $15 an hour by 2025.').counted).toBe('minimum wage');
  });

  it('reads the recipient of a double-object verb', () => {
    expect(figure('more than $800 a year', 'Some estimates showed that they would cost the American consumer more than $800 a year.')).toMatchObject({ counted: 'American consumer', event: 'cost', unit: 'USD' });
  });

  it('reads what a parenthesis comments on', () => {
    expect(figure('perhaps 200 or so', 'Trump has been riled up about reports of a “caravan” of migrants and potential asylum seekers (perhaps 200 or so) heading to the U.S. border.')).toMatchObject({ counted: 'migrants', event: 'heading', qualifier: 'perhaps', approximate: true });
    expect(figure('800 km', 'The team had to travel about 500 miles (800 km) from Herat to Kabul.').event).toBe('travel');
  });

  it('ties ages, durations and relative times to what they measure', () => {
    expect(figure('ten-year-old', 'Just last month, a ten-year-old girl died in a detention center.')).toMatchObject({ counted: 'girl', event: 'died', unit: 'year', value: 10 });
    expect(figure('19', 'Daniel Montalvo, 19, a member of Scientology all his life, was arrested.')).toMatchObject({ counted: 'Daniel Montalvo', unit: 'year' });
    expect(figure('up to 20 years', 'Scott Warren is facing up to 20 years in prison.')).toMatchObject({ counted: 'prison', event: 'facing' });
    expect(figure('175 years', 'Mexico had to cede 55% of its territory 175 years ago following U.S. intervention.')).toMatchObject({ counted: 'territory', event: 'cede' });
    expect(figure('four decades', 'Inflation hit 8.6 per cent in May, the highest rate in four decades.').counted).toBe('rate');
    expect(figure('nearly two decades', 'The country is recovering from nearly two decades of military conflict.').counted).toBe('military conflict');
    expect(figure('six', 'The six-member Afghan team had to travel.').counted).toBe('member');
    expect(figure('hour and a half', 'It was not on the agenda of the hour and a half White House meeting.').counted).toBe('White House meeting');
  });

  it('finds the event before or after the figure', () => {
    expect(figure('80,500', 'Since December, the Mexican government has deported 80,500 migrants.')).toMatchObject({ counted: 'migrants', event: 'deported' });
    expect(figure('nearly 800,000', 'It is expected that nearly 800,000 people will leave Central America.').event).toBe('leave');
    expect(figure('as many as 15,000', 'Rising numbers of migrants, including as many as 15,000 children, are now being held indefinitely.').event).toBe('held');
    expect(figure('hundreds of thousands', 'They chanted slogans that have been taken up by hundreds of thousands of protesters.')).toMatchObject({ counted: 'protesters', event: 'taken up', qualifier: 'hundreds of' });
    expect(figure('well over 100,000', 'It is a war that has cost well over 100,000 Mexican lives.')).toMatchObject({ counted: 'Mexican lives', event: 'cost' });
    expect(figure('at least 200,000', 'There have been at least 200,000 deaths since 2006.')).toMatchObject({ counted: 'deaths', event: null });
  });
});
