import { describe, expect, it } from 'vitest';
import type { Claim } from '@dossier/core';
import { claimsOf, claimWithText, doc, entities } from './helpers.js';
import { extractClaims } from '../src/index.js';

const speakers = (claims: readonly Claim[]): Array<[string | null | undefined, string | null | undefined, string | null | undefined]> =>
  claims.map((c) => [c.speaker?.text, c.speaker?.name, c.speaker?.entity]);

describe('linking speakers to entities', () => {
  const text =
    'Mexico’s Secretariat of Foreign Affairs denies the veracity of the leak. Eduardo Sánchez, spokesman for the Mexican president, asserted that the threat “did not happen.” Mexico has said that it is reevaluating the relationship. The Trump administration has said that immigrants are unwelcome.';
  const ents = entities(text, [
    { type: 'ORG', name: 'Secretariat of Foreign Affairs', forms: ['Secretariat of Foreign Affairs'] },
    { type: 'PERSON', name: 'Eduardo Sánchez', forms: ['Eduardo Sánchez'] },
    { type: 'PLACE', name: 'Mexico', forms: ['Mexico'] },
    { type: 'PERSON', name: 'Donald Trump', forms: ['Trump'] },
  ]);
  const claims = claimsOf(text, ents);

  it('links the entity that heads the phrase, not one that modifies it', () => {
    expect(speakers(claims)).toEqual([
      ['Mexico’s Secretariat of Foreign Affairs', 'Secretariat of Foreign Affairs', 'e1'],
      ['Eduardo Sánchez', 'Eduardo Sánchez', 'e2'],
      // A country speaking is a place, not a source with a name (gold convention).
      ['Mexico', null, null],
      // "the Trump administration" is not Trump.
      ['The Trump administration', null, null],
    ]);
  });
});

describe('pronouns', () => {
  it('"she" and "he" go to the nearest person of that gender, even with another person in between', () => {
    const text =
      'Mexican President Claudia Sheinbaum has rejected the offers. Sheinbaum is hardening her position. Trump claimed that the refusal was due to fear, and he repeated his offer this week. “We will never be subordinate,” she said.';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Claudia Sheinbaum', forms: ['Claudia Sheinbaum', 'Sheinbaum'] },
      { type: 'PERSON', name: 'Donald Trump', forms: ['Trump'] },
    ]);
    const claims = claimsOf(text, ents);
    expect(claimWithText(claims, 'We will never be subordinate,').speaker).toMatchObject({ text: 'she', name: 'Claudia Sheinbaum', entity: 'e1' });
    expect(claimWithText(claims, 'the refusal was due to fear').speaker?.name).toBe('Donald Trump');
  });

  it('"he" in a new paragraph goes back to the last speaker', () => {
    const text =
      'Wilson said the most effective way to push back against Trump is to talk to the security establishment.\n\n“Mexico will lose out also if cooperation goes down the drain,” he added.';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Christopher Wilson', forms: ['Wilson'] },
      { type: 'PERSON', name: 'Donald Trump', forms: ['Trump'] },
    ]);
    expect(claimWithText(claimsOf(text, ents), 'Mexico will lose out also if cooperation goes down the drain,').speaker?.name).toBe('Christopher Wilson');
  });

  it('a pronoun opening reported content does not make its speaker that gender', () => {
    const text = 'The mayor’s spokesman, Paul Grant, said she would meet union leaders on Friday. “She is determined to find a solution,” he said.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Paul Grant', forms: ['Paul Grant'] }]);
    expect(claimWithText(claimsOf(text, ents), 'She is determined to find a solution,').speaker?.name).toBe('Paul Grant');
  });

  it('"it" goes to an organisation that is the subject nearby, and to nobody otherwise', () => {
    const text = 'Reuters reported on Monday that the talks had failed. It said the talks would resume. The Obama administration made the certification, and it has said it has no intention of reviewing the matter.';
    const ents = entities(text, [
      { type: 'ORG', name: 'Reuters', forms: ['Reuters'] },
      { type: 'PERSON', name: 'Barack Obama', forms: ['Obama'] },
    ]);
    const claims = claimsOf(text, ents);
    expect(claimWithText(claims, 'the talks would resume').speaker?.name).toBe('Reuters');
    expect(claimWithText(claims, 'it has no intention of reviewing the matter').speaker).toMatchObject({ text: 'it', name: null });
  });
});

