import { describe, expect, it } from 'vitest';
import type { Claim } from '@dossier/core';
import { claimsOf, claimWithText, expectExactSpans } from './helpers.js';

/** The one claim of a sentence, with its spans checked. */
function only(text: string): Claim {
  const claims = claimsOf(text);
  expectExactSpans(text, claims);
  if (claims.length !== 1) throw new Error(`expected one claim, got ${JSON.stringify(claims.map((c) => c.text))}`);
  return claims[0]!;
}

describe('reported speech after the cue', () => {
  it('"X claimed (that) …": the clause without "that", and not the infinitive "to confirm" inside it', () => {
    const c = only("Sánchez claimed he was not in a position to confirm the content of Trump's response.");
    expect(c).toMatchObject({ kind: 'reported', text: "he was not in a position to confirm the content of Trump's response" });
    expect(c.speaker?.text).toBe('Sánchez');
    expect(c.cue).toMatchObject({ text: 'claimed', lemma: 'claim' });
  });

  it('"X told Reuters that …" keeps the quoted words inside the clause, with no extra quote claim', () => {
    const c = only('Foreign Minister Luis Videgaray told Reuters that the review is “not just words” and will have “practical consequences.”');
    expect(c.text).toBe('the review is “not just words” and will have “practical consequences.”');
    expect(c.speaker?.text).toBe('Foreign Minister Luis Videgaray');
    expect(c.cue?.lemma).toBe('tell');
  });

  it('skips time and manner adverbials between the cue and "that"', () => {
    const c = only('Reuters reported on Tuesday that Mexican President Enrique Peña Nieto has ordered his cabinet to review all forms of cooperation.');
    expect(c.speaker?.text).toBe('Reuters');
    expect(c.text).toBe('Mexican President Enrique Peña Nieto has ordered his cabinet to review all forms of cooperation');
    const d = only('The official said on condition of anonymity that the White House was preparing a veto.');
    expect(d.text).toBe('the White House was preparing a veto');
    expect(d.speaker?.text).toBe('The official');
  });

  it('"said in a statement released late Tuesday that …", "said on Twitter that …"', () => {
    expect(only('The ministry said in a statement released late Tuesday that it would appeal the ruling.').text).toBe('it would appeal the ruling');
    expect(only('The senator said on Twitter that the bill was dead on arrival.').text).toBe('the bill was dead on arrival');
  });

  it('"In a statement, the ministry said the talks had failed."', () => {
    const c = only('In a statement, the ministry said the talks had failed.');
    expect(c.speaker?.text).toBe('the ministry');
    expect(c.text).toBe('the talks had failed');
  });

  it('takes a subject with an appositive between it and its verb as a clause', () => {
    const c = only('Police said the suspect, a 34-year-old man, was arrested at his home on Monday.');
    expect(c.text).toBe('the suspect, a 34-year-old man, was arrested at his home on Monday');
  });

  it('"accused X of …": the content follows "of"', () => {
    const c = only('He accused the government of hiding the true cost of the plan.');
    expect(c.text).toBe('hiding the true cost of the plan');
    expect(c.cue?.lemma).toBe('accuse');
  });
});

