import { describe, expect, it } from 'vitest';
import type { Claim } from '@dossier/core';
import { claimsOf, claimWithText, entities, expectExactSpans } from './helpers.js';

const who = (c: Claim): [string | undefined, string | null | undefined] => [c.speaker?.text, c.speaker?.name];

function claims(text: string): Claim[] {
  const out = claimsOf(text);
  expectExactSpans(text, out);
  return out;
}

describe('the subject before asides set off by commas', () => {
  it('skips an age between the name and its relative clause', () => {
    const c = claimWithText(claims('Omar Haddou, 58, who has fished the bay for decades, said the catch had never been this poor.'), 'the catch had never been this poor');
    expect(who(c)).toEqual(['Omar Haddou', 'Omar Haddou']);
  });

  it('keeps the name before an appositive that carries its own relative clause', () => {
    const c = claimWithText(claims('Lena Fischer, a pharmacist who has worked in the town since 2010, said the shortages began in March.'), 'the shortages began in March');
    expect(who(c)).toEqual(['Lena Fischer', 'Lena Fischer']);
  });

  it('reads a possessive apostrophe inside the aside as part of it, not as a quotation mark', () => {
    const c = claimWithText(claims("Tom Reyes, who chairs the Growers' Cooperative, said prices would rise."), 'prices would rise');
    expect(who(c)).toEqual(['Tom Reyes', 'Tom Reyes']);
  });

  it('gives the pronoun of the next quote the name before the age', () => {
    const c = claimWithText(claims('Omar Haddou, 58, who has fished the bay for decades, said the catch was poor. "I have never seen it like this," he said.'), 'I have never seen it like this,');
    expect(c.speaker?.name).toBe('Omar Haddou');
  });
});

describe('verbs that take an object before a quote', () => {
  it('does not take the object of "described … as" for its subject after a relative clause', () => {
    const c = claimWithText(
      claims('Health Minister Ana Ruiz, who visited the ward on Monday, described the situation as "the hardest winter our hospitals have faced."'),
      'the hardest winter our hospitals have faced.',
    );
    expect(who(c)).toEqual(['Health Minister Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('names the tagger misreads at the start of a sentence', () => {
  it('reads a capitalized word the article uses as a name as the subject, whatever its tag', () => {
    const text = 'The inquiry was led by Judge Helen Mark. Mark told reporters that the evidence had been destroyed.';
    const c = claimWithText(claims(text), 'the evidence had been destroyed');
    expect(c.speaker?.name).toBe('Helen Mark');
  });
});

describe('a document subject with a participle after it', () => {
  it('reads "A survey by X released last month found" as the survey, spoken for by X', () => {
    const text = 'A survey by the Coastal Research Trust released last month found that most beaches had lost sand.';
    const ents = entities(text, [{ type: 'ORG', name: 'Coastal Research Trust', forms: ['Coastal Research Trust'] }]);
    const c = claimWithText(claimsOf(text, ents), 'most beaches had lost sand');
    expect(c.speaker?.name).toBe('Coastal Research Trust');
  });

  it('leaves a participle phrase inside someone else\'s reported clause alone', () => {
    const c = claimWithText(claims('The mayor said an audit ordered last year had found "deep problems in the way the fund was run."'), 'an audit ordered last year had found "deep problems in the way the fund was run."');
    expect(c.speaker?.text).toBe('The mayor');
  });
});

describe('more asides before the verb', () => {
  it('skips an age before an appositive', () => {
    const c = claimWithText(claims('Rosa Lind, 44, a bus driver, said the route had been cut twice.'), 'the route had been cut twice');
    expect(who(c)).toEqual(['Rosa Lind', 'Rosa Lind']);
  });

  it('skips a "whose" relative clause', () => {
    const c = claimWithText(claims('Amir Haddad, whose shop flooded in March, said the river had burst its banks.'), 'the river had burst its banks');
    expect(who(c)).toEqual(['Amir Haddad', 'Amir Haddad']);
  });

  it('skips an appositive headed by a numeral with a relative clause', () => {
    const c = claimWithText(claims('Councillor Joan Price, one of the three who voted no, said the plan was rushed.'), 'the plan was rushed');
    expect(c.speaker?.text).toBe('Councillor Joan Price');
  });
});

describe('names with a plural possessive, and short forms of organisation names', () => {
  it('reads "the Dairy Farmers\' Union" whole', () => {
    const c = claimWithText(claims("Milk prices fell again, according to the Dairy Farmers' Union."), 'Milk prices fell again');
    expect(c.speaker?.name).toBe("Dairy Farmers' Union");
  });

  it('gives a one-word short form the longer organisation name it opens', () => {
    const text = 'Data of 40,000 users was stolen from Larkspur Media on Monday. Larkspur said passwords were safe.';
    const c = claimWithText(claims(text), 'passwords were safe');
    expect(c.speaker?.name).toBe('Larkspur Media');
  });
});

describe('subjects that are lists of noun phrases', () => {
  it('reads "A, B and C had been taken" as a clause', () => {
    expect(claims('The bank said names, addresses and account numbers had been exposed.').map((c) => c.text)).toEqual([
      'names, addresses and account numbers had been exposed',
    ]);
  });
});
