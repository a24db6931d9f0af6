/**
 * Measure concepts: different words news copy uses for one measured thing, so that "well over 100,000
 * Mexican lives", "over 166,000 dead" and "at least 200,000 deaths" meet in one group. Built from the
 * vocabulary of casualty, migration, security and election reporting (AP Stylebook, UN OCHA and
 * UNHCR report wording); general, not taken from any one article. Words are matched by Porter stem.
 * `events` match the figure's event verb; `counted` match the head word of what is counted.
 * The event decides before the counted noun, so "killed 20 troops" is a death toll and "deported 80,500
 * migrants" a deportation count.
 */
export interface MeasureConcept {
  key: string;
  label: string;
  counted: readonly string[];
  events: readonly string[];
}

export const MEASURES: readonly MeasureConcept[] = [
  {
    key: 'deaths', label: 'deaths (dead / killed / lives lost)',
    counted: ['dead', 'death', 'deaths', 'fatality', 'fatalities', 'life', 'lives', 'body', 'bodies', 'homicide', 'homicides', 'murder', 'murders', 'killing', 'killings', 'toll'],
    events: ['killed', 'kill', 'killing', 'died', 'die', 'dying', 'murdered', 'massacred', 'slain', 'executed', 'slaughtered', 'perished'],
  },
  {
    key: 'injuries', label: 'injured / wounded',
    counted: ['injured', 'wounded', 'injury', 'injuries'],
    events: ['injured', 'wounded', 'hurt', 'wounding', 'injuring'],
  },
  {
    key: 'disappearances', label: 'disappeared / missing',
    counted: ['disappeared', 'missing', 'disappearance', 'disappearances'],
    events: ['disappeared', 'abducted', 'kidnapped', 'vanished'],
  },
  {
    key: 'deportations', label: 'deported / deportations',
    counted: ['deportation', 'deportations', 'deportee', 'deportees', 'removals'],
    events: ['deported', 'deport', 'deporting', 'expelled', 'removed', 'repatriated'],
  },
  {
    key: 'detentions', label: 'detained / arrested / held',
    counted: ['arrest', 'arrests', 'detainee', 'detainees', 'detention', 'detentions', 'prisoner', 'prisoners'],
    events: ['arrested', 'detained', 'held', 'jailed', 'imprisoned', 'apprehended', 'captured'],
  },
  {
    key: 'extraditions', label: 'extradited',
    counted: ['extradition', 'extraditions'],
    events: ['extradited', 'extraditing', 'extradite'],
  },
  {
    key: 'displaced', label: 'displaced / evacuated',
    counted: ['displaced', 'evacuees', 'evacuation'],
    events: ['displaced', 'evacuated', 'fled', 'uprooted'],
  },
  {
    key: 'troops', label: 'troops / soldiers deployed',
    counted: ['troops', 'troop', 'soldiers', 'soldier', 'guardsmen', 'personnel', 'marines', 'forces'],
    events: ['deployed', 'mobilized', 'mobilised', 'mobilize', 'mobilise'],
  },
  {
    key: 'migrants', label: 'migrants / asylum seekers / refugees',
    counted: ['migrants', 'migrant', 'immigrants', 'immigrant', 'refugees', 'refugee', 'seekers', 'asylees', 'crossers'],
    events: [],
  },
  {
    key: 'protesters', label: 'protesters / demonstrators',
    counted: ['protesters', 'protestors', 'demonstrators', 'marchers'],
    events: ['protested', 'marched', 'demonstrated'],
  },
  {
    key: 'votes', label: 'votes / voters',
    counted: ['votes', 'vote', 'voters', 'ballots'],
    events: ['voted'],
  },
];

/**
 * Counted nouns that say no more than "people": a concept reached through the event ("80 people killed")
 * is compared with every other figure of that concept. A specific noun ("six students killed", "six
 * children died") keeps its own group, since small tolls of different victims are different events.
 */
export const GENERIC_COUNTED: readonly string[] = ['people', 'persons', 'person', 'individuals', 'civilians', 'victims', 'lives'];
