import { describe, expect, it } from 'vitest';
import type { Claim, Entity, Figure } from '@dossier/core';
import { goldNameForms, normName, overlapF1, prf, sameCounted, scoreClaims, scoreEntities, scoreFigures } from '../src/match.js';

const entity = (id: string, type: Entity['type'], name: string, mentions: string[], aliases: string[] = []): Entity => ({
  id, type, name, aliases, role: null, mentions: mentions.map((text) => ({ start: 0, end: text.length, text })),
});
const figure = (value: number, counted: string | null): Figure => ({
  id: 'f', start: 0, end: 1, text: String(value), value, unit: null, counted, event: null, qualifier: null, approximate: false, scope: null, sentence: 0,
});
const claim = (text: string, speaker: string | null, entity: string | null = null): Claim => ({
  id: 'c', kind: 'quote', start: 0, end: text.length, text, speaker: speaker === null && entity === null ? null : { name: speaker, entity, start: 0, end: 1, text: 'x' },
  cue: null, figures: [], sentence: 0,
});

describe('entity matching', () => {
  it('normalises accents, case, a leading "the", possessives and dots', () => {
    expect(normName('The Associated Press')).toBe('associated press');
    expect(normName('Peña Nieto’s')).toBe('pena nieto');
    expect(normName('U.S.')).toBe('us');
  });

  it('reads Wikipedia-style gold names as they appear in text', () => {
    expect(goldNameForms('Alice Mak (politician)', 'people')).toContain('alice mak');
    expect(goldNameForms('Irving, Texas', 'places')).toContain('irving');
    expect(goldNameForms('Irving, Texas', 'people')).not.toContain('irving');
  });

  it('matches by any name or alias, one to one, and counts a split entity once', () => {
    const gold = [{ name: 'Enrique Peña Nieto', aliases: ['Peña Nieto', 'Peña'] }, { name: 'Donald Trump', aliases: ['Trump'] }];
    const split = [entity('e1', 'PERSON', 'Enrique Peña Nieto', ['Enrique Peña Nieto']), entity('e2', 'PERSON', 'Pena Nieto', ['Pena Nieto'])];
    const s = scoreEntities('people', gold, split);
    expect(s).toEqual({ gold: 2, predicted: 2, found: 1, correct: 1 });
    expect(scoreEntities('places', gold, split).predicted).toBe(0);
  });
});

describe('figure matching', () => {
  it('compares the head of what is counted, singular or plural', () => {
    expect(sameCounted('National Guard troops', 'troops')).toBe(true);
    expect(sameCounted('deaths', 'death')).toBe(true);
    expect(sameCounted('migrants', 'children')).toBe(false);
    expect(sameCounted(null, null)).toBe(true);
  });

  it('needs value and counted in strict mode, the value alone otherwise', () => {
    const gold = [{ text: '80,500', value: 80500, unit: null, counted: 'migrants' }];
    expect(scoreFigures(gold, [figure(80500, 'people')], 'strict').correct).toBe(0);
    expect(scoreFigures(gold, [figure(80500, 'people')], 'valueOnly').correct).toBe(1);
  });
});

describe('claim matching', () => {
  const goldDoc = {
    id: 'a', people: [{ name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'] }],
    claims: [{ kind: 'quote' as const, speaker: 'Claudia Sheinbaum', text: 'You in your territory, we in ours.' }],
  };

  it('measures content overlap by tokens', () => {
    expect(overlapF1('You in your territory, we in ours.', 'you in your territory')).toBeGreaterThan(0.5);
    expect(overlapF1('abc', 'xyz')).toBe(0);
  });

  it('needs the speaker by name or alias, and the content', () => {
    expect(scoreClaims(goldDoc, [claim('You in your territory, we in ours.', 'Sheinbaum')], [], 'strict').correct).toBe(1);
    expect(scoreClaims(goldDoc, [claim('You in your territory, we in ours.', 'Donald Trump')], [], 'strict').correct).toBe(0);
    expect(scoreClaims(goldDoc, [claim('You in your territory, we in ours.', 'Donald Trump')], [], 'content').correct).toBe(1);
  });

  it('computes P, R and F1, with empty sides handled', () => {
    expect(prf({ gold: 4, predicted: 2, found: 2, correct: 2 })).toEqual({ p: 1, r: 0.5, f1: 2 / 3 });
    expect(prf({ gold: 0, predicted: 0, found: 0, correct: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
  });
});
