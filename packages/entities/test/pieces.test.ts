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

describe('descriptors glued to names', () => {
  it('drops a prefix compound before a name ("Pan-democrat", "Pro-Kremlin")', () => {
    const es = entitiesOf(
      'Pan-democrat Lam Cheuk-ting from the Democratic Party was elected. Pro-Kremlin lawmaker Sergei Ivanov disagreed, and Pro-Beijing DAB\'s Starry Lee won.',
    );
    expect(find(es, 'PERSON', 'Lam Cheuk-ting')?.mentions[0]?.text).toBe('Lam Cheuk-ting');
    expect(find(es, 'PERSON', 'Sergei Ivanov')).toBeDefined();
    expect(es.flatMap((e) => [e.name, ...e.aliases]).filter((n) => /^Pan|^Pro/.test(n))).toEqual([]);
  });
});

describe('organisation runs that run into the next name', () => {
  it('cuts a person off the end of an organisation ("... Arlington Amneh Jafari")', () => {
    const es = entitiesOf(
      'Psychology major at University of Texas Arlington Amneh Jafari heard of the incident. Jafari said she felt Mohamed had been subject to Islamophobia.',
    );
    expect(find(es, 'ORG', 'University of Texas Arlington')).toBeDefined();
    expect(find(es, 'PERSON', 'Amneh Jafari')?.aliases).toEqual(['Jafari']);
  });

  it('cuts a person with a known given name, across a spaced dash inside the organisation', () => {
    const es = entitiesOf(
      'Executive director of the Dallas chapter of the Council on American - Islamic Relations Alia Salem said Mohamed wishes to use his fame.',
    );
    expect(find(es, 'ORG', 'Council on American - Islamic Relations')).toBeDefined();
    expect(find(es, 'PERSON', 'Alia Salem')).toBeDefined();
  });

  it('cuts the same in a sentence of our own', () => {
    const es = entitiesOf('A spokesman for the University of Michigan Ann Arbor Kwame Osei said the building was closed. Osei added that classes would resume.');
    expect(find(es, 'PERSON', 'Kwame Osei')?.aliases).toEqual(['Osei']);
    expect(formsOf(es, 'ORG')).toEqual(['University of Michigan Ann Arbor']);
  });

  it('starts a second organisation at a nationality or a faith', () => {
    const gum = entitiesOf('University of Texas Arlington Muslim Student Association president Sehar Memon said the feedback helped.');
    expect(formsOf(gum, 'ORG')).toEqual(['University of Texas Arlington', 'Muslim Student Association']);
    const own = entitiesOf('Members of the University of Toronto Chinese Students Association protested on Friday.');
    expect(formsOf(own, 'ORG')).toEqual(['University of Toronto', 'Chinese Students Association']);
  });

  it('cuts a building off an organisation of four words or more after "of"', () => {
    const gum = entitiesOf('The robots competed in the Daughters of the American Revolution Constitution Hall in Washington D.C.');
    expect(find(gum, 'ORG', 'Daughters of the American Revolution')).toBeDefined();
    expect(find(gum, 'PLACE', 'Constitution Hall')).toBeDefined();
    const own = entitiesOf('The ceremony took place at the Museum of the American Revolution Memorial Hall in Philadelphia.');
    expect(find(own, 'ORG', 'Museum of the American Revolution')).toBeDefined();
    expect(find(own, 'PLACE', 'Memorial Hall')).toBeDefined();
  });

  it('keeps "University of X at Y" whole', () => {
    const gum = entitiesOf('For example, the Weatherspoon Art Museum at the University of North Carolina at Greensboro has a large collection.');
    expect(find(gum, 'ORG', 'University of North Carolina at Greensboro')).toBeDefined();
    const own = entitiesOf('She studied at the University of Wisconsin at Madison before joining the Council on Foreign Relations.');
    expect(formsOf(own, 'ORG')).toEqual(['University of Wisconsin at Madison', 'Council on Foreign Relations']);
  });

  it('keeps "People\'s" inside a name', () => {
    const gum = entitiesOf("Kim Jong-un issued an order of the supreme commander of the Korean People's Army that units should enter a wartime state.");
    expect(find(gum, 'ORG', "Korean People's Army")).toBeDefined();
    const own = entitiesOf("The Republic of Ireland and the People's Republic of China signed the deal.");
    expect(find(own, 'PLACE', "People's Republic of China")?.name).toBe('China');
  });
});