describe('descriptions', () => {
  it('"the Mexican president" is the person the text titled so; "the president" alone takes the nearest president', () => {
    const text =
      'Mexican President Claudia Sheinbaum met Donald Trump in Washington.\n\n“It’s not that we don’t want support, but not with foreign troops,” the president reiterated.\n\n“We operate in our own territory,” is the gist of the Mexican president’s reply.';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Claudia Sheinbaum', forms: ['Claudia Sheinbaum'] },
      { type: 'PERSON', name: 'Donald Trump', forms: ['Donald Trump'] },
    ]);
    const claims = claimsOf(text, ents);
    expect(claims.map((c) => [c.speaker?.text, c.speaker?.name])).toEqual([
      ['the president', 'Claudia Sheinbaum'],
      ['the Mexican president', 'Claudia Sheinbaum'],
    ]);
  });

  it('a rank with no titled match ("the Republican leader") is the person last the subject of the paragraph', () => {
    const text = 'Trump claimed that the refusal was due to fear of the cartels. “If Mexico wanted help, we would be honored to go in and do it,” the Republican leader boasted.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Donald Trump', forms: ['Trump'] }]);
    expect(claimWithText(claimsOf(text, ents), 'If Mexico wanted help, we would be honored to go in and do it,').speaker).toMatchObject({
      text: 'the Republican leader',
      name: 'Donald Trump',
      entity: 'e1',
    });
  });

  it('"the official" is not resolved to whoever was named last: it usually stands for someone unnamed', () => {
    const text = 'Trump spoke to reporters on Monday. “We will not negotiate,” the official said.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Donald Trump', forms: ['Trump'] }]);
    expect(claimsOf(text, ents)[0]!.speaker).toMatchObject({ text: 'the official', name: null, entity: null });
  });

  it('"According to this account" is the speaker of the claim just before', () => {
    const text = 'Eduardo Sánchez asserted that the threat did not happen. According to this account, Peña Nieto had first raised the matter of arms trafficking.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Eduardo Sánchez', forms: ['Eduardo Sánchez'] }]);
    expect(claimWithText(claimsOf(text, ents), 'Peña Nieto had first raised the matter of arms trafficking').speaker).toMatchObject({ text: 'this account', name: 'Eduardo Sánchez' });
  });

  it('"who" stands for the nearest noun, not the phrase around it', () => {
    const text = 'She was responding to a point from radio host Fred Dicker, who said gun crime was rising.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Fred Dicker', forms: ['Fred Dicker'] }]);
    expect(claimsOf(text, ents)[0]!.speaker).toMatchObject({ text: 'radio host Fred Dicker', name: 'Fred Dicker', entity: 'e1' });
  });

  it('narrative pronouns keep a person in view across paragraphs', () => {
    const text =
      'Yesterday, Claudia Tenney said her comments were taken out of context.\n\nShe was responding to a point from radio host Fred Dicker, who said gun crime was rising.\n\nShe declined to answer more questions.\n\n“The whole story is going to be about that and not the plan,” she said.';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Claudia Tenney', forms: ['Claudia Tenney'] },
      { type: 'PERSON', name: 'Fred Dicker', forms: ['Fred Dicker'] },
    ]);
    expect(claimWithText(claimsOf(text, ents), 'The whole story is going to be about that and not the plan,').speaker?.name).toBe('Claudia Tenney');
  });

  it('"who" and "a forum that" stand for the name they follow', () => {
    const text =
      'This might not be a bad thing, said Wilson, who said the negotiators are under pressure. Biden chaired a session of the US-Mexico High-Level Economic Dialogue, a forum that bills itself as dedicated to “promoting competitiveness and connectivity in the region.”';
    const ents = entities(text, [
      { type: 'PERSON', name: 'Christopher Wilson', forms: ['Wilson'] },
      { type: 'ORG', name: 'US-Mexico High-Level Economic Dialogue', forms: ['US-Mexico High-Level Economic Dialogue'] },
    ]);
    const claims = claimsOf(text, ents);
    expect(claimWithText(claims, 'the negotiators are under pressure').speaker).toMatchObject({ text: 'Wilson', name: 'Christopher Wilson' });
    expect(claimWithText(claims, 'promoting competitiveness and connectivity in the region.').speaker).toMatchObject({
      text: 'a forum',
      name: 'US-Mexico High-Level Economic Dialogue',
      entity: 'e2',
    });
  });
});

