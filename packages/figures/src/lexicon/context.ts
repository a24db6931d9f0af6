/**
 * Words that tell what a number counts, what happened to it, and when it is not a figure at all.
 * Sources: general English grammar (determiners, auxiliaries, months), and the vocabulary of casualty,
 * migration, security and economic reporting (event nouns and their participles as in AP copy:
 * "the extradition of 55" → extradited). Nothing here is taken from one article.
 */

/** Event nouns whose of-argument is what is counted, with the participle reported as `event`. */
export const EVENT_NOUNS: Readonly<Record<string, { event: string; counted: string | null }>> = {
  massacre: { event: 'massacred', counted: 'people' }, killing: { event: 'killed', counted: 'people' },
  killings: { event: 'killed', counted: 'people' }, murder: { event: 'murdered', counted: 'people' },
  murders: { event: 'murdered', counted: 'people' }, execution: { event: 'executed', counted: 'people' },
  executions: { event: 'executed', counted: 'people' }, death: { event: 'died', counted: 'people' },
  deaths: { event: 'died', counted: 'people' }, slaughter: { event: 'slaughtered', counted: 'people' },
  kidnapping: { event: 'kidnapped', counted: 'people' }, abduction: { event: 'abducted', counted: 'people' },
  disappearance: { event: 'disappeared', counted: 'people' }, disappearances: { event: 'disappeared', counted: 'people' },
  arrest: { event: 'arrested', counted: 'people' }, arrests: { event: 'arrested', counted: 'people' },
  detention: { event: 'detained', counted: 'people' }, deportation: { event: 'deported', counted: 'people' },
  deportations: { event: 'deported', counted: 'people' }, extradition: { event: 'extradited', counted: 'people' },
  extraditions: { event: 'extradited', counted: 'people' }, expulsion: { event: 'expelled', counted: 'people' },
  evacuation: { event: 'evacuated', counted: 'people' }, rescue: { event: 'rescued', counted: 'people' },
  release: { event: 'released', counted: 'people' }, displacement: { event: 'displaced', counted: 'people' },
  injury: { event: 'injured', counted: 'people' }, wounding: { event: 'wounded', counted: 'people' },
  hiring: { event: 'hired', counted: 'people' }, dismissal: { event: 'dismissed', counted: 'people' },
  deployment: { event: 'deployed', counted: 'troops' }, capture: { event: 'captured', counted: null },
  seizure: { event: 'seized', counted: null }, sale: { event: 'sold', counted: null }, loss: { event: 'lost', counted: null },
  purchase: { event: 'purchased', counted: null }, destruction: { event: 'destroyed', counted: null },
};

/** Verbs that take a figure without it being their subject or object in the counting sense. */
export const NON_EVENT_VERBS: ReadonlySet<string> = new Set([
  'including', 'include', 'includes', 'included', 'excluding', 'compared', 'according', 'totaling', 'totalling',
  'numbering', 'involving', 'regarding', 'concerning', 'considering', 'given', 'says', 'said', 'say', 'told', 'aged',
  'estimated', 'according', 'ranging', 'ranged', 'equivalent',
]);

/** Verbs with a recipient before the amount: "cost the American consumer $800". */
export const DOUBLE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'cost', 'costs', 'costing', 'pay', 'pays', 'paid', 'paying', 'owe', 'owes', 'owed', 'charge', 'charges', 'charged',
  'give', 'gives', 'gave', 'given', 'giving', 'lend', 'lent', 'fine', 'fined', 'award', 'awarded', 'offer', 'offered',
  'grant', 'granted', 'save', 'saved', 'saves', 'earn', 'earned', 'bring', 'brought', 'send', 'sent', 'promise', 'promised',
]);

