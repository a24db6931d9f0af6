import { createHash } from 'node:crypto';
import type { InputFormat, RawInput } from '@dossier/core';
import type { WorkerOptions } from '../executor.js';

/** The queue every collector and worker of a deployment share (one per Redis database). */
export const QUEUE_NAME = 'dossier-articles';

/** What a job carries: the raw input, and the version and options its record must be made with. */
export interface ArticleJob {
  version: string;
  options: WorkerOptions;
  raw: { id: string; source: string; format: InputFormat; bytes: string; given?: RawInput['given'] };
}

export function toJob(raw: RawInput, version: string, options: WorkerOptions): ArticleJob {
  return {
    version,
    options,
    raw: { id: raw.id, source: raw.source, format: raw.format, bytes: Buffer.from(raw.bytes).toString('base64'), ...(raw.given ? { given: raw.given } : {}) },
  };
}

export function fromJob(job: ArticleJob): RawInput {
  const { bytes, ...rest } = job.raw;
  return { ...rest, bytes: Buffer.from(bytes, 'base64') };
}

/**
 * Job id: the raw bytes' hash, the pipeline version and the input's source, so enqueueing the same
 * article again (a restarted collector) finds the existing job instead of adding a duplicate, while
 * two files with the same bytes stay two articles.
 */
export function jobIdOf(raw: RawInput, version: string, options: WorkerOptions): string {
  const sha = createHash('sha256').update(raw.bytes).digest('hex');
  const where = createHash('sha256').update(raw.source).update('\0').update(JSON.stringify(options)).digest('hex').slice(0, 16);
  // BullMQ ids may not contain ":" and must not look like integers.
  return `a-${version.replace(/[^\w.-]/g, '_')}-${sha}-${where}`;
}

/** redis://host:port[/db] → BullMQ connection options (ioredis client). */
export function connectionOf(url: string): { url: string; maxRetriesPerRequest: null } {
  if (!/^rediss?:\/\//.test(url)) throw new Error(`not a Redis URL: ${url} (expected redis://HOST:PORT)`);
  return { url, maxRetriesPerRequest: null };
}
