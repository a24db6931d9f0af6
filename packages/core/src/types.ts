/**
 * The shapes that flow through the pipeline. Every `start`/`end` pair is a pair of
 * JS string indices into the article's cleaned `text` (end exclusive), so that
 * `text.slice(start, end) === span.text` always holds.
 */

/** A piece of the article's text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A range of the article's text without a copy of it (sentences, paragraphs). */
export interface Range {
  start: number;
  end: number;
}

/** Raw input as read from disk (or one line of a JSONL input), before decoding and cleaning. */
export interface RawInput {
  /** Stable, unique id: the path relative to the input root without extension, or a JSONL line's `id`. */
  id: string;
  /** Where it came from: a file path, or `path#line` for a JSONL line. */
  source: string;
  /** `txt`, `md`, `html` or `jsonl`. */
  format: InputFormat;
  /** The raw bytes (files) or the JSONL line's fields. */
  bytes: Uint8Array;
  /** Metadata that the input itself carries (JSONL `title`, `date`, `url`). */
  given?: { title?: string | null; date?: string | null; url?: string | null; byline?: string | null };
}

export type InputFormat = 'txt' | 'md' | 'html' | 'jsonl';

/** The result of ingest: a decoded, cleaned article and its metadata. `text` never changes after this. */
export interface Article {
  id: string;
  source: string;
  /** sha256 of the raw input bytes, hex. */
  sha256: string;
  format: InputFormat;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, ...). */
  encoding: string;
  title: string | null;
  byline: string | null;
  /** ISO `YYYY-MM-DD`, or null when the page does not state it. */
  date: string | null;
  url: string | null;
  /** The cleaned article: title first (when known), then the body; paragraphs separated by `\n\n`. */
  text: string;
  /** Paragraph ranges in `text` (the title is the first paragraph when present). */
  paragraphs: Range[];
  /** Non-fatal notes about the input (e.g. decoded from windows-1252, furniture removed). */
  notes: string[];
}

/** A token with its offsets. `pos` is the Universal POS tag from wink-nlp. */
export interface Token extends Span {
  pos: string;
  /** wink-nlp token type: word, number, punctuation, currency, symbol, ... */
  kind: string;
  /** Lowercased form, for cheap lexicon look-ups. */
  lower: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence extends Range {
  /** Index of the first token of the sentence in `tokens`. */
  firstToken: number;
  /** One past the index of the last token of the sentence. */
  endToken: number;
}

/** A typed value span found by the tokenizer's model (DATE, CARDINAL, MONEY, PERCENT, DURATION, ...). */
export interface ValueSpan extends Span {
  type: string;
  firstToken: number;
  endToken: number;
}

/** An article after tokenize: the input of every annotation stage. */
export interface TokenizedDoc extends Article {
  sentences: Sentence[];
  /** Word, number and punctuation tokens; whitespace is not a token. */
  tokens: Token[];
  values: ValueSpan[];
}

export type EntityType = 'PERSON' | 'PLACE' | 'ORG';

export interface Mention extends Span {
  /** A title or role stated with this mention ("President", "Foreign Minister"), when there is one. */
  role?: string;
}

/** One real-world referent in one article. */
export interface Entity {
  /** `e1`, `e2`, ... in order of first mention. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form the article uses, without titles ("Enrique Peña Nieto"). */
  name: string;
  /** Every other surface form used for it (acronyms, short forms, variant spellings), sorted. */
  aliases: string[];
  /** The role or title stated for it, when there is one ("President"). */
  role: string | null;
  mentions: Mention[];
}

/** A number that counts or measures something. */
export interface Figure extends Span {
  /** `f1`, `f2`, ... in text order. */
  id: string;
  /** The normalised number (for ranges, the lower bound unless stated otherwise by `min`/`max`). */
  value: number;
  min?: number;
  max?: number;
  /** `USD`, `EUR`, `MXN`, `percent`, `year`, `hour`, `times`, `km`, ... or null for a plain count. */
  unit: string | null;
  /** Head of the noun phrase counted or measured ("dead", "troops", "Mexican exports"). */
  counted: string | null;
  /** The verb or participle the figure is the subject or object of ("deported", "killed"). */
  event: string | null;
  /** Normalised hedge or bound ("over", "at least", "up to", "some", "about"). */
  qualifier: string | null;
  approximate: boolean;
  /** The time or place phrase that bounds it ("in the past decade", "since 2006"). */
  scope: string | null;
  /** Index of the sentence that holds it. */
  sentence: number;
}

export interface Speaker extends Span {
  /** Canonical name of the entity; the name the text gives when no entity covers it; null for unnamed sources. */
  name: string | null;
  /** Id of the entity in this article's `entities`, or null. */
  entity: string | null;
}

export interface Cue extends Span {
  lemma: string;
}

export type ClaimKind = 'quote' | 'reported';

/** An attributed statement: a direct quote or reported speech. `text` is the content only. */
export interface Claim extends Span {
  /** `c1`, `c2`, ... in text order. */
  id: string;
  kind: ClaimKind;
  speaker: Speaker | null;
  cue: Cue | null;
  /** Ids of the figures inside the claim's text. */
  figures: string[];
  sentence: number;
}

/** What the annotation stages add to a document, each under its own key. */
export interface Annotations {
  entities: Entity[];
  figures: Figure[];
  claims: Claim[];
}

/** The document a stage sees: the tokenized article plus what earlier stages added. */
export type StageInput = TokenizedDoc & Partial<Annotations>;

/**
 * A stage: a synchronous, deterministic function from the document so far to its own
 * annotations, stored under `key`. No I/O, no state kept between documents.
 */
export interface Stage<K extends keyof Annotations = keyof Annotations> {
  key: K;
  run(doc: StageInput): Annotations[K];
}

export interface RecordStats {
  chars: number;
  paragraphs: number;
  sentences: number;
  tokens: number;
  entities: number;
  mentions: number;
  figures: number;
  claims: number;
}

/** One line of `articles.jsonl`: the article, its sentences (and tokens when asked), its annotations and counts. */
export interface DossierRecord extends Article, Annotations {
  sentences: Range[];
  tokens?: Token[];
  stats: RecordStats;
}

/** One line of `errors.jsonl`: an input that could not be processed, and why. */
export interface ErrorRecord {
  source: string;
  id: string | null;
  /** Short machine-readable reason: `empty`, `binary`, `unreadable`, `too-large`, `parse`, `crash`, ... */
  reason: string;
  message: string;
}
