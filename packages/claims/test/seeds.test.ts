/**
 * Claims of the five seed articles as a careful reader gives them (the same as corpus/gold), run
 * without entities: the stage must find the claims and name the speakers from the text alone.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@dossier/core';
import { extractClaims } from '../src/index.js';
import { expectExactSpans, seed } from './helpers.js';

const cache = new Map<string, { text: string; claims: Claim[] }>();
function claimsOfSeed(id: string): { text: string; claims: Claim[] } {
  let hit = cache.get(id);
  if (!hit) {
    const d = seed(id);
    hit = { text: d.text, claims: extractClaims(d) };
    cache.set(id, hit);
  }
  return hit;
}

const S000 = '000_34d98279e44d4b18';
const S001 = '001_ce8d25700e0a173e';
const S002 = '002_7cb3941f4f52fdf4';
const S003 = '003_c47a38f54c310273';
const S004 = '004_02e1e02fe7acb1df';

describe('seed claims', () => {
  it.each([
    [S000, 'quote', 'You have a bunch of bad hombres down there,', 'Trump', 'told', 'Donald Trump'],
    [S000, 'quote', "You aren't doing enough to stop them. I think your military is scared. Our military isn't, so I just might send them down to take care of it.", 'Trump', 'told', 'Donald Trump'],
    [S000, 'reported', 'Trump\'s threat, "did not happen during the call."', 'Eduardo Sánchez', 'asserted', 'Eduardo Sánchez'],
    [S000, 'reported', 'Peña Nieto had first posed the matter of cross-border arms trafficking', 'this account', 'According to', 'Eduardo Sánchez'],
    [S000, 'reported', 'it was "lighthearted."', 'a White House official', 'claimed', null],
    [S001, 'quote', 'tragic events surrounding the students whose lives were lost,', 'Obama', 'speaking', 'Barack Obama'],
    [S001, 'reported', 'federal police and the army were directly implicated in the mass killing', 'the Mexican magazine Proceso', 'reveals', 'Proceso'],
    [S001, 'quote', 'promoting competitiveness and connectivity', 'a forum', 'bills itself as', 'US-Mexico High-Level Economic Dialogue'],
    [S002, 'reported', 'these measures were actually part of an agreement the U.S. and Mexico had come to months ago', 'The New York Times', 'reports', 'New York Times'],
    [S002, 'quote', 'Poor Mexico. So far from God, so close to the United States.', 'Mexicans', 'say', null],
    [S003, 'quote', 'It’s not that we don’t want support, but not with foreign troops,', 'the president', 'reiterated', 'Claudia Sheinbaum'],
    [S003, 'quote', 'We offer you a U.S. military intervention in Mexico, whatever you need to combat the criminal groups.', '[Trump]', 'saying', 'Donald Trump'],
    [S003, 'quote', 'No, President Trump,', 'Sheinbaum', 'stated', 'Claudia Sheinbaum'],
    [S003, 'quote', 'If Mexico wanted help with the cartels, we would be honored to go in and do it,', 'the Republican leader', 'boasted', 'Donald Trump'],
    [S003, 'reported', 'the Drug Enforcement Agency (DEA) has proposed', 'The Washington Post', 'according to', 'Washington Post'],
    [S004, 'reported', 'everyone who arrives in Mexico, by plane, he explained, is run through U.S. terror databases', 'he', 'explained', 'Christopher Wilson'],
    [S004, 'reported', 'Mexico will not pay for the wall Trump wants built at the border', 'He', 'made it clear', 'Enrique Peña Nieto'],
    [S004, 'reported', 'it was “unreasonable” for Peña Nieto to make him back down from one of his campaign promises', 'The Washington Post', 'reported', 'Washington Post'],
  ] as const)('%s: %s “%s”', (id, kind, text, speakerText, cue, name) => {
    const { claims } = claimsOfSeed(id);
    const c = claims.find((x) => x.text === text && x.speaker?.text === speakerText);
    expect(c, JSON.stringify(claims.filter((x) => x.text === text).map((x) => x.speaker))).toBeDefined();
    expect(c!.kind).toBe(kind);
    expect(c!.cue?.text).toBe(cue);
    expect(c!.speaker?.name ?? null).toBe(name);
  });

  it('gives ids in text order, with every span slicing exactly', () => {
    for (const id of [S000, S001, S002, S003, S004]) {
      const { text, claims } = claimsOfSeed(id);
      expectExactSpans(text, claims);
      claims.forEach((c, i) => {
        expect(c.id).toBe(`c${i + 1}`);
        if (i > 0) expect(c.start).toBeGreaterThanOrEqual(claims[i - 1]!.start);
      });
    }
  });

  it('leaves scare quotes, the headline and the author’s assertions out', () => {
    const texts = [S000, S001, S002, S003, S004].flatMap((id) => claimsOfSeed(id).claims.map((c) => c.text));
    for (const notAClaim of ['America First', 'war on drugs', 'caravan', 'moderating influence,', 'intelligent and audacious', 'hostage-taking']) {
      expect(texts).not.toContain(notAClaim);
    }
    expect(texts.some((t) => t.includes('nearly 800,000 people will leave Central America'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Trump threatens to send US troops'))).toBe(false);
  });
});
