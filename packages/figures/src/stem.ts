import { createRequire } from 'node:module';

// natural's package index loads every submodule (and dotenv); the Porter stemmer alone is enough here.
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** Porter stem of a lower-cased word ("deaths" → "death", "deported" → "deport"). */
export function stem(word: string): string {
  return porter.stem(word.toLowerCase());
}
