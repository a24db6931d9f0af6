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

/**
 * Runs inputs on a pool of worker threads (piscina). A task that runs longer than `timeoutMs`
 * (a pathological input) is aborted: its worker is replaced and the input becomes an error line.
 */
export function poolExecutor(threads: number, options: WorkerOptions, timeoutMs: number): Executor {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    workerData: options,
  });
  // A worker that cannot even start (a broken install) fails every task: stop the run at once
  // instead of letting each article wait for its timeout.
  let rejectAll: (e: Error) => void = () => undefined;
  const broken = new Promise<never>((_, reject) => (rejectAll = reject));
  broken.catch(() => undefined);
  pool.on('error', (e: Error) => rejectAll(new Error(`a worker thread failed to start: ${e.message}`)));
  return {
    async run(raw) {
      const signal = AbortSignal.timeout(timeoutMs);
      const task = pool.run(raw, { signal });
      try {
        return (await Promise.race([task, broken])) as Outcome;
      } catch (e) {
        if (e instanceof Error && e.message.startsWith('a worker thread failed to start')) throw e;
        const reason = signal.aborted ? 'timeout' : 'worker-died';
        const message = signal.aborted ? `processing took longer than ${Math.round(timeoutMs / 1000)} s and was stopped` : `the worker failed on this input (${(e as Error).message})`;
        return { ok: false, error: { source: raw.source, id: raw.id, reason, message } };
      }
    },
    close: () => pool.destroy(),
  };
}
