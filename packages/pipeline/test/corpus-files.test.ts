import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntityIndex } from '@dossier/entities/corpus';
import { createFigureGroups } from '@dossier/figures/corpus';
import { createClaimsBySpeaker } from '@dossier/claims/corpus';
import { processText, writeCorpusFiles } from '@dossier/pipeline';
import { fileItemStore } from '../src/item-store.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'corpus');

describe('fileItemStore', () => {
  it('gives back each item as it was put, in any order, and removes its file on close', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
    const store = fileItemStore<{ n: number; text: string | null }>(join(dir, 'items'));
    const items = Array.from({ length: 3000 }, (_, n) => ({ n, text: n % 7 === 0 ? null : `“quote” nº ${n} ${'x'.repeat(n % 2000)}` }));
    const refs = items.map((item) => store.put(item));
    for (const i of [2999, 0, 1500, 7, 2998]) expect(store.get(refs[i]!)).toEqual(items[i]);
    store.put({ n: -1, text: 'after a read' });
    expect(store.get(refs.length)).toEqual({ n: -1, text: 'after a read' });
    store.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeCorpusFiles', () => {
  it('writes through the file store exactly what the collectors build in memory, and leaves no temp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-corpus-files-'));
    const records = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => processText(readFileSync(join(corpus, f), 'utf8'), { id: f.replace('.txt', '') }));
    writeFileSync(join(dir, 'articles.jsonl'), records.map((r) => JSON.stringify(r) + '\n').join(''));
    await writeCorpusFiles(join(dir, 'articles.jsonl'), dir);
    const inMemory = { 'entities.jsonl': createEntityIndex(), 'figures.jsonl': createFigureGroups(), 'claims.jsonl': createClaimsBySpeaker() };
    for (const [name, collector] of Object.entries(inMemory)) {
      for (const r of records) collector.add(r);
      const expected = [...collector.results()].map((l) => JSON.stringify(l) + '\n').join('');
      expect(expected.length).toBeGreaterThan(100);
      expect(readFileSync(join(dir, name), 'utf8')).toBe(expected);
    }
    expect(readdirSync(dir).sort()).toEqual(['articles.jsonl', 'claims.jsonl', 'entities.jsonl', 'figures.jsonl']);
  });
});
