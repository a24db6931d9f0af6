import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusCollector, DossierRecord } from '@dossier/core';
import { createEntityIndex } from '@dossier/entities';
import { createFigureGroups } from '@dossier/figures';
import { createClaimsBySpeaker } from '@dossier/claims';
import { writeWholeFile } from './files.js';

/** The corpus-level files written beside articles.jsonl, and the collector that builds each. */
const CORPUS_FILES: ReadonlyArray<[string, () => CorpusCollector<unknown>]> = [
  ['entities.jsonl', createEntityIndex],
  ['figures.jsonl', createFigureGroups],
  ['claims.jsonl', createClaimsBySpeaker],
];

/**
 * Builds entities.jsonl, figures.jsonl and claims.jsonl by streaming a finished articles file once:
 * memory grows with the number of distinct entities, figure groups and speakers, not with the corpus.
 */
export async function writeCorpusFiles(articlesPath: string, dir: string): Promise<string[]> {
  const collectors = CORPUS_FILES.map(([name, make]) => [name, make()] as const);
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
