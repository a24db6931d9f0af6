import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSpans, validateRecord, type DossierRecord } from '@dossier/core';
import { runCorpus, type RunSummary } from '@dossier/pipeline';
import { copySampleCorpus } from './sample-corpus.js';

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean);

describe('runCorpus on the sample corpus', () => {
  let dir: string;
  let summary: RunSummary;
  let records: DossierRecord[];
  let corpus: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-run-'));
    corpus = join(dir, 'corpus');
    copySampleCorpus(corpus);
    summary = await runCorpus({ inputs: [corpus], out: join(dir, 'articles.jsonl'), workers: 2 });
    records = lines(join(dir, 'articles.jsonl')).map((l) => JSON.parse(l) as DossierRecord);
  });

  it('writes one record per article (5 seeds + 20 GUM texts), ids from paths, in path order', () => {
    expect(summary.articles).toBe(25);
    expect(summary.errors).toBe(0);
    expect(records.map((r) => r.id).slice(0, 6)).toEqual([
      '000_34d98279e44d4b18', '001_ce8d25700e0a173e', '002_7cb3941f4f52fdf4', '003_c47a38f54c310273', '004_02e1e02fe7acb1df', 'gum-news/GUM_news_afghan',
    ]);
    expect(lines(join(dir, 'errors.jsonl'))).toEqual([]);
  });

  it('gives records that validate against the published schema and whose every span slices exactly', () => {
    for (const r of records) {
      expect(validateRecord(r)).toEqual([]);
      expect(checkSpans(r)).toEqual([]);
    }
  });

  it('writes the corpus files beside the articles', () => {
    for (const f of ['entities.jsonl', 'figures.jsonl', 'claims.jsonl']) expect(() => readFileSync(join(dir, f), 'utf8')).not.toThrow();
  });

  it('gives byte-identical output on a second run, on the main thread as with workers', async () => {
    const again = join(dir, 'again', 'articles.jsonl');
    await runCorpus({ inputs: [corpus], out: again, workers: 0 });
    expect(readFileSync(again)).toEqual(readFileSync(join(dir, 'articles.jsonl')));
    for (const f of ['entities.jsonl', 'figures.jsonl', 'claims.jsonl']) {
      expect(readFileSync(join(dir, 'again', f))).toEqual(readFileSync(join(dir, f)));
    }
  });
});
