import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { ItemStore } from '@dossier/core';

/** Bytes gathered before one write: few system calls while adding, nothing large held. */
const CHUNK = 4 << 20;

/**
 * An `ItemStore` in a temp file: each item is written as JSON and read back by offset when its line is
 * written, so the corpus files of a large corpus hold only two numbers per claim or figure in memory.
 * Synchronous I/O: it runs after the worker threads are done, with nothing else to wait for.
 */
export function fileItemStore<T>(path: string): ItemStore<T> & { close(): void } {
  const fd = openSync(path, 'w+');
  const offsets: number[] = [];
  const lengths: number[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let flushedBytes = 0;
  const flush = (): void => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending, pendingBytes);
    writeSync(fd, data, 0, data.length, flushedBytes);
    flushedBytes += data.length;
    pending = [];
    pendingBytes = 0;
  };
  return {
    put(item) {
      const data = Buffer.from(JSON.stringify(item), 'utf8');
      offsets.push(flushedBytes + pendingBytes);
      lengths.push(data.length);
      pending.push(data);
      pendingBytes += data.length;
      if (pendingBytes >= CHUNK) flush();
      return offsets.length - 1;
    },
    get(ref) {
      flush();
      const data = Buffer.allocUnsafe(lengths[ref]!);
      readSync(fd, data, 0, data.length, offsets[ref]!);
      return JSON.parse(data.toString('utf8')) as T;
    },
    close() {
      closeSync(fd);
      rmSync(path, { force: true });
    },
  };
}
