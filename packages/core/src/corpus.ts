/**
 * Shapes of the corpus-level files, built across articles after a run:
 * `entities.jsonl`, `figures.jsonl` and `claims.jsonl`, one JSON object per line.
 */
import type { ClaimKind, DossierRecord, EntityType } from './types.js';

/** One line of `entities.jsonl`: one canonical entity across the corpus. */
export interface CorpusEntity {
  type: EntityType;
  /** Canonical name across articles (the fullest, most used form). */
  name: string;
  /** Other names and spellings merged into it ("Peña Niesto", "AMLO"), sorted. */
  variants: string[];
  /** Ids of the articles that mention it, in corpus order. */
  articles: string[];
  articleCount: number;
  mentionCount: number;
}

/** One figure as it appears in a group of comparable figures. */
export interface GroupedFigure {
  article: string;
  /** The article's date, when known, so a reviewer can read the values in time order. */
  date: string | null;
  /** The figure's id inside its article (`f3`). */
  figure: string;
  text: string;
  value: number;
  min?: number;
  max?: number;
  unit: string | null;
  counted: string | null;
  event: string | null;
  qualifier: string | null;
  scope: string | null;
}

/** One line of `figures.jsonl`: figures from any article that measure the same thing. */
export interface FigureGroup {
  /** Normalised key of what is measured (lemmatised counted + event, unit). */
  key: string;
  /** A readable label for the measure ("dead / killed"). */
  measure: string;
  unit: string | null;
  figures: GroupedFigure[];
  articles: string[];
  articleCount: number;
}

/** One claim as listed under its speaker. */
export interface SpeakerClaim {
  article: string;
  date: string | null;
  claim: string;
  kind: ClaimKind;
  text: string;
  cue: string | null;
  /** The speaker's own words in that article ("she", "the Republican leader"). */
  speakerText: string;
}

/** One line of `claims.jsonl`: everything one speaker is reported to have said, in date order. */
export interface SpeakerClaims {
  /** Canonical name of the speaker entity, or the source's own words for unnamed sources. */
  speaker: string;
  /** The entity type when the speaker is a named entity, else null. */
  type: EntityType | null;
  claims: SpeakerClaim[];
  articleCount: number;
}

/**
 * Builds a corpus-level file one record at a time. What it keeps per item is small (sort keys and a
 * reference); the bulky items (claim texts, figure fields) go to an `ItemStore`.
 */
export interface CorpusCollector<T> {
  add(record: DossierRecord): void;
  /** The lines of the file, in a deterministic order, each built when it is reached. */
  results(): Iterable<T>;
}

/**
 * Where a collector keeps the items of its lines until it writes them. `memoryItemStore` (in
 * @dossier/core) keeps them in memory; the pipeline passes one backed by a temp file, so the corpus
 * files of a large corpus are built without holding every claim and figure in memory.
 */
export interface ItemStore<T> {
  /** Keeps an item (plain JSON data) and returns the reference to read it back with. */
  put(item: T): number;
  get(ref: number): T;
}
