import { Queue, QueueEvents } from 'bullmq';
import type { RawInput } from '@dossier/core';
import type { Executor, WorkerOptions } from '../executor.js';
import type { Outcome } from '../outcome.js';
import { pipelineVersion } from '../version.js';
import { QUEUE_NAME, connectionOf, jobIdOf, toJob } from './jobs.js';

export interface QueueExecutorOptions extends WorkerOptions {
  /** redis://HOST:PORT */
  url: string;
  /** Attempts per job before it lands in errors (default 3, exponential backoff from 1 s). */
  attempts?: number;
}

export interface QueueExecutor extends Executor {
  /** Jobs waiting and active, and workers connected: for the collector's progress line. */
  status(): Promise<{ waiting: number; active: number; workers: number }>;
}

/**
 * Runs articles on remote workers through a BullMQ queue: each article becomes one job, and its
 * outcome comes back as the job's return value. Plugged into runCorpus, it gives the same ordered
 * JSONL, summary and errors.jsonl as a local run.
 */
export async function queueExecutor(options: QueueExecutorOptions): Promise<QueueExecutor> {
  const connection = connectionOf(options.url);
  const queue = new Queue(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  // Every article in flight waits on these two with a listener of its own.
  queue.setMaxListeners(0);
  events.setMaxListeners(0);
  const version = pipelineVersion();
  const workerOptions: WorkerOptions = { tokens: options.tokens, maxBytes: options.maxBytes };
  return {
    async run(raw: RawInput): Promise<Outcome> {
      const jobId = jobIdOf(raw, version, workerOptions);
      // Same id, same job: a restarted collector picks up finished results instead of adding work.
      const job = await queue.add('article', toJob(raw, version, workerOptions), {
        jobId,
        attempts: options.attempts ?? 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
      try {
        return (await job.waitUntilFinished(events)) as Outcome;
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { ok: false, error: { source: raw.source, id: raw.id, reason: 'failed', message: `the job failed on the queue: ${why}` } };
      }
    },
    async status() {
      const [counts, workers] = await Promise.all([queue.getJobCounts('waiting', 'active', 'delayed'), queue.getWorkersCount()]);
      return { waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0), active: counts.active ?? 0, workers };
    },
    async close() {
      await events.close();
      await queue.close();
    },
  };
}
