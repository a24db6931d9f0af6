import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const corpus = join(import.meta.dirname, '..', '..', '..', 'corpus');

/**
 * Copies the fixed sample these tests count on, the 5 seeds and the 20 GUM texts (25 articles, ids as in
 * `corpus/`), into `to`. Other sets added to `corpus/` later (development texts) do not change the counts.
 */
export function copySampleCorpus(to: string): void {
  mkdirSync(join(to, 'gum-news'), { recursive: true });
  for (const [from, into] of [[corpus, to], [join(corpus, 'gum-news'), join(to, 'gum-news')]] as const) {
    for (const f of readdirSync(from).filter((name) => name.endsWith('.txt'))) cpSync(join(from, f), join(into, f));
  }
}
