/**
 * Speaker rules for news copy: role nouns after a first full mention, appositive names, unnamed
 * spokespeople, organisations called by their kind, documents and their authors. Sentences written
 * for these tests (not from the seeds, the GUM texts or the dev-news texts).
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@dossier/core';
import { claimsOf, entities } from './helpers.js';

const who = (claims: readonly Claim[]): Array<[string | undefined, string | null | undefined]> => claims.map((c) => [c.speaker?.text, c.speaker?.name]);
const byText = (claims: readonly Claim[], start: string): Claim => {
  const c = claims.find((x) => x.text.startsWith(start));
  if (!c) throw new Error(`no claim starting "${start}" in ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
};

describe('subjects set off by commas', () => {
  it('an age after the name is no inverted attribution: the name before it denies', () => {
    const text = 'Ingrid Holm, 61, denied any wrongdoing. Her lawyer said she would appeal.';
    const claims = claimsOf(text, entities(text, [{ type: 'PERSON', name: 'Ingrid Holm', forms: ['Ingrid Holm'] }]));
    expect(byText(claims, 'any wrongdoing').speaker?.name).toBe('Ingrid Holm');
  });

  it('a name set off after its role is the subject, so a later "he" finds him', () => {
    const text =
      'Orla Byrne, a pilot, said the runway lights had failed twice this month.\n\nThe airline’s chief executive, Paul Brenner, told reporters that the fleet was safe. “We have never cut corners on maintenance,” he said.';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Orla Byrne', forms: ['Orla Byrne'] },
      { type: 'PERSON', name: 'Paul Brenner', forms: ['Paul Brenner'] },
    ]);
    expect(byText(claimsOf(text, ents), 'We have never').speaker?.name).toBe('Paul Brenner');
  });

  it('"it"/"its" next to a person does not make that person neuter', () => {
    // The bank's "its" sits in Tessa Morland's sentence; "she" must still find her.
    const text =
      'The bank said its profits had fallen, after Tessa Morland, its finance director, warned investors in March.\n\n“The second half will be harder,” she said.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Tessa Morland', forms: ['Tessa Morland'] }]);
    expect(byText(claimsOf(text, ents), 'The second half').speaker?.name).toBe('Tessa Morland');
  });
});

describe('role nouns name the person the text gave that role', () => {
  it('a role from "The dean, Dr. Ruth Okoye," even when the entities stage typed her a place', () => {
    const text =
      'The dean, Dr. Ruth Okoye, said the faculty would review every grant. “We owe our students a clean record,” the dean said.';
    // An entities stage that took the name for a place (as happened with "Dr. Helen Marsh").
    const ents = entities(text, [{ type: 'PLACE', name: 'Dr. Ruth Okoye', forms: ['Dr. Ruth Okoye'] }]);
    expect(who(claimsOf(text, ents))).toEqual([
      ['Dr. Ruth Okoye', 'Ruth Okoye'],
      ['the dean', 'Ruth Okoye'],
    ]);
  });

  it('"the judge" reaches back past the paragraph window, and keeps the judge in view for "she"', () => {
    const text = [
      'Judge Carla Mendes found that the landlord had ignored repeated repair orders.',
      'The tenants’ lawyer, Omar Haddad, said the ruling would help thousands of renters.',
      '“This sends a message to every landlord in the city,” he said.',
      'Haddad said his clients had waited four years for a hearing.',
      'The landlord’s lawyer, Victor Pike, said the orders had been complied with.',
      'The judge rejected that claim. Inspectors found mould in 40 of the 52 flats, she wrote.',
    ].join('\n\n');
    const ents = entities(text, [
      { type: 'PERSON', name: 'Carla Mendes', forms: ['Carla Mendes'] },
      { type: 'PERSON', name: 'Omar Haddad', forms: ['Omar Haddad', 'Haddad'] },
      { type: 'PERSON', name: 'Victor Pike', forms: ['Victor Pike'] },
    ]);
    const c = byText(claimsOf(text, ents), 'Inspectors found mould');
    expect([c.speaker?.text, c.speaker?.name]).toEqual(['she', 'Carla Mendes']);
  });
});

describe('descriptions by age and by a possessive role', () => {
  it('"The 41-year-old" is the person whose age the text gave, not the nearer one', () => {
    const text =
      'Goalkeeper Rui Santos, 41, will leave the club in June, manager Ana Ferro confirmed. The 41-year-old said he wanted to coach young players.';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Rui Santos', forms: ['Rui Santos'] },
      { type: 'PERSON', name: 'Ana Ferro', forms: ['Ana Ferro'] },
    ]);
    expect(byText(claimsOf(text, ents), 'he wanted to coach').speaker?.name).toBe('Rui Santos');
  });

  it('"Her agent, Max Ortiz," makes "the agent" Ortiz', () => {
    const text = 'Her agent, Max Ortiz, confirmed the move. “She is ready for a new challenge,” the agent said.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Max Ortiz', forms: ['Max Ortiz'] }]);
    expect(byText(claimsOf(text, ents), 'She is ready').speaker?.name).toBe('Max Ortiz');
  });
});

describe('roles written before the name and their synonyms', () => {
  it('"senior nurse Ada Lind" is "the nurse"; "Her solicitor, Ben Kaye," is "the lawyer"', () => {
    const text =
      'Senior nurse Ada Lind said the ward had been short of staff for months. Her solicitor, Ben Kaye, said she would give evidence. The lawyer added that two colleagues would join her. “Nobody listened to us,” the nurse said.';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Ada Lind', forms: ['Ada Lind'] },
      { type: 'PERSON', name: 'Ben Kaye', forms: ['Ben Kaye'] },
    ]);
    const claims = claimsOf(text, ents);
    expect(byText(claims, 'two colleagues').speaker?.name).toBe('Ben Kaye');
    expect(byText(claims, 'Nobody listened').speaker?.name).toBe('Ada Lind');
  });
});

describe('unnamed sources', () => {
  it('"A spokesman for X" is an unnamed person, even when X is a named person', () => {
    const text = 'Councillor Dana Ferris voted against the plan. A spokesman for Ferris said the plan was rushed.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Dana Ferris', forms: ['Dana Ferris', 'Ferris'] }]);
    expect(who(claimsOf(text, ents))).toEqual([['A spokesman for Ferris', null]]);
  });

  it('a quantifier that opens the sentence names no one', () => {
    const text = 'Several told the local radio station that they had not been paid since June.';
    expect(who(claimsOf(text))).toEqual([['Several', null]]);
  });
});

describe('organisations called by their kind', () => {
  it('"the company" far from its name is the company subject named earlier, not a group of another kind', () => {
    const text = [
      'Regulators found that Parcelo Inc. had overcharged small shops for two years.',
      'Consumer group FairPrice welcomed the finding.',
      'Shop owner Lena Ruiz said she had lost about $3,000.',
      '“I thought the fees were fixed,” she said.',
      'The company said it would refund every affected customer.',
    ].join('\n\n');
    const ents = entities(text, [
      { type: 'ORG', name: 'Parcelo Inc.', forms: ['Parcelo Inc.'] },
      { type: 'ORG', name: 'FairPrice', forms: ['FairPrice'] },
      { type: 'PERSON', name: 'Lena Ruiz', forms: ['Lena Ruiz'] },
    ]);
    expect(byText(claimsOf(text, ents), 'it would refund').speaker?.name).toBe('Parcelo Inc.');
  });

  it('a business name the entities stage missed still is "the company" and "the retailer"', () => {
    // No entities at all: "Corvan Foods" is known to be a business by its last word only.
    const text =
      'Thousands of jars were recalled from shelves run by Corvan Foods last week, the retailer confirmed.\n\nShopper Eva Lindqvist said she had returned two jars.\n\nThe company said no illness had been reported.';
    const claims = claimsOf(text);
    expect(byText(claims, 'Thousands of jars').speaker?.name).toBe('Corvan Foods');
    expect(byText(claims, 'no illness').speaker?.name).toBe('Corvan Foods');
  });

  it('"the union" is the union that spoke earlier in the paragraph', () => {
    const text = 'The Guild of Harbour Pilots said its members would stop work on Monday. The union called the offer “an insult to every pilot on this coast.”';
    const ents = entities(text, [{ type: 'ORG', name: 'Guild of Harbour Pilots', forms: ['Guild of Harbour Pilots'] }]);
    expect(byText(claimsOf(text, ents), 'an insult').speaker?.name).toBe('Guild of Harbour Pilots');
  });

  it('"The agency" is the body a kind noun stood right before ("state news agency Tanjug")', () => {
    const text = 'The state news agency Tanjug said the dam had held. The agency said 300 people had been moved to safety.';
    const ents = entities(text, [{ type: 'ORG', name: 'Tanjug', forms: ['Tanjug'] }]);
    expect(byText(claimsOf(text, ents), '300 people').speaker?.name).toBe('Tanjug');
  });

  it('"The organisation" is the body an appositive called an organisation', () => {
    const text = 'Seawatch, an environmental organisation, said the quotas were too high. The organisation said that fishing should stop for a year.';
    expect(byText(claimsOf(text), 'fishing should stop').speaker?.name).toBe('Seawatch');
  });
});

describe('documents speak for their authors', () => {
  it('"the report" is the report named earlier with its author, past another "the report"', () => {
    const text =
      'Rents rose 6 percent last year, according to a report published on Friday by the Lindale Tenants Council.\n\nThe report found that one in four renters had moved twice. Wages rose 2 percent, the report said.';
    const ents = entities(text, [{ type: 'ORG', name: 'Lindale Tenants Council', forms: ['Lindale Tenants Council'] }]);
    const claims = claimsOf(text, ents);
    expect(byText(claims, 'one in four').speaker?.name).toBe('Lindale Tenants Council');
    expect(byText(claims, 'Wages rose').speaker?.name).toBe('Lindale Tenants Council');
  });

  it('"The statement" is the body that released it; a document no one put out has no author', () => {
    const text =
      'The Brewers Association released a statement on Monday. The statement said the new tax would close small breweries.\n\nThe ministry acted after an audit found gaps in the accounts. The audit concluded that the rules had been broken.';
    const ents = entities(text, [{ type: 'ORG', name: 'Brewers Association', forms: ['Brewers Association'] }]);
    const claims = claimsOf(text, ents);
    expect(byText(claims, 'the new tax').speaker?.name).toBe('Brewers Association');
    expect(byText(claims, 'the rules had been').speaker?.name ?? null).toBeNull();
  });
});

describe('news outlets', () => {
  it('"A poll for X" speaks for X, and "The newspaper" is the masthead named before, not a party in between', () => {
    const text =
      'A survey for the Baltic Herald found that most readers opposed the toll. The newspaper said support had fallen since the Harbour Party backed the plan.';
    const claims = claimsOf(text);
    expect(byText(claims, 'most readers').speaker?.name).toBe('Baltic Herald');
    expect(byText(claims, 'support had fallen').speaker?.name).toBe('Baltic Herald');
  });
});

describe('ranks that stand for the person of the paragraph', () => {
  it('"The professor" is the scholar quoted just before, though the text never called her a professor', () => {
    const text = 'Historian Greta Lund of Aarhus University said the map was a forgery. The professor said the ink was too modern.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Greta Lund', forms: ['Greta Lund'] }]);
    expect(byText(claimsOf(text, ents), 'the ink').speaker?.name).toBe('Greta Lund');
  });
});

describe('claims inside claims', () => {
  it('a cue inside a reported clause of the same speaker is part of that claim', () => {
    const text = 'Nadia Sorel told the council that she had warned the mayor that the bridge was unsafe.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Nadia Sorel', forms: ['Nadia Sorel'] }]);
    const claims = claimsOf(text, ents);
    expect(claims.map((c) => c.text)).toEqual(['she had warned the mayor that the bridge was unsafe']);
  });

  it('a cue inside a reported clause of someone else is its own claim', () => {
    const text = 'Nadia Sorel said an engineer had told the council that the bridge was unsafe.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Nadia Sorel', forms: ['Nadia Sorel'] }]);
    expect(who(claimsOf(text, ents))).toEqual([
      ['Nadia Sorel', 'Nadia Sorel'],
      ['an engineer', null],
    ]);
  });
});

describe('cues and content', () => {
  it('"ruled" after the content is an attribution', () => {
    const text = 'The city had no right to close the shelter, a state court ruled on Thursday.';
    expect(claimsOf(text).map((c) => [c.text, c.cue?.text, c.speaker?.text])).toEqual([
      ['The city had no right to close the shelter', 'ruled', 'a state court'],
    ]);
  });

  it('a hedge before a number opens the content, and a plural verb tagged as a noun still makes a clause', () => {
    const text = 'Officials said about 12,000 people use the ferry each day.';
    expect(claimsOf(text).map((c) => c.text)).toEqual(['about 12,000 people use the ferry each day']);
  });

  it('a time noun with an of-phrase opens the content, not a time adverbial', () => {
    const text = 'The archive’s curator, Jan Olsen, said decades of records had been scanned.';
    expect(claimsOf(text).map((c) => c.text)).toEqual(['decades of records had been scanned']);
    const text2 = 'The curator said years of work had been lost in the fire.';
    expect(claimsOf(text2).map((c) => c.text)).toEqual(['years of work had been lost in the fire']);
  });

  it('a verb wink reads as a noun after a noun still makes a clause ("the bridge cost …")', () => {
    const text = 'According to the ministry, the new bridge cost 90 million dollars.';
    expect(claimsOf(text).map((c) => c.text)).toEqual(['the new bridge cost 90 million dollars']);
  });

  it('a clause joined after "according to X," is the writer’s own', () => {
    const text = 'Nine in ten farms lost part of their harvest, according to a survey by the Growers Union, and prices have doubled since spring.';
    expect(claimsOf(text).map((c) => c.text)).toEqual(['Nine in ten farms lost part of their harvest']);
  });
});
