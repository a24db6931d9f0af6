import type { CorpusCollector, Figure, FigureGroup, Stage, TokenizedDoc } from '@dossier/core';

export interface Amount {
  value: number;
  unit?: string;
  min?: number;
  max?: number;
}

/** Normalises one number expression ("$ 75 million", "twenty-eight thousand", "55%"). (stub) */
export function parseAmount(_text: string): Amount | null {
  return null;
}

/** Figures of one article. (stub) */
export function extractFigures(_doc: TokenizedDoc): Figure[] {
  return [];
}

export const figuresStage: Stage<'figures'> = { key: 'figures', run: extractFigures };

/** Groups comparable figures across articles. (stub) */
export function createFigureGroups(): CorpusCollector<FigureGroup> {
  return { add: () => undefined, results: () => [] };
}
