import type { Claim, CorpusCollector, SpeakerClaims, Stage, StageInput } from '@dossier/core';

/** Quotes and reported statements of one article, with speakers resolved. (stub) */
export function extractClaims(_doc: StageInput): Claim[] {
  return [];
}

export const claimsStage: Stage<'claims'> = { key: 'claims', run: extractClaims };

/** Claims grouped by speaker across articles. (stub) */
export function createClaimsBySpeaker(): CorpusCollector<SpeakerClaims> {
  return { add: () => undefined, results: () => [] };
}