/** Verbs of change: "rose from 5 to 6 percent" states two values, not a range. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increases', 'increased', 'increasing', 'grow', 'grows',
  'grew', 'grown', 'growing', 'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped', 'dropping',
  'decline', 'declines', 'declined', 'declining', 'climb', 'climbs', 'climbed', 'jump', 'jumps', 'jumped', 'surge',
  'surged', 'soar', 'soared', 'plunge', 'plunged', 'cut', 'cuts', 'reduce', 'reduced', 'reduces', 'raise', 'raised',
  'raises', 'boost', 'boosted', 'lower', 'lowered', 'double', 'doubled', 'triple', 'tripled', 'slip', 'slipped',
  'shrink', 'shrank', 'expand', 'expanded', 'up', 'down', 'went', 'gone', 'moved', 'changed',
]);

/** Nouns that group what follows "of": "a caravan of migrants (perhaps 200)" counts migrants. */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'caravan', 'caravans', 'group', 'groups', 'number', 'total', 'crowd', 'wave', 'convoy', 'flotilla', 'band', 'contingent',
  'batch', 'team', 'delegation', 'column', 'flood', 'influx', 'exodus', 'flow', 'stream', 'handful', 'dozen', 'series',
  'set', 'fleet', 'squad', 'unit', 'brigade', 'battalion', 'force', 'family', 'families', 'population', 'cohort',
]);

/** Nouns for places named by an "of" phrase: "in the town of Iguala", "in the states of Guerrero and Morelos". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'town', 'towns', 'city', 'cities', 'state', 'states', 'province', 'provinces', 'region', 'regions', 'village', 'villages',
  'municipality', 'municipalities', 'country', 'countries', 'district', 'districts', 'county', 'counties', 'island',
  'islands', 'port', 'capital', 'department', 'departments', 'territory', 'territories', 'republic', 'kingdom', 'area',
]);

/** Prepositions that open a place scope ("in the US", "throughout Mexico"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'throughout', 'across', 'within', 'inside', 'outside', 'near']);

/** Prepositions that open a time scope ("since 2006", "by the end of 2019", "over the past three months"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'during', 'over', 'throughout', 'within', 'until', 'till', 'through', 'from', 'before', 'after',
  'at', 'on', 'for', 'between', 'of',
]);

/** Words a time phrase may start with without a preposition ("last June", "this week"). */
export const TIME_DEICTICS: ReadonlySet<string> = new Set(['last', 'this', 'past', 'next', 'earlier', 'later']);

/** Words between a time preposition and the model's DATE span ("over the past three months"). */
export const TIME_FILLERS: ReadonlySet<string> = new Set([
  'the', 'past', 'last', 'next', 'previous', 'coming', 'recent', 'entire', 'whole', 'first', 'its', 'their', 'his', 'her', 'our',
]);

/** After a duration, these make it a relative time: "175 years ago", "one week before the massacre". */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['ago', 'before', 'after', 'earlier', 'later', 'prior', 'since', 'beforehand']);

/** Prepositions before a duration that make it a period in which something happened ("over the past three months"). */
export const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'in', 'for', 'during', 'within', 'throughout', 'after']);

/** Superlatives that make "in 20 years" measure the noun after them ("the lowest approval rating … in 20 years"). */
export const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(['first', 'worst', 'best', 'most', 'least', 'last']);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.',
  'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words after a number that make it a clock time ("3 p.m.", "10 o'clock"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'cet', 'bst', 'hrs.']);

/** Nouns before a number that make it a label, not a count ("page 12", "No. 5", "Article 27"). */
export const ID_WORDS: ReadonlySet<string> = new Set([
  'page', 'pages', 'p.', 'pp.', 'no.', 'no', 'nos.', 'number', '#', 'chapter', 'section', 'article', 'articles', 'room',
  'flight', 'route', 'highway', 'interstate', 'channel', 'episode', 'season', 'volume', 'vol.', 'issue', 'version',
  'level', 'grade', 'step', 'figure', 'fig.', 'table', 'item', 'clause', 'paragraph', 'para', 'line', 'amendment',
  'resolution', 'bill', 'title', 'platform', 'gate', 'exit', 'apartment', 'apt.', 'suite', 'ward', 'district',
  'precinct', 'lot', 'row', 'seat', 'model', 'mark', 'phase', 'stage', 'category', 'class', 'type', 'tier', 'act',
  'rule', 'appendix', 'annex', 'box', 'code', 'region', 'zone', 'block', 'sector', 'unit', 'building', 'terminal',
  'ext.', 'tel', 'tel.', 'phone', 'fax', 'call', 'dial', 'id', 'ref', 'ref.', 'chart', 'slide', 'verse', 'psalm', 'vs', 'vs.', 'v.',
]);

/** Street words: "1600 Pennsylvania Avenue" is an address. */
export const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'lane', 'drive', 'highway', 'plaza']);

