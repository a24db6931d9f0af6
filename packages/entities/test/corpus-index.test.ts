import { describe, expect, it } from 'vitest';
import type { DossierRecord, Entity } from '@dossier/core';
import { createEntityIndex } from '../src/index.js';
import { docOf } from './helpers.js';
import { extractEntities } from '../src/index.js';

/** A record with just what the index reads. */
function record(id: string, text: string): DossierRecord {
  const doc = docOf(text, id);
  const entities: Entity[] = extractEntities(doc);
  return { ...doc, entities, figures: [], claims: [], sentences: doc.sentences, stats: { chars: 0, paragraphs: 0, sentences: 0, tokens: 0, entities: entities.length, mentions: 0, figures: 0, claims: 0 } };
}

describe('corpus entity index', () => {
  it('merges spellings and short forms of one person across articles', () => {
    const idx = createEntityIndex();
    idx.add(record('a', 'Mexican President Enrique Peña Nieto met Obama. Peña Nieto smiled.'));
    idx.add(record('b', 'Since December, more were deported than during Peña Niesto’s government.'));
    idx.add(record('c', 'Trump was supposed to meet with Pena Nieto in Peru.'));
    const p = [...idx.results()].find((e) => e.name === 'Enrique Peña Nieto');
    expect(p?.articles).toEqual(['a', 'b', 'c']);
    expect(p?.variants).toEqual(['Pena Nieto', 'Peña Niesto', 'Peña Nieto']);
    expect(p?.articleCount).toBe(3);
    expect(p?.mentionCount).toBe(4);
  });

  it('joins a bare surname to the one full name that fits, and not when two do', () => {
    const one = createEntityIndex();
    one.add(record('a', 'President Donald Trump spoke.'));
    one.add(record('b', 'Trump spoke again, said aides to President Trump.'));
    expect([...one.results()].filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Donald Trump']);

    const two = createEntityIndex();
    two.add(record('a', 'President Donald Trump spoke.'));
    two.add(record('b', 'Ivanka Trump spoke.'));
    two.add(record('c', 'Aides to President Trump spoke.'));
    expect([...two.results()].filter((e) => e.type === 'PERSON').map((e) => e.name).sort()).toEqual(['Donald Trump', 'Ivanka Trump', 'Trump']);
  });

  it('joins an acronym used alone to the name another article spelled out', () => {
    const idx = createEntityIndex();
    idx.add(record('a', 'The Associated Press said the leak was real, according to AP.'));
    idx.add(record('b', 'The excerpt was given to AP on Friday.'));
    const ap = [...idx.results()].find((e) => e.type === 'ORG');
    expect(ap?.name).toBe('Associated Press');
    expect(ap?.articles).toEqual(['a', 'b']);
  });

  it('does not merge organisations that only share words', () => {
    const idx = createEntityIndex();
    idx.add(record('a', 'He created the Mexican National Guard. The National Guard detains migrants.'));
    idx.add(record('b', 'As National Guard troops arrive at the U.S. border, Mexico objected.'));
    const orgs = [...idx.results()].filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(orgs).toEqual(['Mexican National Guard', 'National Guard']);
  });

  it('orders lines by type, then mentions, then name, the same way every time', () => {
    const build = () => {
      const idx = createEntityIndex();
      idx.add(record('a', 'Mexico and Canada talked. Justin Trudeau called Mexico. Reuters reported it from Ottawa.'));
      idx.add(record('b', 'Canada objected, Reuters said.'));
      return [...idx.results()];
    };
    const r = build();
    expect(r.map((e) => `${e.type}:${e.name}`)).toEqual(['PERSON:Justin Trudeau', 'PLACE:Canada', 'PLACE:Mexico', 'PLACE:Ottawa', 'ORG:Reuters']);
    expect(JSON.stringify(build())).toBe(JSON.stringify(r));
  });
});
