import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RawInput } from '@dossier/core';
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
    // Worker threads get a smaller young generation than the main thread by default; the stages
    // allocate many short-lived tokens, and with 64 MB a worker runs as fast as the main thread.
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  // A worker that cannot even start (a broken install) fails every task: stop the run at once
  // instead of letting each article wait for its timeout.
  let rejectAll: (e: Error) => void = () => undefined;
  const broken = new Promise<never>((_, reject) => (rejectAll = reject));
  broken.catch(() => undefined);
  pool.on('error', (e: Error) => rejectAll(new Error(`a worker thread failed to start: ${e.message}`)));
  const ready = Promise.race([Promise.all(Array.from({ length: threads }, () => pool.run(WARM_UP))), broken]);
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
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return (await Promise.race([pool.run(raw, { signal }), broken])) as Outcome;
      } catch (e) {
        if (e instanceof Error && e.message.startsWith('a worker thread failed to start')) throw e;
        const reason = signal.aborted ? 'timeout' : 'worker-died';
        const message = signal.aborted ? `processing took longer than ${Math.round(timeoutMs / 1000)} s and was stopped` : `the worker failed on this input (${(e as Error).message})`;
        return { ok: false, error: { source: raw.source, id: raw.id, reason, message } };
      } finally {
        release();
      }
    },
    close: () => pool.destroy(),
  };
}
