export { queueExecutor } from './collector.js';
export type { QueueExecutor, QueueExecutorOptions } from './collector.js';
export { startQueueWorker } from './worker.js';
export type { QueueWorkerOptions } from './worker.js';
export { QUEUE_NAME, jobIdOf } from './jobs.js';