/** Determiners before a small number that make it a definite back-reference ("the two countries"). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'both', 'all', 'its', 'their', 'our', 'your']);

/** Words that only modify what is counted and are left out of `counted` ("80,500 more migrants"). */
export const COUNTED_NOISE: ReadonlySet<string> = new Set(['more', 'other', 'additional', 'further', 'extra', 'fewer', 'less', 'such', 'same', 'own', 'only', 'many']);

/** ", maybe more," between a number and its noun ("At least six, maybe more, young immigrant children"). */
export const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['maybe', 'perhaps', 'possibly', 'probably', 'likely', 'or']);
export const ASIDE_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'many', 'so']);

/** Auxiliaries and adverbs between a subject and its verb ("will", "have", "are now being"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'have', 'has', 'had', 'having', 'be', 'been',
  'being', 'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'not', "n't", 'reportedly', 'allegedly', 'now', 'also',
  'already', 'still', 'then', 'just', 'all', 'each', 'ever', 'never', 'officially', 'eventually',
]);

/** Forms of "be" that make the next participle passive ("slogans that have been taken up by …"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Relative pronouns: walking back from a passive verb over them reaches its subject. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);

/**
 * Words that open a relative clause whose verb has its object (or place) outside the clause: "a war that
 * Scientology has been waging for 15 years" (object gap), "a cell where he sat for 30 hours".
 */
export const GAP_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'whom', 'where']);

/** Adjectives of size after a measure that modifies a noun: "a 15 meter high rotating pig", "a 2 km long tunnel". */
export const DIMENSION_WORDS: ReadonlySet<string> = new Set(['high', 'tall', 'long', 'wide', 'deep', 'thick', 'broad', 'across', 'square']);

/**
 * Nouns that name a quantity rather than what is counted: "a total of 5,000" does not count totals.
 * (Grammar of English measure phrases.)
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['total', 'number', 'sum', 'average', 'maximum', 'minimum', 'tally', 'count', 'figure', 'amount', 'rate', 'level']);

/** Nouns after a money amount that only say it is money: "$200 in value" counts no values. */
export const MONEY_ATTRIBUTES: ReadonlySet<string> = new Set(['value', 'worth', 'total', 'cash', 'money', 'funds', 'funding']);

/**
 * Verbs whose object is money: "spent millions" counts dollars, not people. Used before supplying
 * "people" for a vague plural with no noun ("attracting thousands to the event").
 */
export const MONEY_VERBS: ReadonlySet<string> = new Set([
  'spend', 'spends', 'spent', 'spending', 'cost', 'costs', 'costing', 'pay', 'pays', 'paid', 'paying', 'raise', 'raised',
  'raising', 'lose', 'loses', 'lost', 'losing', 'earn', 'earns', 'earned', 'earning', 'invest', 'invested', 'investing',
  'owe', 'owes', 'owed', 'save', 'saved', 'saving', 'make', 'makes', 'made', 'making', 'donate', 'donated', 'fund', 'funded',
  'borrow', 'borrowed', 'lend', 'lent', 'charge', 'charged', 'fine', 'fined', 'bet', 'collect', 'collected', 'sell', 'sold',
  'buy', 'bought', 'gross', 'grossed', 'generate', 'generated', 'worth',
]);

/** Pronouns that can hold an age or a main clause's subject ("she was six", "Seventeen years ago, this would …"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'we', 'they', 'it', 'this', 'that', 'you']);

/**
 * Past participles that do not end in -ed/-en, for telling a passive ("was sent a collection") or a
 * reduced relative ("a posting made 24 hours ago") from an active verb. Standard English irregular verbs.
 */
export const IRREGULAR_PAST_PARTICIPLES: ReadonlySet<string> = new Set([
  'made', 'built', 'done', 'seen', 'written', 'given', 'taken', 'held', 'sent', 'paid', 'won', 'lost', 'sold', 'found',
  'kept', 'left', 'brought', 'bought', 'caught', 'taught', 'told', 'put', 'set', 'cut', 'shut', 'hit', 'known', 'shown',
  'thrown', 'grown', 'drawn', 'born', 'worn', 'torn', 'sworn', 'spent', 'begun', 'run', 'led', 'fed', 'met', 'read',
  'heard', 'hurt', 'shot', 'struck', 'slain', 'felt', 'dealt', 'meant', 'spread', 'sought', 'fought', 'thought', 'bound',
  'stolen', 'chosen', 'broken', 'spoken', 'frozen', 'driven', 'ridden', 'hidden', 'forgotten', 'gotten', 'got', 'laid',
]);

