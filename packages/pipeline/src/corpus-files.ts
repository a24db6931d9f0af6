import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusCollector, DossierRecord, GroupedFigure, ItemStore, SpeakerClaim } from '@dossier/core';
import { LineFile, replaceFile } from './files.js';
import { fileItemStore } from './item-store.js';

/**
 * The corpus-level files written beside articles.jsonl, and the collector that builds each. Loaded when
 * needed, from each stage's `/corpus` entry: the collectors without the stages' lexicons and gazetteers.
 * Claims and figures are kept in a temp file beside the output until their line is written.
 */
type OpenStore = <T>() => ItemStore<T>;
const CORPUS_FILES: ReadonlyArray<[string, (openStore: OpenStore) => Promise<CorpusCollector<unknown>>]> = [
  ['entities.jsonl', async () => (await import('@dossier/entities/corpus')).createEntityIndex()],
  ['figures.jsonl', async (openStore) => (await import('@dossier/figures/corpus')).createFigureGroups(openStore<GroupedFigure>())],
  ['claims.jsonl', async (openStore) => (await import('@dossier/claims/corpus')).createClaimsBySpeaker(openStore<SpeakerClaim>())],
];

/**
 * Builds entities.jsonl, figures.jsonl and claims.jsonl by streaming a finished articles file once.
 * Memory holds the distinct entities, figure groups and speakers, and a few numbers per claim and
 * figure; the claims and figures themselves wait on disk.
 */
export async function writeCorpusFiles(articlesPath: string, dir: string): Promise<string[]> {
  const stores: Array<{ close(): void }> = [];
  const openStore: OpenStore = <T>() => {
    const store = fileItemStore<T>(`${dir}/.corpus-items-${stores.length}.partial`);
    stores.push(store);
    return store;
  };
  try {
    const collectors = await Promise.all(CORPUS_FILES.map(async ([name, make]) => [name, await make(openStore)] as const));
    const lines = createInterface({ input: createReadStream(articlesPath), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const record = JSON.parse(line) as DossierRecord;
      for (const [, c] of collectors) c.add(record);
    }
    const written: string[] = [];
    for (const [name, c] of collectors) {
      const path = `${dir}/${name}`;
      // Line by line into a temp file renamed at the end: the file is never held whole in memory.
      const file = await LineFile.open(`${path}.partial`);
      for (const r of c.results()) {
        file.append(JSON.stringify(r));
        await file.drain();
      }
      await file.close();
      await replaceFile(file.path, path);
      written.push(path);
    }
    return written;
  } finally {
    for (const s of stores) s.close();
  }
}