describe('reported speech before the cue', () => {
  it('"…, the official said on condition of anonymity because …"', () => {
    const c = only('The talks are over, the official said on condition of anonymity because he was not authorized to speak publicly.');
    expect(c.text).toBe('The talks are over');
    expect(c.speaker?.text).toBe('the official');
  });

  it('leaves a wire dateline out of the content, but not a sentence that opens with an acronym', () => {
    expect(only('NOUAKCHOTT : Police detained two more people on Tuesday, security sources said.').text).toBe('Police detained two more people on Tuesday');
    expect(only('NASA officials gave two reasons: cost and time, the agency said.').text).toBe('NASA officials gave two reasons: cost and time');
    const c = only('LIMA, March 3 (Reuters) - Peru will raise its fuel tax next year, the finance minister said on Monday.');
    expect(c.text).toBe('Peru will raise its fuel tax next year');
    expect(c.speaker?.text).toBe('the finance minister');
    expect(only('NAIROBI (AP) — Talks on the new constitution have stalled, a mediator said.').text).toBe('Talks on the new constitution have stalled');
  });

  it('a sentence that only ends with a quoted phrase is reported speech holding it', () => {
    const text = 'The two ministers met in Ankara and discussed “progress on the new trade corridor”, the embassy said in a statement.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'reported', text: 'The two ministers met in Ankara and discussed “progress on the new trade corridor”' });
    expect(claims[0]!.speaker?.text).toBe('the embassy');
  });

  it('a clause with its own cue stops before a trailing attribution of the whole sentence', () => {
    const claims = claimsOf('Beijing has made it clear that the balloon was a civilian airship, the foreign ministry said on Tuesday.');
    expect(claims.map((c) => [c.cue?.lemma, c.text])).toEqual([
      ['say', 'Beijing has made it clear that the balloon was a civilian airship'],
      ['make it clear', 'the balloon was a civilian airship'],
    ]);
  });

  it('"…, two sources familiar with the plan told Reuters."', () => {
    const c = only('The government will raise fuel prices next month, two sources familiar with the plan told Reuters.');
    expect(c.text).toBe('The government will raise fuel prices next month');
    expect(c.speaker?.text).toBe('two sources familiar with the plan');
  });

  it('"…, said Christopher Wilson, deputy director …" (inverted)', () => {
    const c = only('For both sides, and certainly for the United States, there is a lot on the line, said Christopher Wilson, deputy director of the Wilson Center’s Mexico Institute.');
    expect(c.text).toBe('For both sides, and certainly for the United States, there is a lot on the line');
    expect(c.speaker?.text).toBe('Christopher Wilson');
  });

  it('"A, he explained, B": one contiguous span that keeps the parenthetical', () => {
    const c = only('So everyone who arrives in Mexico, by plane, he explained, is run through U.S. terror databases.');
    expect(c.text).toBe('everyone who arrives in Mexico, by plane, he explained, is run through U.S. terror databases');
    expect(c.speaker?.text).toBe('he');
  });
});

