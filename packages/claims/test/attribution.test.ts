import { describe, expect, it } from 'vitest';
import { claimsOf, claimWithText, doc, expectExactSpans } from './helpers.js';
import { extractClaims } from '../src/index.js';

const rows = (text: string): Array<[string, string | null, string | null, string]> => {
  const claims = claimsOf(text);
  expectExactSpans(text, claims);
  return claims.map((c) => [c.kind, c.speaker?.text ?? null, c.cue?.text ?? null, c.text]);
};

describe('attribution after the quote', () => {
  it.each([
    ['“We will not negotiate,” the minister said on Tuesday.', 'the minister', 'said', 'We will not negotiate,'],
    ['“It’s over,” said one official, who spoke on condition of anonymity.', 'one official', 'said', 'It’s over,'],
    ['“No, President Trump,” Sheinbaum stated, reiterating her proposal.', 'Sheinbaum', 'stated', 'No, President Trump,'],
    ['“Why create a disagreement?” she asked.', 'she', 'asked', 'Why create a disagreement?'],
    ['"Had it happened an hour later it would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.', 'Khaled Al-Maeena', 'said', 'Had it happened an hour later it would have been much worse,'],
    ['“If Mexico wanted help, we would be honored to go in,” the Republican leader boasted.', 'the Republican leader', 'boasted', 'If Mexico wanted help, we would be honored to go in,'],
  ])('%s', (text, speaker, cue, content) => {
    expect(rows(text)).toEqual([['quote', speaker, cue, content]]);
  });

  it('a speech noun with a possessor after the quote: "…,” is the gist of the Mexican president’s reply', () => {
    expect(rows('“We can collaborate, but we operate in our own territory,” is the gist of the Mexican president’s reply to Trump.')).toEqual([
      ['quote', 'the Mexican president', 'reply', 'We can collaborate, but we operate in our own territory,'],
    ]);
  });

  it('an epigraph’s byline after a dash', () => {
    expect(rows('"So far, it\'s the internet one, the church nil. But it\'s a long game." - Matthew Ingram')).toEqual([
      ['quote', 'Matthew Ingram', null, "So far, it's the internet one, the church nil. But it's a long game."],
    ]);
  });

  it('a present-tense cue wink tags as a noun: "The Department of Agriculture notes, “…”"', () => {
    expect(rows('The Department of Agriculture notes, “Ground-level ozone causes more damage to plants than other pollutants.”')).toEqual([
      ['quote', 'The Department of Agriculture', 'notes', 'Ground-level ozone causes more damage to plants than other pollutants.'],
    ]);
  });

  it('a quote that ends its sentence is not attributed by the next sentence', () => {
    const claims = claimsOf('Obama called for “a supporter of Mexico in its efforts to eliminate violence.” He added that the task was one for the police.');
    expect(claimWithText(claims, 'a supporter of Mexico in its efforts to eliminate violence.').cue?.text).toBe('called');
  });
});

describe('attribution before the quote', () => {
  it('"…, Sergio Alcocer, told reporters, “…”": the hearer is not the speaker', () => {
    expect(rows('Violence, the undersecretary for North America, Sergio Alcocer, told reporters, “is not confined solely to our country.”')).toEqual([
      ['quote', 'Sergio Alcocer', 'told', 'is not confined solely to our country.'],
    ]);
  });

  it('partial quotes take the cue before them in the sentence', () => {
    expect(rows('Obama made a passing reference to the massacre, speaking of the “tragic events surrounding the students whose lives were lost,” while stressing his “commitment to be a friend” to Mexico.')).toEqual([
      ['quote', 'Obama', 'speaking', 'tragic events surrounding the students whose lives were lost,'],
      ['quote', 'Obama', 'stressing', 'commitment to be a friend'],
    ]);
  });

  it('"with its leader, Ismail Haniyeh, saying: “…”": the participle has its own subject', () => {
    expect(rows('The group signalled defiance, with its leader, Ismail Haniyeh, saying: “The confrontation is open-ended.”')).toEqual([
      ['quote', 'Ismail Haniyeh', 'saying', 'The confrontation is open-ended.'],
    ]);
  });

  it('"As Mexicans say, “…”": a group as source', () => {
    const [c] = claimsOf('As Mexicans say, “Poor Mexico. So far from God, so close to the United States.”');
    expect(c).toMatchObject({ kind: 'quote', text: 'Poor Mexico. So far from God, so close to the United States.' });
    expect(c!.speaker).toMatchObject({ text: 'Mexicans', name: null, entity: null });
  });

  it('a paragraph ending in a colon introduces the quote that opens the next paragraph', () => {
    expect(rows('US President Barack Obama tweeted using his account:\n\n"Cool clock, Ahmed. Want to bring it to the White House?"')).toEqual([
      ['quote', 'US President Barack Obama', 'tweeted', 'Cool clock, Ahmed. Want to bring it to the White House?'],
    ]);
  });
});

