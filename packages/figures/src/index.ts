/**
 * @dossier/figures: numbers that count or measure something, with what they count (`extractFigures`,
 * `figuresStage`), the number-expression normaliser (`parseAmount`), and cross-article groups of
 * comparable figures (`createFigureGroups`).
 */
import type { Stage } from '@dossier/core';
import { extractFigures } from './extract.js';

export { parseAmount, type Amount } from './amount.js';
export { extractFigures } from './extract.js';
export { createFigureGroups, measureOf } from './groups.js';

export const figuresStage: Stage<'figures'> = { key: 'figures', run: extractFigures };
