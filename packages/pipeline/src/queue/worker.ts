import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { poolExecutor, type Executor } from '../executor.js';
import type { Outcome } from '../outcome.js';
import { pipelineVersion } from '../version.js';
import { QUEUE_NAME, connectionOf, fromJob, type ArticleJob } from './jobs.js';

export interface QueueWorkerOptions {
  url: string;
  /** Articles processed at once, each on its own worker thread. */
  concurrency: number;
  /** Per-article time limit; a job over it is retried, then fails. */
  timeoutMs: number;
  /** How long a job stays locked to this worker without a heartbeat (a killed worker's jobs return to the queue after it). */
  lockMs: number;
}

/** Outcomes worth another attempt: the input did not fail, the machine did. */
const RETRYABLE = new Set(['timeout', 'worker-died']);

/**
 * A queue worker: takes article jobs and runs them through the same worker-thread executor a local
 * run uses, so its records are byte-identical. The main thread only talks to Redis (and keeps the
 * job locks alive) while the threads do the CPU work.
 */
export function startQueueWorker(options: QueueWorkerOptions): { worker: Worker; close(): Promise<void> } {
  const version = pipelineVersion();
  const executors = new Map<string, Executor>();
  const executorFor = (job: ArticleJob): Executor => {
    const key = JSON.stringify(job.options);
    let ex = executors.get(key);
    if (!ex) executors.set(key, (ex = poolExecutor(options.concurrency, job.options, options.timeoutMs)));
    return ex;
  };
  const worker = new Worker<ArticleJob, Outcome>(
    QUEUE_NAME,
    async (job: Job<ArticleJob, Outcome>) => {
      if (job.data.version !== version) {
        throw new UnrecoverableError(`this worker runs pipeline ${version} but the job needs ${job.data.version}: update the worker`);
      }
      const outcome = await executorFor(job.data).run(fromJob(job.data));
      if (!outcome.ok && RETRYABLE.has(outcome.error.reason)) throw new Error(outcome.error.message);
      return outcome;
    },
    {
      connection: connectionOf(options.url),
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
      // A job whose worker dies twice is failed, not handed round forever.
      maxStalledCount: 1,
    },
  );
  return {
    worker,
    async close() {
      await worker.close();
      await Promise.all([...executors.values()].map((e) => e.close()));
    },
  };
}
