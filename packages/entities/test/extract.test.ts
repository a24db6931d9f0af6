import { describe, expect, it } from 'vitest';
import { entitiesOf, find, formsOf } from './helpers.js';

// What one name tells about its neighbours: affiliations, lists, names inside non-entities, product acronyms
// (src/extract.ts).

describe('affiliations', () => {
  it('reads what a person is "of" as an organisation unless it is a place', () => {
    const gum = entitiesOf(
      'Demosisto\'s Nathan Law earned a surprise victory. Raymond Chan of People Power was elected. Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict a war.',
    );
    expect(formsOf(gum, 'ORG')).toEqual(['Demosisto', 'People Power', 'Globe and Mail']);
    const own = entitiesOf('Priya Raman of Extinction Rebellion spoke first, and Jonas Berg of Oslo spoke last.');
    expect(formsOf(own, 'ORG')).toEqual(['Extinction Rebellion']);
    expect(formsOf(own, 'PLACE')).toEqual(['Oslo']);
  });

  it('does not take one ordinary word after "of" for an organisation', () => {
    const es = entitiesOf('Edward Yiu of the Architectural, Surveying, Planning and Landscape constituency was elected.');
    expect(formsOf(es, 'ORG')).toEqual([]);
  });

  it('reads a name in the possessive before a person as an organisation, not a surname of the article', () => {
    const gum = entitiesOf("Labour's Shadow Home Secretary Yvette Cooper said her party has supported the idea.");
    expect(find(gum, 'ORG', 'Labour')).toBeDefined();
    const own = entitiesOf(
      "Greenpeace's campaign director Ana Silva criticised the plan. Tennille Haddock spoke, and Haddock's colleague Tim Brown left. Mexico's Claudia Sheinbaum agreed.",
    );
    expect(formsOf(own, 'ORG')).toEqual(['Greenpeace']);
    expect(find(own, 'PERSON', 'Tennille Haddock')?.aliases).toEqual(['Haddock']);
    expect(find(own, 'PLACE', 'Mexico')).toBeDefined();
  });
});

describe('lists of organisations', () => {
  it('reads an unknown name in a list with a known company as a company', () => {
    const gum = entitiesOf('Ubisoft, Microsoft, and Sony all had large areas set up for attendees.');
    expect(find(gum, 'ORG', 'Ubisoft')).toBeDefined();
    const own = entitiesOf('Apple fans queued while Samsung, Nokia and Xiaomi cut prices.');
    expect(find(own, 'ORG', 'Xiaomi')).toBeDefined();
  });
});

describe('places inside names that are no entity', () => {
  it('keeps a country that opens or ends such a name', () => {
    const gum = entitiesOf('The Malaysia Tourism board was quite prominent at the main entrance. The 22nd Fan Expo Canada took place this weekend.');
    expect(formsOf(gum, 'PLACE')).toEqual(['Malaysia', 'Canada']);
  });

  it('keeps none from a programme, a slogan in quotes, nor a state from a brand', () => {
    const es = entitiesOf('The Merida Initiative funded training. The "America First" policy stayed. The Meta Quest headset sold out.');
    expect(es).toEqual([]);
  });
});

describe('names in brackets', () => {
  it('joins a place or an organisation to its other name in brackets', () => {
    const gum = entitiesOf('Last week, the Al-Ghaza Hotel near the Masjid Al-Haram (Grand Mosque) collapsed. Pilgrims returned to the Grand Mosque.');
    expect(find(gum, 'PLACE', 'Masjid Al-Haram')?.aliases).toEqual(['Grand Mosque']);
    const own = entitiesOf('Fighting in Kyiv Oblast (Kiev Region) continued, New York (Reuters) reported.');
    expect(find(own, 'PLACE', 'Kyiv Oblast')?.aliases).toEqual(['Kiev Region']);
    expect(find(own, 'ORG', 'Reuters')).toBeDefined();
  });
});

describe('product acronyms', () => {
  it('takes no acronym the article writes with a version number for an organisation', () => {
    const gum = entitiesOf(
      'Microsoft says it is time for IE6 users to move away. IE could fall to fourth place, and web developers use HTML 5.',
    );
    expect(formsOf(gum, 'ORG')).toEqual(['Microsoft']);
    const own = entitiesOf('The W3C said the CSS 3 draft is ready, though CSS is hard. PS5 sales rose, PS owners said.');
    expect(formsOf(own, 'ORG')).toEqual(['W3C']);
  });
});
