import type { Stage } from '@dossier/core';
import { extractEntities } from './extract.js';

export const entitiesStage: Stage<'entities'> = { key: 'entities', run: extractEntities };
