export { extractEntities } from './extract.js';
export { entitiesStage } from './stage.js';
export { createEntityIndex } from './corpus-index.js';