describe('unnamed sources', () => {
  it.each([
    ['an anonymous White House official', 'An anonymous White House official said the call was friendly.'],
    ['Analysts', 'Analysts say the deal is unlikely to pass the Senate.'],
    ['two sources familiar with the plan', 'Two sources familiar with the plan said prices would rise.'],
    ['Republicans and Democrats', 'Both Republicans and Democrats agree that there is a problem at the border.'],
  ])('%s', (words, text) => {
    const [c] = claimsOf(text);
    expect(c!.speaker?.name).toBeNull();
    expect(c!.speaker?.text.toLowerCase()).toContain(words.toLowerCase().replace(/^both /, ''));
  });

  it('a role phrase that ends in a name is that person, even when an organisation with "of" opens it', () => {
    const text = 'University of Texas Arlington Muslim Student Association president Sehar Memon said the feedback had helped.';
    const ents = entities(text, [
      { type: 'ORG', name: 'University of Texas Arlington Muslim Student Association', forms: ['University of Texas Arlington Muslim Student Association'] },
      { type: 'PERSON', name: 'Sehar Memon', forms: ['Sehar Memon'] },
    ]);
    expect(claimsOf(text, ents)[0]!.speaker).toMatchObject({ name: 'Sehar Memon', entity: 'e2' });
  });

  it('names a speaker the entities stage missed, from the text', () => {
    const text = 'Senator Tom Baker said the bill was dead on arrival.';
    expect(claimsOf(text)[0]!.speaker).toMatchObject({ text: 'Senator Tom Baker', name: 'Tom Baker', entity: null });
  });
});

describe('organisations called by a description', () => {
  it('finds the named body whose name holds the head, however far back in the article', () => {
    const text = [
      'The Western Water Board raised its rates on Monday.',
      'Farmers protested outside the offices.',
      'Several growers said the increase would ruin them.',
      'Tanker deliveries were also cut.',
      'The board said the rise was needed to repair pipes.',
    ].join('\n\n');
    const ents = entities(text, [{ type: 'ORG', name: 'Western Water Board', forms: ['Western Water Board'] }]);
    const c = claimWithText(claimsOf(text, ents), 'the rise was needed to repair pipes');
    expect([c.speaker?.text, c.speaker?.name]).toEqual(['The board', 'Western Water Board']);
  });

  it('gives "the company" the organisation that is the subject nearby, though its name has no "company"', () => {
    const text = 'Alder Foods will shut two bakeries next spring, the company announced on Friday.';
    const ents = entities(text, [{ type: 'ORG', name: 'Alder Foods', forms: ['Alder Foods'] }]);
    const c = claimWithText(claimsOf(text, ents), 'Alder Foods will shut two bakeries next spring');
    expect(c.speaker?.name).toBe('Alder Foods');
  });

  it('leaves a description with no organisation to name unnamed', () => {
    const c = claimWithText(claimsOf('Prices rose again in May, the company said.'), 'Prices rose again in May');
    expect(c.speaker?.name).toBeNull();
  });
});

describe('a one-word person entity named in full elsewhere', () => {
  it('gives the speaker the full name the text uses where the entities stage missed it', () => {
    const text = '"The river rose in an hour," said Nora Quist, 61. Quist said the village had never flooded before.';
    const ents = entities(text, [{ type: 'PERSON', name: 'Quist', forms: ['Quist'] }]);
    // the hand-made entity covers both "Quist"s: drop the mention inside the full name, as a stage that missed it would
    ents[0]!.mentions = ents[0]!.mentions.filter((m) => text.slice(m.start - 5, m.start) !== 'Nora ');
    const c = claimWithText(claimsOf(text, ents), 'the village had never flooded before');
    expect(c.speaker?.name).toBe('Nora Quist');
  });
});

describe('documents named after the organisation that wrote them', () => {
  it('"The Treasury memo said": the organisation before the document noun', () => {
    const text = 'The Treasury memo said the fund would run dry by 2031.';
    const ents = entities(text, [{ type: 'ORG', name: 'Treasury', forms: ['Treasury'] }]);
    const c = claimWithText(claimsOf(text, ents), 'the fund would run dry by 2031');
    expect([c.speaker?.text, c.speaker?.name]).toEqual(['The Treasury memo', 'Treasury']);
  });
});

describe('"it" after a description of an organisation', () => {
  it('names the organisation the sentence before opens with', () => {
    const text = 'The Port Authority of Sundby opened the new quay in May.\n\nThe authority expected 300 ships this year. It said the dredging would finish in June.';
    const ents = entities(text, [{ type: 'ORG', name: 'Port Authority of Sundby', forms: ['Port Authority of Sundby'] }]);
    const c = claimWithText(claimsOf(text, ents), 'the dredging would finish in June');
    expect(c.speaker?.name).toBe('Port Authority of Sundby');
  });

  it('does not take a capitalized headline word for the organisation', () => {
    const text = 'Insurer says storm claims will top $1 billion\n\nClaims rose sharply, the insurer said.';
    const c = claimWithText(extractClaims(doc(text, [], true)), 'Claims rose sharply');
    expect(c.speaker?.name).toBeNull();
  });
});