describe('quotes that run on', () => {
  it('the next sentence’s unattributed quote keeps the speaker and cue', () => {
    const text = '“You have a bunch of bad hombres down there,” Trump told Peña Nieto, according to the excerpt. “You aren’t doing enough to stop them.”';
    expect(rows(text)).toEqual([
      ['quote', 'Trump', 'told', 'You have a bunch of bad hombres down there,'],
      ['quote', 'Trump', 'told', 'You aren’t doing enough to stop them.'],
    ]);
  });

  it('an attribution in the middle splits a quote in two claims', () => {
    expect(rows('“We will see what happens,” Ruiz said, “but I am optimistic about the vote.”').map((r) => r[3])).toEqual([
      'We will see what happens,',
      'but I am optimistic about the vote.',
    ]);
  });

  it('a paragraph that is only a quote continues the quote that ended the paragraph before', () => {
    const text = '"Seventeen years ago, this would not have been possible at all," said Ambassador Mohib.\n\n"They represent our aspirations and resilience."';
    expect(rows(text).map((r) => r[1])).toEqual(['Ambassador Mohib', 'Ambassador Mohib']);
  });

  it('a phrase quoted inside a sentence does not carry its speaker to the next paragraph', () => {
    const text = 'He characterized the dispute as “another small skirmish in a long war over the internet.”\n\n“Prompted by the video, a new obsession is taking hold online.” Anonymous blogger.';
    expect(rows(text).map((r) => r[1])).toEqual(['He', null]);
  });

  it('a quote right after a reported statement is the same speaker’s, with no cue of its own', () => {
    const claims = claimsOf('Heald noted the findings show pollution reduction is also important. “An air-quality cleanup would improve crop yields across the country.”');
    const q = claimWithText(claims, 'An air-quality cleanup would improve crop yields across the country.');
    expect(q.speaker?.text).toBe('Heald');
    expect(q.cue).toBeNull();
  });

  it('a quote left open at a paragraph’s end runs on when the next paragraph closes it', () => {
    const text = 'After the match, the coach said, "I think we have learned a lot from today\'s game.\n\nIt was a very emotional day for all of us."';
    expect(rows(text)).toEqual([['quote', 'the coach', 'said', "I think we have learned a lot from today's game.\n\nIt was a very emotional day for all of us."]]);
  });

  it('a colon at the end of a paragraph announces the quote, wherever its cue stands in the sentence', () => {
    const text = 'The secretary general, Nunzio Galantino, has called the sentence "dangerous" ((it)) and "ideological" ((it)):\n\n"We face a dangerous sentence. Who takes the decisions should do it with less ideology."';
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([['Nunzio Galantino', 'called']]);
  });

  it('but a quote after a paragraph of narration stays unattributed', () => {
    const text = '"Seventeen years ago, this would not have been possible at all," said Ambassador Mohib.\n\nThe team left on Monday.\n\n"They represent our aspirations and resilience."';
    expect(rows(text).map((r) => r[1])).toEqual(['Ambassador Mohib', null]);
  });
});

