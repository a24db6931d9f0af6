import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processText } from '@dossier/pipeline';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const check = (file: string) => spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });

describe('dossier check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-check-'));
  const record = processText('“We will not pay for the wall,” President Enrique Peña Nieto said in Mexico City on Tuesday.', { id: 'a' });

  it('passes a file the pipeline wrote and counts its spans', () => {
    writeFileSync(join(dir, 'good.jsonl'), JSON.stringify(record) + '\n');
    const r = check(join(dir, 'good.jsonl'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 records, [1-9]\d* spans checked, 0 problems/);
  });

  it('fails on a span shifted by one and on a record the schema rejects, naming where', () => {
    const shifted = structuredClone(record);
    const mention = shifted.entities[0]!.mentions[0]!;
    mention.start += 1;
    mention.end += 1;
    writeFileSync(join(dir, 'bad.jsonl'), [JSON.stringify(shifted), JSON.stringify({ ...record, date: 'Tuesday' })].join('\n'));
    const r = check(join(dir, 'bad.jsonl'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl:1 entities\[0\]\.mentions\[0\]: text\.slice/);
    expect(r.stderr).toMatch(/bad\.jsonl:2 schema: \/date/);
  });
});
