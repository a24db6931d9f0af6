import { describe, expect, it } from 'vitest';
import { entitiesOf, find, formsOf } from './helpers.js';

// What a name is: lexicons, head words, context (src/classify.ts).

describe('people', () => {
  it('finds names no list knows from their shape and context', () => {
    const es = entitiesOf(
      'Tennille Haddock, a spokeswoman for the county health department, said the clinic would reopen. "We are ready," Haddock said.',
    );
    const p = find(es, 'PERSON', 'Tennille Haddock');
    expect(p?.aliases).toEqual(['Haddock']);
    expect(p?.role).toBe('spokeswoman');
  });

  it('finds Cantonese names with short or hyphenated surnames and given names', () => {
    const es = entitiesOf('James To of the Democratic Party won. Junius Ho kept his seat, and Civic Passion\'s Wong Yeung-tat lost.');
    for (const p of ['James To', 'Junius Ho', 'Wong Yeung-tat']) expect(find(es, 'PERSON', p)).toBeDefined();
    expect(find(es, 'ORG', 'Democratic Party')).toBeDefined();
  });

  it('finds people in a list with other people', () => {
    const es = entitiesOf('Belgium attacked with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making early attempts.');
    for (const p of ['Romelu Lukaku', 'Yannick Carrasco', 'Dries Mertens']) expect(find(es, 'PERSON', p)).toBeDefined();
  });

  it('reads "the X administration" as a person', () => {
    const es = entitiesOf('The refugee deal was brokered during the Obama administration.');
    expect(find(es, 'PERSON', 'Obama')).toBeDefined();
  });

  it('does not take a lone word before "said" for a person unless it is a known surname', () => {
    const es = entitiesOf('The Bundesbank warned that Germany could enter a recession.');
    expect(formsOf(es, 'PERSON')).toEqual([]);
  });

  it('reads a name before "television" as a broadcaster', () => {
    const es = entitiesOf('Ashraf Ghani told Tolo television on Sunday that talks would resume.');
    expect(find(es, 'ORG', 'Tolo')).toBeDefined();
  });
});

describe('organisations', () => {
  it('knows organisations by their head word', () => {
    const es = entitiesOf(
      'Members of the Drug Enforcement Agency met officials from the Wilson Center and the Mexican National Migration Institute.',
    );
    for (const o of ['Drug Enforcement Agency', 'Wilson Center', 'Mexican National Migration Institute']) expect(find(es, 'ORG', o)).toBeDefined();
  });

  it('knows "X of Y" organisations and Spanish ones', () => {
    const es = entitiesOf('Mexico’s Secretariat of Foreign Affairs denied it. The text was published by La Izquierda Diario México.');
    expect(find(es, 'ORG', 'Secretariat of Foreign Affairs')).toBeDefined();
    expect(find(es, 'ORG', 'La Izquierda Diario México')).toBeDefined();
  });

  it('reads an organisation from an apposition ("the magazine Proceso")', () => {
    const es = entitiesOf('The investigation, carried out by the Mexican magazine Proceso, reveals that police were implicated.');
    expect(find(es, 'ORG', 'Proceso')).toBeDefined();
  });

  it('takes brand capitals and unknown acronyms for organisations', () => {
    const es = entitiesOf('“Mexico works very closely with us,” Wilson told ThinkProgress, adding that PEMEX would be privatised.');
    expect(find(es, 'ORG', 'ThinkProgress')).toBeDefined();
    expect(find(es, 'ORG', 'PEMEX')).toBeDefined();
  });

  it('never makes share bars or photo credits into people', () => {
    const es = entitiesOf('Lionel Messi scored twice.\n\nFacebook Twitter Email\n\nPhoto: Getty Images\n\nThe league thanked its fans.');
    expect(formsOf(es, 'PERSON')).toEqual(['Lionel Messi']);
  });
});

describe('places', () => {
  it('decides an ambiguous name by context: Guerrero the state, Wilson the person', () => {
    const es = entitiesOf(
      'The massacre in Guerrero shocked the country. "It is a vital partnership," said Christopher Wilson, deputy director of the Wilson Center. Wilson added that ties were strong.',
    );
    expect(find(es, 'PLACE', 'Guerrero')).toBeDefined();
    expect(find(es, 'PERSON', 'Christopher Wilson')?.aliases).toEqual(['Wilson']);
    expect(find(es, 'PERSON', 'Christopher Wilson')?.role).toBe('deputy director');
    expect(find(es, 'ORG', 'Wilson Center')).toBeDefined();
  });

  it('reads unknown towns from "the town of X" and "X, State"', () => {
    const es = entitiesOf('Police killed six students in the town of Iguala. Protests spread to Ferguson, Missouri.');
    expect(find(es, 'PLACE', 'Iguala')).toBeDefined();
    expect(find(es, 'PLACE', 'Ferguson')).toBeDefined();
    expect(find(es, 'PLACE', 'Missouri')).toBeDefined();
  });

  it('knows regions and seas, not only countries and cities', () => {
    const es = entitiesOf('The navy flexed its muscles in the Pacific and the Caribbean, and sent ships to the Middle East.');
    expect(find(es, 'PLACE', 'Pacific')?.name).toBe('Pacific Ocean');
    expect(find(es, 'PLACE', 'Caribbean')).toBeDefined();
    expect(find(es, 'PLACE', 'Middle East')).toBeDefined();
  });

  it('reads a misspelt country name as the country', () => {
    const es = entitiesOf('Mexico works very closely with the Unites States on migration.');
    expect(find(es, 'PLACE', 'Unites States')?.name).toBe('United States');
  });

  it('skips laws, treaties and events', () => {
    const es = entitiesOf('Trump wants to renegotiate the North American Free Trade Agreement (NAFTA) before the Summit of the Americas.');
    expect(formsOf(es, 'ORG')).toEqual([]);
    expect(formsOf(es, 'PLACE')).toEqual([]);
  });
});

