import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '@dossier/ingest';
import { tokenize } from '@dossier/tokenize';
import { extractEntities } from '@dossier/entities';
import { extractFigures, parseAmount } from '@dossier/figures';
import { extractClaims } from '@dossier/claims';
import { processInput, processText } from '@dossier/pipeline';

// The library examples of the root README and packages/pipeline/README.md, run as written.
describe('README library examples', () => {
  it('composing the stages by hand gives the annotations of the whole pipeline', () => {
    const bytes = readFileSync(join(import.meta.dirname, '..', '..', '..', 'corpus', '003_c47a38f54c310273.txt'));
    const raw = { id: 'a1', source: 'a1.txt', format: 'txt' as const, bytes };
    const article = ingest(raw);
    const doc = tokenize(article);
    const entities = extractEntities(doc);
    const figures = extractFigures(doc);
    const claims = extractClaims({ ...doc, entities, figures });
    const record = processInput(raw);
    expect(entities.length).toBeGreaterThan(0);
    expect(claims.length).toBeGreaterThan(0);
    expect({ entities, figures, claims }).toEqual({ entities: record.entities, figures: record.figures, claims: record.claims });
  });

  it('parseAmount and processText answer as the README says', () => {
    expect(parseAmount('$ 75 million')).toEqual({ value: 75000000, unit: 'USD' });
    const record = processText('“We will not pay,” the minister said on Tuesday.', { id: 'note-1' });
    expect(record.claims).toHaveLength(1);
    expect(record.claims[0]).toMatchObject({ kind: 'quote', text: 'We will not pay,', cue: { text: 'said', lemma: 'say' } });
  });
});
