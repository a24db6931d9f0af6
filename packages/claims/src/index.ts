import type { Stage } from '@dossier/core';
import { extractClaims } from './extract.js';

export { extractClaims } from './extract.js';
export { createClaimsBySpeaker, UNATTRIBUTED } from './by-speaker.js';
export { findQuotes, type QuoteSpan } from './quotes.js';
export { REPORTING_VERBS, PHRASE_CUES, type VerbCue } from './lexicon/verbs.js';

/** Quotes and reported statements of one article, with speakers resolved. */
export const claimsStage: Stage<'claims'> = { key: 'claims', run: extractClaims };