describe('news conventions', () => {
  it('reads a capitalised dateline as a place', () => {
    const es = entitiesOf('ABUJA, Nigeria (Reuters) - Nigerian President Bola Tinubu on Sunday urged leaders to act.\n\nWASHINGTON — The Senate passed the bill.');
    expect(find(es, 'PLACE', 'ABUJA')?.name).toBe('Abuja');
    expect(find(es, 'PLACE', 'WASHINGTON')).toBeDefined();
    expect(find(es, 'ORG', 'Reuters')).toBeDefined();
    expect(find(es, 'ORG', 'Senate')).toBeDefined();
  });

  it('takes "The X" inside a sentence for a publication, and plural acronyms for nothing', () => {
    const es = entitiesOf('The study, published in The Lancet, surprised MPs and NGOs alike.');
    expect(find(es, 'ORG', 'Lancet')).toBeDefined();
    expect(es.map((e) => e.name)).toEqual(['Lancet']);
  });

  it('gives a name with an acronym in brackets a type even without a known head word', () => {
    const es = entitiesOf('Leaders of the Economic Community of West African States (ECOWAS) met in Abuja. ECOWAS imposed sanctions.');
    expect(find(es, 'ORG', 'ECOWAS')?.name).toBe('Economic Community of West African States');
  });

  it('reads an unknown name after "in" as a place', () => {
    const es = entitiesOf('In Khan Younis, hospitals were overwhelmed, the World Health Organization said.');
    expect(find(es, 'PLACE', 'Khan Younis')).toBeDefined();
    expect(find(es, 'ORG', 'World Health Organization')).toBeDefined();
  });
});

describe('people named like places, months and firms', () => {
  it('keeps a month after a given name and a person over a place of the same name', () => {
    const es = entitiesOf(
      'Prime Minister Theresa May met illustrator Johnnie Christmas in May. Denzel Washington joined them, and Washington said he enjoyed it.',
    );
    expect(find(es, 'PERSON', 'Theresa May')).toBeDefined();
    expect(find(es, 'PERSON', 'Johnnie Christmas')).toBeDefined();
    expect(find(es, 'PERSON', 'Denzel Washington')?.aliases).toEqual(['Washington']);
    expect(formsOf(es, 'PLACE')).toEqual([]);
  });

  it('reads "an analyst at X" and "X & Y" as organisations', () => {
    const es = entitiesOf('Sales could suffer, said Sarah Coles, an analyst at Hargreaves Lansdown. Miharris & Acphillips declined to comment.');
    expect(find(es, 'PERSON', 'Sarah Coles')).toBeDefined();
    expect(find(es, 'ORG', 'Hargreaves Lansdown')).toBeDefined();
    expect(formsOf(es, 'PERSON')).toEqual(['Sarah Coles']);
  });
});

describe('organisations by shape', () => {
  it('reads compounds ending as company names do ("Wikinews", "Ubisoft")', () => {
    const gum = entitiesOf('Of the thousands, Wikinews spoke with a cosplayer going by the name "The Katherinator".');
    expect(find(gum, 'ORG', 'Wikinews')).toBeDefined();
    const own = entitiesOf('The game was made by Ubisoft in Montreal, and Rabobank paid for it.');
    expect(formsOf(own, 'ORG')).toEqual(['Ubisoft', 'Rabobank']);
  });

  it('reads two-word heads: school districts are organisations, convention centres places', () => {
    const gum = entitiesOf(
      'Both the Irving Independent School District and the Irving Police Department have asserted it. The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this weekend.',
    );
    expect(find(gum, 'ORG', 'Irving Independent School District')).toBeDefined();
    expect(find(gum, 'PLACE', 'Metro Toronto Convention Centre')).toBeDefined();
    const own = entitiesOf('Teachers of the Oakland Unified School District met at the Moscone Convention Center.');
    expect(find(own, 'ORG', 'Oakland Unified School District')).toBeDefined();
    expect(find(own, 'PLACE', 'Moscone Convention Center')).toBeDefined();
  });

  it('reads "The Guardian" as a newspaper even at the start of a sentence', () => {
    const gum = entitiesOf('The Guardian cited examples of complicated questions with over fifty words.');
    expect(find(gum, 'ORG', 'Guardian')).toBeDefined();
    const own = entitiesOf('The Telegraph reported on Monday that The Times had been sold. The Council met later.');
    expect(formsOf(own, 'ORG')).toEqual(['Telegraph', 'Times']);
  });

  it('reads "X of/on ..." organisations whose last word is an event\'s', () => {
    const es = entitiesOf('The hall belongs to the Daughters of the American Revolution, and the Council on American-Islamic Relations rents it.');
    expect(find(es, 'ORG', 'Daughters of the American Revolution')).toBeDefined();
    expect(find(es, 'ORG', 'Council on American-Islamic Relations')).toBeDefined();
  });

  it('reads an acronym with a digit inside ("M5S")', () => {
    const es = entitiesOf('In the second case, the M5S party asks the regional government to apply the sentence.');
    expect(find(es, 'ORG', 'M5S')).toBeDefined();
  });
});