/** Irregular past participles that read as nominal heads ("300 wounded", "12 slain"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['slain', 'hurt', 'shot', 'held', 'taken', 'hidden', 'left', 'driven', 'thrown', 'struck', 'stricken', 'caught', 'sent', 'lost']);

/**
 * Verbs whose bare object is people when the text names no noun: "killing 107 or more and wounding 238"
 * counts people (the gold convention supplies "people" for an implicit noun). Matched as word starts.
 */
export const PEOPLE_VERB_STEMS: readonly string[] = [
  'kill', 'wound', 'injur', 'murder', 'massacr', 'execut', 'kidnap', 'abduct', 'arrest', 'detain', 'deport', 'extradit',
  'evacuat', 'rescu', 'displac', 'hurt', 'slay', 'slain', 'shot', 'behead', 'lynch', 'hospitali', 'infect', 'sicken',
];

/** Verbs that state a measure of their subject: "the death toll would have been more than a thousand". */
export const MEASURE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'stood', 'stands', 'stand', 'reached', 'reaches', 'reach', 'hit', 'hits',
  'totaled', 'totalled', 'totals', 'topped', 'tops', 'exceeded', 'exceeds', 'amounted', 'amounts', 'numbered', 'numbers',
  'rose', 'rises', 'risen', 'fell', 'falls', 'fallen', 'climbed', 'jumped', 'dropped', 'increased', 'decreased', 'grew', 'grown',
  'surpassed', 'passed', 'neared', 'approached', 'remained', 'remains', 'averaged', 'averages',
  // base forms after a modal ("the toll could rise above 100")
  'rise', 'fall', 'climb', 'jump', 'drop', 'increase', 'decrease', 'grow', 'surpass', 'near', 'approach', 'remain',
  'top', 'exceed', 'total', 'average', 'double', 'triple',
  'average', 'total', 'top', 'exceed', 'amount',
  // "The referendum will cost NZ $ 26 million": what costs, weighs or measures an amount is what it measures.
  'cost', 'costs', 'weighs', 'weighed', 'weigh', 'measures', 'measured', 'measure',
]);

/**
 * Intransitive verbs whose subject is people: "Dozens died", "About 5,000 marched". Their past forms are
 * not nouns (unlike "28,000 disappeared", "300 wounded"), and a bare number before them counts people
 * (gold convention: a plain noun is supplied). Casualty and protest reporting vocabulary.
 */
export const PEOPLE_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'died', 'die', 'dies', 'perished', 'drowned', 'marched', 'march', 'arrived', 'arrive', 'fled', 'flee', 'gathered', 'gather',
  'protested', 'protest', 'rallied', 'voted', 'vote', 'attended', 'attend', 'participated', 'returned', 'escaped', 'survived',
  'demonstrated', 'walked', 'crossed', 'applied', 'signed', 'starved', 'suffocated',
]);

/** Adjectives used as nouns for people ("166,000 dead", "the number of dead rose to 717"). */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set(['dead', 'injured', 'wounded', 'missing', 'homeless', 'displaced', 'unemployed', 'dying', 'sick', 'hurt']);

/** Verbs of sale whose "for" amount is the price of their subject: "The painting sold for $3.2 million". */
export const SALE_VERBS: ReadonlySet<string> = new Set([
  'sold', 'sells', 'sell', 'bought', 'auctioned', 'went', 'fetched', 'purchased', 'rented', 'leased', 'priced', 'valued', 'listed', 'insured',
]);

/** Nouns after "one" that pick an example or a manner, not a count: "to mention one case", "flow one way", "on the one hand". */
export const ONE_IDIOM_NOUNS: ReadonlySet<string> = new Set(['case', 'example', 'instance', 'way', 'thing', 'side', 'hand', 'reason']);

/** Idioms that hold a number expression, as the words from its last token on (gold README: "fifteen minutes of fame"). */
export const NUMBER_IDIOMS: ReadonlyArray<readonly string[]> = [['minutes', 'of', 'fame']];

/** Plural nouns without -s, for "2.2 million people voting" (an -ing word after a plural head is a participle). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle']);