describe('"X of <place>"', () => {
  it('splits a place of a place and an organisation located "of" a country', () => {
    const gum = entitiesOf('At a polling station in Taikoo of the Hong Kong Island constituency, the last ballot was cast at 2:30.');
    expect(formsOf(gum, 'PLACE')).toEqual(['Hong Kong Island']);
    const es = entitiesOf(
      'A research team from the Massachusetts Institute of Technology and Colorado State University of the US and the University of Sheffield of the UK analysed the data.',
    );
    expect(formsOf(es, 'ORG')).toEqual(['Massachusetts Institute of Technology', 'Colorado State University', 'University of Sheffield']);
    expect(find(es, 'PLACE', 'US')?.name).toBe('United States');
    expect(find(es, 'PLACE', 'UK')?.name).toBe('United Kingdom');
  });

  it('keeps organisations "of" a country whole, and splits what is no organisation', () => {
    const es = entitiesOf('Citizens of Mexico voted. The Bank of Mexico and the Central Bank of Nigeria cut rates.');
    expect(formsOf(es, 'ORG')).toEqual(['Bank of Mexico', 'Central Bank of Nigeria']);
    expect(formsOf(es, 'PLACE')).toEqual(['Mexico']);
  });
});

describe('products, awards and units', () => {
  it('drops products and keeps their maker', () => {
    const gum = entitiesOf(
      'Ubisoft, Microsoft, and PlayStation VR all had large areas. In the PlayStation VR demonstration of Batman: Arkham VR, players are dropped down an elevator. Meanwhile the recently released Google Chrome gains users.',
    );
    expect(formsOf(gum, 'ORG')).toEqual(['Ubisoft', 'Microsoft', 'Google']);
    expect(formsOf(gum, 'PERSON')).toEqual([]);
    const own = entitiesOf('The company launched Microsoft Teams and Google Maps updates, but the Apple Vision Pro was delayed.');
    expect(formsOf(own, 'ORG')).toEqual(['Microsoft', 'Google']);
  });

  it('drops the name of an award', () => {
    const gum = entitiesOf('Swedish captain Andreas Granqvist won the Budweiser Man of the Match award.');
    expect(formsOf(gum, 'PERSON')).toEqual(['Andreas Granqvist']);
    const own = entitiesOf('She shared the Sakharov Peace Fund prize with Lena Ortiz.');
    expect(formsOf(own, 'ORG')).toEqual([]);
    expect(formsOf(own, 'PERSON')).toEqual(['Lena Ortiz']);
  });

  it('keeps the ordinal of a unit', () => {
    const gum = entitiesOf('The Canadian garrison of 501st Legion returned with their setup of photo-ops.');
    expect(find(gum, 'ORG', '501st Legion')?.mentions[0]?.text).toBe('501st Legion');
    const own = entitiesOf('The 82nd Airborne Division and the 3rd Infantry Division were deployed.');
    expect(formsOf(own, 'ORG')).toEqual(['82nd Airborne Division', '3rd Infantry Division']);
  });
});

describe('titles before names', () => {
  it('ends the role before a courtesy title', () => {
    const es = entitiesOf('Undersecretary for Education Mr. Toccafondi says many schools will increase their fees.');
    expect(find(es, 'PERSON', 'Toccafondi')?.role).toBe('Undersecretary for Education');
  });

  it('reads a titled person "of" an organisation, and a surname no list knows after a title', () => {
    const es = entitiesOf('Police Chief Maria Lopez of the Oakland Police Department met Secretary of State Rex Tillerson.');
    expect(find(es, 'PERSON', 'Maria Lopez')?.role).toBe('Police Chief');
    expect(find(es, 'ORG', 'Oakland Police Department')).toBeDefined();
    expect(find(es, 'PERSON', 'Rex Tillerson')?.role).toBe('Secretary of State');
  });
});

describe('names opened by the Arabic article', () => {
  it('keeps a lowercase "al-" or "el-" glued to the name', () => {
    const es = entitiesOf('The group al-Shabaab claimed the attack in Mogadishu, and al-Qaeda praised it. Residents of el-Fasher fled.');
    expect(find(es, 'ORG', 'al-Shabaab')).toBeDefined();
    expect(find(es, 'ORG', 'al-Qaeda')).toBeDefined();
    expect(find(es, 'PLACE', 'El Fasher')?.mentions.map((m) => m.text)).toEqual(['el-Fasher']);
  });
});

describe('organisations of people in the possessive', () => {
  it('keeps "Parents\' Association" and "Nurses\' Union" whole', () => {
    const es = entitiesOf("Anna Kowal, who leads the Leeds Parents' Association, joined the National Nurses' Union at the rally.");
    expect(formsOf(es, 'ORG')).toEqual(["Leeds Parents' Association", "National Nurses' Union"]);
  });
});
