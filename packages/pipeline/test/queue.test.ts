import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorRecord } from '@dossier/core';
import { startRedis } from './redis.js';
import { copySampleCorpus } from './sample-corpus.js';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const env = { ...process.env, DOTENV_CONFIG_QUIET: 'true' };
const OUTPUTS = ['articles.jsonl', 'errors.jsonl', 'entities.jsonl', 'figures.jsonl', 'claims.jsonl'];

let redis: { url: string; stop(): void };
let dir: string;
let db = 0;
/** Each test gets its own Redis database, emptied first. */
const freshQueue = (): string => {
  db++;
  const url = `${redis.url}/${db}`;
  spawnSync('redis-cli', ['-u', url, 'flushdb']);
  return url;
};

function extract(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [cli, 'extract', '--quiet', ...args], { cwd: dir, encoding: 'utf8', env });
}

function worker(url: string, ...args: string[]): { child: ChildProcess; log: () => string } {
  let log = '';
  const child = spawn(process.execPath, [cli, 'worker', '--queue', url, '--concurrency', '1', ...args], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  return { child, log: () => log };
}

const stopWorker = (w: { child: ChildProcess }): Promise<void> =>
  new Promise((resolve) => {
    if (w.child.exitCode !== null || w.child.signalCode !== null) return resolve();
    w.child.on('exit', () => resolve());
    w.child.kill('SIGTERM');
  });

const digests = (out: string): Record<string, string> =>
  Object.fromEntries(OUTPUTS.filter((f) => existsSync(join(dir, out, f))).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, out, f))).digest('hex')]));

beforeAll(() => {
  return (async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'dossier-queue-'));
    for (let i = 0; i < 4; i++) copySampleCorpus(join(dir, 'in', `copy${i}`));
    const local = extract(['--in', 'in', '--out', 'local/articles.jsonl', '--workers', '1']);
    expect(local.status).toBe(0);
  })();
}, 120_000);

afterAll(() => redis?.stop());

describe('extract --queue: the same pipeline on a Redis-backed job queue', () => {
  it('gives byte-identical output to a local run, with two worker processes sharing the work', async () => {
    const url = freshQueue();
    const a = worker(url);
    const b = worker(url);
    const r = extract(['--in', 'in', '--out', 'queued/articles.jsonl', '--queue', url]);
    await Promise.all([stopWorker(a), stopWorker(b)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/100 articles, 0 errors .*queue workers/);
    expect(digests('queued')).toEqual(digests('local'));
    const did = (log: string): number => Number(/stopping after (\d+) articles/.exec(log)?.[1] ?? 0);
    expect(did(a.log())).toBeGreaterThan(0);
    expect(did(b.log())).toBeGreaterThan(0);
    expect(did(a.log()) + did(b.log())).toBe(100);
  });

  it('a worker killed with SIGKILL mid-job loses nothing: the job goes to another worker once its lock expires', async () => {
    const url = freshQueue();
    // A slow article first, so the doomed worker is surely in the middle of it when it dies.
    writeFileSync(join(dir, 'slow.txt'), Array.from({ length: 500_000 }, (_, i) => ['stone', 'river', 'Mexico', 'cloud'][i % 4]).join(' '));
    const doomed = worker(url, '--lock-seconds', '2');
    const collector = spawn(process.execPath, [cli, 'extract', '--quiet', '--in', 'slow.txt', 'in/copy0', '--out', 'killed/articles.jsonl', '--queue', url], { cwd: dir, env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => collector.on('exit', (code) => resolve(code)));
    let active = 0;
    for (let i = 0; i < 200 && active === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      active = Number(spawnSync('redis-cli', ['-u', url, 'llen', 'bull:dossier-articles:active'], { encoding: 'utf8' }).stdout.trim());
    }
    expect(active).toBe(1);
    doomed.child.kill('SIGKILL');
    const survivor = worker(url, '--lock-seconds', '2');
    const status = await exited;
    await stopWorker(survivor);
    expect(status).toBe(0);
    const ids = readFileSync(join(dir, 'killed', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(26);
    expect(new Set(ids).size).toBe(26);
    expect(ids[0]).toBe('slow');
    const local = extract(['--in', 'slow.txt', 'in/copy0', '--out', 'killed-local/articles.jsonl', '--workers', '1']);
    expect(local.status).toBe(0);
    expect(digests('killed')).toEqual(digests('killed-local'));
  });

  it('a poison article is retried a bounded number of times, then lands in errors; the rest completes', async () => {
    const url = freshQueue();
    // One 8 MB line of words: over the worker's 1 s time limit on every attempt.
    writeFileSync(join(dir, 'poison.txt'), Array.from({ length: 1_400_000 }, (_, i) => ['stone', 'river', 'Mexico', 'cloud'][i % 4]).join(' '));
    const w = worker(url, '--timeout', '1');
    const r = extract(['--in', 'in/copy0', 'poison.txt', '--out', 'poison/articles.jsonl', '--queue', url, '--max-article-mb', '20']);
    await stopWorker(w);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/25 articles, 1 errors/);
    const errors = readFileSync(join(dir, 'poison', 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ErrorRecord);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ source: 'poison.txt', reason: 'failed' });
    expect(errors[0]!.message).toMatch(/longer than 1 s/);
  });

  it('a restarted collector resumes, and re-enqueueing finds the existing jobs instead of adding duplicates', async () => {
    const url = freshQueue();
    const w = worker(url);
    const first = spawn(process.execPath, [cli, 'extract', '--quiet', '--in', 'in', '--out', 'restart/articles.jsonl', '--queue', url], { cwd: dir, env, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 1500));
    first.kill('SIGKILL');
    await new Promise((r) => first.on('exit', r));
    const again = extract(['--in', 'in', '--out', 'restart/articles.jsonl', '--queue', url, '--resume']);
    await stopWorker(w);
    expect(again.status).toBe(0);
    expect(digests('restart')).toEqual(digests('local'));
    // One job per article, however often it was enqueued.
    const keys = spawnSync('redis-cli', ['-u', url, '--scan', '--pattern', 'bull:dossier-articles:a-*'], { encoding: 'utf8' }).stdout.split('\n').filter((k) => /:a-[^:]+$/.test(k));
    expect(keys.length).toBe(100);
  });
});
