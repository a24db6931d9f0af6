import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusCollector, DossierRecord } from '@dossier/core';
import { writeWholeFile } from './files.js';

/** The corpus-level files written beside articles.jsonl, and the collector that builds each (loaded when needed). */
const CORPUS_FILES: ReadonlyArray<[string, () => Promise<CorpusCollector<unknown>>]> = [
  ['entities.jsonl', async () => (await import('@dossier/entities')).createEntityIndex()],
  ['figures.jsonl', async () => (await import('@dossier/figures')).createFigureGroups()],
  ['claims.jsonl', async () => (await import('@dossier/claims')).createClaimsBySpeaker()],
];

/**
 * Builds entities.jsonl, figures.jsonl and claims.jsonl by streaming a finished articles file once:
 * memory grows with the number of distinct entities, figure groups and speakers, not with the corpus.
 */
export async function writeCorpusFiles(articlesPath: string, dir: string): Promise<string[]> {
  const collectors = await Promise.all(CORPUS_FILES.map(async ([name, make]) => [name, await make()] as const));
  const lines = createInterface({ input: createReadStream(articlesPath), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const record = JSON.parse(line) as DossierRecord;
    for (const [, c] of collectors) c.add(record);
  }
  const written: string[] = [];
  for (const [name, c] of collectors) {
    const path = `${dir}/${name}`;
    await writeWholeFile(path, c.results().map((r) => JSON.stringify(r) + '\n').join(''));
    written.push(path);
  }
  return written;
}
