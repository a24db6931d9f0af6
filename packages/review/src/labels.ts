import type { EntityType } from '@dossier/core';

/** The labels every export and the review page use, one per kind of annotation. */
export const LABELS = ['PERSON', 'PLACE', 'ORG', 'FIGURE', 'CLAIM', 'SPEAKER'] as const;
export type Label = (typeof LABELS)[number];

/** Labels a reviewer can mark or add on the page (speakers are judged through their claim). */
export const REVIEW_LABELS = ['PERSON', 'PLACE', 'ORG', 'FIGURE', 'CLAIM'] as const;
export type ReviewLabel = (typeof REVIEW_LABELS)[number];

/** The relation from a CLAIM span to its SPEAKER span, in the tools that have relations. */
export const SPEAKER_RELATION = 'said_by';

/**
 * Colours per label. PERSON/ORG/PLACE(GPE)/CARDINAL follow displaCy's defaults so the page reads
 * like spaCy's visualiser that reviewers already know; CLAIM and SPEAKER are ours.
 */
export const LABEL_COLOURS: Readonly<Record<Label, string>> = {
  PERSON: '#aa9cfc',
  PLACE: '#feca74',
  ORG: '#7aecec',
  FIGURE: '#e4e7d2',
  CLAIM: '#ff8197',
  SPEAKER: '#c887fb',
};

export function isLabel(x: unknown): x is Label {
  return typeof x === 'string' && (LABELS as readonly string[]).includes(x);
}

export function isReviewLabel(x: unknown): x is ReviewLabel {
  return typeof x === 'string' && (REVIEW_LABELS as readonly string[]).includes(x);
}

export function isEntityLabel(x: unknown): x is EntityType {
  return x === 'PERSON' || x === 'PLACE' || x === 'ORG';
}

/** Gold file list that holds entities of a type. */
export const GOLD_LIST: Readonly<Record<EntityType, 'people' | 'places' | 'organizations'>> = {
  PERSON: 'people',
  PLACE: 'places',
  ORG: 'organizations',
};