describe('nested quotes', () => {
  it('a quote inside a quote is its own claim, with the inner speaker', () => {
    const text = '“[Trump] has suggested it on several occasions, saying, ‘We offer you a U.S. military intervention in Mexico.’ But I have told him every time that we operate in our own territory,” she said.';
    const claims = claimsOf(text);
    expectExactSpans(text, claims);
    expect(claims.map((c) => [c.speaker?.text, c.cue?.text, c.text.slice(0, 20)])).toEqual([
      ['she', 'said', '[Trump] has suggeste'],
      ['[Trump]', 'saying', 'We offer you a U.S. '],
    ]);
  });

  it('"I" in a nested quote is whoever speaks the outer quote', () => {
    const text = '“I told him, ‘You have my full support,’ and I meant it,” Ruiz said.';
    const claims = claimsOf(text);
    const inner = claimWithText(claims, 'You have my full support,');
    expect(inner.speaker?.text).toBe('I');
    expect(inner.speaker?.name).toBe(claimWithText(claims, 'I told him, ‘You have my full support,’ and I meant it,').speaker?.name);
    expect(inner.speaker?.name).toBe('Ruiz');
  });
});

describe('not claims', () => {
  it.each([
    ['scare quotes', 'The Mexican military was reluctant to prosecute a bloody "war on drugs."'],
    ['a label', 'Trump has been riled up about reports of a “caravan” of migrants heading to the border.'],
    ['a slogan in Title Case', 'Supporters chanted “Make America Great Again” outside the hall.'],
    ['a title', 'The report, titled “Growing inequality in the region since the crisis,” was published in May.'],
    ['a name given with "dubbed"', 'He dubbed the conflict over the video on the internet: "Scientology vs. the Internet, part XVII".'],
  ])('%s', (_why, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('an unattributed saying is still a quote, with no speaker', () => {
    const claims = claimsOf('The mood in the capital was grim. “Nobody knows what happens next in this city.” The square emptied by nightfall.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'quote', speaker: null, cue: null, text: 'Nobody knows what happens next in this city.' });
  });

  it('a text can be the source: "“…,” read a banner on the square."', () => {
    const [c] = claimsOf('“Nobody knows what happens next in this city,” read a banner on the square.');
    expect(c!.speaker).toMatchObject({ text: 'a banner', name: null });
    expect(c!.cue?.lemma).toBe('read');
  });

  it('the headline is not annotated', () => {
    const d = doc('“We will fight,” says mayor as city faces cuts\n\nThe city council met on Monday.', [], true);
    expect(extractClaims(d)).toEqual([]);
  });
});

describe('attributions added for news copy', () => {
  it('"…,” according to X" after a quote names X', () => {
    expect(rows('The dam was built in 1962. "It was never meant to hold this much water," according to hydrologist Priya Menon.')).toEqual([
      ['quote', 'hydrologist Priya Menon', 'according to', 'It was never meant to hold this much water,'],
    ]);
  });

  it('a sentence with a name for subject that ends in a colon introduces the quote, without a cue', () => {
    expect(rows('Coach Ben Ward was blunt: "We did not deserve to win that game."')).toEqual([
      ['quote', 'Coach Ben Ward', null, 'We did not deserve to win that game.'],
    ]);
  });

  it('a short sentence of short words is speech, not a title', () => {
    const claims = claimsOf('"We lost the vote, but not the argument," Ward said. "That is how it goes."');
    expect(claims.map((c) => c.text)).toEqual(['We lost the vote, but not the argument,', 'That is how it goes.']);
    expect(claims[1]!.speaker).not.toBeNull();
  });
});

describe('content before the cue, added for news copy', () => {
  it('"Asked whether …, X said: “…”": the fronted participle clause is no claim', () => {
    const claims = claimsOf('Asked whether the bridge was safe, the engineer said: "It will be, once we replace the cables."');
    expect(claims.map((c) => [c.kind, c.text])).toEqual([['quote', 'It will be, once we replace the cables.']]);
  });

  it('"…, its chairman, Dr. Omar Nasser, said.": the role before the name is part of the attribution', () => {
    const claims = claimsOf('Two of the four reactors were shut on Sunday, its chairman, Dr. Omar Nasser, said.');
    expect(claims.map((c) => [c.text, c.speaker?.text])).toEqual([['Two of the four reactors were shut on Sunday', 'Dr. Omar Nasser']]);
  });

  it('"Chile\'s Foreign Minister, Ana Soto, said": the name after a title between commas is the speaker', () => {
    const claims = claimsOf("Chile's Foreign Minister, Ana Soto, said the border would stay open.");
    expect(claims.map((c) => [c.speaker?.text, c.speaker?.name])).toEqual([['Ana Soto', 'Ana Soto']]);
  });
});