describe('works and things counted', () => {
  it('takes no work title for a person or a place', () => {
    const gum = entitiesOf(
      'Margaret Atwood was there to launch her graphic novel Angel Catbird, with illustrator Johnnie Christmas. Mark Hamill had a panel with Kevin Conroy, the voice of Batman in Batman: The Animated Series.',
    );
    expect(formsOf(gum, 'PERSON')).toEqual(['Margaret Atwood', 'Johnnie Christmas', 'Mark Hamill', 'Kevin Conroy']);
    expect(formsOf(gum, 'PLACE')).toEqual([]);
    const own = entitiesOf('Her novel Station Eleven won praise; the film Dune opened in Paris.');
    expect(es(own)).toEqual(['PLACE:Paris']);
  });

  it('takes no word the article counts for a surname', () => {
    const gum = entitiesOf(
      'There are also Warhol Polaroid exhibits at Skidmore College. The Pace Galleries at USI base their exhibit on roughly 100 Polaroids from the collection.',
    );
    expect(formsOf(gum, 'PERSON')).toEqual([]);
    const own = entitiesOf('The shop sold 30 Fabergé Eggs; one Fabergé Egg went to a museum.');
    expect(formsOf(own, 'PERSON')).toEqual([]);
  });
});

describe('romanised names', () => {
  it('reads a short family name and a two-syllable given name as a person, even when the family name is a word', () => {
    const gum = entitiesOf('Korea substituted Park Joo-Ho in the 28th minute of the game due to injury.');
    expect(find(gum, 'PERSON', 'Park Joo-Ho')).toBeDefined();
    const own = entitiesOf('Earlier, Long Yu-ki missed a penalty.');
    expect(find(own, 'PERSON', 'Long Yu-ki')).toBeDefined();
  });
});

const es = (entities: ReturnType<typeof entitiesOf>): string[] => entities.map((e) => `${e.type}:${e.name}`);

describe('appositions after a name', () => {
  it('reads an age in commas or a clause on "who" as a person', () => {
    const es = entitiesOf(
      '"It is over," said Ray Okafor, 61, a retired teacher. Dean Holloway, who runs the shelter, agreed.',
    );
    for (const p of ['Ray Okafor', 'Dean Holloway']) expect(find(es, 'PERSON', p)).toBeDefined();
  });

  it('ends the apposition at a verb: the title after it is someone else\'s', () => {
    const es = entitiesOf('His campaign manager, Erik Lund, said the mayor would not run again.');
    expect(find(es, 'PERSON', 'Erik Lund')?.role).toBeNull();
  });

  it('reads ", a town of ..." after an unknown name as a place, and the name alone elsewhere too', () => {
    const es = entitiesOf('The floods hit Wexbury, a market town of 9,000 people, on Monday. Roads into Wexbury were closed.');
    expect(find(es, 'PLACE', 'Wexbury')?.mentions).toHaveLength(2);
    // Not a place: "the city's finance commissioner" is a title.
    const own = entitiesOf("Marta Oyelaran, the city's finance commissioner, resigned.");
    expect(find(own, 'PERSON', 'Marta Oyelaran')).toBeDefined();
    expect(formsOf(own, 'PLACE')).toEqual([]);
  });
});

describe('newspapers, clubs and squads', () => {
  it('reads newspaper and club heads and a leading "Team" as organisations', () => {
    const es = entitiesOf('Team GB won four medals. The Toledo Courier first reported that the Bristol Rovers chairman had resigned.');
    for (const o of ['Team GB', 'Toledo Courier', 'Bristol Rovers']) expect(find(es, 'ORG', o)).toBeDefined();
    expect(formsOf(es, 'PERSON')).toEqual([]);
  });

  it('reads a name before "television" as a broadcaster', () => {
    const es = entitiesOf('Ashraf Ghani told Tolo television on Sunday that talks would resume.');
    expect(find(es, 'ORG', 'Tolo')).toBeDefined();
  });
});
