/**
 * Hedges and bounds around a number, normalised. Source: the hedges listed in issue 4 and in
 * corpus/gold/README.md, plus their usual synonyms in AP/Reuters copy ("upwards of", "in excess of",
 * "an estimated", "close to"), normalised as the GUM figure gold does ("almost" → "nearly", "roughly" → "about",
 * "just over" kept like "well over"). `approximate` is true for hedges that say the number is not exact
 * (about, some, nearly, perhaps, or so, vague quantities); bounds (over, at least, up to, less than)
 * state an exact limit, so they are not approximate.
 */
export interface Qualifier {
  /** The words, lower case, as the tokenizer splits them. */
  words: readonly string[];
  /** The normalised hedge reported in `Figure.qualifier`. */
  norm: string;
  approximate: boolean;
}

const q = (phrase: string, norm: string, approximate: boolean): Qualifier => ({ words: phrase.split(' '), norm, approximate });

/** Hedges written before the number. */
export const LEADING_QUALIFIERS: readonly Qualifier[] = [
  q('well over', 'well over', false), q('well above', 'well over', false), q('well in excess of', 'well over', false),
  q('just over', 'just over', false), q('just above', 'just over', false), q('over', 'over', false), q('above', 'over', false),
  q('more than', 'more than', false), q('upwards of', 'more than', false), q('in excess of', 'more than', false),
  q('at least', 'at least', false), q('no fewer than', 'at least', false), q('no less than', 'at least', false),
  q('a minimum of', 'at least', false), q('not less than', 'at least', false),
  q('up to', 'up to', false), q('a maximum of', 'up to', false),
  q('as many as', 'as many as', false), q('as much as', 'as many as', false), q('as high as', 'as many as', false),
  q('at most', 'at most', false), q('no more than', 'at most', false), q('not more than', 'at most', false),
  // "a minority larger than a third": comparative adjectives after a noun (gold: "larger than" → "more than").
  q('larger than', 'more than', false), q('greater than', 'more than', false), q('bigger than', 'more than', false),
  q('higher than', 'more than', false), q('smaller than', 'less than', false), q('lower than', 'less than', false),
  q('less than', 'less than', false), q('fewer than', 'less than', false), q('just under', 'less than', false),
  q('under', 'less than', false), q('below', 'less than', false), q('well under', 'less than', false),
  q('nearly', 'nearly', true), q('close to', 'nearly', true), q('almost', 'nearly', true), q('just shy of', 'nearly', true),
  q('about', 'about', true), q('approximately', 'about', true), q('approx', 'about', true), q('approx.', 'about', true),
  q('circa', 'about', true), q('c.', 'about', true), q('an estimated', 'an estimated', true), q('estimated', 'an estimated', true),
  q('around', 'around', true), q('roughly', 'about', true), q('closer to', 'about', true), q('some', 'some', true),
  q('perhaps', 'perhaps', true), q('maybe', 'perhaps', true), q('possibly', 'perhaps', true),
];

/** Hedges written after the number ("200 or so", "5,000-plus", "forty-odd"). */
export const TRAILING_QUALIFIERS: readonly Qualifier[] = [
  // "107 or more" is a lower bound (gold: "at least"); "or fewer" an upper one.
  q('or so', 'or so', true), q('or more', 'at least', false), q('or fewer', 'at most', false), q('or less', 'at most', false),
  q('plus', 'at least', false), q('odd', 'or so', true),
];
