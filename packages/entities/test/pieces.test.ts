import { describe, expect, it } from 'vitest';
import { entitiesOf, find, formsOf } from './helpers.js';

// Runs of capitalised words cut into names: titles become roles, lists split, possessives and position-only
// capitals drop (src/runs.ts, src/pieces.ts).

describe('titles and roles', () => {
  it('keeps the title out of the name and as the role', () => {
    const es = entitiesOf('Foreign Minister Luis Videgaray told Reuters that the review is "not just words."');
    const p = find(es, 'PERSON', 'Luis Videgaray');
    expect(p?.role).toBe('Foreign Minister');
    expect(p?.mentions[0]?.text).toBe('Luis Videgaray');
    expect(p?.mentions[0]?.role).toBe('Foreign Minister');
  });

  it('cuts a place before the title into its own entity', () => {
    const es = entitiesOf('Critics of U.S. President Donald Trump said the visas should never have been denied.');
    expect(find(es, 'PERSON', 'Donald Trump')?.role).toBe('President');
    expect(find(es, 'PLACE', 'U.S.')?.name).toBe('United States');
  });

  it('reads "Secretary of X" titles up to the given name', () => {
    const es = entitiesOf('U.S. Secretary of State Marco Rubio visited Mexico in September.');
    expect(find(es, 'PERSON', 'Marco Rubio')?.role).toBe('Secretary of State');
    expect(formsOf(es, 'ORG')).toEqual([]);
  });

  it('drops a nationality before a title', () => {
    const es = entitiesOf('News of the call comes after a tense conversation with Australian Prime Minister Malcolm Turnbull.');
    expect(find(es, 'PERSON', 'Malcolm Turnbull')?.role).toBe('Prime Minister');
    expect(formsOf(es, 'PLACE')).toEqual([]);
  });

  it('takes a title before a lone surname ("President Trump", "Mr Key")', () => {
    const es = entitiesOf('On Friday, President Trump announced the tariffs would not go into effect. Mr Key disagreed.');
    expect(find(es, 'PERSON', 'Trump')).toBeDefined();
    expect(find(es, 'PERSON', 'Key')?.role).toBeNull();
  });

  it('yields no entity for a title alone', () => {
    expect(entitiesOf('The Foreign Minister declined to comment, and the President left early.')).toEqual([]);
  });
});

describe('lists, possessives and connectors', () => {
  it('splits a list of places', () => {
    const es = entitiesOf('Trade with the countries of the Northern Triangle (Guatemala, Honduras and El Salvador) has grown.');
    for (const p of ['Guatemala', 'Honduras', 'El Salvador']) expect(find(es, 'PLACE', p)).toBeDefined();
  });

  it('splits two names joined by "and"', () => {
    const es = entitiesOf('In particular, Mexico and China have announced a $212 million deal.');
    expect(find(es, 'PLACE', 'Mexico')).toBeDefined();
    expect(find(es, 'PLACE', 'China')).toBeDefined();
  });

  it('keeps "and" inside a name after "of" or "for"', () => {
    const es = entitiesOf('Mexico has the lowest wages in the Organization for Economic Cooperation and Development (OECD).');
    expect(find(es, 'ORG', 'Organization for Economic Cooperation and Development')?.aliases).toEqual(['OECD']);
  });

  it('strips the possessive from the mention', () => {
    const text = 'Eduardo Sánchez denied it. Sánchez’s statement followed Trump’s remarks.';
    const es = entitiesOf(text);
    const s = find(es, 'PERSON', 'Eduardo Sánchez');
    expect(s?.mentions.map((m) => m.text)).toEqual(['Eduardo Sánchez', 'Sánchez']);
  });

  it('cuts "X of Y" after a person\'s name', () => {
    const es = entitiesOf('Lee Cheuk-yan of the Labour Party lost his seat to Nathan Law of Demosisto.');
    expect(find(es, 'PERSON', 'Lee Cheuk-yan')).toBeDefined();
    expect(find(es, 'ORG', 'Labour Party')).toBeDefined();
    expect(find(es, 'PERSON', 'Nathan Law')).toBeDefined();
  });

  it('joins romanised names across hyphens but not English compounds', () => {
    const es = entitiesOf('North Korean leader Kim Jong-un watched the test. US-backed forces wore NASA T-shirts.');
    expect(find(es, 'PERSON', 'Kim Jong-un')).toBeDefined();
    expect(find(es, 'PLACE', 'US')).toBeDefined();
    expect(find(es, 'ORG', 'NASA')?.mentions[0]?.text).toBe('NASA');
  });
});

