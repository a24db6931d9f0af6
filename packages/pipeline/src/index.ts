export { processInput, processText, annotateArticle, defaultStages } from './process.js';
export type { PipelineOptions } from './process.js';
export { buildRecord } from './record.js';
export type { RecordOptions } from './record.js';
