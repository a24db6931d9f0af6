import type { ItemStore } from './corpus.js';

/** An `ItemStore` in memory: the default for corpus collectors used as a library. */
export function memoryItemStore<T>(): ItemStore<T> {
  const items: T[] = [];
  return {
    put: (item) => items.push(item) - 1,
    get: (ref) => items[ref]!,
  };
}