describe('capitals that are not names', () => {
  it('ignores sentence-initial ordinary words', () => {
    const es = entitiesOf('However, the agreement worked. According to the report, Despite everything, Both sides agreed.');
    expect(es).toEqual([]);
  });

  it('ignores Title Case headings made of ordinary words', () => {
    const text = 'Mexicans protested in the capital.\n\nCapitalists Fear for Their Businesses\n\nExporters in Mexico worried about tariffs.';
    const es = entitiesOf(text);
    expect(es.map((e) => e.name)).toEqual(['Mexico']);
  });

  it('takes no headline words into a name', () => {
    const es = entitiesOf('Scholz and Macron Pledge Joint Response to Energy Crisis\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron.');
    expect(es.map((e) => e.name)).toEqual(['Olaf Scholz', 'Emmanuel Macron']);
    expect(es[1]?.aliases).toEqual(['Macron']);
  });

  it('reads an all-caps headline by what the article says elsewhere', () => {
    const es = entitiesOf('TRUMP SAYS MEXICO WILL PAY FOR WALL\n\nPresident Donald Trump said on Monday that Mexico would pay.');
    expect(find(es, 'PERSON', 'Donald Trump')?.aliases).toEqual(['TRUMP']);
    expect(find(es, 'PLACE', 'Mexico')?.aliases).toEqual(['MEXICO']);
    expect(es).toHaveLength(2);
  });

  it('keeps a name glued to a head word at a sentence start ("National Guard troops")', () => {
    const es = entitiesOf('As National Guard troops arrive at the border, Mexico has said it is reevaluating ties.');
    expect(find(es, 'ORG', 'National Guard')).toBeDefined();
  });

  it('never takes months, days or nationalities for names', () => {
    const es = entitiesOf('On Tuesday, September 26, Mexican and American officials met. In May, the Americans left.');
    expect(es).toEqual([]);
  });

  it('cuts a place glued before a person\'s name', () => {
    const es = entitiesOf('According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress.');
    expect(find(es, 'PERSON', 'Hamdullah Mohib')).toBeDefined();
    expect(find(es, 'PLACE', 'United States')).toBeDefined();
  });
});

describe('names with particles, hyphens and ampersands', () => {
  it('keeps Arabic and Dutch particles and hyphenated titles', () => {
    const es = entitiesOf(
      "Egypt's President Abdel Fattah el-Sissi met U.N. Secretary-General Antonio Guterres. Manager Erik ten Hag praised his players.",
    );
    expect(find(es, 'PERSON', 'Abdel Fattah el-Sissi')?.role).toBe('President');
    expect(find(es, 'PERSON', 'Antonio Guterres')?.role).toBe('Secretary-General');
    expect(find(es, 'PERSON', 'Erik ten Hag')).toBeDefined();
  });

  it('keeps "& Co." in a company name and splits two organisations', () => {
    const es = entitiesOf('Goldman Sachs and JPMorgan Chase & Co. warned of turmoil. Researchers at the University of Oxford and Stanford University agreed.');
    for (const o of ['Goldman Sachs', 'JPMorgan Chase & Co.', 'University of Oxford', 'Stanford University']) expect(find(es, 'ORG', o)).toBeDefined();
  });
});
