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
