import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySampleCorpus } from './sample-corpus.js';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const env = { ...process.env, DOTENV_CONFIG_QUIET: 'true' };
const OUTPUTS = ['articles.jsonl', 'errors.jsonl', 'entities.jsonl', 'figures.jsonl', 'claims.jsonl'];

function extract(dir: string, args: string[]): string {
  const r = spawnSync(process.execPath, [cli, 'extract', '--quiet', '--workers', '1', ...args], { cwd: dir, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
  return r.stdout;
}

/** Starts a run and SIGKILLs it after `ms` milliseconds (or lets it finish if it is quicker). */
function killAfter(dir: string, args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'extract', '--quiet', '--workers', '1', ...args], { cwd: dir, env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Each output file's sha256 (compared whole: a cut or mixed file has another digest), absent files left out. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(OUTPUTS.filter((f) => existsSync(join(dir, f))).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('killed at any moment, resumed without loss or duplicates', () => {
  let dir: string;
  let full: Record<string, string>;
  let half: Record<string, string>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-kill-'));
    // 12 copies of the sample corpus (300 articles), plus one bad file so errors.jsonl has a line.
    for (let i = 0; i < 12; i++) copySampleCorpus(join(dir, 'in', `copy${String(i).padStart(2, '0')}`));
    writeFileSync(join(dir, 'in', 'copy00', 'empty.txt'), '');
    mkdirSync(join(dir, 'ref'));
    extract(dir, ['--in', 'in', '--out', 'ref/articles.jsonl']);
    full = snapshot(join(dir, 'ref'));
    extract(dir, ['--in', 'in/copy00', '--out', 'half/articles.jsonl']);
    half = snapshot(join(dir, 'half'));
  }, 180_000);

  it('the reference run wrote every article once', () => {
    const lines = readFileSync(join(dir, 'ref', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(300);
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids).size).toBe(300);
  });

  it.each([150, 400, 700, 1000, 1400, 2000])('SIGKILL after %i ms leaves the previous complete output, and --resume gives the uninterrupted one', async (ms) => {
    const out = join(dir, `kill${ms}`);
    cpSync(join(dir, 'half'), out, { recursive: true });
    await killAfter(dir, ['--in', 'in', '--out', `kill${ms}/articles.jsonl`], ms);
    const after = snapshot(out);
    // Each output file is either the previous run's (whole) or the new run's (whole): never cut, never mixed.
    for (const f of OUTPUTS) expect([half[f], full[f]]).toContain(after[f]);
    const stdout = extract(dir, ['--in', 'in', '--out', `kill${ms}/articles.jsonl`, '--resume']);
    expect(snapshot(out)).toEqual(full);
    expect(stdout).toMatch(/300 articles, 1 errors/);
    // Nothing of the interrupted run is left behind.
    expect(readdirSync(out).filter((f) => f.includes('partial') || f.includes('checkpoint'))).toEqual([]);
  });

  it('resumes after the articles already written instead of starting over', async () => {
    const out = join(dir, 'late');
    // Kill late enough that at least one checkpoint (every 200 articles) exists.
    let resumed = '';
    for (const ms of [1800, 2400, 3000, 3600]) {
      await killAfter(dir, ['--in', 'in', '--out', 'late/articles.jsonl'], ms);
      if (!existsSync(join(out, '.articles.jsonl.checkpoint.json'))) continue;
      resumed = extract(dir, ['--in', 'in', '--out', 'late/articles.jsonl', '--resume']);
      break;
    }
    expect(resumed).toMatch(/resumed after \d+ inputs already done/);
    expect(snapshot(out)).toEqual(full);
  });

  it('--incremental reuses unchanged records and redoes changed ones, giving the output of a full run', () => {
    const out = 'inc/articles.jsonl';
    extract(dir, ['--in', 'in/copy01', '--out', out]);
    const changed = join(dir, 'in', 'copy01', '000_34d98279e44d4b18.txt');
    const original = readFileSync(changed);
    writeFileSync(changed, Buffer.concat([original, Buffer.from('\nAn added closing paragraph says 12 more troops were sent.\n')]));
    try {
      const stdout = extract(dir, ['--in', 'in/copy01', '--out', out, '--incremental']);
      expect(stdout).toMatch(/reused 24 unchanged records/);
      const fresh = extract(dir, ['--in', 'in/copy01', '--out', 'inc-fresh/articles.jsonl']);
      expect(fresh).not.toMatch(/reused/);
      expect(snapshot(join(dir, 'inc'))).toEqual(snapshot(join(dir, 'inc-fresh')));
    } finally {
      writeFileSync(changed, original);
    }
  });
});
