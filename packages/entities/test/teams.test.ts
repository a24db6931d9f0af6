import { describe, expect, it } from 'vitest';
import { entitiesOf, find, formsOf } from './helpers.js';

// Sides of a score line are teams (src/teams.ts).

describe('teams in sports results', () => {
  it('reads the sides of a score line, and their other mentions, as teams', () => {
    const es = entitiesOf(
      "Germany crushed Brazil 7 – 1 in Belo Horizonte on Tuesday.\n\nBrazil 1 – 7 Germany\n\nIt was the worst home defeat in Brazil's history.",
    );
    const brazil = find(es, 'ORG', 'Brazil');
    expect(brazil?.mentions.map((m) => m.text)).toEqual(['Brazil', 'Brazil', 'Brazil']);
    expect(find(es, 'ORG', 'Germany')?.mentions).toHaveLength(2);
    // The city the match was played in is still a place.
    expect(formsOf(es, 'PLACE')).toEqual(['Belo Horizonte']);
  });

  it('reads a score written without spaces', () => {
    const es = entitiesOf('Liverpool 2-1 Chelsea. Chelsea had led at half-time.');
    expect(find(es, 'ORG', 'Chelsea')?.mentions).toHaveLength(2);
    expect(find(es, 'ORG', 'Liverpool')).toBeDefined();
  });

  it('leaves players in a tennis score as people', () => {
    const es = entitiesOf('Roger Federer beat Rafael Nadal 6-4 in Basel. Federer 6-4 Nadal was the first set.');
    expect(formsOf(es, 'PERSON')).toEqual(['Roger Federer', 'Federer', 'Rafael Nadal', 'Nadal']);
    expect(formsOf(es, 'ORG')).toEqual([]);
  });

  it('keeps countries as places when no score stands between two names', () => {
    const es = entitiesOf('Exports to Germany rose in 2014-2015, Brazil said. Prices in Argentina were up 3 - 4 percent.');
    expect(formsOf(es, 'PLACE')).toEqual(['Germany', 'Brazil', 'Argentina']);
    expect(formsOf(es, 'ORG')).toEqual([]);
  });
});
