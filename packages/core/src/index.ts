export type * from './types.js';
export { spanOf, trimRange, rangeIndexAt, overlaps, contains, compareSpans, checkSpans } from './spans.js';
export type { SpanProblem } from './spans.js';
export { validateRecord, recordSchema } from './schema.js';
export { InputError, DEFAULT_MAX_ARTICLE_BYTES } from './errors.js';
export type * from './corpus.js';
export { memoryItemStore } from './item-store.js';
export type * from './gold.js';
