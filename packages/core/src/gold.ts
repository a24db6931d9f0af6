/**
 * Gold files, `corpus/gold/<id>.json`, as corpus/gold/README.md defines them: what a careful reader
 * annotated in one article. `pnpm eval` reads them; the review package writes them.
 */
import type { ClaimKind } from './types.js';

export interface GoldEntity {
  /** Canonical name (the fullest, standard form). */
  name: string;
  /** Every surface form the article uses for it. */
  aliases: string[];
}

export interface GoldFigure {
  text: string;
  /** Null only for a figure a reviewer added without a readable number: fill it in by hand. */
  value: number | null;
  unit: string | null;
  counted: string | null;
  event: string | null;
  qualifier: string | null;
  scope: string | null;
}

export interface GoldClaim {
  kind: ClaimKind;
  /** Canonical name of the speaker, or null for an unnamed or absent source. */
  speaker: string | null;
  /** The source's own words nearest the claim. */
  speakerText: string | null;
  cue: string | null;
  /** The content only: inside the quote marks, or the reported clause. */
  text: string;
}

export interface GoldFile {
  id: string;
  title?: string | null;
  byline?: string | null;
  date?: string | null;
  people?: GoldEntity[];
  places?: GoldEntity[];
  organizations?: GoldEntity[];
  figures?: GoldFigure[];
  claims?: GoldClaim[];
  /** Keys other tools or people added; kept as they are. */
  [key: string]: unknown;
}
