/**
 * Word lists for finding and resolving speakers. Sources: the titles and source descriptions of
 * the seed articles, extended with the titles of the AP Stylebook "titles" entry and the source
 * descriptions common in wire copy ("a senior official", "the ministry", "analysts").
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Title words that may stand before a name ("President Donald Trump", "Foreign Minister Luis
 * Videgaray", "U.S. Secretary of State Marco Rubio"). Lowercased.
 */
export const TITLE_WORDS = set(`
  president vice prime minister secretary senator sen. representative rep. governor gov. mayor general gen.
  admiral adm. colonel col. lieutenant lt. captain capt. sergeant sgt. chancellor premier king queen prince
  princess pope judge justice chief director ambassador spokesman spokeswoman spokesperson commissioner attorney
  dr. dr mr. mr mrs. mrs ms. ms sir lord lady dame sheikh deputy undersecretary under-secretary treasury foreign
  interior defense defence finance economy justice commerce trade health education labor labour energy
  homeland security first former acting interim chairman chairwoman chair ceo founder president-elect
  congressman congresswoman councilman councilwoman commander marshal inspector superintendent bishop cardinal
  archbishop rabbi imam professor prof. minister-president emir crown
`);

/**
 * Role nouns that head a description of a person ("the Mexican president", "a White House official",
 * "the spokesman for the Mexican president"). Lowercased, singular and plural.
 */
export const ROLE_NOUNS = set(`
  president presidents leader leaders minister ministers secretary secretaries spokesman spokeswoman spokesperson
  spokesmen official officials senator senators governor governors mayor mayors chancellor premier king queen
  ambassador ambassadors director directors chief head commander general lawmaker lawmakers legislator
  congressman congresswoman diplomat diplomats envoy aide aides adviser advisers advisor advisors analyst analysts
  expert experts source sources officer officers candidate candidates lawyer lawyers attorney prosecutor
  prosecutors judge economist economists researcher researchers professor chairman chairwoman chair ceo founder
  negotiator negotiators representative representatives deputy counterpart republican republicans democrat
  democrats conservative liberal undersecretary man woman activist activists witness witnesses resident
  residents executive executives investigator investigators police spokespeople agency ministry department
  government company firm newspaper paper broadcaster network magazine critics supporters opponents protesters
  demonstrators scientists doctors voters observers commentators authorities students workers farmers citizens
  people villagers survivors victims relatives families neighbours neighbors locals campaigners organizers
  organisers insiders participants members pundits scholars historians
`);

/**
 * Roles specific enough that "the president" or "the Republican leader" can be taken to be the
 * person last mentioned as the subject of a sentence in the same paragraph, when no named person
 * holds that title explicitly. "the official", "the source" are never resolved that way: they
 * usually stand for someone unnamed.
 */
export const RANK_ROLES = set(`
  president leader minister chancellor premier king queen governor mayor senator republican democrat
  candidate chairman chairwoman counterpart conservative liberal professor coach judge
`);

/** Variants that name the same role. */
export const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  spokeswoman: 'spokesman', spokesperson: 'spokesman', spokespeople: 'spokesman', spokesmen: 'spokesman',
  chairwoman: 'chairman', chair: 'chairman', congresswoman: 'congressman', advisor: 'adviser',
  // "Her solicitor, Mark Doyle, … The lawyer added": the trades news copy uses for one another.
  solicitor: 'lawyer', attorney: 'lawyer', barrister: 'lawyer', counsel: 'lawyer',
  physician: 'doctor', medic: 'doctor',
};

/** Name words of newspapers and broadcasters: "the newspaper" after "the Nordmark Post" is the Post. */
export const MASTHEAD_WORDS = set(`
  post times herald journal gazette tribune news daily telegraph guardian chronicle courier express mail
  observer independent standard globe star sun mirror record register review bulletin dispatch radio tv
  television broadcasting
`);

/** Words in a name that mark an organisation or place, not a person ("Wilson Center", "White House"). */
export const NON_PERSON_NAME_WORDS = set(`
  house press times post journal agency institute center centre guard states ministry department secretariat
  party university bank council committee court congress senate government office commission union
  organization organisation association company corp corp. inc inc. ltd news network group service services
  force forces army navy police administration program programme dialogue fund foundation reuters bloomberg
  county city state republic kingdom nations america europe africa asia ocean sea river island islands
  gulf command school college hospital church times tribune herald guardian telegraph daily weekly
  stores systems motors airlines airways foods industries holdings partners labs technologies pharmaceuticals
  energy bank insurance media entertainment group
`);

/** Nouns for documents and findings: a source of that kind is spoken for by its author ("leaked by …"). */
export const DOCUMENT_NOUNS = set(`
  excerpt excerpts report reports investigation investigations study studies document documents memo memos
  letter letters survey surveys poll polls analysis analyses audit audits review reviews transcript
  transcripts statement statements record records recording recordings leak leaks estimate estimates
  data figures research probe inquiry dossier cable cables email emails message messages findings results
  statistics evidence tests trials footage video videos images photos website site posting post posts
  count tally ruling opinion filing filings
`);

/** Nouns that point back to a statement just reported ("According to this account, …"). */
export const ACCOUNT_NOUNS = set(`
  account version statement statements remarks comments explanation testimony story claim words
`);

/** Words that introduce a title rather than speech: a quote after them names a work or slogan. */
export const TITLE_INTRODUCERS = set(`
  titled entitled headlined dubbed nicknamed named slogan motto hashtag headline book song film movie album
  campaign banner
`);

/** Words of time that adverbials between a verb and its content are made of ("on Tuesday morning"). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon
  evening night week weekend month year january february march april may june july august september october
  november december time day days weeks months years earlier later recently
`);

/** Modifiers that may stand between an article and a time word ("last week", "this Tuesday"). */
export const TIME_MODIFIERS = set(`the this that last next early late earlier later same previous following`);

/** Nationality and party adjectives used as nouns for groups ("Mexicans", "Democrats"): never a named speaker. */
export const GROUP_NAME = /^(?:[A-Z][a-z]{3,}(?:ans|ians|eans|ese|ish|ards|ats|ists|ites))$/u;

/** Subject pronouns and the gender they carry. */
export const PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f' | 'n' | 'p'>> = {
  he: 'm', him: 'm', his: 'm', himself: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f',
  it: 'n', its: 'n', itself: 'n',
  they: 'p', them: 'p', their: 'p', we: 'p', i: 'p', you: 'p',
};

/** Possessive determiners allowed inside a noun phrase ("his Mexican counterpart"). */
export const POSSESSIVE_PRONOUNS = set(`his her its their my our your`);

/** Words that start a subordinate clause placed before the main clause ("While Trump insists that …, Sheinbaum …"). */
export const FRONTING_SUBORDINATORS = set(`while although though when whereas if because since after before once even`);

/** Verbs that pass their subject on to a following infinitive ("continues to insist"). */
export const CATENATIVES = set(`continue continues continued continuing began begin begins seem seems seemed appear appears appeared went go goes`);

/** Connectives that may open a sentence before a fronted reported clause ("So everyone who …, he explained, …"). */
export const CONNECTIVES = set(`so and but yet still also then thus hence however meanwhile now indeed`);
