import { workerData } from 'node:worker_threads';
import type { RawInput } from '@dossier/core';
import { processToOutcome, type Outcome } from './outcome.js';
import type { WorkerOptions } from './executor.js';

const options = (workerData ?? {}) as WorkerOptions;

/** Piscina task: the same function the main thread and queue workers call. */
export default function run(raw: RawInput): Outcome {
  return processToOutcome(raw, options);
}
