import { describe, expect, it } from 'vitest';
import { entitiesOf, find, formsOf } from './helpers.js';

// Examples after a kind noun take its kind (src/kinds.ts).

describe('examples of a kind', () => {
  it('reads one-word names after a noun for people as people', () => {
    const es = entitiesOf('Pilgrims still leave offerings to the old gods, such as Odin, Thor and Freyja, at the site.');
    expect(formsOf(es, 'PERSON')).toEqual(['Odin', 'Thor', 'Freyja']);
  });

  it('reads names after "such bands as" and "companies including" as organisations', () => {
    const es = entitiesOf('The festival booked such bands as The Stone Roses. Chipmakers including Qualcomm and Broadcom lost ground, as did companies including Arm Holdings and Xilinx.');
    expect(find(es, 'ORG', 'Stone Roses')).toBeDefined();
    for (const o of ['Arm Holdings', 'Xilinx']) expect(find(es, 'ORG', o)).toBeDefined();
  });

  it('reads names no gazetteer knows after "villages such as" as places', () => {
    const es = entitiesOf('Tourists crowd villages such as Hallstatt and Gosau every summer.');
    expect(formsOf(es, 'PLACE')).toEqual(['Hallstatt', 'Gosau']);
  });

  it('does not read "like" without a comma, which may be the verb', () => {
    const es = entitiesOf('Most people like Paris in the spring, and painters, like Basquiat, loved New York.');
    expect(formsOf(es, 'PLACE')).toEqual(['Paris', 'New York']);
    expect(formsOf(es, 'PERSON')).toEqual(['Basquiat']);
  });

  it('says nothing after a noun that names no kind of entity', () => {
    const es = entitiesOf('The gallery shows works such as Nighthawks and Guernica.');
    expect(es).toEqual([]);
  });
});
