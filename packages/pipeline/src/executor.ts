import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { DEFAULT_MAX_ARTICLE_BYTES, type RawInput } from '@dossier/core';
import type { Outcome } from './outcome.js';
import type { PipelineOptions } from './process.js';

/** Runs the CPU-bound part (everything after reading the bytes) of the pipeline. */
export interface Executor {
  run(raw: RawInput): Promise<Outcome>;
  close(): Promise<void>;
}

export const defaultWorkers = (): number => availableParallelism();

/** Options a worker thread needs; plain data, passed once as workerData. */
export type WorkerOptions = Pick<PipelineOptions, 'tokens' | 'maxBytes'>;

/**
 * Runs every input on the calling thread (`--workers 0`, tests, library use). The stages are loaded
 * on first use, so a main thread that only coordinates worker threads never holds their lexicons.
 */
export function inlineExecutor(options: WorkerOptions): Executor {
  let process: Promise<typeof import('./outcome.js')> | undefined;
  return {
    run: async (raw) => (await (process ??= import('./outcome.js'))).processToOutcome(raw, options),
    close: async () => undefined,
  };
}

/** A tiny article each thread processes first, so loading the stages is not counted against a real article. */
const WARM_UP: RawInput = { id: 'warm-up', source: 'warm-up', format: 'txt', bytes: new TextEncoder().encode('Warm-up: the minister said 12 people met in Paris.') };

/**
 * Runs inputs on a pool of worker threads (piscina). At most one task per thread is handed to the pool
 * at a time, after every thread has loaded the stages, so the time limit measures processing, not
 * waiting: a task over `timeoutMs` (a pathological input) is aborted, its thread replaced, and the
 * input becomes an error line.
 */
export function poolExecutor(threads: number, options: WorkerOptions, timeoutMs: number): Executor {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    workerData: options,
    resourceLimits: {
      // Worker threads get a smaller young generation than the main thread by default; the stages
      // allocate many short-lived tokens. 32 MB: within 2% of the speed of 64 MB, ~70 MB less peak RSS.
      maxYoungGenerationSizeMb: 32,
      // Without a limit V8 lets a busy thread's heap grow far past what it holds (a 50 MB corpus peaked
      // at 770 MB with two threads, 576 MB with this limit). The largest article allowed needs ~80 MB of
      // heap per MB of text on top of the loaded stages; one over it fails alone, as 'worker-died'.
      maxOldGenerationSizeMb: 192 + 80 * Math.ceil((options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES) / 1048576),
    },
  });
  // A worker that cannot even start (a broken install) fails every task: stop the run at once
  // instead of letting each article wait for its timeout. The tasks in flight are rejected one by one:
  // racing each against one shared pending promise would keep every finished task's record reachable.
  let startFailure: Error | undefined;
  const inFlight = new Set<(e: Error) => void>();
  pool.on('error', (e: Error) => {
    startFailure = new Error(`a worker thread failed to start: ${e.message}`);
    for (const reject of inFlight) reject(startFailure);
  });
  const runTask = (raw: RawInput, signal?: AbortSignal): Promise<Outcome> =>
    new Promise<Outcome>((resolve, reject) => {
      if (startFailure) return reject(startFailure);
      inFlight.add(reject);
      (pool.run(raw, { signal }) as Promise<Outcome>).then(resolve, reject).finally(() => inFlight.delete(reject));
    });
  const ready = Promise.all(Array.from({ length: threads }, () => runTask(WARM_UP)));
  ready.catch(() => undefined);

  let free = threads;
  const waiting: Array<() => void> = [];
  const acquire = async (): Promise<void> => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };

  return {
    async run(raw) {
      await ready;
      await acquire();
      // A timer cleared when the task ends (AbortSignal.timeout would leave one running per finished task).
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      try {
        return await runTask(raw, timeout.signal);
      } catch (e) {
        if (e === startFailure) throw e;
        const timedOut = timeout.signal.aborted;
        const reason = timedOut ? 'timeout' : 'worker-died';
        const message = timedOut ? `processing took longer than ${Math.round(timeoutMs / 1000)} s and was stopped` : `the worker failed on this input (${(e as Error).message})`;
        return { ok: false, error: { source: raw.source, id: raw.id, reason, message } };
      } finally {
        clearTimeout(timer);
        release();
      }
    },
    close: () => pool.destroy(),
  };
}