describe('"according to"', () => {
  it('before the clause, after it, and in the middle of it', () => {
    const first = only('According to the World Health Organization, more than 4,000 people have died in the outbreak.');
    expect(first).toMatchObject({ text: 'more than 4,000 people have died in the outbreak' });
    expect(first.speaker?.text).toBe('the World Health Organization');
    expect(first.cue).toMatchObject({ text: 'According to', lemma: 'according to' });
    expect(only('The outbreak has killed more than 4,000 people, according to the World Health Organization.').text).toBe('The outbreak has killed more than 4,000 people');
    expect(only('The president, according to two aides, has decided to veto the bill.').text).toBe('The president, according to two aides, has decided to veto the bill');
  });

  it('without commas, with a name in apposition, or after "that"', () => {
    expect(only('According to Rathbun the church property was returned by mail.').text).toBe('the church property was returned by mail');
    const coach = only("According to the team's coach, Alireza Mehraban, in their first match, the robot scored two points.");
    expect(coach.speaker?.text).toBe('Alireza Mehraban');
    expect(coach.text).toBe('in their first match, the robot scored two points');
    const posting = only('The site has learned that according to an Internet posting made a day ago, the website is being attacked by hackers.');
    expect(posting.speaker?.text).toBe('an Internet posting');
    expect(posting.text).toBe('the website is being attacked by hackers');
    expect(only('Last year 4 million visitors came and this year the city expects about 6 million visitors according to the event website.').text).toBe(
      'this year the city expects about 6 million visitors',
    );
  });

  it('a document speaks for the one who released it', () => {
    const c = only('According to a short excerpt of the call, leaked by an anonymous White House official, the president threatened to send troops.');
    expect(c.speaker?.text).toBe('an anonymous White House official');
    expect(c.speaker?.name).toBeNull();
    expect(c.text).toBe('the president threatened to send troops');
  });

  it('attributes the clause just before it when it stands between two clauses', () => {
    const claims = claimsOf('While Trump insists that he would be proud to order the military in, as the DEA has proposed, according to The Washington Post, Sheinbaum has maintained that this possibility does not exist.');
    expect(claimWithText(claims, 'the DEA has proposed').speaker?.text).toBe('The Washington Post');
    expect(claimWithText(claims, 'this possibility does not exist').cue?.lemma).toBe('maintain');
    expect(claims.find((c) => c.cue?.lemma === 'insist')?.text).toMatch(/^he would be proud to order the military in/);
  });

  it('does not attribute the attribution of a quote', () => {
    const claims = claimsOf('“You have a bunch of bad hombres down there,” Trump told Peña Nieto, according to the excerpt given to AP.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'quote', text: 'You have a bunch of bad hombres down there,' });
  });
});

describe('second attributions in one sentence', () => {
  it('"…, but claimed that …" shares the subject and ends the first clause', () => {
    const text = 'However, a White House official, speaking on condition of anonymity, subsequently told the media that Trump had made the remark, but claimed that it was “lighthearted.”';
    const claims = claimsOf(text);
    expectExactSpans(text, claims);
    expect(claims.map((c) => [c.cue?.lemma, c.speaker?.text, c.text])).toEqual([
      ['tell', 'a White House official', 'Trump had made the remark'],
      ['claim', 'a White House official', 'it was “lighthearted.”'],
    ]);
  });

  it('"X said …, and said …": the second verb takes the speaker, not the subject of the first content', () => {
    const claims = claimsOf('Yvette Cooper said her party has supported the idea for months, and said it was damning that nothing had been done.');
    expect(claims.map((c) => [c.speaker?.text, c.text])).toEqual([
      ['Yvette Cooper', 'her party has supported the idea for months'],
      ['Yvette Cooper', 'it was damning that nothing had been done'],
    ]);
  });

  it('"…,” she replied, adding that …": the participle takes the speaker of the clause it hangs off', () => {
    const claims = claimsOf('“It’s not worth it,” she replied, adding that she did not want to engage in a public spat.');
    const added = claimWithText(claims, 'she did not want to engage in a public spat');
    expect(added.speaker?.text).toBe('she');
    expect(added.cue?.lemma).toBe('add');
  });

  it('a participle after a refusal takes the subject of the refusing clause, not of the clause it refused', () => {
    const claims = claimsOf('He canceled a visit after a phone call in which Trump refused to publicly acknowledge that Mexico would not fund the wall, insisting it was unreasonable.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ text: 'it was unreasonable' });
    expect(claims[0]!.speaker?.text).toBe('Trump');
  });

  it('", and he accused …" ends the first clause and starts a claim of its own', () => {
    const claims = claimsOf('Opposition leader Mark Bell told reporters the budget was “a disgrace to this country,” and he accused the government of hiding the true cost.');
    expect(claims.map((c) => c.text)).toEqual(['the budget was “a disgrace to this country,”', 'hiding the true cost']);
  });

  it('"They claimed … and claim …": a second cue without a comma', () => {
    const claims = claimsOf('They claimed Paris was a volunteer and claim she has a vested interest in the case.');
    expect(claims.map((c) => [c.cue?.lemma, c.text])).toEqual([
      ['claim', 'Paris was a volunteer'],
      ['claim', 'she has a vested interest in the case'],
    ]);
  });

  it('two named sources of one statement give two claims', () => {
    const claims = claimsOf('Both the Irving School District and the Irving Police Department have asserted that the boy’s religion was not a factor.');
    expect(claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Irving School District', 'the boy’s religion was not a factor'],
      ['Irving Police Department', 'the boy’s religion was not a factor'],
    ]);
  });

  it('two sources in one sentence', () => {
    const claims = claimsOf('Critics say the plan will hurt the poor, while supporters argue it is overdue.');
    expect(claims.map((c) => [c.speaker?.text, c.text])).toEqual([
      ['Critics', 'the plan will hurt the poor'],
      ['supporters', 'it is overdue'],
    ]);
  });
});

describe('speech nouns', () => {
  it('"Trump’s bald-faced lie that …"', () => {
    const c = only('This contradicts Trump’s bald-faced lie that the US is “being taken advantage of.”');
    expect(c.cue).toMatchObject({ text: 'lie', lemma: 'lie' });
    expect(c.speaker?.text).toBe('Trump');
    expect(c.text).toBe('the US is “being taken advantage of.”');
  });
});

describe('not claims', () => {
  it.each([
    ['a reporting verb with a noun-phrase object', 'Mexico and China have announced a $212 million deal to assemble cars.'],
    ['a promise', 'While on the campaign trail, AMLO promised to demilitarize the border.'],
    ['a refusal', 'Trump refused to publicly acknowledge that Mexico would not fund the wall.'],
    ['a negation', 'He did not say whether the plan would go ahead.'],
    ['a passive', 'The team had been denied visas to enter the United States.'],
    ["the author's own reasoning", 'His policy toward migrants, however, shows that his human rights promises were a lie.'],
    ['"as X would have us believe"', 'The solution is not closed borders, as Bernie Sanders would have us believe.'],
    ['an expectation with no source', 'At the same time, it is expected that nearly 800,000 people will leave Central America.'],
    ['a coordinated passive', 'I was basically hauled in and told that my mother had attacked the church.'],
    ['a modal', 'Navas said nothing when asked whether the department could confirm the arrest.'],
    ['the author’s own voice', 'As I have argued before, the plan will fail. We believe that the reform is overdue.'],
  ])('%s', (_why, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('"denied the allegations" names others’ words and gives no content', () => {
    expect(claimsOf('The Church denied these allegations.')).toEqual([]);
    expect(only('The ministry denies the veracity of the leaked remarks.').text).toBe('the veracity of the leaked remarks');
  });

  it('evidence verbs take a bare clause, even when wink tags the verb as a noun', () => {
    expect(only('The scientists found the reduction of crop yields by 2050 exceeded 10% of 2000 levels.').text).toBe('the reduction of crop yields by 2050 exceeded 10% of 2000 levels');
    const c = only('Results of two studies, published in a paper in 1989, show dicot species, such as soybean and cotton, lose more yield than other crops.');
    expect(c.cue?.text).toBe('show');
    expect(c.speaker?.text).toBe('Results of two studies');
    expect(c.text).toBe('dicot species, such as soybean and cotton, lose more yield than other crops');
  });

  it('evidence counts when a document or a named source gives it', () => {
    const c = only('Republicans feared the tariffs because some estimates showed that they would cost the American consumer more than $800 a year.');
    expect(c.speaker?.text).toBe('some estimates');
    expect(c.text).toBe('they would cost the American consumer more than $800 a year');
  });
});

describe('reported speech: verbs and phrases added for news copy', () => {
  it('"was quoted as saying (that) …": the subject of the passive is the speaker', () => {
    const c = only('The port director was quoted as saying that the cranes would be replaced.');
    expect(c).toMatchObject({ kind: 'reported', text: 'the cranes would be replaced' });
    expect(c.speaker?.text).toBe('The port director');
    expect(c.cue?.text).toBe('quoted as saying');
  });

  it('"cautioned, however, that …": an adverb set off by commas before "that"', () => {
    const c = only('She cautioned, however, that one dry year proved nothing.');
    expect(c.text).toBe('one dry year proved nothing');
  });

  it('"told reporters at a school that has been …": a relative "that" after a place is not content', () => {
    const claims = claimsOf('The minister told reporters at a stadium that had been turned into a shelter. Officials said the roads were closed.');
    expect(claims.map((c) => c.text)).toEqual(['the roads were closed']);
  });

  it('"According to a report by X, …": the author belongs to the source', () => {
    const c = only('According to a report by the Harbour Safety Board, two of the ferries had faulty radios.');
    expect(c.text).toBe('two of the ferries had faulty radios');
    expect(c.speaker?.text).toBe('a report by the Harbour Safety Board');
  });
});

describe('adverbials between the hearer and the content', () => {
  it('"told supporters late on Sunday that …"', () => {
    expect(only('The senator told supporters late on Sunday that the count was not over.').text).toBe('the count was not over');
  });
});

describe('evidential verbs with people by trade as subject', () => {
  it('"the consultants had estimated that …" is a claim of the consultants, also inside another claim', () => {
    const claims = claimsOf('The mayor said the consultants had estimated that the tunnel would cost twice as much.');
    expect(claims.map((c) => [c.speaker?.text, c.text])).toEqual([
      ['The mayor', 'the consultants had estimated that the tunnel would cost twice as much'],
      ['the consultants', 'the tunnel would cost twice as much'],
    ]);
  });
});

describe('"according to" a document noun the tagger reads as a verb', () => {
  it('"…, according to figures presented by X."', () => {
    const c = only('Admissions fell by a fifth, according to figures presented by registrar Omar Said.');
    expect(c.text).toBe('Admissions fell by a fifth');
    expect(c.speaker?.name).toBe('Omar Said');
  });
});
