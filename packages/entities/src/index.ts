import type { CorpusCollector, CorpusEntity, Entity, Stage, TokenizedDoc } from '@dossier/core';

/** People, places and organisations of one article, one entity per referent. (stub) */
export function extractEntities(_doc: TokenizedDoc): Entity[] {
  return [];
}

export const entitiesStage: Stage<'entities'> = { key: 'entities', run: extractEntities };

/** Canonical entities across articles. (stub) */
export function createEntityIndex(): CorpusCollector<CorpusEntity> {
  return { add: () => undefined, results: () => [] };
}
