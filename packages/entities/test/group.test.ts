import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers.js';

// One entity per referent in an article (src/group.ts).

describe('short forms of people', () => {
  it('joins surnames and partial names to the full name, accent-insensitively', () => {
    const es = entitiesOf(
      'Trump told Enrique Peña Nieto that he might send troops. Peña Nieto denied it. Trump was supposed to meet with Pena Nieto in Peru. Peña stayed home.',
    );
    const p = es.filter((e) => e.type === 'PERSON');
    expect(p.map((e) => e.name)).toEqual(['Trump', 'Enrique Peña Nieto']);
    expect(find(es, 'PERSON', 'Enrique Peña Nieto')?.aliases).toEqual(['Pena Nieto', 'Peña', 'Peña Nieto']);
  });

  it('joins a short form that comes before the full name', () => {
    const es = entitiesOf('Sheinbaum rejects troops\n\nMexican President Claudia Sheinbaum said on Tuesday that Mexico would never accept it.');
    const p = find(es, 'PERSON', 'Claudia Sheinbaum');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Sheinbaum', 'Claudia Sheinbaum']);
    expect(p?.id).toBe('e1');
  });

  it('keeps two people who share a surname apart by nearness', () => {
    const es = entitiesOf('Donald Trump spoke first. Then Ivanka Trump took the stage, and Trump praised the crowd.');
    const people = es.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Donald Trump', 'Ivanka Trump']);
    expect(people[1]?.aliases).toEqual(['Trump']);
  });
});

describe('acronyms', () => {
  it('links an acronym defined in brackets, for people too', () => {
    const es = entitiesOf(
      'Mexican President Andres Manuel Lopez Obrador (AMLO) took office in December. Since then, AMLO has ordered the detention of migrants.',
    );
    expect(find(es, 'PERSON', 'Andres Manuel Lopez Obrador')?.aliases).toEqual(['AMLO']);
  });

  it('links an acronym to the name whose initials it spells', () => {
    const es = entitiesOf('The Associated Press claims the leaker spoke on condition of anonymity. He gave the excerpt to AP.');
    expect(find(es, 'ORG', 'Associated Press')?.aliases).toEqual(['AP']);
  });

  it('does not take a dateline\'s place for what the agency acronym abbreviates', () => {
    const es = entitiesOf('KABUL, Afghanistan (AP) — Taliban authorities closed salons, a spokesman told The Associated Press.');
    expect(find(es, 'PLACE', 'Afghanistan')).toBeDefined();
    expect(find(es, 'ORG', 'Associated Press')?.aliases).toEqual(['AP']);
  });

  it('silences an acronym that stands for no entity', () => {
    const es = entitiesOf('Under the North American Free Trade Agreement (NAFTA), trade grew. NAFTA brought low wages.');
    expect(es).toEqual([]);
  });
});

describe('places and organisations', () => {
  it('puts every name of the United States under one entity', () => {
    const es = entitiesOf('US troops went to the U.S. border. The United States and the Unites States are one; so is the US.');
    const us = es.filter((e) => e.type === 'PLACE');
    expect(us).toHaveLength(1);
    expect(us[0]?.name).toBe('United States');
    expect(us[0]?.aliases).toEqual(['U.S.', 'US', 'Unites States']);
  });

  it('joins "National Guard" to "Mexican National Guard" in one article', () => {
    const es = entitiesOf('He created the Mexican National Guard. The National Guard detains migrants.');
    expect(find(es, 'ORG', 'Mexican National Guard')?.aliases).toEqual(['National Guard']);
  });

  it('joins "Washington" to "Washington, D.C."', () => {
    const es = entitiesOf('Plans were ordered by Washington, D.C. Talks went on in Washington.');
    expect(find(es, 'PLACE', 'Washington')?.name).toBe('Washington, D.C.');
  });

  it('numbers entities in order of first mention and gives roles only to people', () => {
    const es = entitiesOf('Taliban authorities closed salons across Afghanistan, a spokesman for the ministry said. Richard Bennett objected.');
    expect(es.map((e) => e.id)).toEqual(es.map((_, i) => `e${i + 1}`));
    expect(find(es, 'PLACE', 'Afghanistan')?.role).toBeNull();
  });
});

describe('acronyms that are places', () => {
  it('does not join a country\'s abbreviation to a name with its initials', () => {
    const es = entitiesOf('Colorado State University of the US and the University of Sheffield of the UK ran the study. US yields fell.');
    expect(find(es, 'PLACE', 'US')?.name).toBe('United States');
    expect(find(es, 'ORG', 'University of Sheffield')?.aliases).toEqual([]);
  });
});

describe('one-word names the article has explained', () => {
  it('does not take an ordinary word for the short form of "Ministry of X"', () => {
    const es = entitiesOf('The Ministry of Health confirmed 40 cases. Health workers were sent to the region.');
    expect(find(es, 'ORG', 'Ministry of Health')?.mentions).toHaveLength(1);
  });
});
