import { describe, expect, it } from 'vitest';
import { isDemonym, lookupPlace } from '../src/gazetteer.js';
import { nameKey } from '../src/normalize.js';
import { boundedEditDistance, isTypoOf } from '../src/similarity.js';

const place = (name: string) => lookupPlace(nameKey(name));

describe('gazetteer', () => {
  it('knows countries by their other names and abbreviations', () => {
    for (const n of ['U.S.', 'US', 'USA', 'United States of America', 'the United States'.slice(4)]) expect(place(n)?.name).toBe('United States');
    expect(place('México')?.name).toBe('Mexico');
    expect(place('UK')?.name).toBe('United Kingdom');
  });

  it('does not read two-letter ISO codes that are words as countries', () => {
    expect(place('IN')).toBeUndefined();
    expect(place('NO')).toBeUndefined();
  });

  it('does not read native names that fold to English words as countries ("Ísland")', () => {
    expect(place('Island')).toBeUndefined();
    expect(place('Ísland')).toBeUndefined();
    expect(place('Iceland')?.name).toBe('Iceland');
  });

  it('knows states and provinces, with and without their category', () => {
    expect(place('Michoacan')?.kind).toBe('state');
    expect(place('Chiapas')?.kind).toBe('state');
    expect(place('Vermont')?.strong).toBe(true);
  });

  it('marks names that are also surnames or words as weak', () => {
    expect(place('Guerrero')?.strong).toBe(false);
    expect(place('Wilson')?.strong).toBe(false);
  });

  it('prefers the bigger city of a name', () => {
    expect(place('Los Angeles')?.name).toBe('Los Angeles');
    expect(place('Lima')?.strong).toBe(true);
  });

  it('holds regions and seas, and never demonyms', () => {
    expect(place('Pacific')?.name).toBe('Pacific Ocean');
    expect(place('Central America')?.kind).toBe('region');
    expect(place('Mexican')).toBeUndefined();
    expect(isDemonym('mexicans')).toBe(true);
    expect(isDemonym('latin american')).toBe(true);
    expect(isDemonym('mexico')).toBe(false);
  });
});

describe('keys and spelling variants', () => {
  it('folds case, accents and punctuation', () => {
    expect(nameKey('Peña Nieto')).toBe('pena nieto');
    expect(nameKey('Washington, D.C.')).toBe('washington dc');
    expect(nameKey('Kim Jong-un')).toBe('kim jong un');
  });

  it('measures edits with transpositions, and stops early', () => {
    expect(boundedEditDistance('unites', 'united', 2)).toBe(1);
    expect(boundedEditDistance('nieto', 'neito', 2)).toBe(1);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('takes one slip in a long name for a typo, not a different short name', () => {
    expect(isTypoOf('unites states', 'united states')).toBe(true);
    expect(isTypoOf('pena niesto', 'pena nieto')).toBe(true);
    expect(isTypoOf('iran', 'iraq')).toBe(false);
    expect(isTypoOf('austria', 'australia')).toBe(false);
  });
});
